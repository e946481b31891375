"""Pure rules for quotes, jobs and invoices: no Qt, no database.

- the quote status pipeline and which transitions are allowed;
- document numbers ``DEV-YYYY-NNNN`` / ``FAC-YYYY-NNNN``;
- the age of a quote in words ("sent 12 days ago", translated);
- deposit and final invoice maths (per VAT rate, exact to the cent);
- the payment state of an invoice (paid, partially paid, overdue with days late);
- small list helpers for the quote editor (move, duplicate, delete a line).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from artisan_crm.domain.enums import InvoiceKind, InvoiceStatus, JobStatus, QuoteStatus
from artisan_crm.domain.errors import BusinessRuleError, ValidationError
from artisan_crm.domain.money import (
    HUNDRED,
    ZERO,
    LineAmounts,
    MoneyError,
    VatBreakdownRow,
    line_amounts,
    round_cents,
    to_decimal,
)
from artisan_crm.i18n import QT_TRANSLATE_NOOP, Labels, language, plural, translate
from artisan_crm.i18n import format_money as _format_money

T = TypeVar("T")
NBSP = "\u00a0"

# ---- Numbering --------------------------------------------------------------------------------

QUOTE_PREFIX = "DEV"
INVOICE_PREFIX = "FAC"
_NUMBER_RE = re.compile(r"^(?P<prefix>[A-Z]{2,8})-(?P<year>\d{4})-(?P<value>\d{4,})$")


def format_number(prefix: str, year: int, value: int) -> str:
    """``DEV-2026-0042``: four digits at least, more once a year passes 9 999 documents."""
    if value < 1:
        raise ValueError("document numbers start at 1")
    return f"{prefix}-{year:04d}-{value:04d}"


def parse_number(number: str) -> tuple[str, int, int]:
    """``"FAC-2026-0007"`` -> ``("FAC", 2026, 7)``; a badly formed number raises ValueError."""
    match = _NUMBER_RE.match(number.strip().upper())
    if not match:
        raise ValueError(
            translate("Quotes", "“{number}” is not a document number (e.g. DEV-2026-0001).").format(
                number=number
            )
        )
    return match["prefix"], int(match["year"]), int(match["value"])


# ---- Quote pipeline ----------------------------------------------------------------------------

QUOTE_STATUS_LABELS: Labels[QuoteStatus] = Labels(
    "Quotes",
    {
        QuoteStatus.DRAFT: QT_TRANSLATE_NOOP("Quotes", "Draft"),
        QuoteStatus.SENT: QT_TRANSLATE_NOOP("Quotes", "Sent"),
        QuoteStatus.ACCEPTED: QT_TRANSLATE_NOOP("Quotes", "Accepted"),
        QuoteStatus.REFUSED: QT_TRANSLATE_NOOP("Quotes", "Refused"),
        QuoteStatus.EXPIRED: QT_TRANSLATE_NOOP("Quotes", "Expired"),
        QuoteStatus.CANCELLED: QT_TRANSLATE_NOOP("Quotes", "Cancelled"),
    },
)

#: Where each status may go. A sent quote is frozen: to change it, duplicate it.
#: An expired quote may be sent again (new validity date) or still be honoured.
QUOTE_TRANSITIONS: dict[QuoteStatus, frozenset[QuoteStatus]] = {
    QuoteStatus.DRAFT: frozenset({QuoteStatus.SENT, QuoteStatus.CANCELLED}),
    QuoteStatus.SENT: frozenset(
        {QuoteStatus.ACCEPTED, QuoteStatus.REFUSED, QuoteStatus.EXPIRED, QuoteStatus.CANCELLED}
    ),
    QuoteStatus.EXPIRED: frozenset(
        {QuoteStatus.SENT, QuoteStatus.ACCEPTED, QuoteStatus.REFUSED, QuoteStatus.CANCELLED}
    ),
    QuoteStatus.ACCEPTED: frozenset({QuoteStatus.CANCELLED}),
    QuoteStatus.REFUSED: frozenset(),
    QuoteStatus.CANCELLED: frozenset(),
}

#: The column dating the arrival in each status (drafts are dated by ``created_at``).
STATUS_TIMESTAMP: dict[QuoteStatus, str] = {
    QuoteStatus.SENT: "sent_at",
    QuoteStatus.ACCEPTED: "accepted_at",
    QuoteStatus.REFUSED: "refused_at",
    QuoteStatus.EXPIRED: "expired_at",
    QuoteStatus.CANCELLED: "cancelled_at",
}

_STATUS_VERB: Labels[QuoteStatus] = Labels(
    "Quotes",
    {
        QuoteStatus.DRAFT: QT_TRANSLATE_NOOP("Quotes", "created"),
        QuoteStatus.SENT: QT_TRANSLATE_NOOP("Quotes", "sent"),
        QuoteStatus.ACCEPTED: QT_TRANSLATE_NOOP("Quotes", "accepted"),
        QuoteStatus.REFUSED: QT_TRANSLATE_NOOP("Quotes", "refused"),
        QuoteStatus.EXPIRED: QT_TRANSLATE_NOOP("Quotes", "expired"),
        QuoteStatus.CANCELLED: QT_TRANSLATE_NOOP("Quotes", "cancelled"),
    },
)


def allowed_transitions(status: QuoteStatus) -> frozenset[QuoteStatus]:
    return QUOTE_TRANSITIONS[status]


def check_transition(current: QuoteStatus, target: QuoteStatus) -> None:
    """Raise :class:`BusinessRuleError` (translated) unless ``current -> target`` is allowed."""
    if target in QUOTE_TRANSITIONS[current]:
        return
    here = QUOTE_STATUS_LABELS[current].lower()
    there = QUOTE_STATUS_LABELS[target].lower()
    if current == target:
        raise BusinessRuleError(
            translate("Quotes", "This quote is already “{status}”.").format(status=here)
        )
    possible = sorted(QUOTE_STATUS_LABELS[s].lower() for s in QUOTE_TRANSITIONS[current])
    if possible:
        message = translate(
            "Quotes",
            "A “{current}” quote cannot move to “{target}”. It can only move to: {possible}.",
        ).format(current=here, target=there, possible=", ".join(possible))
    else:
        message = translate(
            "Quotes",
            "A “{current}” quote cannot move to “{target}”. Its status is final; "
            "duplicate it to start again from a draft.",
        ).format(current=here, target=there)
    raise BusinessRuleError(message)


def is_quote_editable(status: QuoteStatus) -> bool:
    """Only drafts are edited; a quote the client has seen is duplicated instead."""
    return status == QuoteStatus.DRAFT


def check_quote_editable(status: QuoteStatus) -> None:
    if not is_quote_editable(status):
        raise BusinessRuleError(
            translate(
                "Quotes",
                "This quote is “{status}”: it can no longer be changed. "
                "Duplicate it to make a new draft.",
            ).format(status=QUOTE_STATUS_LABELS[status].lower())
        )


def is_overdue_for_expiry(status: QuoteStatus, valid_until: date | None, today: date) -> bool:
    """A sent quote expires the day after its validity date."""
    return status == QuoteStatus.SENT and valid_until is not None and valid_until < today


# ---- Age in words ------------------------------------------------------------------------------


def days_ago_text(days: int) -> str:
    """``0 -> "today"``, ``1 -> "yesterday"``, ``12 -> "12 days ago"``, then months/years
    (French: "aujourd'hui", "hier", "il y a 12 jours")."""
    if days < 0:
        return translate("Quotes", "upcoming")
    if days == 0:
        return translate("Quotes", "today")
    if days == 1:
        return translate("Quotes", "yesterday")
    if days < 60:
        return translate("Quotes", "{days} days ago").format(days=days)
    if days < 365:
        return translate("Quotes", "{months} months ago").format(months=days // 30)
    years = days // 365
    if years == 1:
        return translate("Quotes", "over a year ago")
    return translate("Quotes", "over {years} years ago").format(years=years)


def status_age_text(status: QuoteStatus, since: date, today: date) -> str:
    """``"sent 12 days ago"``, ``"accepted yesterday"``, ``"created today"``."""
    return translate("Quotes", "{status} {when}").format(
        status=_STATUS_VERB[status], when=days_ago_text((today - since).days)
    )


# ---- Quote line checks -------------------------------------------------------------------------


def check_line(
    *,
    kind: str,
    description: str,
    quantity: Decimal,
    unit_price: Decimal,
    unit_cost: Decimal,
    vat_rate: Decimal,
    discount_percent: Decimal,
    allow_negative_price: bool = False,
) -> tuple[dict[str, str], LineAmounts | None]:
    """Check one line; returns ``(field -> message, amounts or None)``.

    A negative unit price only makes sense for an "other" line (a commercial
    discount or a deduction); quantities and purchase costs are never negative.
    """
    errors: dict[str, str] = {}
    if not description.strip():
        errors["description"] = translate("Quotes", "the description is required.")
    values: dict[str, Decimal] = {}
    for name, raw in (
        ("quantity", quantity),
        ("unit_price", unit_price),
        ("unit_cost", unit_cost),
        ("vat_rate", vat_rate),
        ("discount_percent", discount_percent),
    ):
        try:
            values[name] = to_decimal(raw)
        except MoneyError as exc:
            errors[name] = _lower_first(str(exc))
    if "quantity" in values and values["quantity"] < 0:
        errors["quantity"] = translate("Quotes", "the quantity cannot be negative.")
    negative_allowed = allow_negative_price or kind == "other"
    if "unit_price" in values and values["unit_price"] < 0 and not negative_allowed:
        errors["unit_price"] = translate(
            "Quotes",
            "the unit price cannot be negative (use an “other” line for a discount).",
        )
    if "unit_cost" in values and values["unit_cost"] < 0:
        errors["unit_cost"] = translate("Quotes", "the purchase cost cannot be negative.")
    if "discount_percent" in values and not ZERO <= values["discount_percent"] <= HUNDRED:
        errors["discount_percent"] = translate("Quotes", "the discount must be between 0 and 100%.")
    amounts = None
    if not errors:
        try:
            amounts = line_amounts(
                values["quantity"],
                values["unit_price"],
                values["vat_rate"],
                values["discount_percent"],
            )
        except MoneyError as exc:
            errors["vat_rate"] = _lower_first(str(exc))
    return errors, amounts


def line_cost(quantity: Decimal, unit_cost: Decimal) -> Decimal:
    """Purchase cost of a line, rounded to the cent like the line's price."""
    return round_cents(to_decimal(quantity) * to_decimal(unit_cost))


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


