"""Pure rules for quotes, jobs and invoices: no Qt, no database.

- the quote status pipeline and which transitions are allowed;
- document numbers ``DEV-YYYY-NNNN`` / ``FAC-YYYY-NNNN``;
- the age of a quote in words ("envoyé il y a 12 jours");
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
    format_percent,
    line_amounts,
    round_cents,
    to_decimal,
)

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
        raise ValueError(f"« {number} » n'est pas un numéro de document (ex. DEV-2026-0001).")
    return match["prefix"], int(match["year"]), int(match["value"])


# ---- Quote pipeline ----------------------------------------------------------------------------

QUOTE_STATUS_LABELS: dict[QuoteStatus, str] = {
    QuoteStatus.DRAFT: "Brouillon",
    QuoteStatus.SENT: "Envoyé",
    QuoteStatus.ACCEPTED: "Accepté",
    QuoteStatus.REFUSED: "Refusé",
    QuoteStatus.EXPIRED: "Expiré",
    QuoteStatus.CANCELLED: "Annulé",
}

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

_STATUS_VERB: dict[QuoteStatus, str] = {
    QuoteStatus.DRAFT: "créé",
    QuoteStatus.SENT: "envoyé",
    QuoteStatus.ACCEPTED: "accepté",
    QuoteStatus.REFUSED: "refusé",
    QuoteStatus.EXPIRED: "expiré",
    QuoteStatus.CANCELLED: "annulé",
}


def allowed_transitions(status: QuoteStatus) -> frozenset[QuoteStatus]:
    return QUOTE_TRANSITIONS[status]


def check_transition(current: QuoteStatus, target: QuoteStatus) -> None:
    """Raise :class:`BusinessRuleError` (French) unless ``current -> target`` is allowed."""
    if target in QUOTE_TRANSITIONS[current]:
        return
    here = QUOTE_STATUS_LABELS[current].lower()
    there = QUOTE_STATUS_LABELS[target].lower()
    if current == target:
        raise BusinessRuleError(f"Ce devis est déjà « {here} ».")
    possible = sorted(QUOTE_STATUS_LABELS[s].lower() for s in QUOTE_TRANSITIONS[current])
    hint = (
        f" Il peut seulement passer à : {', '.join(possible)}."
        if possible
        else " Son statut est définitif ; dupliquez-le pour repartir d'un brouillon."
    )
    raise BusinessRuleError(f"Un devis « {here} » ne peut pas passer à « {there} ».{hint}")


def is_quote_editable(status: QuoteStatus) -> bool:
    """Only drafts are edited; a quote the client has seen is duplicated instead."""
    return status == QuoteStatus.DRAFT


def check_quote_editable(status: QuoteStatus) -> None:
    if not is_quote_editable(status):
        raise BusinessRuleError(
            f"Ce devis est « {QUOTE_STATUS_LABELS[status].lower()} » : il ne peut plus être "
            "modifié. Dupliquez-le pour en faire un nouveau brouillon."
        )


def is_overdue_for_expiry(status: QuoteStatus, valid_until: date | None, today: date) -> bool:
    """A sent quote expires the day after its validity date."""
    return status == QuoteStatus.SENT and valid_until is not None and valid_until < today


# ---- Age in words ------------------------------------------------------------------------------


def days_ago_text(days: int) -> str:
    """``0 -> "aujourd'hui"``, ``1 -> "hier"``, ``12 -> "il y a 12 jours"``, then months/years."""
    if days < 0:
        return "à venir"
    if days == 0:
        return "aujourd'hui"
    if days == 1:
        return "hier"
    if days < 60:
        return f"il y a {days} jours"
    if days < 365:
        return f"il y a {days // 30} mois"
    years = days // 365
    return "il y a plus d'un an" if years == 1 else f"il y a plus de {years} ans"


def status_age_text(status: QuoteStatus, since: date, today: date) -> str:
    """``"envoyé il y a 12 jours"``, ``"accepté hier"``, ``"créé aujourd'hui"``."""
    return f"{_STATUS_VERB[status]} {days_ago_text((today - since).days)}"


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
    """Check one line; returns ``(field -> French message, amounts or None)``.

    A negative unit price only makes sense for an "other" line (a commercial
    discount or a deduction); quantities and purchase costs are never negative.
    """
    errors: dict[str, str] = {}
    if not description.strip():
        errors["description"] = "la désignation est obligatoire."
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
        errors["quantity"] = "la quantité ne peut pas être négative."
    negative_allowed = allow_negative_price or kind == "other"
    if "unit_price" in values and values["unit_price"] < 0 and not negative_allowed:
        errors["unit_price"] = (
            "le prix unitaire ne peut pas être négatif (utilisez une ligne « autre » "
            "pour une remise)."
        )
    if "unit_cost" in values and values["unit_cost"] < 0:
        errors["unit_cost"] = "le coût d'achat ne peut pas être négatif."
    if "discount_percent" in values and not ZERO <= values["discount_percent"] <= HUNDRED:
        errors["discount_percent"] = "la remise doit être comprise entre 0 et 100 %."
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
        raise MoneyError("L'acompte doit être compris entre 0 et 100 %.")
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


def deposit_line_label(percent: Decimal, quote_number: str, rate: Decimal, several: bool) -> str:
    text = f"Acompte de {format_percent(percent)} sur le devis {quote_number}"
    return f"{text} (travaux à TVA {format_percent(rate)})" if several else text


def deduction_line_label(invoice_number: str, issued_on: date | None, rate: Decimal) -> str:
    when = f" du {issued_on:%d/%m/%Y}" if issued_on else ""
    return f"Acompte déjà facturé : facture {invoice_number}{when} (TVA {format_percent(rate)})"


# ---- Invoice payment state ---------------------------------------------------------------------


class PaymentState(StrEnum):
    DRAFT = "draft"
    UNPAID = "unpaid"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    OVERDUE = "overdue"
    CANCELLED = "cancelled"
    CREDIT_NOTE = "credit_note"


PAYMENT_STATE_LABELS: dict[PaymentState, str] = {
    PaymentState.DRAFT: "Brouillon",
    PaymentState.UNPAID: "À payer",
    PaymentState.PARTIALLY_PAID: "Partiellement payée",
    PaymentState.PAID: "Payée",
    PaymentState.OVERDUE: "En retard",
    PaymentState.CANCELLED: "Annulée par avoir",
    PaymentState.CREDIT_NOTE: "Avoir",
}


@dataclass(frozen=True)
class InvoicePaymentStatus:
    state: PaymentState
    paid: Decimal
    remaining: Decimal
    days_late: int

    @property
    def label(self) -> str:
        """``"En retard de 12 jours (reste 240,00 €)"`` is built by the UI; this is the state."""
        if self.state == PaymentState.OVERDUE:
            day_word = "jour" if self.days_late == 1 else "jours"
            return f"En retard de {self.days_late} {day_word}"
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
        raise ValidationError({"amount": "Le montant du paiement doit être positif."})
    if round_cents(amount) != amount:
        raise ValidationError({"amount": "Le montant du paiement se donne au centime près."})
    if amount > remaining:
        raise BusinessRuleError(
            f"Le paiement ({format_euros(amount)}) dépasse le reste à payer "
            f"({format_euros(remaining)})."
        )


def format_euros(amount: Decimal) -> str:
    """``1234.5 -> "1 234,50 €"`` (non-breaking spaces), for messages; reports use Babel."""
    amount = round_cents(to_decimal(amount))
    sign = "-" if amount < 0 else ""
    whole, cents = f"{abs(amount):.2f}".split(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return sign + NBSP.join(groups) + f",{cents}{NBSP}€"


# ---- Jobs --------------------------------------------------------------------------------------

JOB_STATUS_LABELS: dict[JobStatus, str] = {
    JobStatus.PLANNED: "Prévu",
    JobStatus.IN_PROGRESS: "En cours",
    JobStatus.DONE: "Terminé",
    JobStatus.CANCELLED: "Annulé",
}


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
