"""Quotes (devis): write, number, total, list, search, and move through the status pipeline.

Every function takes the Session of one user action and returns frozen
dataclasses. Lines are saved as a whole with their quote (the editor holds the
complete quote and saves it at once); totals are recomputed on every save and
stored on the quote row so that lists and the rating aggregate in SQL.

Concurrent edits: the caller passes the ``version`` it loaded; a different
version in the database means another workstation saved meanwhile
(:class:`ConflictError`). The quote row is always updated on save so that
SQLAlchemy's version check also catches a save racing ours.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from artisan_crm.domain.enums import ClientKind, InvoiceStatus, LineKind, QuoteStatus
from artisan_crm.domain.errors import (
    BusinessRuleError,
    NotFoundError,
    ValidationError,
)
from artisan_crm.domain.money import (
    HUNDRED,
    ZERO,
    DocumentTotals,
    LineAmounts,
    MoneyError,
    document_totals,
    line_amounts,
    to_decimal,
)
from artisan_crm.domain.quotes import (
    QUOTE_PREFIX,
    QUOTE_STATUS_LABELS,
    STATUS_TIMESTAMP,
    allowed_transitions,
    check_line,
    check_quote_editable,
    check_transition,
    delete_item,
    deposit_total,
    duplicate_item,
    line_cost,
    move_item,
    status_age_text,
)
from artisan_crm.i18n import translate
from artisan_crm.services.common import ensure_version
from artisan_crm.services.company import get_company
from artisan_crm.services.numbering import next_number
from artisan_crm.storage.database import record_change
from artisan_crm.storage.models import (
    Client,
    ClientAddress,
    Invoice,
    Job,
    Quote,
    QuoteLine,
)
from artisan_crm.storage.types import utcnow

DEFAULT_LIST_LIMIT = 200

# ---- Inputs -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuoteLineDraft:
    """One line as the editor holds it. ``vat_rate=None`` takes the company's default rate."""

    description: str
    quantity: Decimal = Decimal("1")
    unit: str = "u"
    unit_price: Decimal = ZERO
    vat_rate: Decimal | None = None
    kind: LineKind = LineKind.LABOUR
    discount_percent: Decimal = ZERO
    unit_cost: Decimal = ZERO
    catalog_item_id: int | None = None


@dataclass(frozen=True)
class QuoteDraft:
    """A whole quote as the editor saves it.

    ``issued_on`` defaults to today, ``valid_until`` to ``issued_on`` plus the
    company's validity, ``deposit_percent`` to the company's default deposit.
    """

    client_id: int
    title: str = ""
    lines: tuple[QuoteLineDraft, ...] = ()
    site_address_id: int | None = None
    issued_on: date | None = None
    valid_until: date | None = None
    deposit_percent: Decimal | None = None
    notes: str = ""


# ---- Outputs ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuoteLineView:
    id: int
    position: int
    kind: LineKind
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    unit_cost: Decimal
    vat_rate: Decimal
    discount_percent: Decimal
    catalog_item_id: int | None
    excl_vat: Decimal
    vat: Decimal
    incl_vat: Decimal
    #: purchase cost of the line (quantity x unit cost)
    cost: Decimal

    @property
    def margin(self) -> Decimal:
        return self.excl_vat - self.cost

    def draft(self) -> QuoteLineDraft:
        return QuoteLineDraft(
            description=self.description,
            quantity=self.quantity,
            unit=self.unit,
            unit_price=self.unit_price,
            vat_rate=self.vat_rate,
            kind=self.kind,
            discount_percent=self.discount_percent,
            unit_cost=self.unit_cost,
            catalog_item_id=self.catalog_item_id,
        )