# ---- Deposits and the final invoice ------------------------------------------------------------


@dataclass(frozen=True)
class DepositShare:
    """The part of a deposit at one VAT rate (an invoice line of the deposit invoice)."""

    rate: Decimal
    excl_vat: Decimal
    vat: Decimal

    @property
    def incl_vat(self) -> Decimal:
        return self.excl_vat + self.vat


def deposit_shares(
    breakdown: Iterable[VatBreakdownRow], percent: Decimal
) -> tuple[DepositShare, ...]:
    """Split a deposit of ``percent`` % over the quote's VAT rates.

    Each rate's base is taken at ``percent`` and rounded half-up; its VAT is then
    computed exactly as for any invoice line, so the deposit invoice printed from
    these shares totals what the quote announces, to the cent.
    """
    percent = to_decimal(percent)
    if not ZERO <= percent <= HUNDRED:
        raise MoneyError(translate("Money", "The deposit must be between 0 and 100%."))
    shares = []
    for row in breakdown:
        base = round_cents(row.base * percent / HUNDRED)
        if base == ZERO:
            continue
        amounts = line_amounts(Decimal(1), base, row.rate)
        shares.append(DepositShare(rate=row.rate, excl_vat=amounts.excl_vat, vat=amounts.vat))
    return tuple(shares)


