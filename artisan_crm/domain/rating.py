"""Client rating: from a client's figures over a period to a score, a category and reasons.

Pure Python (no SQLAlchemy, no Qt): the service ``artisan_crm.services.rating`` sums
the figures in SQL and hands them here as :class:`ClientFigures` (integer cents and
minutes). Same figures + same settings = same rating, always.

Formule de notation (FR)
========================

Pour chaque client, sur la période choisie (par défaut les 24 derniers mois) :

* **Chiffre d'affaires HT** : factures émises (acomptes, soldes, factures simples)
  nettes des avoirs ; pour un client sans facture sur la période, les devis acceptés.
* **Coût matériel** : matériel des chantiers de la période (le coût saisi sur le
  chantier, sinon l'estimation de son devis) ; sans chantier, celui des devis acceptés.
* **Marge** = CA HT − coût matériel. **Heures** = tout le temps saisi, facturable ou
  non (préparation des devis, relances de paiement, déplacements compris).
* **Marge horaire effective** = marge / heures, comparée à l'objectif (45 €/h par défaut).

Six notes partielles *s* entre 0 (mauvais) et 1 (bon), pondérées (poids par défaut) :

====================  =====  ===========================================================
composante            poids  note partielle
====================  =====  ===========================================================
marge horaire          40    min(1, max(0, (marge horaire / objectif) / 1,25))
temps non facturé      15    1 − min(1, part non facturée / 60 %)
devis                  15    ½ × taux d'acceptation + ½ × (1 − min(1, heures perdues / 10 h))
retards de paiement    15    1 − min(1, retard moyen / 45 jours)
relances d'impayés      5    1 − min(1, relances / 4)
exigences              10    1 − min(1, (remises + modifications + réclamations
                                          non suivies d'amélioration) / 6)
====================  =====  ===========================================================

**Score** = arrondi(100 × Σ poids × s / Σ poids), de 0 à 100. Une donnée absente est
neutre (s = 1) : pas de devis tranché, pas de facture échue. Sans heures saisies, la
marge horaire vaut s = 1 si la marge est positive, sinon 0.

* *Heures perdues* : temps de « préparation de devis » saisi sur les devis refusés ou
  expirés de la période. *Taux d'acceptation* = acceptés / (acceptés + refusés + expirés).
* *Retard moyen* : moyenne des jours de retard pondérée par les montants TTC dus
  (Σ montant × jours de retard / Σ montants échus) : un paiement à l'heure compte 0,
  un reste impayé échu compte jusqu'à aujourd'hui. Une facture de 20 € payée avec
  100 jours de retard pèse moins qu'une facture de 8 000 € payée à temps.
* *Relances* : rappels « facture en retard » échus sur la période (hors rappels
  annulés avant leur échéance).
* Une réclamation qui a conduit à une amélioration ne compte pas : un client exigeant
  n'est pas forcément un mauvais client.

**Catégorie** : Pépite si score ≥ 80 *et* marge horaire ≥ 125 % de l'objectif ; Bon
client si score ≥ 55 ; À surveiller si score ≥ 35 ; Vampire en dessous de 35.
Deux signaux d'alerte limitent un client à « À surveiller » quel que soit son score :
une marge horaire inférieure à la moitié de l'objectif, ou un retard moyen de paiement
d'au moins 45 jours.
**Pas assez de données** (ni score ni jugement) : moins de 3 h passées *et* aucun devis
accepté ni facture sur la période.

**Raisons** : chaque composante qui coûte au moins 2 points donne une phrase (« 62 % du
temps passé n'est pas facturé »), avec pour poids les points perdus ; les points forts
(marge au-dessus de l'objectif, paiement à l'heure, devis acceptés, réclamations qui ont
conduit à des améliorations) sont signalés aussi (``fair``), avec les points gagnés.
Ce qui explique la catégorie vient d'abord (les défauts d'un client à surveiller, les
qualités d'un bon client), puis l'autre côté ; chaque côté de la plus forte à la plus
faible. Poids et seuils sont réglables
(:class:`RatingSettings`) ; changer l'objectif horaire recalcule les notes.

Rating formula (EN)
===================

Per client over the period: revenue excl. VAT (issued invoices net of credit notes; for a
client without invoices, accepted quotes), material cost (jobs' recorded cost, else their
quote's estimate; without jobs, the accepted quotes'), margin = revenue − material, hours =
all time entries (billable or not), effective hourly margin = margin / hours vs the target
rate. Six partial scores in 0..1, weighted 40/15/15/15/5/10: hourly margin
(ratio to target / 1.25, clamped), unbilled share (1 − share / 60 %), quotes (half the
conversion rate, half 1 − lost prep hours / 10 h), late payment (1 − amount-weighted mean
days late / 45), overdue reminders (1 − n / 4), demands (1 − (discount + change requests +
complaints not offset by an improvement) / 6). Missing data is neutral (1).
Score = round(100 × Σ w·s / Σ w). Category: Gem: score ≥ 80 and hourly margin ≥ 125 % of the
target; Good: score ≥ 55; Watch: score ≥ 35; Vampire: below 35. Two red flags cap a client at
Watch whatever the score: an hourly margin under half the target, or paying on average 45 days
late or more. Not enough data: < 3 h and no accepted quote or invoice.
Reasons: one sentence per component costing ≥ 2 points (weight = points lost), plus the
fair side (strong points, complaints that led to improvements, weight = points earned); what
explains the category comes first, then the other side, each side strongest first.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from functools import cached_property
from typing import Any

from artisan_crm.domain.text import fold
from artisan_crm.i18n import QT_TRANSLATE_NOOP, Labels, language, plural, translate
from artisan_crm.i18n import format_int as _locale_int
from artisan_crm.i18n import format_money as _format_money

# ---- Settings ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RatingSettings:
    """Weights and thresholds of the rating; every default is documented in the module."""

    #: the artisan's target margin per hour spent (EUR), Options.TARGET_HOURLY_RATE
    target_hourly_rate: Decimal = Decimal("45")
    #: default period, Options.RATING_PERIOD_MONTHS
    period_months: int = 24

    weight_hourly_margin: float = 40.0
    weight_unbilled: float = 15.0
    weight_quotes: float = 15.0
    weight_late_payment: float = 15.0
    weight_reminders: float = 5.0
    weight_demands: float = 10.0

    #: hourly margin / target at which the margin component is full (1.25 = 125 %)
    full_margin_ratio: float = 1.25
    #: share of unbilled time at which that component is worth nothing
    unbilled_share_zero: float = 0.60
    #: hours lost on refused or expired quotes at which that half is worth nothing
    lost_hours_zero: float = 10.0
    #: amount-weighted mean days late at which the payment component is worth nothing
    late_days_zero: float = 45.0
    #: overdue-invoice reminders at which that component is worth nothing
    reminders_zero: float = 4.0
    #: discount + change requests + unresolved complaints at which demands are worth nothing
    demands_zero: float = 6.0

    gem_min_score: int = 80
    good_min_score: int = 55
    watch_min_score: int = 35
    #: a Pépite earns at least this share of the target per hour (1.25 = 125 %)
    gem_min_margin_ratio: float = 1.25
    #: below this share of the target per hour a client is at best À surveiller (red flag);
    #: so is a client paying on average ``late_days_zero`` days late or more
    good_min_margin_ratio: float = 0.5

    #: below this many hours *and* without any accepted quote or invoice: not judged
    min_hours: float = 3.0
    #: accepted quotes + invoices needed to judge a client with fewer than min_hours
    min_deals: int = 1

    #: a component must cost at least this many points to be given as a reason
    reason_min_points: float = 2.0

    # derived once (rating 20,000 clients reads them 100,000 times)
    _weights: dict[str, float] = field(init=False, repr=False, compare=False)
    _target_cents: int = field(init=False, repr=False, compare=False)
    _weight_tuple: tuple[float, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        weights = self._compute_weights()
        object.__setattr__(self, "_weights", weights)
        object.__setattr__(self, "_weight_tuple", tuple(weights.values()))
        if any(w < 0 or not math.isfinite(w) for w in weights.values()):
            raise ValueError("rating weights must be finite and >= 0")
        if sum(weights.values()) <= 0:
            raise ValueError("at least one rating weight must be > 0")
        if not Decimal(self.target_hourly_rate) > 0:
            raise ValueError("the target hourly rate must be > 0")
        target = Decimal(self.target_hourly_rate) * 100
        object.__setattr__(self, "_target_cents", int(target.to_integral_value(ROUND_HALF_UP)))
        for name in (
            "full_margin_ratio",
            "unbilled_share_zero",
            "lost_hours_zero",
            "late_days_zero",
            "reminders_zero",
            "demands_zero",
            "gem_min_margin_ratio",
            "good_min_margin_ratio",
        ):
            value = getattr(self, name)
            if not (value > 0 and math.isfinite(value)):
                raise ValueError(f"{name} must be > 0")
        if not 0 <= self.watch_min_score <= self.good_min_score <= self.gem_min_score <= 100:
            raise ValueError("category thresholds must satisfy 0 <= watch <= good <= gem <= 100")
        if self.period_months < 1:
            raise ValueError("period_months must be >= 1")

    def weights(self) -> dict[str, float]:
        return dict(self._weights)

    def _compute_weights(self) -> dict[str, float]:
        return {
            "hourly_margin": float(self.weight_hourly_margin),
            "unbilled": float(self.weight_unbilled),
            "quotes": float(self.weight_quotes),
            "late_payment": float(self.weight_late_payment),
            "reminders": float(self.weight_reminders),
            "demands": float(self.weight_demands),
        }

    @property
    def target_cents_per_hour(self) -> int:
        return self._target_cents

    @classmethod
    def from_options(cls, get: Callable[[str, Any], Any]) -> RatingSettings:
        """Build from the settings file: ``get(key, default)`` per option of :data:`OPTION_KEYS`.

        A malformed value falls back to its default, and so does the whole set when the
        values contradict each other (a hand-edited file never breaks the rating).
        """
        defaults = cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            if not f.init:
                continue
            default = getattr(defaults, f.name)
            raw = get(OPTION_KEYS[f.name], default)
            try:
                values[f.name] = type(default)(raw) if not isinstance(raw, type(default)) else raw
            except (TypeError, ValueError, ArithmeticError):
                values[f.name] = default
        try:
            return cls(**values)
        except (TypeError, ValueError, ArithmeticError):
            return defaults

    def with_target(self, rate: Decimal) -> RatingSettings:
        return replace(self, target_hourly_rate=Decimal(rate))


#: INI key of every setting (``config.Options``): the first two exist already.
OPTION_KEYS: Mapping[str, str] = {
    "target_hourly_rate": "rating/target_hourly_rate",
    "period_months": "rating/period_months",
    "weight_hourly_margin": "rating/weight_hourly_margin",
    "weight_unbilled": "rating/weight_unbilled",
    "weight_quotes": "rating/weight_quotes",
    "weight_late_payment": "rating/weight_late_payment",
    "weight_reminders": "rating/weight_reminders",
    "weight_demands": "rating/weight_demands",
    "full_margin_ratio": "rating/full_margin_ratio",
    "unbilled_share_zero": "rating/unbilled_share_zero",
    "lost_hours_zero": "rating/lost_hours_zero",
    "late_days_zero": "rating/late_days_zero",
    "reminders_zero": "rating/reminders_zero",
    "demands_zero": "rating/demands_zero",
    "gem_min_score": "rating/gem_min_score",
    "good_min_score": "rating/good_min_score",
    "watch_min_score": "rating/watch_min_score",
    "gem_min_margin_ratio": "rating/gem_min_margin_ratio",
    "good_min_margin_ratio": "rating/good_min_margin_ratio",
    "min_hours": "rating/min_hours",
    "min_deals": "rating/min_deals",
    "reason_min_points": "rating/reason_min_points",
}


# ---- Figures ----------------------------------------------------------------------------------


class RevenueSource(StrEnum):
    INVOICES = "invoices"
    ACCEPTED_QUOTES = "accepted_quotes"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class ClientFigures:
    """A client's aggregates over the period: integer cents, minutes and counts."""

    client_id: int
    #: excl. VAT: invoices net of credit notes, or accepted quotes (see ``revenue_source``)
    revenue_cents: int = 0
    revenue_source: RevenueSource = RevenueSource.NONE
    material_cost_cents: int = 0
    #: every time entry, billable or not
    minutes: int = 0
    unbilled_minutes: int = 0
    #: quotes sent to the client (sent, accepted, refused, expired; not drafts, not cancelled)
    quotes_made: int = 0
    quotes_accepted: int = 0
    quotes_refused: int = 0
    quotes_expired: int = 0
    #: quote-preparation minutes on refused or expired quotes
    lost_quote_minutes: int = 0
    #: invoices issued (credit notes not counted)
    invoices: int = 0
    #: incl. VAT amount of the invoices already due (the weight of the late-days average)
    due_cents: int = 0
    #: Σ amount (cents) × days late, over payments and unpaid overdue remainders
    late_cents_days: int = 0
    overdue_reminders: int = 0
    complaints: int = 0
    discount_requests: int = 0
    change_requests: int = 0
    feedbacks: int = 0
    improvements: int = 0

    # ---- derived figures (what the table shows)

    @property
    def margin_cents(self) -> int:
        return self.revenue_cents - self.material_cost_cents

    @property
    def hours(self) -> float:
        return self.minutes / 60

    @property
    def hourly_margin_cents(self) -> int | None:
        """Effective hourly margin in cents per hour; None without time spent."""
        if self.minutes <= 0:
            return None
        return _div_round(self.margin_cents * 60, self.minutes)

    @property
    def hourly_margin(self) -> Decimal | None:
        cents = self.hourly_margin_cents
        return None if cents is None else Decimal(cents) / 100

    @property
    def unbilled_share(self) -> float:
        return self.unbilled_minutes / self.minutes if self.minutes > 0 else 0.0

    @property
    def quotes_lost(self) -> int:
        return self.quotes_refused + self.quotes_expired

    @property
    def conversion_rate(self) -> float | None:
        decided = self.quotes_accepted + self.quotes_lost
        return self.quotes_accepted / decided if decided else None

    @property
    def late_days(self) -> float | None:
        """Amount-weighted mean days late; None when nothing is due yet."""
        return self.late_cents_days / self.due_cents if self.due_cents > 0 else None

    @property
    def unresolved_complaints(self) -> int:
        return max(0, self.complaints - self.improvements)

    @property
    def deals(self) -> int:
        return self.quotes_accepted + self.invoices

    def profit_after_time_cents(self, target_cents_per_hour: int) -> int:
        """Margin minus the time valued at the target rate (the whale curve's unit)."""
        return self.margin_cents - _div_round(self.minutes * target_cents_per_hour, 60)


