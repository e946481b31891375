"""Money and VAT arithmetic for French quotes and invoices.

Amounts are :class:`~decimal.Decimal` euros, never floats. VAT is rounded per
line, half-up, to the cent (what French invoicing software does and what an
accountant checks); the totals are sums of rounded line figures, so the sum of
the lines always equals the totals and no cent is lost.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from artisan_crm.i18n import language, translate

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)

#: The VAT rates a French artisan may use (percent).
VAT_RATES: tuple[Decimal, ...] = (Decimal("0"), Decimal("5.5"), Decimal("10"), Decimal("20"))


def _not_a_number(value: object) -> str:
    return translate("Money", "“{value}” is not a valid number.").format(value=value)


class MoneyError(ValueError):
    """An amount, quantity or rate that makes no sense (message in French)."""


def to_decimal(value: Decimal | int | str) -> Decimal:
    """Convert an int, str or Decimal to Decimal; floats are refused (they lose cents)."""
    if isinstance(value, float):
        raise TypeError("floats are not accepted for money; use Decimal or str")
    try:
        result = Decimal(value)
    except Exception as exc:  # decimal.InvalidOperation and friends
        raise MoneyError(_not_a_number(value)) from exc
    if not result.is_finite():
        raise MoneyError(_not_a_number(value))
    return result


def round_cents(amount: Decimal) -> Decimal:
    """Round half-up to the cent: 0.005 -> 0.01, -0.005 -> -0.01."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def to_cents(amount: Decimal) -> int:
    """Integer cents of an amount (rounded half-up)."""
    return int(round_cents(amount) * 100)


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


def check_vat_rate(rate: Decimal) -> Decimal:
    rate = to_decimal(rate)
    for allowed in VAT_RATES:
        if rate == allowed:
            return allowed
    allowed_text = ", ".join(format_percent(r) for r in VAT_RATES)
    raise MoneyError(
        translate("Money", "VAT rate {rate} is not allowed (possible rates: {rates}).").format(
            rate=format_percent(rate), rates=allowed_text
        )
    )


def format_percent(rate: Decimal) -> str:
    """``5,5 %`` in French, ``5.5%`` in English."""
    text = f"{rate.normalize():f}"
    if language() == "en":
        return f"{text}%"
    return f"{text.replace('.', ',')} %"


@dataclass(frozen=True)
class LineAmounts:
    """The computed figures of one quote or invoice line."""

    excl_vat: Decimal
    vat: Decimal
    incl_vat: Decimal
    vat_rate: Decimal


def line_amounts(
    quantity: Decimal,
    unit_price: Decimal,
    vat_rate: Decimal,
    discount_percent: Decimal = ZERO,
) -> LineAmounts:
    """Figures of one line: excl. VAT = round(qty x price x (1 - discount)), VAT rounded per line."""
    quantity = to_decimal(quantity)
    unit_price = to_decimal(unit_price)
    discount_percent = to_decimal(discount_percent)
    vat_rate = check_vat_rate(vat_rate)
    if not ZERO <= discount_percent <= HUNDRED:
        raise MoneyError(translate("Money", "The discount must be between 0 and 100%."))
    gross = quantity * unit_price
    excl = round_cents(gross * (HUNDRED - discount_percent) / HUNDRED)
    vat = round_cents(excl * vat_rate / HUNDRED)
    return LineAmounts(excl_vat=excl, vat=vat, incl_vat=excl + vat, vat_rate=vat_rate)


@dataclass(frozen=True)
class VatBreakdownRow:
    rate: Decimal
    base: Decimal
    vat: Decimal


@dataclass(frozen=True)
class DocumentTotals:
    """Totals of a quote or an invoice."""

    excl_vat: Decimal
    vat: Decimal
    incl_vat: Decimal
    vat_breakdown: tuple[VatBreakdownRow, ...]
    deposit: Decimal

    @property
    def is_empty(self) -> bool:
        return self.excl_vat == ZERO and not self.vat_breakdown


def document_totals(
    lines: Iterable[LineAmounts], deposit_percent: Decimal = ZERO
) -> DocumentTotals:
    """Sum already-rounded lines; VAT per rate is the sum of the lines' VAT at that rate."""
    deposit_percent = to_decimal(deposit_percent)
    if not ZERO <= deposit_percent <= HUNDRED:
        raise MoneyError(translate("Money", "The deposit must be between 0 and 100%."))
    bases: dict[Decimal, Decimal] = {}
    vats: dict[Decimal, Decimal] = {}
    for line in lines:
        bases[line.vat_rate] = bases.get(line.vat_rate, ZERO) + line.excl_vat
        vats[line.vat_rate] = vats.get(line.vat_rate, ZERO) + line.vat
    breakdown = tuple(
        VatBreakdownRow(rate=rate, base=bases[rate], vat=vats[rate]) for rate in sorted(bases)
    )
    excl = sum((row.base for row in breakdown), ZERO)
    vat = sum((row.vat for row in breakdown), ZERO)
    incl = excl + vat
    deposit = round_cents(incl * deposit_percent / HUNDRED)
    return DocumentTotals(
        excl_vat=excl, vat=vat, incl_vat=incl, vat_breakdown=breakdown, deposit=deposit
    )
