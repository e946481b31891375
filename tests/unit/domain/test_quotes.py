"""Pure rules of domain/quotes.py: pipeline, numbers, age wording, deposits, payment state."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from artisan_crm.domain.enums import InvoiceKind, InvoiceStatus, JobStatus, QuoteStatus
from artisan_crm.domain.errors import BusinessRuleError, ValidationError
from artisan_crm.domain.money import VAT_RATES, document_totals, line_amounts
from artisan_crm.domain.quotes import (
    QUOTE_TRANSITIONS,
    PaymentState,
    check_line,
    check_payment_amount,
    check_quote_editable,
    check_transition,
    days_ago_text,
    delete_item,
    deposit_shares,
    deposit_total,
    duplicate_item,
    format_euros,
    format_number,
    invoice_payment_status,
    is_overdue_for_expiry,
    job_days_late,
    move_item,
    parse_number,
    planned_minutes_from_lines,
    status_age_text,
)

S = QuoteStatus


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.DRAFT, S.SENT),
        (S.DRAFT, S.CANCELLED),
        (S.SENT, S.ACCEPTED),
        (S.SENT, S.REFUSED),
        (S.SENT, S.EXPIRED),
        (S.SENT, S.CANCELLED),
        (S.EXPIRED, S.SENT),
        (S.EXPIRED, S.ACCEPTED),
        (S.ACCEPTED, S.CANCELLED),
    ],
)
def test_allowed_transitions(current, target) -> None:
    check_transition(current, target)


@pytest.mark.parametrize(
    ("current", "target", "words"),
    [
        (S.DRAFT, S.ACCEPTED, "ne peut pas passer à « accepté »"),
        (S.SENT, S.DRAFT, "brouillon"),
        (S.REFUSED, S.ACCEPTED, "définitif"),
        (S.CANCELLED, S.SENT, "dupliquez-le"),
        (S.ACCEPTED, S.REFUSED, "annulé"),
        (S.SENT, S.SENT, "déjà"),
    ],
)
def test_forbidden_transitions_explained_in_french(current, target, words) -> None:
    with pytest.raises(BusinessRuleError) as caught:
        check_transition(current, target)
    assert words in str(caught.value)


def test_every_status_has_its_rules() -> None:
    assert set(QUOTE_TRANSITIONS) == set(QuoteStatus)
    assert all(S.DRAFT not in targets for targets in QUOTE_TRANSITIONS.values())


def test_only_drafts_are_editable() -> None:
    check_quote_editable(S.DRAFT)
    for status in set(QuoteStatus) - {S.DRAFT}:
        with pytest.raises(BusinessRuleError, match="Dupliquez"):
            check_quote_editable(status)


def test_expiry_rule() -> None:
    assert is_overdue_for_expiry(S.SENT, date(2026, 3, 9), date(2026, 3, 10))
    assert not is_overdue_for_expiry(S.SENT, date(2026, 3, 10), date(2026, 3, 10))
    assert not is_overdue_for_expiry(S.DRAFT, date(2026, 1, 1), date(2026, 3, 10))
    assert not is_overdue_for_expiry(S.SENT, None, date(2026, 3, 10))


def test_numbers() -> None:
    assert format_number("DEV", 2026, 7) == "DEV-2026-0007"
    assert format_number("FAC", 2026, 12345) == "FAC-2026-12345"
    assert parse_number(" fac-2026-0042 ") == ("FAC", 2026, 42)
    with pytest.raises(ValueError):
        parse_number("FAC-26-1")
    with pytest.raises(ValueError):
        format_number("DEV", 2026, 0)


@given(st.integers(min_value=1, max_value=99_999), st.integers(min_value=2000, max_value=2999))
def test_number_round_trip_and_order(value, year) -> None:
    number = format_number("FAC", year, value)
    assert parse_number(number) == ("FAC", year, value)
    if value < 9999:
        assert format_number("FAC", year, value) < format_number("FAC", year, value + 1)


@pytest.mark.parametrize(
    ("days", "text"),
    [
        (0, "aujourd'hui"),
        (1, "hier"),
        (2, "il y a 2 jours"),
        (12, "il y a 12 jours"),
        (59, "il y a 59 jours"),
        (90, "il y a 3 mois"),
        (400, "il y a plus d'un an"),
        (800, "il y a plus de 2 ans"),
        (-3, "à venir"),
    ],
)
def test_days_ago(days, text) -> None:
    assert days_ago_text(days) == text


def test_status_age() -> None:
    assert status_age_text(S.SENT, date(2026, 3, 1), date(2026, 3, 13)) == "envoyé il y a 12 jours"
    assert status_age_text(S.ACCEPTED, date(2026, 3, 12), date(2026, 3, 13)) == "accepté hier"
    assert status_age_text(S.DRAFT, date(2026, 3, 13), date(2026, 3, 13)) == "créé aujourd'hui"


def test_check_line_messages() -> None:
    errors, amounts = check_line(
        kind="material",
        description="",
        quantity=Decimal(-1),
        unit_price=Decimal(-2),
        unit_cost=Decimal(-3),
        vat_rate=Decimal(20),
        discount_percent=Decimal(0),
    )
    assert amounts is None
    assert set(errors) == {"description", "quantity", "unit_price", "unit_cost"}
    errors, amounts = check_line(
        kind="other",
        description="Remise",
        quantity=Decimal(1),
        unit_price=Decimal(-20),
        unit_cost=Decimal(0),
        vat_rate=Decimal(10),
        discount_percent=Decimal(0),
    )
    assert errors == {} and amounts is not None and amounts.incl_vat == Decimal("-22.00")
    errors, _ = check_line(
        kind="labour",
        description="Pose",
        quantity=Decimal(1),
        unit_price=Decimal(1),
        unit_cost=Decimal(0),
        vat_rate=Decimal("8.5"),
        discount_percent=Decimal(0),
    )
    assert "8,5 %" in errors["vat_rate"]


breakdowns = st.lists(
    st.tuples(
        st.decimals(min_value=0, max_value=1000, places=3),
        st.decimals(min_value=0, max_value=5000, places=2),
        st.sampled_from(VAT_RATES),
    ),
    min_size=1,
    max_size=20,
)


@given(breakdowns, st.decimals(min_value=0, max_value=100, places=2))
def test_deposit_then_final_equals_the_quote(raw, percent) -> None:
    """Deposit shares per rate + the final invoice (quote lines minus deposits) = the quote."""
    lines = [line_amounts(q, p, r) for q, p, r in raw]
    quote = document_totals(lines)
    shares = deposit_shares(quote.vat_breakdown, percent)
    deposit = deposit_total(quote.vat_breakdown, percent)
    assert deposit == sum((s.incl_vat for s in shares), Decimal(0))
    deductions = [line_amounts(Decimal(1), -s.excl_vat, s.rate) for s in shares]
    final = document_totals([*lines, *deductions])
    assert final.incl_vat + deposit == quote.incl_vat
    assert final.vat + sum((s.vat for s in shares), Decimal(0)) == quote.vat
    for row in final.vat_breakdown:
        assert row.base >= 0
    # the deposit stays within a cent per rate of percent x total
    exact = quote.incl_vat * percent / 100
    assert abs(deposit - exact) <= Decimal("0.01") * (len(quote.vat_breakdown) + 1)


def test_deposit_shares_example() -> None:
    quote = document_totals(
        [
            line_amounts(Decimal(1), Decimal("1177.91"), Decimal(10)),
            line_amounts(Decimal(1), Decimal("35"), Decimal(20)),
        ]
    )
    shares = deposit_shares(quote.vat_breakdown, Decimal(30))
    assert [(s.rate, s.excl_vat, s.vat) for s in shares] == [
        (Decimal(10), Decimal("353.37"), Decimal("35.34")),
        (Decimal(20), Decimal("10.50"), Decimal("2.10")),
    ]


def _status(**kwargs):
    base = {
        "status": InvoiceStatus.ISSUED,
        "kind": InvoiceKind.STANDARD,
        "total_incl_vat": Decimal("1200.00"),
        "paid": Decimal(0),
        "due_on": date(2026, 4, 10),
        "today": date(2026, 4, 1),
    }
    return invoice_payment_status(**(base | kwargs))


def test_payment_states() -> None:
    assert _status().state == PaymentState.UNPAID
    partial = _status(paid=Decimal("200"))
    assert partial.state == PaymentState.PARTIALLY_PAID and partial.remaining == Decimal("1000.00")
    assert _status(paid=Decimal("1200.00")).state == PaymentState.PAID
    late = _status(paid=Decimal("200"), today=date(2026, 4, 22))
    assert late.state == PaymentState.OVERDUE and late.days_late == 12
    assert late.is_partially_paid and late.label == "En retard de 12 jours"
    assert _status(today=date(2026, 4, 10)).state == PaymentState.UNPAID  # due today: not late
    assert _status(today=date(2026, 4, 11)).label == "En retard de 1 jour"
    assert _status(status=InvoiceStatus.DRAFT).state == PaymentState.DRAFT
    assert _status(status=InvoiceStatus.CANCELLED).state == PaymentState.CANCELLED
    assert _status(kind=InvoiceKind.CREDIT_NOTE).state == PaymentState.CREDIT_NOTE


def test_payment_amount_rules() -> None:
    check_payment_amount(Decimal("100.00"), Decimal("100.00"))
    with pytest.raises(BusinessRuleError) as caught:
        check_payment_amount(Decimal("100.01"), Decimal("100.00"))
    assert "dépasse le reste à payer (100,00\u00a0€)" in str(caught.value)
    with pytest.raises(ValidationError):
        check_payment_amount(Decimal("0"), Decimal("100.00"))
    with pytest.raises(ValidationError):
        check_payment_amount(Decimal("1.005"), Decimal("100.00"))


def test_format_euros() -> None:
    assert format_euros(Decimal("1234567.5")) == "1\u00a0234\u00a0567,50\u00a0€"
    assert format_euros(Decimal("-3")) == "-3,00\u00a0€"


def test_jobs_rules() -> None:
    assert job_days_late(JobStatus.IN_PROGRESS, date(2026, 3, 1), date(2026, 3, 4)) == 3
    assert job_days_late(JobStatus.DONE, date(2026, 3, 1), date(2026, 3, 4)) == 0
    assert job_days_late(JobStatus.PLANNED, None, date(2026, 3, 4)) == 0
    assert (
        planned_minutes_from_lines(
            [
                ("labour", "h", Decimal("3.5")),
                ("labour", "forfait", Decimal(1)),
                ("material", "h", Decimal(2)),
                ("labour", "H", Decimal("0.25")),
            ]
        )
        == 225
    )


def test_line_list_helpers() -> None:
    items = ("a", "b", "c", "d")
    assert move_item(items, 3, 0) == ("d", "a", "b", "c")
    assert move_item(items, 0, 2) == ("b", "c", "a", "d")
    assert duplicate_item(items, 1) == ("a", "b", "b", "c", "d")
    assert delete_item(items, 0) == ("b", "c", "d")
    with pytest.raises(IndexError):
        delete_item(items, 4)