@dataclass(frozen=True)
class QuoteView:
    """A quote with its lines and computed totals (``totals.deposit`` is what the
    deposit invoice will bill, to the cent)."""

    id: int
    number: str
    version: int
    status: QuoteStatus
    client_id: int
    client_name: str
    title: str
    site_address_id: int | None
    site_address: str
    issued_on: date
    valid_until: date | None
    deposit_percent: Decimal
    notes: str
    lines: tuple[QuoteLineView, ...]
    totals: DocumentTotals
    material_cost: Decimal
    created_at: datetime
    updated_at: datetime
    sent_at: datetime | None
    accepted_at: datetime | None
    refused_at: datetime | None
    expired_at: datetime | None
    cancelled_at: datetime | None
    job_id: int | None

    @property
    def status_label(self) -> str:
        return QUOTE_STATUS_LABELS[self.status]

    @property
    def margin(self) -> Decimal:
        return self.totals.excl_vat - self.material_cost

    @property
    def deposit(self) -> Decimal:
        return self.totals.deposit

    @property
    def is_editable(self) -> bool:
        return self.status == QuoteStatus.DRAFT

    @property
    def allowed_transitions(self) -> frozenset[QuoteStatus]:
        return allowed_transitions(self.status)

    @property
    def reduced_vat_rates(self) -> tuple[Decimal, ...]:
        """The reduced renovation rates used (5.5 / 10 %): they need the client's certification."""
        return tuple(
            row.rate
            for row in self.totals.vat_breakdown
            if row.rate in (Decimal("5.5"), Decimal("10"))
        )

    def draft(self) -> QuoteDraft:
        return QuoteDraft(
            client_id=self.client_id,
            title=self.title,
            lines=tuple(line.draft() for line in self.lines),
            site_address_id=self.site_address_id,
            issued_on=self.issued_on,
            valid_until=self.valid_until,
            deposit_percent=self.deposit_percent,
            notes=self.notes,
        )


@dataclass(frozen=True)
class QuoteRow:
    """One quote in a list: figures from the quote row, age in words."""

    id: int
    number: str
    version: int
    status: QuoteStatus
    client_id: int
    client_name: str
    title: str
    issued_on: date
    valid_until: date | None
    total_excl_vat: Decimal
    total_incl_vat: Decimal
    material_cost: Decimal
    #: the day the quote reached its current status (creation day for drafts)
    status_since: date
    age_days: int
    #: "envoyé il y a 12 jours"
    age_text: str

    @property
    def status_label(self) -> str:
        return QUOTE_STATUS_LABELS[self.status]


@dataclass(frozen=True)
class QuoteStatusSummary:
    status: QuoteStatus
    count: int
    total_excl_vat: Decimal
    total_incl_vat: Decimal

    @property
    def label(self) -> str:
        return QUOTE_STATUS_LABELS[self.status]


# ---- Helpers shared with invoices and jobs -------------------------------------------------------


def client_display_name(
    kind: ClientKind | str | None,
    first: str | None,
    last: str | None,
    company: str | None,
    cid: int,
) -> str:
    """Same rule as ``Client.display_name``, from plain columns (lists read no ORM objects)."""
    person = " ".join(p for p in (first, last) if p)
    if kind == ClientKind.COMPANY and company:
        return f"{company} ({person})" if person else company
    return person or company or translate("Quotes", "Client no. {id}").format(id=cid)


def billing_address(session: Session, client_id: int) -> str:
    """The client's billing address on several lines (first billing address, else any)."""
    rows = session.scalars(
        select(ClientAddress)
        .where(ClientAddress.client_id == client_id)
        .order_by((ClientAddress.kind != "billing"), ClientAddress.position, ClientAddress.id)
        .limit(1)
    ).all()
    if not rows:
        return ""
    address = rows[0]
    town = f"{address.postcode} {address.city}".strip()
    return "\n".join(p for p in (address.line1, address.line2, town) if p)


def local_date(moment: datetime) -> date:
    """The user's calendar day of a UTC moment."""
    return moment.astimezone().date()


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# ---- Line maths ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckedLine:
    draft: QuoteLineDraft
    vat_rate: Decimal
    amounts: LineAmounts
    cost: Decimal