def _div_round(numerator: int, denominator: int) -> int:
    """Integer division rounded half away from zero (exact, no float)."""
    q, r = divmod(abs(numerator), denominator)
    if 2 * r >= denominator:
        q += 1
    return q if numerator >= 0 else -q


# ---- Rating -----------------------------------------------------------------------------------


class Category(StrEnum):
    GEM = "pepite"
    GOOD = "bon_client"
    WATCH = "a_surveiller"
    VAMPIRE = "vampire"
    NOT_ENOUGH_DATA = "pas_assez_de_donnees"

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self]

    @property
    def judged(self) -> bool:
        return self is not Category.NOT_ENOUGH_DATA


CATEGORY_LABELS: Mapping[Category, str] = Labels(
    "Rating",
    {
        Category.GEM: QT_TRANSLATE_NOOP("Rating", "Gem"),
        Category.GOOD: QT_TRANSLATE_NOOP("Rating", "Good client"),
        Category.WATCH: QT_TRANSLATE_NOOP("Rating", "To watch"),
        Category.VAMPIRE: QT_TRANSLATE_NOOP("Rating", "Vampire"),
        Category.NOT_ENOUGH_DATA: QT_TRANSLATE_NOOP("Rating", "Not enough data"),
    },
)

#: best first (the table's category order)
CATEGORY_ORDER: tuple[Category, ...] = tuple(CATEGORY_LABELS)


