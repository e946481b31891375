"""Invoices, deposits, credit notes and payments.

Life of an invoice: a *draft* (no number, editable, deletable) is *issued*: it
then gets the next gapless ``FAC-YYYY-NNNN`` number, its date and its due date
(payment terms of the company settings), and a snapshot of the client's name
and address. An issued invoice is never edited nor deleted: it is cancelled by
a credit note (an *avoir*, numbered in the same series, with the lines negated).

Deposit invoices bill a percentage of an accepted quote, split per VAT rate;
the final invoice copies the quote's lines and deducts every issued deposit, so
the deposits plus the final invoice equal the quote to the cent.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from artisan_crm.domain.enums import (
    InvoiceKind,
    InvoiceStatus,
    LineKind,
    PaymentMethod,
    QuoteStatus,
)
from artisan_crm.domain.errors import (
    BusinessRuleError,
    NotFoundError,
    ValidationError,
)
from artisan_crm.domain.money import (
    HUNDRED,
    ZERO,
    DocumentTotals,
    MoneyError,
    document_totals,
    line_amounts,
    to_decimal,
)
from artisan_crm.domain.quotes import (
    INVOICE_PREFIX,
    PAYMENT_STATE_LABELS,
    InvoicePaymentStatus,
    PaymentState,
    check_line,
    check_payment_amount,
    deduction_line_label,
    deposit_line_label,
    deposit_shares,
    format_euros,
    invoice_payment_status,
)
from artisan_crm.i18n import QT_TRANSLATE_NOOP, Labels, plural, translate
from artisan_crm.services.common import ensure_version
from artisan_crm.services.company import get_company
from artisan_crm.services.numbering import next_number
from artisan_crm.services.quotes import billing_address, client_display_name
from artisan_crm.storage.models import (
    Client,
    Invoice,
    InvoiceLine,
    Job,
    Payment,
    Quote,
)
from artisan_crm.storage.types import utcnow

KIND_LABELS: Labels[InvoiceKind] = Labels(
    "Invoices",
    {
        InvoiceKind.STANDARD: QT_TRANSLATE_NOOP("Invoices", "Invoice"),
        InvoiceKind.DEPOSIT: QT_TRANSLATE_NOOP("Invoices", "Deposit invoice"),
        InvoiceKind.FINAL: QT_TRANSLATE_NOOP("Invoices", "Final invoice"),
        InvoiceKind.CREDIT_NOTE: QT_TRANSLATE_NOOP("Invoices", "Credit note"),
    },
)

METHOD_LABELS: Labels[PaymentMethod] = Labels(
    "Invoices",
    {
        PaymentMethod.TRANSFER: QT_TRANSLATE_NOOP("Invoices", "Bank transfer"),
        PaymentMethod.CHEQUE: QT_TRANSLATE_NOOP("Invoices", "Cheque"),
        PaymentMethod.CASH: QT_TRANSLATE_NOOP("Invoices", "Cash"),
        PaymentMethod.CARD: QT_TRANSLATE_NOOP("Invoices", "Bank card"),
        PaymentMethod.OTHER: QT_TRANSLATE_NOOP("Invoices", "Other"),
    },
)

#: Unit of the lines the application writes on invoices (deposits and their deduction):
#: document text printed on French invoices, kept French.
FLAT_RATE_UNIT = "forfait"  # fr-only

# ---- Inputs and outputs -------------------------------------------------------------------------


@dataclass(frozen=True)
class InvoiceLineDraft:
    description: str
    quantity: Decimal = Decimal("1")
    unit: str = "u"
    unit_price: Decimal = ZERO
    vat_rate: Decimal | None = None
    kind: LineKind = LineKind.LABOUR
    discount_percent: Decimal = ZERO


@dataclass(frozen=True)
class InvoiceDraft:
    """A free invoice (no quote), or the editable part of a draft made from a quote."""

    client_id: int
    title: str = ""
    lines: tuple[InvoiceLineDraft, ...] = ()
    quote_id: int | None = None
    job_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class PaymentDraft:
    paid_on: date
    amount: Decimal
    method: PaymentMethod = PaymentMethod.TRANSFER
    note: str = ""


@dataclass(frozen=True)
class InvoiceLineView:
    id: int
    position: int
    kind: LineKind
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    vat_rate: Decimal
    discount_percent: Decimal
    excl_vat: Decimal
    vat: Decimal
    incl_vat: Decimal


@dataclass(frozen=True)
class PaymentView:
    id: int
    version: int
    paid_on: date
    amount: Decimal
    method: PaymentMethod
    note: str

    @property
    def method_label(self) -> str:
        return METHOD_LABELS[self.method]


@dataclass(frozen=True)
class InvoiceView:
    id: int
    number: str | None
    version: int
    kind: InvoiceKind
    status: InvoiceStatus
    client_id: int
    client_name: str
    #: name and address printed on the invoice (snapshot taken when issued)
    billed_name: str
    billed_address: str
    quote_id: int | None
    quote_number: str | None
    job_id: int | None
    credit_note_for_id: int | None
    credit_note_for_number: str | None
    #: numbers of the credit notes cancelling this invoice
    cancelled_by: tuple[str, ...]
    title: str
    issued_on: date | None
    due_on: date | None
    notes: str
    lines: tuple[InvoiceLineView, ...]
    totals: DocumentTotals
    payments: tuple[PaymentView, ...]
    payment: InvoicePaymentStatus

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def is_draft(self) -> bool:
        return self.status == InvoiceStatus.DRAFT

    @property
    def display_number(self) -> str:
        return self.number or translate("Invoices", "Draft")

    @property
    def reduced_vat_rates(self) -> tuple[Decimal, ...]:
        return tuple(
            row.rate
            for row in self.totals.vat_breakdown
            if row.rate in (Decimal("5.5"), Decimal("10"))
        )


@dataclass(frozen=True)
class InvoiceRow:
    id: int
    number: str | None
    version: int
    kind: InvoiceKind
    status: InvoiceStatus
    client_id: int
    client_name: str
    title: str
    issued_on: date | None
    due_on: date | None
    total_incl_vat: Decimal
    paid: Decimal
    remaining: Decimal
    state: PaymentState
    days_late: int

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def state_label(self) -> str:
        if self.state == PaymentState.OVERDUE:
            return plural(
                self.days_late,
                translate("Invoices", "Overdue by {n} day"),
                translate("Invoices", "Overdue by {n} days"),
            ).format(n=self.days_late)
        return PAYMENT_STATE_LABELS[self.state]


# ---- Reading ------------------------------------------------------------------------------------


def get_invoice(session: Session, invoice_id: int, *, today: date | None = None) -> InvoiceView:
    return _view(session, _load(session, invoice_id), today or date.today())


def get_invoice_by_number(
    session: Session, number: str, *, today: date | None = None
) -> InvoiceView:
    invoice = session.scalar(select(Invoice).where(Invoice.number == number.strip().upper()))
    if invoice is None:
        raise NotFoundError(
            translate("Invoices", "No invoice has the number “{number}”.").format(number=number)
        )
    return _view(session, invoice, today or date.today())


def _load(session: Session, invoice_id: int, *, for_update: bool = False) -> Invoice:
    statement = (
        select(Invoice)
        .where(Invoice.id == invoice_id)
        .options(selectinload(Invoice.lines), selectinload(Invoice.payments))
    )
    if for_update:
        statement = statement.with_for_update()
    invoice = session.scalar(statement)
    if invoice is None:
        raise NotFoundError(
            translate("Invoices", "Invoice no. {id} does not exist.").format(id=invoice_id)
        )
    return invoice


def _load_for_change(session: Session, invoice_id: int, version: int) -> Invoice:
    invoice = _load(session, invoice_id, for_update=True)
    ensure_version(invoice, version, translate("Invoices", "This invoice"))
    return invoice


def _view(session: Session, invoice: Invoice, today: date) -> InvoiceView:
    client = session.get(Client, invoice.client_id)
    lines = []
    amounts = []
    for line in invoice.lines:
        figures = line_amounts(line.quantity, line.unit_price, line.vat_rate, line.discount_percent)
        amounts.append(figures)
        lines.append(
            InvoiceLineView(
                id=line.id,
                position=line.position,
                kind=LineKind(line.kind),
                description=line.description,
                quantity=line.quantity,
                unit=line.unit,
                unit_price=line.unit_price,
                vat_rate=line.vat_rate,
                discount_percent=line.discount_percent,
                excl_vat=figures.excl_vat,
                vat=figures.vat,
                incl_vat=figures.incl_vat,
            )
        )
    totals = document_totals(amounts)
    payments = tuple(
        PaymentView(p.id, p.version, p.paid_on, p.amount, PaymentMethod(p.method), p.note)
        for p in invoice.payments
    )
    paid = sum((p.amount for p in payments), ZERO)
    quote_number = (
        session.scalar(select(Quote.number).where(Quote.id == invoice.quote_id))
        if invoice.quote_id
        else None
    )
    original = (
        session.scalar(select(Invoice.number).where(Invoice.id == invoice.credit_note_for_id))
        if invoice.credit_note_for_id
        else None
    )
    cancelled_by = tuple(
        n
        for n in session.scalars(
            select(Invoice.number)
            .where(Invoice.credit_note_for_id == invoice.id)
            .order_by(Invoice.id)
        )
        if n
    )
    name = client.display_name if client else ""
    return InvoiceView(
        id=invoice.id,
        number=invoice.number,
        version=invoice.version,
        kind=InvoiceKind(invoice.kind),
        status=InvoiceStatus(invoice.status),
        client_id=invoice.client_id,
        client_name=name,
        billed_name=invoice.billed_name or name,
        billed_address=invoice.billed_address
        if invoice.status != InvoiceStatus.DRAFT
        else billing_address(session, invoice.client_id),
        quote_id=invoice.quote_id,
        quote_number=quote_number,
        job_id=invoice.job_id,
        credit_note_for_id=invoice.credit_note_for_id,
        credit_note_for_number=original,
        cancelled_by=cancelled_by,
        title=invoice.title,
        issued_on=invoice.issued_on,
        due_on=invoice.due_on,
        notes=invoice.notes,
        lines=tuple(lines),
        totals=totals,
        payments=payments,
        payment=invoice_payment_status(
            status=InvoiceStatus(invoice.status),
            kind=InvoiceKind(invoice.kind),
            total_incl_vat=totals.incl_vat,
            paid=paid,
            due_on=invoice.due_on,
            today=today,
        ),
    )


# ---- Lists --------------------------------------------------------------------------------------


def _paid_subquery() -> Any:
    return (
        select(func.coalesce(func.sum(Payment.amount), 0))
        .where(Payment.invoice_id == Invoice.id)
        .correlate(Invoice)
        .scalar_subquery()
    )


def _state_condition(state: PaymentState, paid: Any, today: date) -> Any:
    issued = and_(Invoice.status == InvoiceStatus.ISSUED, Invoice.kind != InvoiceKind.CREDIT_NOTE)
    due = Invoice.total_incl_vat > paid
    late = and_(Invoice.due_on.is_not(None), Invoice.due_on < today)
    not_late = or_(Invoice.due_on.is_(None), Invoice.due_on >= today)
    conditions = {
        PaymentState.DRAFT: Invoice.status == InvoiceStatus.DRAFT,
        PaymentState.CREDIT_NOTE: and_(
            Invoice.status != InvoiceStatus.DRAFT, Invoice.kind == InvoiceKind.CREDIT_NOTE
        ),
        PaymentState.CANCELLED: and_(
            Invoice.status == InvoiceStatus.CANCELLED, Invoice.kind != InvoiceKind.CREDIT_NOTE
        ),
        PaymentState.PAID: and_(issued, Invoice.total_incl_vat <= paid),
        PaymentState.OVERDUE: and_(issued, due, late),
        PaymentState.UNPAID: and_(issued, due, not_late, paid == 0),
        PaymentState.PARTIALLY_PAID: and_(issued, due, not_late, paid > 0),
    }
    return conditions[PaymentState(state)]


def _list_statement(paid: Any) -> Select:
    return select(
        Invoice.id,
        Invoice.number,
        Invoice.version,
        Invoice.kind,
        Invoice.status,
        Invoice.client_id,
        Client.kind.label("client_kind"),
        Client.first_name,
        Client.last_name,
        Client.company_name,
        Invoice.billed_name,
        Invoice.title,
        Invoice.issued_on,
        Invoice.due_on,
        Invoice.total_incl_vat,
        paid.label("paid"),
    ).join(Client, Client.id == Invoice.client_id)


def list_invoices(
    session: Session,
    *,
    state: PaymentState | Iterable[PaymentState] | None = None,
    client_id: int | None = None,
    quote_id: int | None = None,
    search: str | None = None,
    today: date | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[InvoiceRow]:
    """Invoices (drafts first, then newest issued), amounts paid summed in SQL.

    ``state`` filters on the payment state (e.g. ``PaymentState.OVERDUE``), also in SQL.
    """
    today = today or date.today()
    paid = _paid_subquery()
    statement = _list_statement(paid)
    if state is not None:
        states = [state] if isinstance(state, (PaymentState, str)) else list(state)
        statement = statement.where(or_(*(_state_condition(s, paid, today) for s in states)))
    if client_id is not None:
        statement = statement.where(Invoice.client_id == client_id)
    if quote_id is not None:
        statement = statement.where(Invoice.quote_id == quote_id)
    if search and search.strip():
        for word in search.split():
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            pattern = f"%{escaped}%"
            statement = statement.where(
                or_(
                    Invoice.number.ilike(pattern, escape="\\"),
                    Invoice.title.ilike(pattern, escape="\\"),
                    Invoice.billed_name.ilike(pattern, escape="\\"),
                    Client.last_name.ilike(pattern, escape="\\"),
                    Client.first_name.ilike(pattern, escape="\\"),
                    Client.company_name.ilike(pattern, escape="\\"),
                )
            )
    statement = statement.order_by(
        (Invoice.status != InvoiceStatus.DRAFT),
        Invoice.issued_on.desc(),
        Invoice.number.desc(),
        Invoice.id.desc(),
    )
    rows = []
    for r in session.execute(statement.limit(limit).offset(offset)):
        total = r.total_incl_vat
        paid_amount = Decimal(r.paid or 0).quantize(Decimal("0.01"))
        status = invoice_payment_status(
            status=InvoiceStatus(r.status),
            kind=InvoiceKind(r.kind),
            total_incl_vat=total,
            paid=paid_amount,
            due_on=r.due_on,
            today=today,
        )
        rows.append(
            InvoiceRow(
                id=r.id,
                number=r.number,
                version=r.version,
                kind=InvoiceKind(r.kind),
                status=InvoiceStatus(r.status),
                client_id=r.client_id,
                client_name=r.billed_name
                or client_display_name(
                    r.client_kind, r.first_name, r.last_name, r.company_name, r.client_id
                ),
                title=r.title,
                issued_on=r.issued_on,
                due_on=r.due_on,
                total_incl_vat=total,
                paid=paid_amount,
                remaining=status.remaining,
                state=status.state,
                days_late=status.days_late,
            )
        )
    return rows


# ---- Drafts -------------------------------------------------------------------------------------


def _set_lines(
    invoice: Invoice,
    lines: Sequence[InvoiceLineDraft],
    default_vat_rate: Decimal,
    *,
    allow_negative: bool = False,
) -> None:
    errors: dict[str, str] = {}
    rows = []
    amounts = []
    for index, line in enumerate(lines):
        rate = default_vat_rate if line.vat_rate is None else line.vat_rate
        line_errors, figures = check_line(
            kind=LineKind(line.kind).value,
            description=line.description,
            quantity=line.quantity,
            unit_price=line.unit_price,
            unit_cost=ZERO,
            vat_rate=rate,
            discount_percent=line.discount_percent,
            allow_negative_price=allow_negative,
        )
        if not line.unit.strip():
            line_errors["unit"] = translate("Invoices", "the unit is required.")
        for field, message in line_errors.items():
            errors[f"lines[{index}].{field}"] = translate("Invoices", "Line {n}: {message}").format(
                n=index + 1, message=message
            )
        if figures is None or line_errors:
            continue
        amounts.append(figures)
        rows.append(
            InvoiceLine(
                position=index,
                kind=LineKind(line.kind),
                description=line.description.strip(),
                quantity=to_decimal(line.quantity),
                unit=line.unit.strip(),
                unit_price=to_decimal(line.unit_price),
                vat_rate=figures.vat_rate,
                discount_percent=to_decimal(line.discount_percent),
            )
        )
    if errors:
        raise ValidationError(errors)
    totals = document_totals(amounts)
    invoice.lines = rows
    invoice.total_excl_vat = totals.excl_vat
    invoice.total_vat = totals.vat
    invoice.total_incl_vat = totals.incl_vat


def create_invoice(
    session: Session, draft: InvoiceDraft, *, today: date | None = None
) -> InvoiceView:
    """A draft standard invoice with free lines (a repair without a quote)."""
    if session.get(Client, draft.client_id) is None:
        raise ValidationError({"client_id": translate("Invoices", "Choose an existing client.")})
    company = get_company(session)
    invoice = Invoice(
        client_id=draft.client_id,
        kind=InvoiceKind.STANDARD,
        status=InvoiceStatus.DRAFT,
        title=draft.title.strip(),
        quote_id=draft.quote_id,
        job_id=draft.job_id,
        notes=draft.notes,
    )
    _set_lines(invoice, draft.lines, company.default_vat_rate)
    session.add(invoice)
    session.flush()
    return _view(session, invoice, today or date.today())


def update_invoice(
    session: Session,
    invoice_id: int,
    draft: InvoiceDraft,
    *,
    version: int,
    today: date | None = None,
) -> InvoiceView:
    """Edit a draft; an issued invoice is never edited (cancel it by a credit note)."""
    invoice = _load_for_change(session, invoice_id, version)
    _check_draft(invoice)
    company = get_company(session)
    invoice.title = draft.title.strip()
    invoice.notes = draft.notes
    _set_lines(invoice, draft.lines, company.default_vat_rate, allow_negative=True)
    invoice.updated_at = utcnow()
    session.flush()
    return _view(session, invoice, today or date.today())


def delete_invoice(session: Session, invoice_id: int, *, version: int) -> None:
    """Delete a draft. An issued invoice keeps its number forever: cancel it instead."""
    invoice = _load_for_change(session, invoice_id, version)
    _check_draft(invoice)
    session.delete(invoice)
    session.flush()


def _check_draft(invoice: Invoice) -> None:
    if invoice.status != InvoiceStatus.DRAFT:
        raise BusinessRuleError(
            translate(
                "Invoices",
                "Invoice {number} has been issued: it can be neither changed nor deleted. "
                "Cancel it with a credit note, then make a new invoice.",
            ).format(number=invoice.number)
        )


def _invoiceable_quote(session: Session, quote_id: int) -> Quote:
    quote = session.scalar(
        select(Quote).where(Quote.id == quote_id).options(selectinload(Quote.lines))
    )
    if quote is None:
        raise NotFoundError(
            translate("Invoices", "Quote no. {id} does not exist.").format(id=quote_id)
        )
    if quote.status != QuoteStatus.ACCEPTED:
        raise BusinessRuleError(
            translate(
                "Invoices", "Quote {number} is not accepted: only an accepted quote is invoiced."
            ).format(number=quote.number)
        )
    return quote


def _deposit_invoices(session: Session, quote_id: int) -> list[Invoice]:
    return list(
        session.scalars(
            select(Invoice)
            .where(
                Invoice.quote_id == quote_id,
                Invoice.kind == InvoiceKind.DEPOSIT,
                Invoice.status != InvoiceStatus.CANCELLED,
            )
            .options(selectinload(Invoice.lines))
            .order_by(Invoice.issued_on, Invoice.id)
        )
    )


def create_deposit_invoice(
    session: Session,
    quote_id: int,
    *,
    percent: Decimal | None = None,
    today: date | None = None,
) -> InvoiceView:
    """A draft deposit invoice for ``percent`` % (default: the quote's deposit) of an accepted quote.

    One line per VAT rate of the quote, so the VAT of the deposit is declared at
    the right rates.
    """
    quote = _invoiceable_quote(session, quote_id)
    percent = quote.deposit_percent if percent is None else percent
    try:
        percent = to_decimal(percent)
    except MoneyError as exc:
        raise ValidationError({"percent": str(exc)}) from exc
    if not ZERO < percent <= HUNDRED:
        raise ValidationError(
            {"percent": translate("Invoices", "The deposit must be between 0 and 100%.")}
        )
    quote_totals = document_totals(
        line_amounts(li.quantity, li.unit_price, li.vat_rate, li.discount_percent)
        for li in quote.lines
    )
    already = sum((inv.total_incl_vat for inv in _deposit_invoices(session, quote_id)), ZERO)
    shares = deposit_shares(quote_totals.vat_breakdown, percent)
    amount = sum((s.incl_vat for s in shares), ZERO)
    if amount == ZERO:
        raise BusinessRuleError(
            translate("Invoices", "The quote is empty: there is no deposit to invoice.")
        )
    if already + amount > quote_totals.incl_vat:
        raise BusinessRuleError(
            translate(
                "Invoices", "The deposits ({deposits}) would exceed the quote total ({total})."
            ).format(
                deposits=format_euros(already + amount), total=format_euros(quote_totals.incl_vat)
            )
        )
    several = len(shares) > 1
    lines = tuple(
        InvoiceLineDraft(
            description=deposit_line_label(percent, quote.number, s.rate, several),
            quantity=Decimal(1),
            unit=FLAT_RATE_UNIT,
            unit_price=s.excl_vat,
            vat_rate=s.rate,
            kind=LineKind.OTHER,
        )
        for s in shares
    )
    job_id = session.scalar(select(Job.id).where(Job.quote_id == quote.id))
    invoice = Invoice(
        client_id=quote.client_id,
        quote_id=quote.id,
        job_id=job_id,
        kind=InvoiceKind.DEPOSIT,
        status=InvoiceStatus.DRAFT,
        # French document text: the title printed on the deposit invoice.
        title=f"Acompte de {_document_percent(percent)} – {quote.title}".rstrip(" –"),  # fr-only
    )
    _set_lines(invoice, lines, Decimal("20"))
    session.add(invoice)
    session.flush()
    return _view(session, invoice, today or date.today())


def _document_percent(rate: Decimal) -> str:
    """``30 %``, ``5,5 %``: French typography, for text printed on the invoice (whatever
    the interface language)."""
    return f"{rate.normalize():f}".replace(".", ",") + " %"


def create_final_invoice(
    session: Session,
    *,
    quote_id: int | None = None,
    job_id: int | None = None,
    today: date | None = None,
) -> InvoiceView:
    """The draft final invoice of a quote (or of the job made from it), deposits deducted."""
    if job_id is not None:
        job = session.get(Job, job_id)
        if job is None:
            raise NotFoundError(
                translate("Invoices", "Job no. {id} does not exist.").format(id=job_id)
            )
        if job.quote_id is None:
            raise BusinessRuleError(
                translate("Invoices", "This job has no quote: make a free invoice with its lines.")
            )
        if quote_id is not None and quote_id != job.quote_id:
            raise ValidationError(
                {"quote_id": translate("Invoices", "This quote is not the job's quote.")}
            )
        quote_id = job.quote_id
    if quote_id is None:
        raise ValidationError(
            {"quote_id": translate("Invoices", "Enter the quote or the job to invoice.")}
        )
    quote = _invoiceable_quote(session, quote_id)
    existing = session.execute(
        select(Invoice.id, Invoice.number).where(
            Invoice.quote_id == quote.id,
            Invoice.kind == InvoiceKind.FINAL,
            Invoice.status != InvoiceStatus.CANCELLED,
        )
    ).first()
    if existing is not None:
        raise BusinessRuleError(
            translate(
                "Invoices", "Quote {number} already has its final invoice ({invoice})."
            ).format(
                number=quote.number,
                invoice=existing.number or translate("Invoices", "draft"),
            )
        )
    deposits = _deposit_invoices(session, quote.id)
    if any(d.status == InvoiceStatus.DRAFT for d in deposits):
        raise BusinessRuleError(
            translate(
                "Invoices",
                "A deposit invoice of this quote is still a draft: issue or delete it "
                "before the final invoice.",
            )
        )
    lines = [
        InvoiceLineDraft(
            description=li.description,
            quantity=li.quantity,
            unit=li.unit,
            unit_price=li.unit_price,
            vat_rate=li.vat_rate,
            kind=LineKind(li.kind),
            discount_percent=li.discount_percent,
        )
        for li in quote.lines
    ]
    for deposit in deposits:
        for li in deposit.lines:
            lines.append(
                InvoiceLineDraft(
                    description=deduction_line_label(
                        deposit.number or "", deposit.issued_on, li.vat_rate
                    ),
                    quantity=Decimal(1),
                    unit=FLAT_RATE_UNIT,
                    unit_price=-li.unit_price,
                    vat_rate=li.vat_rate,
                    kind=LineKind.OTHER,
                )
            )
    if job_id is None:
        job_id = session.scalar(select(Job.id).where(Job.quote_id == quote.id))
    invoice = Invoice(
        client_id=quote.client_id,
        quote_id=quote.id,
        job_id=job_id,
        kind=InvoiceKind.FINAL,
        status=InvoiceStatus.DRAFT,
        title=quote.title,
    )
    _set_lines(invoice, lines, Decimal("20"), allow_negative=True)
    if invoice.total_incl_vat < ZERO:
        raise BusinessRuleError(
            translate("Invoices", "The invoiced deposits exceed the quote total.")
        )
    session.add(invoice)
    session.flush()
    return _view(session, invoice, today or date.today())


# ---- Issuing and cancelling ---------------------------------------------------------------------


def _number(session: Session, invoice: Invoice, today: date) -> None:
    """Give the next number; invoice dates must follow the numbers (chronological series)."""
    latest = session.scalar(
        select(func.max(Invoice.issued_on)).where(
            Invoice.number.is_not(None), Invoice.number.like(f"{INVOICE_PREFIX}-{today.year}-%")
        )
    )
    if latest is not None and latest > today:
        raise BusinessRuleError(
            translate(
                "Invoices",
                "An invoice is already dated {date}: numbers must follow the order of the dates, "
                "issue this one on that date or later.",
            ).format(date=f"{latest:%d/%m/%Y}")
        )
    invoice.number = next_number(session, INVOICE_PREFIX, today.year)
    invoice.issued_on = today


def issue_invoice(
    session: Session, invoice_id: int, *, version: int, today: date | None = None
) -> InvoiceView:
    """Number and date the draft; due date from the company's payment terms."""
    today = today or date.today()
    invoice = _load_for_change(session, invoice_id, version)
    _check_draft(invoice)
    if not invoice.lines:
        raise BusinessRuleError(translate("Invoices", "Cannot issue an invoice without lines."))
    if invoice.total_incl_vat < ZERO:
        raise BusinessRuleError(
            translate("Invoices", "An invoice total cannot be negative: make a credit note.")
        )
    company = get_company(session)
    client = session.get(Client, invoice.client_id)
    _number(session, invoice, today)
    invoice.due_on = today + timedelta(days=company.payment_terms_days)
    invoice.status = InvoiceStatus.ISSUED
    invoice.billed_name = client.display_name if client else ""
    invoice.billed_address = billing_address(session, invoice.client_id)
    invoice.updated_at = utcnow()
    session.flush()
    return _view(session, invoice, today)


def cancel_invoice(
    session: Session,
    invoice_id: int,
    *,
    version: int,
    today: date | None = None,
    reason: str = "",
) -> InvoiceView:
    """Cancel an issued invoice by an issued credit note (returned) negating its lines."""
    today = today or date.today()
    original = _load_for_change(session, invoice_id, version)
    if original.status == InvoiceStatus.DRAFT:
        raise BusinessRuleError(translate("Invoices", "A draft invoice is deleted, not cancelled."))
    if original.kind == InvoiceKind.CREDIT_NOTE:
        raise BusinessRuleError(translate("Invoices", "A credit note cannot be cancelled."))
    if original.status == InvoiceStatus.CANCELLED:
        raise BusinessRuleError(
            translate("Invoices", "Invoice {number} is already cancelled by a credit note.").format(
                number=original.number
            )
        )
    credit = Invoice(
        client_id=original.client_id,
        quote_id=original.quote_id,
        job_id=original.job_id,
        credit_note_for_id=original.id,
        kind=InvoiceKind.CREDIT_NOTE,
        status=InvoiceStatus.ISSUED,
        # French document text: the credit note names the invoice it cancels.
        title=f"Avoir sur la facture {original.number}",  # fr-only
        billed_name=original.billed_name,
        billed_address=original.billed_address,
        notes=reason.strip(),
    )
    _set_lines(
        credit,
        [
            InvoiceLineDraft(
                description=li.description,
                quantity=li.quantity,
                unit=li.unit,
                unit_price=-li.unit_price,
                vat_rate=li.vat_rate,
                kind=LineKind(li.kind),
                discount_percent=li.discount_percent,
            )
            for li in original.lines
        ],
        Decimal("20"),
        allow_negative=True,
    )
    _number(session, credit, today)
    credit.due_on = today
    session.add(credit)
    original.status = InvoiceStatus.CANCELLED
    original.updated_at = utcnow()
    session.flush()
    return _view(session, credit, today)


# ---- Payments -----------------------------------------------------------------------------------


def record_payment(
    session: Session, invoice_id: int, payment: PaymentDraft, *, today: date | None = None
) -> InvoiceView:
    """Record a payment (partial or full); never more than what remains due.

    The invoice row is locked (``FOR UPDATE`` on PostgreSQL, the write lock on
    SQLite) so two workstations cannot both record the last payment.
    """
    invoice = _load(session, invoice_id, for_update=True)
    if invoice.status == InvoiceStatus.DRAFT:
        raise BusinessRuleError(
            translate("Invoices", "Issue the invoice before recording a payment on it.")
        )
    if invoice.status == InvoiceStatus.CANCELLED:
        raise BusinessRuleError(
            translate("Invoices", "Invoice {number} is cancelled by a credit note.").format(
                number=invoice.number
            )
        )
    if invoice.kind == InvoiceKind.CREDIT_NOTE:
        raise BusinessRuleError(translate("Invoices", "A credit note receives no payment."))
    try:
        method = PaymentMethod(payment.method)
    except ValueError as exc:
        raise ValidationError({"method": translate("Invoices", "Unknown payment method.")}) from exc
    if invoice.issued_on and payment.paid_on < invoice.issued_on - timedelta(days=365):
        raise ValidationError(
            {"paid_on": translate("Invoices", "The payment date is implausible.")}
        )
    paid = session.scalar(
        select(func.coalesce(func.sum(Payment.amount), 0)).where(Payment.invoice_id == invoice.id)
    )
    remaining = invoice.total_incl_vat - Decimal(paid or 0)
    try:
        amount = to_decimal(payment.amount)
    except MoneyError as exc:
        raise ValidationError({"amount": str(exc)}) from exc
    check_payment_amount(amount, remaining)
    invoice.payments.append(
        Payment(paid_on=payment.paid_on, amount=amount, method=method, note=payment.note.strip())
    )
    invoice.updated_at = utcnow()
    session.flush()
    return _view(session, invoice, today or date.today())


def delete_payment(
    session: Session, payment_id: int, *, version: int, today: date | None = None
) -> InvoiceView:
    """Remove a payment entered by mistake."""
    payment = session.get(Payment, payment_id)
    if payment is None:
        raise NotFoundError(translate("Invoices", "This payment no longer exists."))
    ensure_version(payment, version, translate("Invoices", "This payment"))
    invoice = _load(session, payment.invoice_id, for_update=True)
    invoice.payments.remove(payment)
    invoice.updated_at = utcnow()
    session.flush()
    return _view(session, invoice, today or date.today())
