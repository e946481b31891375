"""The rating formula: hand-built clients and properties (pure, no database)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from artisan_crm.domain.rating import (
    Category,
    ClientFigures,
    RatingPeriod,
    RatingSettings,
    RevenueSource,
    SuggestionKind,
    advise,
    format_duration,
    format_euros,
    rate,
    shift_months,
)

SETTINGS = RatingSettings()


def gem() -> ClientFigures:
    """Pays on time, 62 €/h of margin, little unbilled time, accepts quotes."""
    return ClientFigures(
        client_id=1,
        revenue_cents=1_400_000,
        revenue_source=RevenueSource.INVOICES,
        material_cost_cents=280_000,
        minutes=180 * 60,
        unbilled_minutes=12 * 60,
        quotes_made=4,
        quotes_accepted=4,
        invoices=6,
        due_cents=1_680_000,
        late_cents_days=0,
        discount_requests=1,
    )


def vampire() -> ClientFigures:
    """Low hourly margin, most time unbilled, refused quotes, pays late, haggles."""
    return ClientFigures(
        client_id=2,
        revenue_cents=300_000,
        revenue_source=RevenueSource.INVOICES,
        material_cost_cents=84_000,
        minutes=120 * 60,
        unbilled_minutes=74 * 60 + 24,
        quotes_made=5,
        quotes_accepted=1,
        quotes_refused=3,
        quotes_expired=1,
        lost_quote_minutes=11 * 60,
        invoices=2,
        due_cents=360_000,
        late_cents_days=360_000 * 34,
        overdue_reminders=3,
        complaints=4,
        discount_requests=4,
        change_requests=2,
        feedbacks=4,
        improvements=2,
    )


def test_gem() -> None:
    rating = rate(gem(), SETTINGS)
    assert rating.category is Category.GEM
    assert rating.score is not None and rating.score >= 90
    assert rating.reasons[0].text == "marge horaire 62 €/h pour un objectif de 45 €/h"
    assert rating.reasons[0].fair
    assert "paie à l'heure" in [r.text for r in rating.reasons]


def test_vampire_reasons_strongest_first() -> None:
    rating = rate(vampire(), SETTINGS)
    assert rating.category is Category.VAMPIRE
    assert rating.score is not None and rating.score < SETTINGS.watch_min_score
    texts = [r.text for r in rating.reasons]
    assert "62 % du temps passé n'est pas facturé" in texts
    assert "paie en moyenne 34 jours en retard" in texts
    assert "4 devis refusés ou expirés : 11 h de préparation perdues" in texts
    assert "marge horaire 18 €/h pour un objectif de 45 €/h" in texts
    assert "3 relances pour impayé" in texts
    assert (
        "4 demandes de remise, 2 demandes de modification, 2 réclamations sans amélioration"
        in texts
    )
    weights = [r.weight for r in rating.reasons]
    assert weights == sorted(weights, reverse=True)
    assert texts[0] == "marge horaire 18 €/h pour un objectif de 45 €/h"


def test_the_fair_side_is_said() -> None:
    rating = rate(vampire(), SETTINGS)
    fair = [r for r in rating.reasons if r.fair]
    assert [r.text for r in fair] == ["ses 4 réclamations ont conduit à 2 améliorations"]


def test_complaints_that_led_to_improvements_do_not_count() -> None:
    demanding = replace(gem(), complaints=3, improvements=3, feedbacks=3)
    plain = gem()
    assert rate(demanding).score == rate(plain).score
    assert rate(demanding).category is Category.GEM
    assert "ses 3 réclamations ont conduit à 3 améliorations" in [
        r.text for r in rate(demanding).reasons
    ]
    grumpy = replace(gem(), complaints=3)
    assert rate(grumpy).score < rate(plain).score


def test_newcomer_without_data_is_not_judged() -> None:
    rating = rate(ClientFigures(client_id=3), SETTINGS)
    assert rating.category is Category.NOT_ENOUGH_DATA
    assert rating.score is None and not rating.judged
    assert rating.reasons[0].text.startswith("pas assez de données : aucun temps saisi")
    little = ClientFigures(client_id=3, minutes=150, unbilled_minutes=150, quotes_made=1)
    assert rate(little).category is Category.NOT_ENOUGH_DATA
    assert "2 h 30 de temps passé" in rate(little).reasons[0].text


def test_one_accepted_quote_is_enough_to_judge() -> None:
    figures = ClientFigures(
        client_id=4,
        revenue_cents=80_000,
        revenue_source=RevenueSource.ACCEPTED_QUOTES,
        minutes=60,
        quotes_made=1,
        quotes_accepted=1,
    )
    assert rate(figures).judged


def test_only_refused_quotes() -> None:
    figures = ClientFigures(
        client_id=5,
        minutes=7 * 60,
        unbilled_minutes=7 * 60,
        quotes_made=3,
        quotes_refused=3,
        lost_quote_minutes=7 * 60,
    )
    rating = rate(figures)
    assert rating.category is Category.VAMPIRE
    texts = [r.text for r in rating.reasons]
    assert texts[0] == "aucun chiffre d'affaires pour 7 h passées"
    assert "100 % du temps passé n'est pas facturé" in texts
    assert "3 devis refusés : 7 h de préparation perdues" in texts


def test_zero_hours_with_revenue_is_full_margin() -> None:
    figures = ClientFigures(
        client_id=6, revenue_cents=50_000, invoices=1, revenue_source=RevenueSource.INVOICES
    )
    rating = rate(figures)
    assert rating.score == 100
    assert rating.category is Category.GEM
    assert figures.hourly_margin is None
    assert rating.reasons[0].text == "marge de 500 € sans temps saisi"


def test_zero_hours_zero_margin() -> None:
    figures = ClientFigures(client_id=7, invoices=1, material_cost_cents=10_000)
    rating = rate(figures)
    assert rating.judged
    by_key = {c.key: c for c in rating.components}
    assert by_key["hourly_margin"].value == 0.0


def test_changing_the_target_rerates() -> None:
    figures = replace(gem(), minutes=250 * 60)  # 44.80 €/h
    assert rate(figures, SETTINGS).category is Category.GOOD  # below 45: not a gem
    lower = SETTINGS.with_target(Decimal("35"))
    assert rate(figures, lower).category is Category.GEM
    assert rate(figures, lower).score > rate(figures, SETTINGS).score
    assert "pour un objectif de 35 €/h" in rate(figures, lower).reasons[0].text


def test_weights_are_adjustable_and_normalised() -> None:
    only_payment = RatingSettings(
        weight_hourly_margin=0,
        weight_unbilled=0,
        weight_quotes=0,
        weight_late_payment=1,
        weight_reminders=0,
        weight_demands=0,
    )
    # 34 days late over a 45-day scale: 1 - 34/45 = 0.244 -> 24
    assert rate(vampire(), only_payment).score == 24
    assert rate(vampire(), only_payment).reasons[0].weight == pytest.approx(75.56, abs=0.01)


@pytest.mark.parametrize(
    "bad",
    [
        {"weight_quotes": -1},
        {"target_hourly_rate": Decimal("0")},
        {"gem_min_score": 50, "good_min_score": 60},
        {"late_days_zero": 0},
    ],
)
def test_bad_settings_are_refused(bad: dict) -> None:
    with pytest.raises(ValueError):
        RatingSettings(**bad)


def test_settings_from_options_fall_back_on_garbage() -> None:
    stored = {"rating/target_hourly_rate": "52.5", "rating/weight_quotes": "abc"}
    settings = RatingSettings.from_options(lambda key, default: stored.get(key, default))
    assert settings.target_hourly_rate == Decimal("52.5")
    assert settings.weight_quotes == 15.0
    contradictory = {"rating/gem_min_score": "10"}
    assert (
        RatingSettings.from_options(lambda key, default: contradictory.get(key, default))
        == RatingSettings()
    )


def test_quote_guard_advice() -> None:
    figures = vampire()
    advice = advise(figures, rate(figures), client_name="M. Durand")
    assert advice is not None
    kinds = [s.kind for s in advice.suggestions]
    assert kinds[0] is SuggestionKind.LARGER_DEPOSIT
    assert SuggestionKind.PRICE_REAL_TIME in kinds
    assert SuggestionKind.SHORTER_VALIDITY in kinds
    assert SuggestionKind.DECLINE_POLITELY in kinds
    assert advice.suggested_deposit_percent == Decimal("50")
    assert advice.suggested_validity_days == 15
    assert all(not r.fair for r in advice.reasons)
    assert "34 jours en retard" in advice.suggestions[0].text
    assert advise(gem(), rate(gem())) is None
    assert advise(ClientFigures(9), rate(ClientFigures(9))) is None


def test_words() -> None:
    assert format_duration(45) == "45 min"
    assert format_duration(660) == "11 h"
    assert format_duration(150) == "2 h 30"
    assert format_euros(125_049) == "1 250 €"
    assert format_euros(-30_000) == "−300 €"
    one = ClientFigures(
        client_id=1,
        minutes=600,
        quotes_made=2,
        quotes_accepted=1,
        quotes_refused=1,
        lost_quote_minutes=90,
        invoices=1,
        due_cents=100,
        late_cents_days=100,
        overdue_reminders=1,
        revenue_cents=10,
    )
    texts = [r.text for r in rate(one, RatingSettings(reason_min_points=0)).reasons]
    assert "1 devis refusé : 1 h 30 de préparation perdue" in texts
    assert "1 relance pour impayé" in texts
    assert "paie en moyenne 1 jour en retard" in texts


def test_period_bounds() -> None:
    today = date(2026, 3, 31)
    assert RatingPeriod.parse("24m").start(today) == date(2024, 3, 31)
    assert RatingPeriod.parse("12m").start(today) == date(2025, 3, 31)
    assert RatingPeriod.parse("year").start(today) == date(2026, 1, 1)
    assert RatingPeriod.parse("all").start(today) is None
    assert shift_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    with pytest.raises(ValueError, match="inconnue"):
        RatingPeriod.parse("hier")


# ---- Properties -------------------------------------------------------------------------------

counts = st.integers(min_value=0, max_value=50)


@st.composite
def figures(draw: st.DrawFn) -> ClientFigures:
    minutes = draw(st.integers(min_value=0, max_value=200_000))
    due = draw(st.integers(min_value=0, max_value=10_000_000))
    return ClientFigures(
        client_id=1,
        revenue_cents=draw(st.integers(min_value=-1_000_000, max_value=50_000_000)),
        material_cost_cents=draw(st.integers(min_value=0, max_value=20_000_000)),
        minutes=minutes,
        unbilled_minutes=draw(st.integers(min_value=0, max_value=minutes)),
        quotes_made=draw(counts),
        quotes_accepted=draw(counts),
        quotes_refused=draw(counts),
        quotes_expired=draw(counts),
        lost_quote_minutes=draw(st.integers(min_value=0, max_value=minutes)),
        invoices=draw(counts),
        due_cents=due,
        late_cents_days=draw(st.integers(min_value=0, max_value=due * 400)),
        overdue_reminders=draw(counts),
        complaints=draw(counts),
        discount_requests=draw(counts),
        change_requests=draw(counts),
        feedbacks=draw(counts),
        improvements=draw(counts),
    )


targets = st.decimals(min_value=Decimal("1"), max_value=Decimal("200"), places=2)


@given(figures(), targets)
def test_score_between_0_and_100(f: ClientFigures, target: Decimal) -> None:
    rating = rate(f, SETTINGS.with_target(target))
    if rating.judged:
        assert rating.score is not None and 0 <= rating.score <= 100
        for fair in (True, False):
            weights = [r.weight for r in rating.reasons if r.fair is fair]
            assert weights == sorted(weights, reverse=True)
        sides = [r.fair for r in rating.reasons]
        assert sides == sorted(sides, key=lambda fair: fair != sides[0])
    else:
        assert rating.category is Category.NOT_ENOUGH_DATA


@given(figures(), st.integers(min_value=1, max_value=100_000), targets)
def test_more_unbilled_time_never_raises_the_score(
    f: ClientFigures, extra: int, target: Decimal
) -> None:
    settings = SETTINGS.with_target(target)
    more = replace(f, minutes=f.minutes + extra, unbilled_minutes=f.unbilled_minutes + extra)
    before, after = rate(f, settings), rate(more, settings)
    if before.judged:
        assert after.score is not None and after.score <= before.score


@given(
    figures(),
    st.integers(min_value=0, max_value=10_000_000_000),
    st.integers(min_value=0, max_value=20),
)
def test_paying_later_never_raises_the_score(
    f: ClientFigures, extra_late: int, extra_reminders: int
) -> None:
    later = replace(
        f,
        late_cents_days=f.late_cents_days + extra_late,
        overdue_reminders=f.overdue_reminders + extra_reminders,
    )
    before, after = rate(f), rate(later)
    assert before.judged == after.judged
    if before.judged:
        assert after.score is not None and before.score is not None
        assert after.score <= before.score


@given(figures())
def test_rating_is_deterministic(f: ClientFigures) -> None:
    assert rate(f) == rate(replace(f))


def test_red_flags_cap_at_watch() -> None:
    slow_payer = replace(gem(), late_cents_days=gem().due_cents * 60)
    rating = rate(slow_payer)
    assert rating.score is not None and rating.score >= SETTINGS.good_min_score
    assert rating.category is Category.WATCH
    assert "paie en moyenne 60 jours en retard" in [r.text for r in rating.reasons]
    cheap = replace(gem(), minutes=600 * 60)  # 18.67 €/h, everything else perfect
    assert rate(cheap).category is Category.WATCH