@dataclass(frozen=True, slots=True)
class Reason:
    """One sentence of the verdict; ``fair`` marks what speaks in the client's favour."""

    text: str
    #: points lost (against) or earned (fair) on the 0-100 score
    weight: float
    fair: bool = False


@dataclass(frozen=True, slots=True)
class Component:
    """One term of the score, for a "how is it computed" tooltip."""

    key: str
    label: str
    weight: float
    #: partial score in 0..1
    value: float

    @property
    def points(self) -> float:
        return self.weight * self.value

    @property
    def points_lost(self) -> float:
        return self.weight * (1.0 - self.value)


@dataclass(frozen=True)
class Rating:
    """A client's verdict. The reasons and components are worked out when first read
    (a table of 20,000 clients shows only a screenful of them)."""

    #: 0..100, None when the client is not judged (not enough data)
    score: int | None
    category: Category
    figures: ClientFigures = field(repr=False, compare=False)
    settings: RatingSettings = field(repr=False, compare=False)
    #: the six partial scores (0..1), in COMPONENT_LABELS order; empty when not judged
    values: tuple[float, ...] = ()

    @property
    def judged(self) -> bool:
        return self.score is not None

    @cached_property
    def components(self) -> tuple[Component, ...]:
        weights = self.settings._weights
        return tuple(
            Component(key, COMPONENT_LABELS[key], weights[key], value)
            for key, value in zip(COMPONENT_LABELS, self.values, strict=False)
        )

    @cached_property
    def reasons(self) -> tuple[Reason, ...]:
        """What explains the category first (faults of a client to watch, strong points of a
        good one), then the other side; each side strongest first."""
        if not self.judged:
            return (_not_enough_data_reason(self.figures),)
        parts = self.components
        scale = 100.0 / sum(c.weight for c in parts)
        ratio = margin_ratio(self.figures, self.settings)
        reasons = _reasons(self.figures, self.settings, parts, scale, ratio)
        verdict_is_fair = self.category in (Category.GEM, Category.GOOD)
        return tuple(sorted(reasons, key=lambda r: r.fair != verdict_is_fair))

    @property
    def main_reason(self) -> str:
        return self.reasons[0].text if self.reasons else ""


