"""Client use cases: create, read, update, list and search client cards.

Each function takes a Session (one per user action) and returns frozen
dataclasses; validation errors are raised as :class:`ValidationError` with one
French message per field, before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Table,
    and_,
    delete,
    exists,
    func,
    literal,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session, selectinload

from artisan_crm.domain.enums import (
    AddressKind,
    ClientKind,
    ContactKind,
    InvoiceKind,
    InvoiceStatus,
    QuoteStatus,
)
from artisan_crm.domain.errors import (
    BusinessRuleError,
    NotFoundError,
    ValidationError,
)
from artisan_crm.domain.text import fold, phone_search_key, search_terms
from artisan_crm.domain.validation import (
    FieldError,
    normalise_email,
    normalise_phone,
    normalise_postcode,
    normalise_siret,
)
from artisan_crm.i18n import translate
from artisan_crm.services.common import ensure_version
from artisan_crm.storage import models
from artisan_crm.storage.database import record_change
from artisan_crm.storage.types import Money

# ---- Inputs and outputs ----------------------------------------------------------------------


@dataclass(frozen=True)
class AddressDraft:
    line1: str = ""
    line2: str = ""
    postcode: str = ""
    city: str = ""
    kind: AddressKind = AddressKind.BILLING
    label: str = ""
    country: str = "FR"


@dataclass(frozen=True)
class ClientDraft:
    """What the user typed on a client form."""

    kind: ClientKind = ClientKind.PERSON
    title: str = ""
    first_name: str = ""
    last_name: str = ""
    company_name: str = ""
    siret: str = ""
    vat_number: str = ""
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    addresses: tuple[AddressDraft, ...] = ()
    tags: tuple[str, ...] = ()
    source: str = ""
    referred_by_id: int | None = None
    notes: str = ""
    marketing_consent: bool = False
    maintenance_contract: bool = False
    maintenance_due_on: date | None = None


@dataclass(frozen=True)
class ContactView:
    id: int
    kind: ContactKind
    value: str
    label: str


@dataclass(frozen=True)
class AddressView:
    id: int
    kind: AddressKind
    label: str
    line1: str
    line2: str
    postcode: str
    city: str
    country: str

    @property
    def one_line(self) -> str:
        parts = [self.line1, self.line2, f"{self.postcode} {self.city}".strip()]
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class ClientView:
    id: int
    version: int
    kind: ClientKind
    display_name: str
    title: str
    first_name: str
    last_name: str
    company_name: str
    siret: str | None
    vat_number: str | None
    contacts: tuple[ContactView, ...]
    addresses: tuple[AddressView, ...]
    tags: tuple[str, ...]
    source: str
    referred_by_id: int | None
    notes: str
    marketing_consent: bool
    maintenance_contract: bool
    maintenance_due_on: date | None
    archived: bool
    created_at: datetime
    #: personal data erased (GDPR): the card can no longer be anonymised nor restored
    anonymised: bool = False

    @property
    def phones(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.contacts if c.kind != ContactKind.EMAIL)

    @property
    def emails(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.contacts if c.kind == ContactKind.EMAIL)


@dataclass(frozen=True)
class ClientRow:
    """One line of the client list (aggregates computed in SQL)."""

    id: int
    display_name: str
    city: str
    phone: str
    email: str
    archived: bool
    #: newest interaction (call, visit...), None when never contacted
    last_contact: datetime | None = None
    #: quotes still waiting for an answer (draft or sent)
    open_quotes: int = 0
    #: issued invoices, incl. VAT, minus payments (credit-noted invoices excluded)
    amount_due: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class ClientPage:
    rows: tuple[ClientRow, ...]
    total: int
    filters: dict[str, object] = field(default_factory=dict)


# ---- Validation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Clean:
    draft: ClientDraft
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    siret: str | None
    addresses: tuple[AddressDraft, ...]


def validate_client(draft: ClientDraft) -> _Clean:
    """Check and normalise a draft; every wrong field gets its own French message."""
    errors: dict[str, str] = {}
    if draft.kind == ClientKind.COMPANY:
        if not draft.company_name.strip():
            errors["company_name"] = translate("Clients", "Enter the company's name.")
    elif not (draft.last_name.strip() or draft.first_name.strip() or draft.company_name.strip()):
        errors["last_name"] = translate("Clients", "Enter at least the client's last name.")
    phones: list[str] = []
    for i, raw in enumerate(p for p in draft.phones if p.strip()):
        try:
            phones.append(normalise_phone(raw))
        except FieldError as exc:
            errors[f"phones.{i}"] = str(exc)
    emails: list[str] = []
    for i, raw in enumerate(e for e in draft.emails if e.strip()):
        try:
            emails.append(normalise_email(raw))
        except FieldError as exc:
            errors[f"emails.{i}"] = str(exc)
    siret = None
    if draft.siret.strip():
        try:
            siret = normalise_siret(draft.siret)
        except FieldError as exc:
            errors["siret"] = str(exc)
    addresses: list[AddressDraft] = []
    for i, address in enumerate(draft.addresses):
        if not any((address.line1, address.line2, address.postcode, address.city)):
            continue
        postcode = address.postcode
        if address.country == "FR" and postcode.strip():
            try:
                postcode = normalise_postcode(postcode)
            except FieldError as exc:
                errors[f"addresses.{i}.postcode"] = str(exc)
        addresses.append(
            AddressDraft(
                line1=address.line1.strip(),
                line2=address.line2.strip(),
                postcode=postcode,
                city=address.city.strip(),
                kind=address.kind,
                label=address.label.strip(),
                country=address.country,
            )
        )
    if errors:
        raise ValidationError(errors)
    return _Clean(draft, tuple(phones), tuple(emails), siret, tuple(addresses))


# ---- Mapping ---------------------------------------------------------------------------------


#: Separates the folded sort name from the searchable words in ``search_text``; it sorts
#: before every printable character, so "dupont" comes before "dupont jean".
SORT_SEPARATOR = "\x1f"


def display_name_of(
    kind: ClientKind | str, first_name: str, last_name: str, company_name: str, client_id: int
) -> str:
    """What :attr:`models.Client.display_name` gives, from bare columns (lists, reports)."""
    person = " ".join(p for p in (first_name, last_name) if p)
    if kind == ClientKind.COMPANY and company_name:
        return f"{company_name} ({person})" if person else company_name
    return person or company_name or translate("Clients", "Client no. {id}").format(id=client_id)


def sort_name(client: models.Client) -> str:
    """Folded name the list sorts on: last name, first name, then company name.

    "Lefèvre Hélène" -> "lefevre helene"; a company with no contact person sorts on
    its company name.
    """
    return fold(f"{client.last_name} {client.first_name} {client.company_name}")


def build_search_text(client: models.Client) -> str:
    """The folded words LIKE-search runs on, prefixed by the folded sort name.

    SQLite's ``lower()`` ignores accents and non-ASCII capitals, so sorting on the raw
    names would put "Émile" after "Zoé": the list sorts on this folded prefix instead
    (everything up to :data:`SORT_SEPARATOR`), which is the same on both backends.
    """
    parts = [client.first_name, client.last_name, client.company_name, client.notes, client.source]
    parts += [a.city for a in client.addresses]
    parts += [a.postcode for a in client.addresses]
    for contact in client.contacts:
        if contact.kind == ContactKind.EMAIL:
            parts.append(contact.value)
        else:
            parts.append(phone_search_key(contact.value))
    parts += [t.name for t in client.tags]
    return sort_name(client) + SORT_SEPARATOR + " ".join(fold(p) for p in parts if p)


def _to_view(client: models.Client) -> ClientView:
    return ClientView(
        id=client.id,
        version=client.version,
        kind=client.kind,
        display_name=client.display_name,
        title=client.title,
        first_name=client.first_name,
        last_name=client.last_name,
        company_name=client.company_name,
        siret=client.siret,
        vat_number=client.vat_number,
        contacts=tuple(ContactView(c.id, c.kind, c.value, c.label) for c in client.contacts),
        addresses=tuple(
            AddressView(a.id, a.kind, a.label, a.line1, a.line2, a.postcode, a.city, a.country)
            for a in client.addresses
        ),
        tags=tuple(t.name for t in client.tags),
        source=client.source,
        referred_by_id=client.referred_by_id,
        notes=client.notes,
        marketing_consent=client.marketing_consent,
        maintenance_contract=client.maintenance_contract,
        maintenance_due_on=client.maintenance_due_on,
        archived=client.archived,
        created_at=client.created_at,
        anonymised=client.anonymised_at is not None,
    )


def _tags(
    session: Session, names: Sequence[str], cache: dict[str, models.Tag] | None = None
) -> list[models.Tag]:
    wanted = list(dict.fromkeys(n.strip() for n in names if n.strip()))
    if not wanted:
        return []
    missing = [n for n in wanted if cache is None or n not in cache]
    existing = (
        {t.name: t for t in session.scalars(select(models.Tag).where(models.Tag.name.in_(missing)))}
        if missing
        else {}
    )
    tags = []
    for name in wanted:
        tag = (cache or {}).get(name) or existing.get(name) or models.Tag(name=name)
        session.add(tag)
        if cache is not None:
            cache[name] = tag
        tags.append(tag)
    return tags


def _apply(
    session: Session,
    client: models.Client,
    clean: _Clean,
    tag_cache: dict[str, models.Tag] | None = None,
) -> None:
    # One flush per save, so that the version moves by exactly one.
    with session.no_autoflush:
        _apply_fields(session, client, clean, tag_cache)


def _apply_fields(
    session: Session,
    client: models.Client,
    clean: _Clean,
    tag_cache: dict[str, models.Tag] | None = None,
) -> None:
    d = clean.draft
    client.kind = d.kind
    client.title = d.title.strip()
    client.first_name = d.first_name.strip()
    client.last_name = d.last_name.strip()
    client.company_name = d.company_name.strip()
    client.siret = clean.siret
    client.vat_number = d.vat_number.strip() or None
    client.source = d.source.strip()
    client.referred_by_id = d.referred_by_id
    client.notes = d.notes
    client.marketing_consent = d.marketing_consent
    client.maintenance_contract = d.maintenance_contract
    client.maintenance_due_on = d.maintenance_due_on
    client.tags = _tags(session, d.tags, tag_cache)
    contacts = [
        models.ClientContact(
            kind=ContactKind.MOBILE if p.startswith(("06", "07")) else ContactKind.PHONE,
            value=p,
            search_key=phone_search_key(p),
            position=i,
        )
        for i, p in enumerate(clean.phones)
    ]
    contacts += [
        models.ClientContact(kind=ContactKind.EMAIL, value=e, search_key=fold(e), position=100 + i)
        for i, e in enumerate(clean.emails)
    ]
    client.contacts = contacts
    client.addresses = [
        models.ClientAddress(
            kind=a.kind,
            label=a.label,
            line1=a.line1,
            line2=a.line2,
            postcode=a.postcode,
            city=a.city,
            country=a.country,
            position=i,
        )
        for i, a in enumerate(clean.addresses)
    ]
    client.search_text = build_search_text(client)


def _load(session: Session, client_id: int) -> models.Client:
    client = session.get(
        models.Client,
        client_id,
        options=[
            selectinload(models.Client.contacts),
            selectinload(models.Client.addresses),
            selectinload(models.Client.tags),
        ],
    )
    if client is None:
        raise NotFoundError(
            translate("Clients", "Client no. {id} does not exist (any more).").format(id=client_id)
        )
    return client


# ---- Use cases -------------------------------------------------------------------------------


def create_client(session: Session, draft: ClientDraft) -> ClientView:
    clean = validate_client(draft)
    client = models.Client()
    _apply(session, client, clean)
    session.add(client)
    session.flush()
    return _to_view(client)


def get_client(session: Session, client_id: int) -> ClientView:
    return _to_view(_load(session, client_id))


def update_client(
    session: Session, client_id: int, draft: ClientDraft, *, expected_version: int
) -> ClientView:
    """Save the form; ``expected_version`` is the version the user loaded (shared mode)."""
    clean = validate_client(draft)
    client = _load(session, client_id)
    ensure_version(client, expected_version, translate("Clients", "This client"))
    _apply(session, client, clean)
    session.flush()
    return _to_view(client)


def set_archived(
    session: Session, client_id: int, archived: bool, *, expected_version: int
) -> ClientView:
    client = _load(session, client_id)
    ensure_version(client, expected_version, translate("Clients", "This client"))
    client.archived = archived
    session.flush()
    return _to_view(client)


def _search_filter(query: str) -> list[ColumnElement[bool]]:
    return [models.Client.search_text.like(f"%{term}%", escape="\\") for term in _escaped(query)]


def _escaped(query: str) -> list[str]:
    return [
        t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for t in search_terms(query)
    ]


def _first_contact(kind_filter: ColumnElement[bool]) -> Any:
    return (
        select(models.ClientContact.value)
        .where(models.ClientContact.client_id == models.Client.id, kind_filter)
        .order_by(models.ClientContact.position)
        .limit(1)
        .scalar_subquery()
    )


def _first_city() -> Any:
    return (
        select(models.ClientAddress.city)
        .where(models.ClientAddress.client_id == models.Client.id)
        .order_by(models.ClientAddress.position)
        .limit(1)
        .scalar_subquery()
    )


def _last_contact() -> Any:
    # ix_interaction_client_id_occurred_at makes this an index seek per client.
    return (
        select(func.max(models.Interaction.occurred_at))
        .where(models.Interaction.client_id == models.Client.id)
        .scalar_subquery()
    )


#: Quotes still waiting for the client's answer.
OPEN_QUOTE_STATUSES = (QuoteStatus.DRAFT, QuoteStatus.SENT)


def _open_quotes() -> Any:
    return (
        select(func.count(models.Quote.id))
        .where(
            models.Quote.client_id == models.Client.id,
            models.Quote.status.in_(OPEN_QUOTE_STATUSES),
        )
        .scalar_subquery()
    )


def _money_sum(expr: Any) -> Any:
    """SUM of a money column, 0 when there is no row, typed so that Decimal comes back."""
    total = func.sum(type_coerce(expr, Money()), type_=Money())
    return func.coalesce(total, literal(0, Money()), type_=Money())


def _invoice_paid() -> Any:
    return (
        select(_money_sum(models.Payment.amount))
        .where(models.Payment.invoice_id == models.Invoice.id)
        .correlate(models.Invoice)
        .scalar_subquery()
    )


def _invoice_is_due() -> ColumnElement[bool]:
    """Invoices a client still owes money on: issued, not a credit note (a cancelled
    invoice has status CANCELLED, so its credit note is not counted twice)."""
    return and_(
        models.Invoice.status == InvoiceStatus.ISSUED,
        models.Invoice.kind != InvoiceKind.CREDIT_NOTE,
    )


def _amount_due() -> Any:
    remaining = type_coerce(
        type_coerce(models.Invoice.total_incl_vat, Money()) - _invoice_paid(), Money()
    )
    return type_coerce(
        select(_money_sum(remaining))
        .where(models.Invoice.client_id == models.Client.id, _invoice_is_due())
        .scalar_subquery(),
        Money(),
    )


def _name_sort_key(session: Session) -> Any:
    key = models.Client.search_text
    if session.get_bind().dialect.name == "postgresql":
        # byte order, like SQLite's BINARY: the folded key is plain ASCII
        return key.collate("C")
    return key


#: Columns the client list can be sorted on (``list_clients(sort=...)``).
SORT_COLUMNS = (
    "name",
    "city",
    "phone",
    "email",
    "last_contact",
    "open_quotes",
    "amount_due",
    "created_at",
)


def _per_client(sort: str) -> Any:
    """One aggregated row per client (GROUP BY, one pass over the table) for sorting the
    whole list by a computed column; a correlated subquery per client is far slower."""
    if sort == "last_contact":
        it = models.Interaction
        return (
            select(it.client_id.label("client_id"), func.max(it.occurred_at).label("value"))
            .group_by(it.client_id)
            .subquery()
        )
    if sort == "open_quotes":
        q = models.Quote
        return (
            select(q.client_id.label("client_id"), func.count(q.id).label("value"))
            .where(q.status.in_(OPEN_QUOTE_STATUSES))
            .group_by(q.client_id)
            .subquery()
        )
    inv, pay = models.Invoice, models.Payment
    paid = (
        select(pay.invoice_id.label("invoice_id"), func.sum(pay.amount).label("paid"))
        .group_by(pay.invoice_id)
        .subquery()
    )
    remaining = inv.total_incl_vat - func.coalesce(paid.c.paid, 0)
    return (
        select(inv.client_id.label("client_id"), func.sum(remaining).label("value"))
        .outerjoin(paid, paid.c.invoice_id == inv.id)
        .where(_invoice_is_due())
        .group_by(inv.client_id)
        .subquery()
    )


def _sort_expression(session: Session, sort: str) -> tuple[Any, Any]:
    """``(expression, derived table to outer-join or None)``."""
    if sort == "name":
        return _name_sort_key(session), None
    if sort == "city":
        return func.lower(func.coalesce(_first_city(), "")), None
    if sort == "phone":
        return func.coalesce(
            _first_contact(models.ClientContact.kind != ContactKind.EMAIL), ""
        ), None
    if sort == "email":
        return func.lower(
            func.coalesce(_first_contact(models.ClientContact.kind == ContactKind.EMAIL), "")
        ), None
    if sort in ("last_contact", "open_quotes", "amount_due"):
        derived = _per_client(sort)
        value = derived.c.value if sort == "last_contact" else func.coalesce(derived.c.value, 0)
        return value, derived
    if sort == "created_at":
        return models.Client.created_at, None
    raise ValueError(f"unknown sort column {sort!r}; expected one of {SORT_COLUMNS}")


def _list_conditions(
    search: str, include_archived: bool, archived: bool | None, tag: str | None
) -> list[ColumnElement[bool]]:
    conditions = _search_filter(search)
    if archived is not None:
        conditions.append(models.Client.archived.is_(archived))
    elif not include_archived:
        conditions.append(models.Client.archived.is_(False))
    if tag:
        conditions.append(
            exists().where(
                models.client_tag.c.client_id == models.Client.id,
                models.client_tag.c.tag_id == models.Tag.id,
                models.Tag.name == tag,
            )
        )
    return conditions


def list_clients(
    session: Session,
    *,
    search: str = "",
    include_archived: bool = False,
    tag: str | None = None,
    limit: int = 200,
    offset: int = 0,
    sort: str = "name",
    descending: bool = False,
    archived: bool | None = None,
) -> ClientPage:
    """A page of the client list, filtered and sorted in SQL.

    ``sort`` is one of :data:`SORT_COLUMNS`. ``archived`` (True/False) shows only
    archived or only active clients and wins over ``include_archived``. Clients never
    contacted count as the oldest contact. Two queries: the page of ids (filter, sort,
    limit: only the sort column is computed for every matching client), then the
    display columns and aggregates for those ids only.
    """
    conditions = _list_conditions(search, include_archived, archived, tag)
    sort_key, derived = _sort_expression(session, sort)
    ordered = sort_key.desc() if descending else sort_key.asc()
    if sort == "last_contact":
        ordered = ordered.nulls_last() if descending else ordered.nulls_first()
    # Ties (same city, nothing due...) in name order, whatever the direction.
    tiebreak = (
        [models.Client.id.desc() if descending else models.Client.id.asc()]
        if sort == "name"
        else [_name_sort_key(session).asc(), models.Client.id.asc()]
    )
    base = select(models.Client.id)
    if derived is not None:
        base = base.outerjoin(derived, derived.c.client_id == models.Client.id)
    id_stmt = base.where(*conditions).order_by(ordered, *tiebreak).limit(limit).offset(offset)
    ids = list(session.scalars(id_stmt))
    rows = _rows_for(session, ids)
    total = int(
        session.scalar(select(func.count()).select_from(models.Client).where(*conditions)) or 0
    )
    return ClientPage(
        rows=rows,
        total=total,
        filters={
            "search": search,
            "tag": tag,
            "archived": archived,
            "include_archived": include_archived,
            "sort": sort,
            "descending": descending,
        },
    )


def _rows_for(session: Session, ids: Sequence[int]) -> tuple[ClientRow, ...]:
    if not ids:
        return ()
    c = models.Client
    stmt = select(
        c.id,
        c.kind,
        c.first_name,
        c.last_name,
        c.company_name,
        c.archived,
        _first_city(),
        _first_contact(models.ClientContact.kind != ContactKind.EMAIL),
        _first_contact(models.ClientContact.kind == ContactKind.EMAIL),
        _last_contact(),
        _open_quotes(),
        _amount_due(),
    ).where(c.id.in_(list(ids)))
    by_id = {}
    for (
        client_id,
        kind,
        first,
        last,
        company,
        is_archived,
        city,
        phone,
        email,
        last_contact,
        open_quotes,
        due,
    ) in session.execute(stmt):
        by_id[client_id] = ClientRow(
            id=client_id,
            display_name=display_name_of(kind, first, last, company, client_id),
            city=city or "",
            phone=phone or "",
            email=email or "",
            archived=bool(is_archived),
            last_contact=_aware(last_contact),
            open_quotes=int(open_quotes or 0),
            amount_due=due if due is not None else Decimal("0.00"),
        )
    return tuple(by_id[i] for i in ids if i in by_id)


def _aware(value: Any) -> datetime | None:
    """MAX() over a UTCDateTime column loses the type on SQLite (a string comes back)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def search_clients(session: Session, query: str, *, limit: int = 50) -> tuple[ClientRow, ...]:
    """Clients matching every word of ``query`` (accent/case-insensitive; phones any format)."""
    if not search_terms(query):
        return ()
    return list_clients(session, search=query, include_archived=True, limit=limit).rows