def deposit_total(breakdown: Iterable[VatBreakdownRow], percent: Decimal) -> Decimal:
    """Deposit incl. VAT as the deposit invoice will bill it (sum of the per-rate shares)."""
    return sum((s.incl_vat for s in deposit_shares(breakdown, percent)), ZERO)


# French legal document text: the two labels below are lines of the invoice itself (stored
# with it and printed on the PDF sent to a French client, which must show the deposits
# already invoiced): they stay French whatever the interface language.


def _document_percent(rate: Decimal) -> str:
    """``5,5 %``: French typography for the invoice document (not the interface language)."""
    return f"{to_decimal(rate).normalize():f}".replace(".", ",") + " %"


def deposit_line_label(percent: Decimal, quote_number: str, rate: Decimal, several: bool) -> str:
    text = f"Acompte de {_document_percent(percent)} sur le devis {quote_number}"
    vat = _document_percent(rate)
    return f"{text} (travaux à TVA {vat})" if several else text  # fr-only


def deduction_line_label(invoice_number: str, issued_on: date | None, rate: Decimal) -> str:
    when = f" du {issued_on:%d/%m/%Y}" if issued_on else ""
    vat = _document_percent(rate)
    return f"Acompte déjà facturé : facture {invoice_number}{when} (TVA {vat})"  # fr-only