COMPONENT_LABELS: Mapping[str, str] = Labels(
    "Rating",
    {
        "hourly_margin": QT_TRANSLATE_NOOP("Rating", "Margin per hour"),
        "unbilled": QT_TRANSLATE_NOOP("Rating", "Unbilled time"),
        "quotes": QT_TRANSLATE_NOOP("Rating", "Quotes"),
        "late_payment": QT_TRANSLATE_NOOP("Rating", "Late payments"),
        "reminders": QT_TRANSLATE_NOOP("Rating", "Payment reminders"),
        "demands": QT_TRANSLATE_NOOP("Rating", "Demands"),
    },
)


def _clamp01(value: float) -> float:
    return 0.0 if value < 0.0 else 1.0 if value > 1.0 else value


def margin_ratio(figures: ClientFigures, settings: RatingSettings) -> float:
    """Effective hourly margin / target (inf with a positive margin and no time)."""
    if figures.minutes <= 0:
        return math.inf if figures.margin_cents > 0 else 0.0
    return (figures.margin_cents * 60) / (figures.minutes * settings.target_cents_per_hour)


def component_values(
    figures: ClientFigures, settings: RatingSettings, ratio: float | None = None
) -> tuple[float, ...]:
    """The six partial scores (0..1), in :data:`COMPONENT_LABELS` order."""
    if ratio is None:
        ratio = margin_ratio(figures, settings)
    s_margin = 1.0 if math.isinf(ratio) else _clamp01(ratio / settings.full_margin_ratio)
    minutes = figures.minutes
    share = figures.unbilled_minutes / minutes if minutes > 0 else 0.0
    s_unbilled = 1.0 - _clamp01(share / settings.unbilled_share_zero)
    accepted = figures.quotes_accepted
    decided = accepted + figures.quotes_refused + figures.quotes_expired
    s_conversion = accepted / decided if decided else 1.0
    s_lost = 1.0 - _clamp01(figures.lost_quote_minutes / 60 / settings.lost_hours_zero)
    due = figures.due_cents
    s_late = (
        1.0 - _clamp01(figures.late_cents_days / due / settings.late_days_zero) if due > 0 else 1.0
    )
    s_reminders = 1.0 - _clamp01(figures.overdue_reminders / settings.reminders_zero)
    demands = (
        figures.discount_requests
        + figures.change_requests
        + max(0, figures.complaints - figures.improvements)
    )
    s_demands = 1.0 - _clamp01(demands / settings.demands_zero)
    return (s_margin, s_unbilled, 0.5 * s_conversion + 0.5 * s_lost, s_late, s_reminders, s_demands)