def refresh_search_text(session: Session, client_ids: Sequence[int] | None = None) -> int:
    """Recompute ``search_text`` (after bulk writes such as demo data or imports)."""
    stmt = select(models.Client).options(
        selectinload(models.Client.contacts),
        selectinload(models.Client.addresses),
        selectinload(models.Client.tags),
    )
    if client_ids is not None:
        stmt = stmt.where(models.Client.id.in_(list(client_ids)))
    count = 0
    for client in session.scalars(stmt).unique():
        text = build_search_text(client)
        if client.search_text != text:
            # A derived column: do not bump the user-visible version for it.
            session.execute(
                update(cast(Table, models.Client.__table__))
                .where(models.Client.id == client.id)
                .values(search_text=text)
            )
            count += 1
    return count


# ---- Card totals ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClientTotals:
    """The figures on top of a client card, all aggregated in SQL."""

    client_id: int
    #: invoiced excl. VAT, net of credit notes (drafts not counted)
    revenue_excl_vat: Decimal
    #: issued invoices incl. VAT still counted as due or paid (credit-noted ones excluded)
    invoiced_incl_vat: Decimal
    paid: Decimal
    amount_due: Decimal
    #: every time entry, billable or not (quote preparation, travel, chasing payments...)
    minutes_spent: int
    billable_minutes: int
    last_contact: datetime | None
    open_quotes: int
    open_quotes_amount_excl_vat: Decimal
    interactions: int
    complaints: int

    @property
    def hours_spent(self) -> Decimal:
        return (Decimal(self.minutes_spent) / 60).quantize(Decimal("0.01"))

    @property
    def non_billable_minutes(self) -> int:
        return self.minutes_spent - self.billable_minutes