def check_lines(
    lines: Sequence[QuoteLineDraft], default_vat_rate: Decimal
) -> tuple[list[CheckedLine], dict[str, str]]:
    """Validate every line; errors are keyed ``lines[3].quantity`` with "Ligne 4 : ..." messages."""
    checked: list[CheckedLine] = []
    errors: dict[str, str] = {}
    for index, line in enumerate(lines):
        rate = default_vat_rate if line.vat_rate is None else line.vat_rate
        try:
            kind = LineKind(line.kind)
        except ValueError:
            errors[f"lines[{index}].kind"] = translate(
                "Quotes", "Line {n}: unknown line type."
            ).format(n=index + 1)
            continue
        line_errors, amounts = check_line(
            kind=kind.value,
            description=line.description,
            quantity=line.quantity,
            unit_price=line.unit_price,
            unit_cost=line.unit_cost,
            vat_rate=rate,
            discount_percent=line.discount_percent,
        )
        if not line.unit.strip():
            line_errors["unit"] = translate(
                "Quotes", "the unit is required (h, m², ml, u, forfait...)."
            )
        elif len(line.unit.strip()) > 20:
            line_errors["unit"] = translate(
                "Quotes", "the unit is too long (20 characters at most)."
            )
        for field, message in line_errors.items():
            errors[f"lines[{index}].{field}"] = translate("Quotes", "Line {n}: {message}").format(
                n=index + 1, message=message
            )
        if amounts is not None and not line_errors:
            checked.append(
                CheckedLine(
                    draft=line,
                    vat_rate=amounts.vat_rate,
                    amounts=amounts,
                    cost=line_cost(line.quantity, line.unit_cost),
                )
            )
    return checked, errors


def quote_totals(
    lines: Sequence[QuoteLineDraft],
    deposit_percent: Decimal = ZERO,
    default_vat_rate: Decimal = Decimal("20"),
) -> tuple[DocumentTotals, Decimal]:
    """Totals and material cost of lines (for a live preview in the editor, no database)."""
    checked, errors = check_lines(lines, default_vat_rate)
    if errors:
        raise ValidationError(errors)
    return _totals(checked, deposit_percent)


def checked_totals(
    checked: Sequence[CheckedLine], deposit_percent: Decimal
) -> tuple[DocumentTotals, Decimal]:
    """Totals and material cost of lines already checked by :func:`check_lines` (the editor
    checks them once per keystroke; no second pass for the totals)."""
    return _totals(checked, deposit_percent)


def _totals(
    checked: Sequence[CheckedLine], deposit_percent: Decimal
) -> tuple[DocumentTotals, Decimal]:
    totals = document_totals((c.amounts for c in checked), deposit_percent)
    # The deposit shown is the one the deposit invoice bills (split per VAT rate).
    totals = dataclasses.replace(
        totals, deposit=deposit_total(totals.vat_breakdown, deposit_percent)
    )
    material = sum((c.cost for c in checked), ZERO)
    return totals, material


# ---- Reading ------------------------------------------------------------------------------------


def get_quote(session: Session, quote_id: int) -> QuoteView:
    return _view(session, _load(session, quote_id))


def get_quote_by_number(session: Session, number: str) -> QuoteView:
    quote = session.scalar(
        select(Quote)
        .where(Quote.number == number.strip().upper())
        .options(selectinload(Quote.lines))
    )
    if quote is None:
        raise NotFoundError(
            translate("Quotes", "No quote has the number “{number}”.").format(number=number)
        )
    return _view(session, quote)


def _load(session: Session, quote_id: int, *, for_update: bool = False) -> Quote:
    statement = select(Quote).where(Quote.id == quote_id).options(selectinload(Quote.lines))
    if for_update:
        statement = statement.with_for_update()
    quote = session.scalar(statement)
    if quote is None:
        raise NotFoundError(
            translate("Quotes", "Quote no. {id} does not exist (it may have been deleted).").format(
                id=quote_id
            )
        )
    return quote


def _load_for_change(session: Session, quote_id: int, version: int) -> Quote:
    quote = _load(session, quote_id, for_update=True)
    ensure_version(quote, version, translate("Quotes", "This quote"))
    return quote