def components(figures: ClientFigures, settings: RatingSettings) -> tuple[Component, ...]:
    """The six partial scores with their weights and labels."""
    weights = settings._weights
    return tuple(
        Component(key, COMPONENT_LABELS[key], weights[key], value)
        for key, value in zip(COMPONENT_LABELS, component_values(figures, settings), strict=True)
    )


def is_judged(figures: ClientFigures, settings: RatingSettings) -> bool:
    return figures.hours >= settings.min_hours or figures.deals >= settings.min_deals


def rate(figures: ClientFigures, settings: RatingSettings | None = None) -> Rating:
    """The score and category of one client (deterministic); reasons follow on demand."""
    settings = settings or DEFAULT_SETTINGS
    if not is_judged(figures, settings):
        return Rating(None, Category.NOT_ENOUGH_DATA, figures, settings)
    ratio = margin_ratio(figures, settings)
    values = component_values(figures, settings, ratio)
    weights = settings._weight_tuple
    raw = 100.0 * sum(w * v for w, v in zip(weights, values, strict=True)) / sum(weights)
    score = min(100, max(0, math.floor(raw + 0.5)))
    return Rating(score, _category(score, ratio, figures, settings), figures, settings, values)


def red_flags(
    figures: ClientFigures, settings: RatingSettings, ratio: float | None = None
) -> tuple[str, ...]:
    """What keeps a client at best À surveiller whatever the score (keys of components)."""
    if ratio is None:
        ratio = margin_ratio(figures, settings)
    flags = []
    if ratio < settings.good_min_margin_ratio:
        flags.append("hourly_margin")
    late = figures.late_days
    if late is not None and late >= settings.late_days_zero:
        flags.append("late_payment")
    return tuple(flags)


def _category(
    score: int, ratio: float, figures: ClientFigures, settings: RatingSettings
) -> Category:
    if score >= settings.good_min_score and not red_flags(figures, settings, ratio):
        if score >= settings.gem_min_score and ratio >= settings.gem_min_margin_ratio:
            return Category.GEM
        return Category.GOOD
    if score >= settings.watch_min_score:
        return Category.WATCH
    return Category.VAMPIRE


# ---- Words ------------------------------------------------------------------------------------


def format_int(n: int) -> str:
    """``12345`` -> ``"12 345"`` (French thousands separator, a plain space; ``"12,345"``
    in English)."""
    if language() == "en":
        return _locale_int(n)
    return f"{n:,}".replace(",", " ")


def format_euros(cents: int) -> str:
    """Whole euros, rounded: ``"1 250 €"``, ``"−300 €"`` (English ``"€1,250"``, ``"−€300"``)."""
    euros = _div_round(cents, 100)
    if language() == "en":
        text = _format_money(abs(euros), whole_euros=True)
        return f"−{text}" if euros < 0 else text
    text = format_int(abs(euros))
    return f"−{text} €" if euros < 0 else f"{text} €"


def format_rate(cents_per_hour: int) -> str:
    """``"45 €/h"`` (English ``"€45/h"``)."""
    return f"{format_euros(cents_per_hour)}/h"


def format_duration(minutes: int) -> str:
    """``"45 min"``, ``"11 h"``, ``"2 h 30"`` (English ``"2 h 30 min"``)."""
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return f"{format_int(hours)} h"
    if language() == "en":
        return f"{format_int(hours)} h {rest:02d} min"
    return f"{format_int(hours)} h {rest:02d}"


def _one_hour_and_some(minutes: int) -> bool:
    """French agrees a participle with a duration: singular for "1 h 30" ("1 h 30 perdue"),
    plural otherwise ("45 min perdues", "3 h perdues"). English has no agreement, so the
    singular sentences are the same English in the context "RatingSingularDuration" (Qt's
    way of disambiguating one source translated two ways)."""
    return 60 <= minutes < 120