def client_totals(session: Session, client_id: int) -> ClientTotals:
    """Revenue, hours spent, amount due, last contact... of one client, in one SQL statement."""
    inv = models.Invoice
    te = models.TimeEntry
    it = models.Interaction
    q = models.Quote
    invoiced = inv.client_id == client_id
    revenue = (
        select(_money_sum(inv.total_excl_vat))
        .where(invoiced, inv.status != InvoiceStatus.DRAFT)
        .scalar_subquery()
    )
    due_filter = and_(invoiced, _invoice_is_due())
    invoiced_incl = select(_money_sum(inv.total_incl_vat)).where(due_filter).scalar_subquery()
    paid = (
        select(_money_sum(models.Payment.amount))
        .join(inv, inv.id == models.Payment.invoice_id)
        .where(due_filter)
        .scalar_subquery()
    )
    minutes = (
        select(func.coalesce(func.sum(te.minutes), 0)).where(te.client_id == client_id)
    ).scalar_subquery()
    billable = (
        select(func.coalesce(func.sum(te.minutes), 0)).where(
            te.client_id == client_id, te.billable.is_(True)
        )
    ).scalar_subquery()
    last_contact = (
        select(func.max(it.occurred_at)).where(it.client_id == client_id).scalar_subquery()
    )
    open_filter = and_(q.client_id == client_id, q.status.in_(OPEN_QUOTE_STATUSES))
    open_count = select(func.count(q.id)).where(open_filter).scalar_subquery()
    open_amount = select(_money_sum(q.total_excl_vat)).where(open_filter).scalar_subquery()
    interactions = select(func.count(it.id)).where(it.client_id == client_id).scalar_subquery()
    complaints = (
        select(func.count(it.id))
        .where(it.client_id == client_id, it.is_complaint.is_(True))
        .scalar_subquery()
    )
    row = session.execute(
        select(
            models.Client.id,
            revenue,
            invoiced_incl,
            paid,
            minutes,
            billable,
            last_contact,
            open_count,
            open_amount,
            interactions,
            complaints,
        ).where(models.Client.id == client_id)
    ).one_or_none()
    if row is None:
        raise NotFoundError(
            translate("Clients", "Client no. {id} does not exist (any more).").format(id=client_id)
        )
    (_, rev, inc, pay, mins, bill, last, n_open, open_amt, n_inter, n_compl) = row
    zero = Decimal("0.00")
    return ClientTotals(
        client_id=client_id,
        revenue_excl_vat=rev or zero,
        invoiced_incl_vat=inc or zero,
        paid=pay or zero,
        amount_due=(inc or zero) - (pay or zero),
        minutes_spent=int(mins or 0),
        billable_minutes=int(bill or 0),
        last_contact=_aware(last),
        open_quotes=int(n_open or 0),
        open_quotes_amount_excl_vat=open_amt or zero,
        interactions=int(n_inter or 0),
        complaints=int(n_compl or 0),
    )