def _view(session: Session, quote: Quote) -> QuoteView:
    client = session.get(Client, quote.client_id)
    client_name = client.display_name if client else ""
    site = session.get(ClientAddress, quote.site_address_id) if quote.site_address_id else None
    job_id = session.scalar(select(Job.id).where(Job.quote_id == quote.id))
    line_views = []
    amounts = []
    material = ZERO
    for line in quote.lines:
        figures = _line_amounts(line)
        amounts.append(figures)
        cost = line_cost(line.quantity, line.unit_cost)
        material += cost
        line_views.append(
            QuoteLineView(
                id=line.id,
                position=line.position,
                kind=LineKind(line.kind),
                description=line.description,
                quantity=line.quantity,
                unit=line.unit,
                unit_price=line.unit_price,
                unit_cost=line.unit_cost,
                vat_rate=line.vat_rate,
                discount_percent=line.discount_percent,
                catalog_item_id=line.catalog_item_id,
                excl_vat=figures.excl_vat,
                vat=figures.vat,
                incl_vat=figures.incl_vat,
                cost=cost,
            )
        )
    totals = document_totals(amounts, quote.deposit_percent)
    totals = dataclasses.replace(
        totals, deposit=deposit_total(totals.vat_breakdown, quote.deposit_percent)
    )
    return QuoteView(
        id=quote.id,
        number=quote.number,
        version=quote.version,
        status=QuoteStatus(quote.status),
        client_id=quote.client_id,
        client_name=client_name,
        title=quote.title,
        site_address_id=quote.site_address_id,
        site_address=site.one_line() if site else "",
        issued_on=quote.issued_on,
        valid_until=quote.valid_until,
        deposit_percent=quote.deposit_percent,
        notes=quote.notes,
        lines=tuple(line_views),
        totals=totals,
        material_cost=material,
        created_at=quote.created_at,
        updated_at=quote.updated_at,
        sent_at=quote.sent_at,
        accepted_at=quote.accepted_at,
        refused_at=quote.refused_at,
        expired_at=quote.expired_at,
        cancelled_at=quote.cancelled_at,
        job_id=job_id,
    )


def _line_amounts(line: QuoteLine) -> LineAmounts:
    return line_amounts(line.quantity, line.unit_price, line.vat_rate, line.discount_percent)


# ---- Lists --------------------------------------------------------------------------------------


def _list_statement() -> Select:
    return select(
        Quote.id,
        Quote.number,
        Quote.version,
        Quote.status,
        Quote.client_id,
        Client.kind,
        Client.first_name,
        Client.last_name,
        Client.company_name,
        Quote.title,
        Quote.issued_on,
        Quote.valid_until,
        Quote.total_excl_vat,
        Quote.total_incl_vat,
        Quote.material_cost,
        Quote.created_at,
        Quote.sent_at,
        Quote.accepted_at,
        Quote.refused_at,
        Quote.expired_at,
        Quote.cancelled_at,
    ).join(Client, Client.id == Quote.client_id)


def _filters(
    status: QuoteStatus | Iterable[QuoteStatus] | None,
    client_id: int | None,
    search: str | None,
) -> list:
    conditions: list = []
    if status is not None:
        statuses = [status] if isinstance(status, (QuoteStatus, str)) else list(status)
        conditions.append(Quote.status.in_([QuoteStatus(s) for s in statuses]))
    if client_id is not None:
        conditions.append(Quote.client_id == client_id)
    if search and search.strip():
        for word in search.split():
            pattern = f"%{_escape_like(word)}%"
            conditions.append(
                or_(
                    Quote.number.ilike(pattern, escape="\\"),
                    Quote.title.ilike(pattern, escape="\\"),
                    Client.last_name.ilike(pattern, escape="\\"),
                    Client.first_name.ilike(pattern, escape="\\"),
                    Client.company_name.ilike(pattern, escape="\\"),
                    exists().where(
                        and_(
                            QuoteLine.quote_id == Quote.id,
                            QuoteLine.description.ilike(pattern, escape="\\"),
                        )
                    ),
                )
            )
    return conditions