def _round_half_up(value: float) -> int:
    return math.floor(value + 0.5)


def _not_enough_data_reason(figures: ClientFigures) -> Reason:
    time = (
        translate("Rating", "no time recorded")
        if figures.minutes == 0
        else translate("Rating", "{duration} spent").format(
            duration=format_duration(figures.minutes)
        )
    )
    return Reason(
        translate(
            "Rating", "not enough data: {time}, no accepted quote or invoice in the period"
        ).format(time=time),
        0.0,
    )


def _pays_late(days: int) -> str:
    return plural(
        days,
        translate("Rating", "pays {days} day late on average"),
        translate("Rating", "pays {days} days late on average"),
    ).format(days=days)


def _lost_quotes_words(figures: ClientFigures) -> str:
    n = figures.quotes_lost
    if figures.quotes_expired == 0:
        return plural(
            n, translate("Rating", "{n} quote refused"), translate("Rating", "{n} quotes refused")
        ).format(n=n)
    if figures.quotes_refused == 0:
        return plural(
            n,
            translate("Rating", "{n} quote expired without an answer"),
            translate("Rating", "{n} quotes expired without an answer"),
        ).format(n=n)
    return translate("Rating", "{n} quotes refused or expired").format(n=n)


def _reasons(
    figures: ClientFigures,
    settings: RatingSettings,
    parts: tuple[Component, ...],
    scale: float,
    ratio: float,
) -> tuple[Reason, ...]:
    by_key = {c.key: c for c in parts}
    minimum = settings.reason_min_points
    target = format_rate(settings.target_cents_per_hour)
    reasons: list[Reason] = []

    def against(key: str, text: str) -> None:
        lost = by_key[key].points_lost * scale
        if lost >= minimum:
            reasons.append(Reason(text, round(lost, 2), False))

    def favour(key: str, text: str) -> None:
        earned = by_key[key].points * scale
        if earned >= minimum:
            reasons.append(Reason(text, round(earned, 2), True))

    # Hourly margin
    hourly = figures.hourly_margin_cents
    if ratio >= 1.0:
        if hourly is not None:
            favour(
                "hourly_margin",
                translate("Rating", "margin per hour {rate} against a target of {target}").format(
                    rate=format_rate(hourly), target=target
                ),
            )
        else:
            favour(
                "hourly_margin",
                translate("Rating", "margin of {margin} with no time recorded").format(
                    margin=format_euros(figures.margin_cents)
                ),
            )
    elif figures.minutes > 0:
        duration = format_duration(figures.minutes)
        singular = _one_hour_and_some(figures.minutes)
        if figures.revenue_cents <= 0 and figures.material_cost_cents == 0:
            text = (
                translate("RatingSingularDuration", "no revenue for {duration} spent")
                if singular
                else translate("Rating", "no revenue for {duration} spent")
            )
            against("hourly_margin", text.format(duration=duration))
        elif figures.margin_cents < 0:
            text = (
                translate(
                    "RatingSingularDuration", "negative margin ({margin}) for {duration} spent"
                )
                if singular
                else translate("Rating", "negative margin ({margin}) for {duration} spent")
            )
            against(
                "hourly_margin",
                text.format(margin=format_euros(figures.margin_cents), duration=duration),
            )
        else:
            assert hourly is not None
            against(
                "hourly_margin",
                translate("Rating", "margin per hour {rate} against a target of {target}").format(
                    rate=format_rate(hourly), target=target
                ),
            )

    # Unbilled time
    if figures.unbilled_minutes > 0:
        share = _round_half_up(100 * figures.unbilled_share)
        against(
            "unbilled",
            translate("Rating", "{share}% of the time spent is not billed").format(share=share),
        )

    # Quotes
    conversion = figures.conversion_rate
    if figures.quotes_lost > 0:
        words = _lost_quotes_words(figures)
        if figures.lost_quote_minutes > 0:
            lost = format_duration(figures.lost_quote_minutes)
            text = (
                translate("RatingSingularDuration", "{quotes}: {duration} of preparation lost")
                if _one_hour_and_some(figures.lost_quote_minutes)
                else translate("Rating", "{quotes}: {duration} of preparation lost")
            )
            against("quotes", text.format(quotes=words, duration=lost))
        else:
            decided = figures.quotes_accepted + figures.quotes_lost
            against(
                "quotes",
                translate("Rating", "{quotes} out of {decided}").format(
                    quotes=words, decided=decided
                ),
            )
    if conversion is not None and conversion >= 0.75 and figures.quotes_accepted >= 2:
        decided = figures.quotes_accepted + figures.quotes_lost
        favour(
            "quotes",
            translate("Rating", "{accepted} quotes accepted out of {decided}").format(
                accepted=figures.quotes_accepted, decided=decided
            ),
        )

    # Payments
    late = figures.late_days
    if late is not None:
        days = _round_half_up(late)
        if days >= 1:
            against("late_payment", _pays_late(days))
        elif figures.invoices > 0:
            favour("late_payment", translate("Rating", "pays on time"))
    if figures.overdue_reminders > 0:
        n = figures.overdue_reminders
        against(
            "reminders",
            plural(
                n,
                translate("Rating", "{n} reminder for an unpaid invoice"),
                translate("Rating", "{n} reminders for unpaid invoices"),
            ).format(n=n),
        )

    # Demands
    bits = []
    if figures.discount_requests:
        n = figures.discount_requests
        bits.append(
            plural(
                n,
                translate("Rating", "{n} discount request"),
                translate("Rating", "{n} discount requests"),
            ).format(n=n)
        )
    if figures.change_requests:
        n = figures.change_requests
        bits.append(
            plural(
                n,
                translate("Rating", "{n} change request"),
                translate("Rating", "{n} change requests"),
            ).format(n=n)
        )
    if figures.unresolved_complaints:
        n = figures.unresolved_complaints
        if figures.improvements:
            complaints = plural(
                n,
                translate("Rating", "{n} complaint without improvement"),
                translate("Rating", "{n} complaints without improvement"),
            )
        else:
            complaints = plural(
                n, translate("Rating", "{n} complaint"), translate("Rating", "{n} complaints")
            )
        bits.append(complaints.format(n=n))
    if bits:
        against("demands", ", ".join(bits))

    # The fair side: criticism that made the work better is always said.
    if figures.improvements > 0:
        offset = min(figures.complaints, figures.improvements) if figures.complaints else 0
        weight = by_key["demands"].weight * scale * min(1.0, offset / settings.demands_zero)
        n = figures.improvements
        improvements = plural(
            n, translate("Rating", "{n} improvement"), translate("Rating", "{n} improvements")
        ).format(n=n)
        if figures.complaints > 0:
            text = plural(
                figures.complaints,
                translate("Rating", "their {n} complaint led to {improvements}"),
                translate("Rating", "their {n} complaints led to {improvements}"),
            ).format(n=figures.complaints, improvements=improvements)
        else:
            text = translate("Rating", "their remarks led to {improvements}").format(
                improvements=improvements
            )
        reasons.append(Reason(text, round(weight, 2), True))

    reasons.sort(key=lambda r: (-r.weight, r.fair, r.text))
    return tuple(reasons)