# ---- Archive, delete and undo ----------------------------------------------------------------


def _check_version(client: models.Client, expected_version: int | None) -> None:
    ensure_version(client, expected_version, translate("Clients", "This client"))


def archive_client(
    session: Session, client_id: int, *, expected_version: int | None = None
) -> ClientView:
    """Hide a client from the list, keeping all their history (reversible)."""
    client = _load(session, client_id)
    _check_version(client, expected_version)
    client.archived = True
    session.flush()
    return _to_view(client)


def restore_client(
    session: Session, client_id: int, *, expected_version: int | None = None
) -> ClientView:
    """Bring an archived client back into the list."""
    client = _load(session, client_id)
    _check_version(client, expected_version)
    if client.anonymised_at is not None:
        raise BusinessRuleError(
            translate(
                "Clients",
                "This client was anonymised: it can no longer be restored. Create a new card.",
            )
        )
    client.archived = False
    session.flush()
    return _to_view(client)


@dataclass(frozen=True)
class DeletedClient:
    """Undo token of :func:`delete_client`: every row that went with the client.

    ``rows`` holds, per table (parents first), the column values of each row, so that
    :func:`restore_deleted_client` puts them back with the same ids.
    """

    client_id: int
    display_name: str
    rows: tuple[tuple[str, tuple[tuple[tuple[str, Any], ...], ...]], ...]
    #: clients whose "referred by" pointed to this one (set to NULL by the deletion)
    referred_client_ids: tuple[int, ...]

    def row_count(self) -> int:
        return sum(len(rows) for _, rows in self.rows)