# ---- Invoice payment state ---------------------------------------------------------------------


class PaymentState(StrEnum):
    DRAFT = "draft"
    UNPAID = "unpaid"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    OVERDUE = "overdue"
    CANCELLED = "cancelled"
    CREDIT_NOTE = "credit_note"


PAYMENT_STATE_LABELS: Labels[PaymentState] = Labels(
    "Invoices",
    {
        PaymentState.DRAFT: QT_TRANSLATE_NOOP("Invoices", "Draft"),
        PaymentState.UNPAID: QT_TRANSLATE_NOOP("Invoices", "To be paid"),
        PaymentState.PARTIALLY_PAID: QT_TRANSLATE_NOOP("Invoices", "Partly paid"),
        PaymentState.PAID: QT_TRANSLATE_NOOP("Invoices", "Paid"),
        PaymentState.OVERDUE: QT_TRANSLATE_NOOP("Invoices", "Overdue"),
        PaymentState.CANCELLED: QT_TRANSLATE_NOOP("Invoices", "Cancelled by credit note"),
        PaymentState.CREDIT_NOTE: QT_TRANSLATE_NOOP("Invoices", "Credit note"),
    },
)


@dataclass(frozen=True)
class InvoicePaymentStatus:
    state: PaymentState
    paid: Decimal
    remaining: Decimal
    days_late: int

    @property
    def label(self) -> str:
        """``"12 days late"`` (French ``"En retard de 12 jours"``); the UI adds what remains."""
        if self.state == PaymentState.OVERDUE:
            return plural(
                self.days_late,
                translate("Invoices", "{days} day late"),
                translate("Invoices", "{days} days late"),
            ).format(days=self.days_late)
        return PAYMENT_STATE_LABELS[self.state]

    @property
    def is_partially_paid(self) -> bool:
        return self.paid > ZERO and self.remaining > ZERO


def invoice_payment_status(
    *,
    status: InvoiceStatus,
    kind: InvoiceKind,
    total_incl_vat: Decimal,
    paid: Decimal,
    due_on: date | None,
    today: date,
) -> InvoicePaymentStatus:
    """Paid / partially paid / overdue (with days late) from the amounts and the due date.

    Overdue wins over "partially paid": a late invoice is late even if half paid
    (``is_partially_paid`` still tells).
    """
    paid = to_decimal(paid)
    if status == InvoiceStatus.DRAFT:
        return InvoicePaymentStatus(PaymentState.DRAFT, paid, total_incl_vat - paid, 0)
    if kind == InvoiceKind.CREDIT_NOTE:
        return InvoicePaymentStatus(PaymentState.CREDIT_NOTE, paid, ZERO, 0)
    if status == InvoiceStatus.CANCELLED:
        return InvoicePaymentStatus(PaymentState.CANCELLED, paid, ZERO, 0)
    remaining = total_incl_vat - paid
    if remaining <= ZERO:
        return InvoicePaymentStatus(PaymentState.PAID, paid, ZERO, 0)
    if due_on is not None and due_on < today:
        return InvoicePaymentStatus(PaymentState.OVERDUE, paid, remaining, (today - due_on).days)
    state = PaymentState.PARTIALLY_PAID if paid > ZERO else PaymentState.UNPAID
    return InvoicePaymentStatus(state, paid, remaining, 0)