# ---- Quote guard ------------------------------------------------------------------------------


class SuggestionKind(StrEnum):
    LARGER_DEPOSIT = "larger_deposit"
    PRICE_REAL_TIME = "price_real_time"
    SHORTER_VALIDITY = "shorter_validity"
    FIRM_PRICES = "firm_prices"
    DECLINE_POLITELY = "decline_politely"


@dataclass(frozen=True, slots=True)
class Suggestion:
    kind: SuggestionKind
    text: str


@dataclass(frozen=True)
class GuardAdvice:
    """Advice shown when preparing a quote for a client to watch; nothing is blocked."""

    client_id: int
    client_name: str
    category: Category
    score: int
    #: what speaks against the client, strongest first
    reasons: tuple[Reason, ...]
    suggestions: tuple[Suggestion, ...]
    #: values the quote form may pre-fill (the user decides)
    suggested_deposit_percent: Decimal | None = None
    suggested_validity_days: int | None = None

    @property
    def title(self) -> str:
        return translate("Rating", "{client}: {category} (score {score}/100)").format(
            client=self.client_name, category=self.category.label.lower(), score=self.score
        )


#: deposit asked by default (company settings) vs what to ask a client to watch
WATCH_DEPOSIT_PERCENT = Decimal("40")
VAMPIRE_DEPOSIT_PERCENT = Decimal("50")
SHORT_VALIDITY_DAYS = 15


