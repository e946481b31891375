"""Money maths (domain/money.py): exact Decimal, VAT per line half-up, totals = sum of lines."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from artisan_crm.domain.money import (
    VAT_RATES,
    MoneyError,
    check_vat_rate,
    document_totals,
    from_cents,
    line_amounts,
    round_cents,
    to_cents,
    to_decimal,
)

quantities = st.decimals(min_value=0, max_value=10_000, places=3)
prices = st.decimals(min_value=0, max_value=100_000, places=2)
discounts = st.decimals(min_value=0, max_value=100, places=2)
rates = st.sampled_from(VAT_RATES)
lines = st.lists(st.tuples(quantities, prices, rates, discounts), min_size=0, max_size=40)


@given(lines, st.decimals(min_value=0, max_value=100, places=2))
def test_totals_are_sums_of_lines_and_no_cent_is_lost(raw, deposit_percent) -> None:
    amounts = [line_amounts(*line) for line in raw]
    totals = document_totals(amounts, deposit_percent)
    assert totals.excl_vat == sum((a.excl_vat for a in amounts), Decimal(0))
    assert totals.vat == sum((a.vat for a in amounts), Decimal(0))
    assert totals.incl_vat == totals.excl_vat + totals.vat
    assert totals.incl_vat == sum((a.incl_vat for a in amounts), Decimal(0))
    # every figure is whole cents
    for value in (totals.excl_vat, totals.vat, totals.incl_vat, totals.deposit):
        assert value == value.quantize(Decimal("0.01"))
    assert Decimal(0) <= totals.deposit <= totals.incl_vat


@given(lines)
def test_vat_breakdown_per_rate_is_consistent(raw) -> None:
    amounts = [line_amounts(*line) for line in raw]
    totals = document_totals(amounts)
    assert [row.rate for row in totals.vat_breakdown] == sorted({a.vat_rate for a in amounts})
    for row in totals.vat_breakdown:
        at_rate = [a for a in amounts if a.vat_rate == row.rate]
        assert row.base == sum((a.excl_vat for a in at_rate), Decimal(0))
        assert row.vat == sum((a.vat for a in at_rate), Decimal(0))
        # VAT rounded per line stays within half a cent per line of the exact VAT of the base
        exact = row.base * row.rate / 100
        assert abs(row.vat - exact) <= Decimal("0.005") * len(at_rate)
    assert sum((r.base for r in totals.vat_breakdown), Decimal(0)) == totals.excl_vat


@given(quantities, prices, rates, discounts)
def test_line_is_half_up_rounded_to_the_cent(quantity, price, rate, discount) -> None:
    line = line_amounts(quantity, price, rate, discount)
    exact = quantity * price * (100 - discount) / 100
    assert abs(line.excl_vat - exact) <= Decimal("0.005")
    assert line.vat == round_cents(line.excl_vat * rate / 100)
    assert line.incl_vat == line.excl_vat + line.vat


@pytest.mark.parametrize(
    ("quantity", "price", "rate", "discount", "excl", "vat"),
    [
        ("1", "0.05", "10", "0", "0.05", "0.01"),  # 0.005 -> 0.01 (half-up, not banker's)
        ("1", "0.15", "10", "0", "0.15", "0.02"),  # 0.015 -> 0.02
        ("1", "0.25", "10", "0", "0.25", "0.03"),  # 0.025 -> 0.03 (banker's would give 0.02)
        ("3", "33.335", "20", "0", "100.01", "20.00"),  # 100.005 -> 100.01
        ("12.5", "54.99", "10", "5", "653.01", "65.30"),  # 653.00625
        ("1", "10.10", "5.5", "0", "10.10", "0.56"),  # 0.5555
        ("0.333", "3", "20", "0", "1.00", "0.20"),  # 0.999
        ("2", "100", "0", "100", "0.00", "0.00"),  # fully discounted
    ],
)
def test_half_up_cases(quantity, price, rate, discount, excl, vat) -> None:
    line = line_amounts(Decimal(quantity), Decimal(price), Decimal(rate), Decimal(discount))
    assert (line.excl_vat, line.vat) == (Decimal(excl), Decimal(vat))


def test_negative_amounts_round_symmetrically() -> None:
    """A deduction line is the exact opposite of the line it cancels (credit notes, deposits)."""
    plus = line_amounts(Decimal(1), Decimal("0.25"), Decimal(10))
    minus = line_amounts(Decimal(1), Decimal("-0.25"), Decimal(10))
    assert (minus.excl_vat, minus.vat) == (-plus.excl_vat, -plus.vat)
    assert round_cents(Decimal("-0.005")) == Decimal("-0.01")


@pytest.mark.parametrize("rate", ["7", "19.6", "2.1", "-10", "5.50001", "abc"])
def test_bad_vat_rates_refused_in_french(rate) -> None:
    with pytest.raises(MoneyError) as caught:
        line_amounts(Decimal(1), Decimal(10), rate)
    assert "n'est pas un nombre valide" in str(caught.value) or "non autorisé" in str(caught.value)


def test_allowed_rates_normalised() -> None:
    assert check_vat_rate(Decimal("5.50")) == Decimal("5.5")
    assert check_vat_rate(Decimal("20.00")) == Decimal("20")


@pytest.mark.parametrize("discount", ["-1", "100.01", "250"])
def test_bad_discounts_refused(discount) -> None:
    with pytest.raises(MoneyError, match="remise"):
        line_amounts(Decimal(1), Decimal(10), Decimal(20), Decimal(discount))


@pytest.mark.parametrize("deposit", ["-5", "101"])
def test_bad_deposit_refused(deposit) -> None:
    with pytest.raises(MoneyError, match="acompte"):
        document_totals([], Decimal(deposit))


def test_floats_are_refused() -> None:
    with pytest.raises(TypeError):
        to_decimal(0.1)  # type: ignore[arg-type]
    with pytest.raises(MoneyError):
        to_decimal("NaN")


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_cents_round_trip(cents) -> None:
    assert to_cents(from_cents(cents)) == cents


def test_empty_document() -> None:
    totals = document_totals([])
    assert totals.is_empty and totals.incl_vat == Decimal(0) and totals.vat_breakdown == ()