def check_payment_amount(amount: Decimal, remaining: Decimal) -> None:
    """A payment is positive and never more than what is still due."""
    amount = to_decimal(amount)
    if amount <= ZERO:
        raise ValidationError(
            {"amount": translate("Invoices", "The payment amount must be positive.")}
        )
    if round_cents(amount) != amount:
        raise ValidationError(
            {"amount": translate("Invoices", "The payment amount is given to the cent.")}
        )
    if amount > remaining:
        raise BusinessRuleError(
            translate(
                "Invoices",
                "The payment ({amount}) is more than what remains to be paid ({remaining}).",
            ).format(amount=format_euros(amount), remaining=format_euros(remaining))
        )


def format_euros(amount: Decimal) -> str:
    """``1234.5 -> "1 234,50 €"`` (non-breaking spaces; English ``"€1,234.50"``), for messages."""
    amount = round_cents(to_decimal(amount))
    if language() == "en":
        return _format_money(amount)
    sign = "-" if amount < 0 else ""
    whole, cents = f"{abs(amount):.2f}".split(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return sign + NBSP.join(groups) + f",{cents}{NBSP}€"


# ---- Jobs --------------------------------------------------------------------------------------

JOB_STATUS_LABELS: Labels[JobStatus] = Labels(
    "Jobs",
    {
        JobStatus.PLANNED: QT_TRANSLATE_NOOP("Jobs", "Planned"),
        JobStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Jobs", "In progress"),
        JobStatus.DONE: QT_TRANSLATE_NOOP("Jobs", "Done"),
        JobStatus.CANCELLED: QT_TRANSLATE_NOOP("Jobs", "Cancelled"),
    },
)


def job_days_late(status: JobStatus, deadline: date | None, today: date) -> int:
    """Days past the deadline of an unfinished job (0 when on time or finished)."""
    if deadline is None or status in (JobStatus.DONE, JobStatus.CANCELLED):
        return 0
    return max(0, (today - deadline).days)


def planned_minutes_from_lines(lines: Iterable[tuple[str, str, Decimal]]) -> int:
    """Labour hours of a quote, from its ``(kind, unit, quantity)`` lines counted in hours."""
    hours = sum(
        (
            to_decimal(quantity)
            for kind, unit, quantity in lines
            if kind == "labour" and unit.strip().lower() in {"h", "heure", "heures"}
        ),
        ZERO,
    )
    return int(round_cents(hours * 60))


# ---- Line list helpers for the editor ----------------------------------------------------------


def move_item(items: Sequence[T], index: int, new_index: int) -> tuple[T, ...]:
    """The sequence with ``items[index]`` moved to ``new_index``."""
    _check_index(items, index)
    _check_index(items, new_index)
    result = list(items)
    result.insert(new_index, result.pop(index))
    return tuple(result)


def duplicate_item(items: Sequence[T], index: int) -> tuple[T, ...]:
    """The sequence with a copy of ``items[index]`` right after it."""
    _check_index(items, index)
    result = list(items)
    result.insert(index + 1, items[index])
    return tuple(result)


def delete_item(items: Sequence[T], index: int) -> tuple[T, ...]:
    _check_index(items, index)
    return tuple(item for i, item in enumerate(items) if i != index)


def _check_index(items: Sequence[object], index: int) -> None:
    if not 0 <= index < len(items):
        raise IndexError(f"line {index} out of range (0..{len(items) - 1})")