def advise(
    figures: ClientFigures,
    rating: Rating,
    settings: RatingSettings | None = None,
    *,
    client_name: str = "",
) -> GuardAdvice | None:
    """Suggestions for a new quote to a client rated À surveiller or Vampire, else None."""
    settings = settings or DEFAULT_SETTINGS
    if rating.category not in (Category.WATCH, Category.VAMPIRE) or rating.score is None:
        return None
    costs = {c.key: c.points_lost for c in rating.components}
    threshold = settings.reason_min_points / 2
    vampire = rating.category is Category.VAMPIRE
    suggestions: list[Suggestion] = []
    deposit: Decimal | None = None
    validity: int | None = None

    if (
        costs.get("late_payment", 0) >= threshold
        or costs.get("reminders", 0) >= threshold
        or vampire
    ):
        deposit = VAMPIRE_DEPOSIT_PERCENT if vampire else WATCH_DEPOSIT_PERCENT
        late = figures.late_days
        if late and late >= 1:
            days = _round_half_up(late)
            text = plural(
                days,
                translate(
                    "Rating",
                    "Ask for a larger deposit ({percent}% on order): "
                    "they pay {days} day late on average.",
                ),
                translate(
                    "Rating",
                    "Ask for a larger deposit ({percent}% on order): "
                    "they pay {days} days late on average.",
                ),
            ).format(percent=deposit, days=days)
        else:
            text = translate("Rating", "Ask for a larger deposit ({percent}% on order).").format(
                percent=deposit
            )
        suggestions.append(Suggestion(SuggestionKind.LARGER_DEPOSIT, text))
    if costs.get("hourly_margin", 0) >= threshold or costs.get("unbilled", 0) >= threshold:
        hourly = figures.hourly_margin_cents
        target = format_rate(settings.target_cents_per_hour)
        if hourly is not None and figures.minutes:
            text = translate(
                "Rating",
                "Price the time actually spent, calls, travel and preparation included, "
                "at {target} (current margin {current}).",
            ).format(target=target, current=format_rate(hourly))
        else:
            text = translate(
                "Rating",
                "Price the time actually spent, calls, travel and preparation included, "
                "at {target}.",
            ).format(target=target)
        suggestions.append(Suggestion(SuggestionKind.PRICE_REAL_TIME, text))
    if costs.get("quotes", 0) >= threshold:
        validity = SHORT_VALIDITY_DAYS
        if figures.quotes_lost:
            text = translate(
                "Rating",
                "Set a short validity ({days} days) and keep the quote brief: "
                "{quotes} came to nothing.",
            ).format(days=validity, quotes=_lost_quotes_words(figures))
        else:
            text = translate(
                "Rating",
                "Set a short validity ({days} days) and keep the quote brief: "
                "quotes came to nothing.",
            ).format(days=validity)
        suggestions.append(Suggestion(SuggestionKind.SHORTER_VALIDITY, text))
    if figures.discount_requests > 0:
        suggestions.append(
            Suggestion(
                SuggestionKind.FIRM_PRICES,
                translate(
                    "Rating",
                    "Announce firm prices; offer a cheaper alternative rather than a discount.",
                ),
            )
        )
    if vampire:
        suggestions.append(
            Suggestion(
                SuggestionKind.DECLINE_POLITELY,
                translate(
                    "Rating",
                    "Or decline politely: “My schedule does not allow me to carry out this job "
                    "in good conditions; I would rather tell you right away.”",
                ),
            )
        )
    if not suggestions:
        suggestions.append(
            Suggestion(
                SuggestionKind.LARGER_DEPOSIT,
                translate("Rating", "Ask for a deposit of {percent}% on order.").format(
                    percent=WATCH_DEPOSIT_PERCENT
                ),
            )
        )
        deposit = WATCH_DEPOSIT_PERCENT
    against = tuple(r for r in rating.reasons if not r.fair)
    return GuardAdvice(
        client_id=figures.client_id,
        client_name=client_name
        or translate("Rating", "Client no. {id}").format(id=figures.client_id),
        category=rating.category,
        score=rating.score,
        reasons=against,
        suggestions=tuple(suggestions),
        suggested_deposit_percent=deposit,
        suggested_validity_days=validity,
    )


DEFAULT_SETTINGS = RatingSettings()


# ---- Period -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RatingPeriod:
    """The rated period: the last N months, this calendar year, or all history.

    ``months`` is set for the "last N months" kind; ``start`` is inclusive and the end is
    always the reference day (today), inclusive.
    """

    kind: str  # "months", "year" or "all"
    months: int = 0

    @classmethod
    def last_months(cls, months: int) -> RatingPeriod:
        if months < 1:
            raise ValueError("a period is at least one month")
        return cls("months", months)

    @classmethod
    def this_year(cls) -> RatingPeriod:
        return cls("year")

    @classmethod
    def all_history(cls) -> RatingPeriod:
        return cls("all")

    @classmethod
    def parse(cls, text: str) -> RatingPeriod:
        """``"24m"``, ``"12m"``, ``"year"``/``"annee"``, ``"all"``/``"tout"``."""
        value = text.strip().lower()
        if fold(value) in {"year", "annee"}:  # French keywords accepted too, accents or not
            return cls.this_year()
        if value in {"all", "tout"}:
            return cls.all_history()
        digits = value.removesuffix("mois").removesuffix("m").strip()
        if digits.isdigit() and int(digits) >= 1:
            return cls.last_months(int(digits))
        raise ValueError(
            translate(
                "Rating",
                "Unknown period “{period}”: 24m, 12m (last months), year (this year) or all.",
            ).format(period=text)
        )

    @property
    def code(self) -> str:
        return f"{self.months}m" if self.kind == "months" else self.kind

    @property
    def label(self) -> str:
        if self.kind == "months":
            return translate("Rating", "last {months} months").format(months=self.months)
        if self.kind == "year":
            return translate("Rating", "this year")
        return translate("Rating", "all history")

    def start(self, today: date) -> date | None:
        if self.kind == "all":
            return None
        if self.kind == "year":
            return date(today.year, 1, 1)
        return shift_months(today, -self.months)


def shift_months(day: date, months: int) -> date:
    """Same day ``months`` later (earlier if negative), clamped to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    next_first = date(year + (month == 12), month % 12 + 1, 1)
    last_day = (next_first - date.resolution).day
    return date(year, month, min(day.day, last_day))