def delete_client(
    session: Session, client_id: int, *, expected_version: int | None = None
) -> DeletedClient:
    """Delete a client with no quote, job or invoice; returns the token to undo it.

    A client with documents is kept (invoices must be kept ten years): archive it.
    """
    from artisan_crm.services import gdpr

    client = _load(session, client_id)
    _check_version(client, expected_version)
    has_documents = session.scalar(
        select(
            exists().where(models.Quote.client_id == client_id)
            | exists().where(models.Invoice.client_id == client_id)
            | exists().where(models.Job.client_id == client_id)
        )
    )
    if has_documents:
        raise BusinessRuleError(
            translate(
                "Clients",
                "{client} has quotes, jobs or invoices: the card cannot be deleted (invoices "
                "must be kept). Archive it instead: it will leave the list without losing "
                "its history.",
            ).format(client=client.display_name)
        )
    collected = gdpr.collect_client_rows(session, client_id)
    referred = tuple(
        session.scalars(
            select(models.Client.id)
            .where(models.Client.referred_by_id == client_id)
            .order_by(models.Client.id)
        )
    )
    token = DeletedClient(
        client_id=client_id,
        display_name=client.display_name,
        rows=tuple(
            (table, tuple(tuple(sorted(row.items())) for row in rows))
            for table, rows in collected.items()
        ),
        referred_client_ids=referred,
    )
    session.flush()
    session.expunge_all()
    # The database cascades (ON DELETE CASCADE / SET NULL): one statement.
    session.execute(delete(models.Client).where(models.Client.id == client_id))
    record_change(session, "client", client_id)
    return token