def list_quotes(
    session: Session,
    *,
    status: QuoteStatus | Iterable[QuoteStatus] | None = None,
    client_id: int | None = None,
    search: str | None = None,
    today: date | None = None,
    limit: int = DEFAULT_LIST_LIMIT,
    offset: int = 0,
) -> list[QuoteRow]:
    """Quotes, newest first, filtered in SQL; each row says its age ("envoyé il y a 12 jours").

    ``search`` matches every word against the number, title, client names and line
    descriptions (case-insensitive; accents must match).
    """
    today = today or date.today()
    statement = (
        _list_statement()
        .where(*_filters(status, client_id, search))
        .order_by(Quote.issued_on.desc(), Quote.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return [_row(r, today) for r in session.execute(statement)]


def count_quotes(
    session: Session,
    *,
    status: QuoteStatus | Iterable[QuoteStatus] | None = None,
    client_id: int | None = None,
    search: str | None = None,
) -> int:
    statement = (
        select(func.count(Quote.id))
        .join(Client, Client.id == Quote.client_id)
        .where(*_filters(status, client_id, search))
    )
    return int(session.scalar(statement) or 0)


def search_quotes(session: Session, text: str, *, limit: int = 20) -> list[QuoteRow]:
    """Quick search (number, title, client, line text), newest first."""
    if not text.strip():
        return []
    return list_quotes(session, search=text, limit=limit)


def quote_status_summary(
    session: Session, *, client_id: int | None = None
) -> list[QuoteStatusSummary]:
    """Count and totals per status, aggregated in SQL (every status listed, zeros included)."""
    statement = select(
        Quote.status,
        func.count(Quote.id),
        func.coalesce(func.sum(Quote.total_excl_vat), 0),
        func.coalesce(func.sum(Quote.total_incl_vat), 0),
    ).group_by(Quote.status)
    if client_id is not None:
        statement = statement.where(Quote.client_id == client_id)
    found = {}
    for status, count, excl, incl in session.execute(statement):
        # SUM keeps the Money type: the values come back as Decimal euros.
        found[QuoteStatus(status)] = (int(count), _euros(excl), _euros(incl))
    return [QuoteStatusSummary(s, *found.get(s, (0, ZERO, ZERO))) for s in QuoteStatus]


def _euros(value: object) -> Decimal:
    return Decimal(value or 0).quantize(Decimal("0.01"))  # type: ignore[arg-type]


def _row(r: Any, today: date) -> QuoteRow:
    status = QuoteStatus(r.status)
    column = STATUS_TIMESTAMP.get(status)
    moment = getattr(r, column) if column else None
    since = local_date(moment) if moment else local_date(r.created_at)
    return QuoteRow(
        id=r.id,
        number=r.number,
        version=r.version,
        status=status,
        client_id=r.client_id,
        client_name=client_display_name(
            r.kind,
            r.first_name,
            r.last_name,
            r.company_name,
            r.client_id,
        ),
        title=r.title,
        issued_on=r.issued_on,
        valid_until=r.valid_until,
        total_excl_vat=r.total_excl_vat,
        total_incl_vat=r.total_incl_vat,
        material_cost=r.material_cost,
        status_since=since,
        age_days=(today - since).days,
        age_text=status_age_text(status, since, today),
    )


# ---- Writing ------------------------------------------------------------------------------------


def create_quote(session: Session, draft: QuoteDraft, *, today: date | None = None) -> QuoteView:
    """A new draft quote with the next ``DEV-YYYY-NNNN`` number (year of its date)."""
    today = today or date.today()
    company = get_company(session)
    issued_on = draft.issued_on or today
    quote = Quote(status=QuoteStatus.DRAFT, number="", client_id=draft.client_id)
    _apply(
        session,
        quote,
        draft,
        company.default_vat_rate,
        company.default_validity_days,
        company.default_deposit_percent,
        issued_on,
    )
    quote.number = next_number(session, QUOTE_PREFIX, issued_on.year)
    session.add(quote)
    session.flush()
    return _view(session, quote)


def update_quote(session: Session, quote_id: int, draft: QuoteDraft, *, version: int) -> QuoteView:
    """Save the whole quote (header and lines) if nobody saved it since ``version``."""
    quote = _load_for_change(session, quote_id, version)
    check_quote_editable(QuoteStatus(quote.status))
    company = get_company(session)
    issued_on = draft.issued_on or quote.issued_on
    if issued_on.year != quote.issued_on.year:
        raise ValidationError(
            {
                "issued_on": translate(
                    "Quotes",
                    "The quote date must stay in the year of its number ({year}); "
                    "duplicate the quote for another year.",
                ).format(year=quote.issued_on.year)
            }
        )
    _apply(
        session,
        quote,
        draft,
        company.default_vat_rate,
        company.default_validity_days,
        company.default_deposit_percent,
        issued_on,
    )
    _touch(quote)
    session.flush()
    return _view(session, quote)


def _touch(quote: Quote) -> None:
    # Always UPDATE the quote row, so the version check runs even when only lines changed.
    quote.updated_at = utcnow()


def _apply(
    session: Session,
    quote: Quote,
    draft: QuoteDraft,
    default_vat_rate: Decimal,
    validity_days: int,
    default_deposit: Decimal,
    issued_on: date,
) -> None:
    errors: dict[str, str] = {}
    client = session.get(Client, draft.client_id)
    if client is None:
        errors["client_id"] = translate("Quotes", "Choose an existing client.")
    if draft.site_address_id is not None:
        site = session.get(ClientAddress, draft.site_address_id)
        if site is None or site.client_id != draft.client_id:
            errors["site_address_id"] = translate(
                "Quotes", "The site address does not belong to this client."
            )
    title = draft.title.strip()
    if len(title) > 200:
        errors["title"] = translate(
            "Quotes", "The quote subject is too long (200 characters at most)."
        )
    valid_until = draft.valid_until or issued_on + timedelta(days=validity_days)
    if valid_until < issued_on:
        errors["valid_until"] = _validity_before_date()
    deposit = default_deposit if draft.deposit_percent is None else draft.deposit_percent
    try:
        deposit = to_decimal(deposit)
        if not ZERO <= deposit <= HUNDRED:
            errors["deposit_percent"] = translate(
                "Quotes", "The deposit must be between 0 and 100%."
            )
    except MoneyError as exc:
        errors["deposit_percent"] = str(exc)
    checked, line_errors = check_lines(draft.lines, default_vat_rate)
    errors.update(line_errors)
    if errors:
        raise ValidationError(errors)
    totals, material = _totals(checked, deposit)
    quote.client_id = draft.client_id
    quote.site_address_id = draft.site_address_id
    quote.title = title
    quote.issued_on = issued_on
    quote.valid_until = valid_until
    quote.deposit_percent = deposit
    quote.notes = draft.notes
    quote.total_excl_vat = totals.excl_vat
    quote.total_vat = totals.vat
    quote.total_incl_vat = totals.incl_vat
    quote.material_cost = material
    quote.lines = [
        QuoteLine(
            position=position,
            kind=LineKind(c.draft.kind),
            description=c.draft.description.strip(),
            quantity=to_decimal(c.draft.quantity),
            unit=c.draft.unit.strip(),
            unit_price=to_decimal(c.draft.unit_price),
            unit_cost=to_decimal(c.draft.unit_cost),
            vat_rate=c.vat_rate,
            discount_percent=to_decimal(c.draft.discount_percent),
            catalog_item_id=c.draft.catalog_item_id,
        )
        for position, c in enumerate(checked)
    ]


def _validity_before_date() -> str:
    return translate("Quotes", "The validity date cannot be before the quote date.")


def duplicate_quote(session: Session, quote_id: int, *, today: date | None = None) -> QuoteView:
    """A new draft copying the quote's client, site, title, lines and deposit (dated today)."""
    source = get_quote(session, quote_id)
    draft = dataclasses.replace(source.draft(), issued_on=None, valid_until=None)
    return create_quote(session, draft, today=today)


# ---- Editing single lines (each a whole-quote save) ---------------------------------------------


def add_quote_lines(
    session: Session,
    quote_id: int,
    lines: Sequence[QuoteLineDraft],
    *,
    version: int,
    at: int | None = None,
) -> QuoteView:
    """Insert lines (e.g. from the catalogue) at index ``at`` (default: at the end)."""
    current = get_quote(session, quote_id).draft()
    existing = list(current.lines)
    index = len(existing) if at is None else max(0, min(at, len(existing)))
    existing[index:index] = lines
    return update_quote(
        session, quote_id, dataclasses.replace(current, lines=tuple(existing)), version=version
    )


def move_quote_line(
    session: Session, quote_id: int, index: int, new_index: int, *, version: int
) -> QuoteView:
    return _edit_lines(session, quote_id, version, lambda lines: move_item(lines, index, new_index))


def duplicate_quote_line(session: Session, quote_id: int, index: int, *, version: int) -> QuoteView:
    return _edit_lines(session, quote_id, version, lambda lines: duplicate_item(lines, index))


def delete_quote_line(session: Session, quote_id: int, index: int, *, version: int) -> QuoteView:
    return _edit_lines(session, quote_id, version, lambda lines: delete_item(lines, index))


def _edit_lines(
    session: Session,
    quote_id: int,
    version: int,
    change: Callable[[tuple[QuoteLineDraft, ...]], tuple[QuoteLineDraft, ...]],
) -> QuoteView:
    current = get_quote(session, quote_id).draft()
    try:
        lines = change(current.lines)
    except IndexError as exc:
        raise ValidationError(
            {"lines": translate("Quotes", "This line no longer exists in the quote.")}
        ) from exc
    return update_quote(
        session, quote_id, dataclasses.replace(current, lines=lines), version=version
    )


# ---- Status pipeline ----------------------------------------------------------------------------


def change_quote_status(
    session: Session,
    quote_id: int,
    target: QuoteStatus,
    *,
    version: int,
    now: datetime | None = None,
    valid_until: date | None = None,
) -> QuoteView:
    """Move a quote to ``target`` (allowed transitions only) and date the move.

    Sending needs at least one line and a validity date not already past;
    ``valid_until`` sets a new validity date when sending (again).
    """
    now = now or utcnow()
    today = local_date(now)
    quote = _load_for_change(session, quote_id, version)
    current = QuoteStatus(quote.status)
    check_transition(current, target)
    if target == QuoteStatus.SENT:
        if not quote.lines:
            raise BusinessRuleError(
                translate("Quotes", "Cannot send an empty quote: add at least one line.")
            )
        if valid_until is not None:
            if valid_until < quote.issued_on:
                raise ValidationError({"valid_until": _validity_before_date()})
            quote.valid_until = valid_until
        elif quote.valid_until is None or (
            current == QuoteStatus.EXPIRED and quote.valid_until < today
        ):
            company = get_company(session)
            quote.valid_until = today + timedelta(days=company.default_validity_days)
        if quote.valid_until < today:
            raise BusinessRuleError(
                translate(
                    "Quotes",
                    "The validity date ({date}) has already passed: "
                    "move it later before sending the quote.",
                ).format(date=f"{quote.valid_until:%d/%m/%Y}")
            )
    if target == QuoteStatus.CANCELLED:
        issued = session.scalar(
            select(func.count(Invoice.id)).where(
                Invoice.quote_id == quote.id, Invoice.status == InvoiceStatus.ISSUED
            )
        )
        if issued:
            raise BusinessRuleError(
                translate(
                    "Quotes",
                    "Issued invoices depend on this quote: cancel them first with a credit note.",
                )
            )
    quote.status = target
    setattr(quote, STATUS_TIMESTAMP[target], now)
    _touch(quote)
    session.flush()
    return _view(session, quote)


def send_quote(
    session: Session,
    quote_id: int,
    *,
    version: int,
    now: datetime | None = None,
    valid_until: date | None = None,
) -> QuoteView:
    return change_quote_status(
        session, quote_id, QuoteStatus.SENT, version=version, now=now, valid_until=valid_until
    )


def accept_quote(
    session: Session, quote_id: int, *, version: int, now: datetime | None = None
) -> QuoteView:
    return change_quote_status(session, quote_id, QuoteStatus.ACCEPTED, version=version, now=now)


def refuse_quote(
    session: Session, quote_id: int, *, version: int, now: datetime | None = None
) -> QuoteView:
    return change_quote_status(session, quote_id, QuoteStatus.REFUSED, version=version, now=now)


def cancel_quote(
    session: Session, quote_id: int, *, version: int, now: datetime | None = None
) -> QuoteView:
    return change_quote_status(session, quote_id, QuoteStatus.CANCELLED, version=version, now=now)


def expire_overdue_quotes(
    session: Session, today: date, *, now: datetime | None = None
) -> list[int]:
    """Expire every sent quote whose validity date is before ``today``; returns their ids.

    One UPDATE in SQL; the version is bumped so that an editor still holding one of
    these quotes gets a conflict instead of overwriting the new status.
    """
    now = now or utcnow()
    ids = list(
        session.scalars(
            select(Quote.id).where(Quote.status == QuoteStatus.SENT, Quote.valid_until < today)
        )
    )
    if not ids:
        return []
    session.execute(
        update(Quote)
        .where(Quote.id.in_(ids), Quote.status == QuoteStatus.SENT)
        .values(
            status=QuoteStatus.EXPIRED,
            expired_at=now,
            updated_at=now,
            version=Quote.version + 1,
        )
        .execution_options(synchronize_session=False)
    )
    for quote_id in ids:
        record_change(session, "quote", quote_id)
    session.expire_all()
    return ids