def restore_deleted_client(session: Session, token: DeletedClient) -> ClientView:
    """Undo :func:`delete_client`: recreate the client and its children with their ids."""
    from artisan_crm.storage.models import Base

    if session.get(models.Client, token.client_id) is not None:
        raise BusinessRuleError(
            translate(
                "Clients",
                "Cannot undo the deletion of {client}: another card has taken its place in the "
                "meantime.",
            ).format(client=token.display_name)
        )
    by_table = dict(token.rows)
    for table in Base.metadata.sorted_tables:
        rows = by_table.get(table.name)
        if rows:
            session.execute(table.insert(), [dict(row) for row in rows])
            record_change(session, table.name, None)
    if token.referred_client_ids:
        session.execute(
            update(models.Client)
            .where(
                models.Client.id.in_(token.referred_client_ids),
                models.Client.referred_by_id.is_(None),
            )
            .values(referred_by_id=token.client_id)
            .execution_options(synchronize_session=False)
        )
    record_change(session, "client", token.client_id)
    return get_client(session, token.client_id)


__all__ = [
    "OPEN_QUOTE_STATUSES",
    "SORT_COLUMNS",
    "AddressDraft",
    "AddressView",
    "ClientDraft",
    "ClientPage",
    "ClientRow",
    "ClientTotals",
    "ClientView",
    "ContactView",
    "DeletedClient",
    "archive_client",
    "client_totals",
    "create_client",
    "delete_client",
    "display_name_of",
    "get_client",
    "list_clients",
    "refresh_search_text",
    "restore_client",
    "restore_deleted_client",
    "search_clients",
    "set_archived",
    "sort_name",
    "update_client",
    "validate_client",
]
