"""First stage of the generator: who the clients are and *when* things happened.

The plan holds dates and statuses only (no text, no amounts), for every client
at once: it is small (a few hundred bytes per quote) and it must be complete
before anything is written, because document numbers are given in date order
across all clients (``DEV-2025-0001`` is the first quote of 2025) and the time
entry budget is shared out between clients.

Each client has its own random stream (``Random(f"{seed}:{n}:plan")``) so that
adding a rule for one kind of client does not reshuffle all the others.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import TypeVar
from zoneinfo import ZoneInfo

from artisan_crm.demo import vocab
from artisan_crm.domain.enums import (
    ClientKind,
    InvoiceKind,
    InvoiceStatus,
    JobStatus,
    QuoteStatus,
)

T = TypeVar("T")
PARIS = ZoneInfo("Europe/Paris")
HISTORY_DAYS = 3 * 365
QUOTE_VALIDITY_DAYS = 30
DEPOSIT_DUE_DAYS = 7
PAYMENT_TERMS_DAYS = 30
QUOTE_PREFIX = "DEV"
INVOICE_PREFIX = "FAC"


class Profile(StrEnum):
    VAMPIRE = "vampire"
    GEM = "gem"
    ORDINARY = "ordinary"
    NEWCOMER = "newcomer"


class Segment(StrEnum):
    PERSON = "person"
    BUSINESS = "business"
    SCI = "sci"
    SYNDIC = "syndic"


class PaymentHabit(StrEnum):
    ON_TIME = "on_time"
    LATE = "late"
    PARTIAL = "partial"
    UNPAID = "unpaid"


class FastRandom(random.Random):
    """``random.Random`` with cheaper ``randint``/``choice`` (the generator calls them millions of times).

    Same seed, same sequence; the draws differ from the stock methods, which is fine
    for demo data.
    """

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq: Sequence[T]) -> T:  # type: ignore[override]
        return seq[int(self.random() * len(seq))]


_LOCAL_DT_CACHE: dict[tuple[date, int, int], datetime] = {}


def local_dt(day: date, hour: int, minute: int = 0) -> datetime:
    """An aware UTC datetime for a wall-clock time in France on ``day``."""
    key = (day, hour, minute)
    found = _LOCAL_DT_CACHE.get(key)
    if found is None:
        if len(_LOCAL_DT_CACHE) > 200_000:
            _LOCAL_DT_CACHE.clear()
        found = datetime.combine(day, time(hour, minute), tzinfo=PARIS).astimezone(UTC)
        _LOCAL_DT_CACHE[key] = found
    return found


def workday(day: date) -> date:
    """The day itself, or the next Monday for a weekend day."""
    weekday = day.weekday()
    return day + timedelta(days=7 - weekday) if weekday >= 5 else day


def add_workdays(day: date, count: int) -> date:
    day = workday(day)
    while count > 0:
        day = workday(day + timedelta(days=1))
        count -= 1
    return day


# ---- Plan records ---------------------------------------------------------------------------


@dataclass(slots=True)
class InvoicePlan:
    kind: InvoiceKind
    status: InvoiceStatus
    issued_on: date | None
    number: str | None = None


@dataclass(slots=True)
class JobPlan:
    status: JobStatus
    planned_start: date
    deadline: date
    days: int
    completed_on: date | None
    late: bool
    invoices: list[InvoicePlan] = field(default_factory=list)
    #: how the final (or only) invoice gets paid; None = the client's profile decides
    payment: PaymentHabit | None = None

    @property
    def started(self) -> bool:
        return self.status in (JobStatus.IN_PROGRESS, JobStatus.DONE)


@dataclass(slots=True)
class QuotePlan:
    template: int
    issued_on: date
    status: QuoteStatus
    valid_until: date
    sent_at: datetime | None = None
    accepted_at: datetime | None = None
    refused_at: datetime | None = None
    expired_at: datetime | None = None
    cancelled_at: datetime | None = None
    job: JobPlan | None = None
    number: str = ""

    @property
    def last_change(self) -> datetime:
        moments = [
            m
            for m in (
                self.sent_at,
                self.accepted_at,
                self.refused_at,
                self.expired_at,
                self.cancelled_at,
            )
            if m is not None
        ]
        return max(moments) if moments else local_dt(self.issued_on, 19)


@dataclass(slots=True)
class DirectJobPlan:
    """A repair or a maintenance visit done without a quote."""

    template: int
    job: JobPlan
    maintenance: bool = False


@dataclass(frozen=True)
class QuoteSpec:
    """A scripted quote of a showcase client (days are counted back from today)."""

    template: str
    days_ago: int
    status: QuoteStatus
    job: JobStatus | None = None
    late: bool = False
    final_draft: bool = False
    cancelled_invoice: bool = False
    payment: PaymentHabit | None = None


@dataclass(frozen=True)
class Showcase:
    """A scripted client: always present, so that every status and search case exists."""

    profile: Profile
    segment: Segment
    title: str
    first_name: str
    last_name: str
    company_name: str
    started_days_ago: int
    source: str
    quotes: tuple[QuoteSpec, ...]
    maintenance: bool = False
    second_home: bool = False


S = QuoteStatus
J = JobStatus
SHOWCASE: tuple[Showcase, ...] = (
    Showcase(
        Profile.GEM,
        Segment.PERSON,
        "Mme",
        "Hélène",
        "Lefèvre",
        "",
        1010,
        "bouche à oreille",
        (
            QuoteSpec("Rénovation complète de la salle de bain", 990, S.ACCEPTED, J.DONE),
            QuoteSpec("Remplacement du chauffe-eau électrique 200 L", 400, S.ACCEPTED, J.DONE),
            QuoteSpec("Remplacement de radiateurs", 6, S.SENT),
        ),
        maintenance=True,
    ),
    Showcase(
        Profile.ORDINARY,
        Segment.BUSINESS,
        "M.",
        "Julien",
        "Martin",
        "Électricité Générale Martin",
        720,
        "Pages Jaunes",
        (
            QuoteSpec("Création d'un point d'eau dans la cuisine", 650, S.EXPIRED),
            QuoteSpec("Pose d'un WC suspendu", 300, S.REFUSED),
            QuoteSpec("Remplacement de la chaudière gaz", 45, S.ACCEPTED, J.IN_PROGRESS, late=True),
        ),
    ),
    Showcase(
        Profile.VAMPIRE,
        Segment.PERSON,
        "M.",
        "Gérard",
        "Piquet",
        "",
        830,
        "Google",
        (
            QuoteSpec("Rénovation complète de la salle de bain", 800, S.REFUSED),
            QuoteSpec("Installation d'une pompe à chaleur air/eau", 560, S.REFUSED),
            QuoteSpec(
                "Rénovation complète de la salle de bain",
                340,
                S.ACCEPTED,
                J.DONE,
                late=True,
                payment=PaymentHabit.UNPAID,
            ),
            QuoteSpec("Pose d'un WC suspendu", 160, S.ACCEPTED, J.CANCELLED),
            QuoteSpec("Remplacement de radiateurs", 75, S.EXPIRED),
        ),
    ),
    Showcase(
        Profile.ORDINARY,
        Segment.SYNDIC,
        "Mme",
        "Nathalie",
        "Rivière",
        "Cabinet Rivière, syndic de copropriété",
        600,
        "chantier voisin",
        (
            QuoteSpec(
                "Réfection de la colonne d'eau (parties communes)",
                110,
                S.ACCEPTED,
                J.DONE,
                final_draft=True,
                cancelled_invoice=True,
            ),
            QuoteSpec("Désembouage du circuit de chauffage", 4, S.DRAFT),
        ),
    ),
    Showcase(
        Profile.ORDINARY,
        Segment.BUSINESS,
        "M.",
        "Thierry",
        "Durand",
        "Société d'Électricité Durand et Fils",
        520,
        "architecte",
        (
            QuoteSpec(
                "Installation d'un adoucisseur d'eau",
                210,
                S.ACCEPTED,
                J.DONE,
                payment=PaymentHabit.PARTIAL,
            ),
            QuoteSpec("Remplacement du mitigeur et du groupe de sécurité", 25, S.CANCELLED),
        ),
    ),
    Showcase(
        Profile.NEWCOMER,
        Segment.PERSON,
        "Mme",
        "Élodie",
        "Château",
        "",
        3,
        "site internet",
        (QuoteSpec("Installation d'un ballon thermodynamique", 2, S.DRAFT),),
    ),
    Showcase(
        Profile.GEM,
        Segment.SCI,
        "M.",
        "François",
        "Guérin",
        "SCI Les Tilleuls",
        460,
        "recommandé par un client",
        (
            QuoteSpec("Remplacement du mitigeur et du groupe de sécurité", 420, S.CANCELLED),
            QuoteSpec("Remplacement de la chaudière gaz", 32, S.ACCEPTED, J.PLANNED),
        ),
    ),
)


@dataclass(slots=True)
class ClientPlan:
    profile: Profile
    segment: Segment
    start: date
    source: str
    maintenance: bool
    second_home: bool
    key: str
    quotes: list[QuotePlan] = field(default_factory=list)
    direct_jobs: list[DirectJobPlan] = field(default_factory=list)
    showcase: Showcase | None = None
    #: position in creation order (the client's id is ``first_id + index``)
    index: int = 0
    referred_by: int | None = None
    referrals: int = 0
    maintenance_due_on: date | None = None
    #: time entries beyond the mandatory ones (see :func:`mandatory_time_entries`)
    extra_time_entries: int = 0

    @property
    def kind(self) -> ClientKind:
        return ClientKind.PERSON if self.segment == Segment.PERSON else ClientKind.COMPANY

    def jobs(self) -> list[JobPlan]:
        found = [q.job for q in self.quotes if q.job is not None]
        found.extend(d.job for d in self.direct_jobs)
        return found


def mandatory_time_entries(plan: ClientPlan) -> int:
    """One quote-preparation entry per quote and one on-site entry per started job."""
    return len(plan.quotes) + sum(1 for job in plan.jobs() if job.started)


@dataclass
class Plan:
    clients: list[ClientPlan]
    today: date


# ---- Allocation -----------------------------------------------------------------------------


def allocate(total: int, weights: Sequence[float]) -> list[int]:
    """Share ``total`` out in proportion to ``weights`` (largest remainders, exact sum)."""
    if total <= 0 or not weights:
        return [0] * len(weights)
    weight_sum = sum(weights)
    if weight_sum <= 0:
        weights = [1.0] * len(weights)
        weight_sum = float(len(weights))
    raw = [total * w / weight_sum for w in weights]
    shares = [math.floor(r) for r in raw]
    missing = total - sum(shares)
    order = sorted(range(len(raw)), key=lambda i: (shares[i] - raw[i], i))
    for i in order[:missing]:
        shares[i] += 1
    return shares


# ---- Timelines ------------------------------------------------------------------------------

_ACCEPT_DELAY = {Profile.GEM: (1, 7), Profile.VAMPIRE: (5, 28)}
_FINAL_STATUS_WEIGHTS = {
    Profile.GEM: (82, 8, 6, 4),
    Profile.ORDINARY: (55, 22, 18, 5),
    Profile.VAMPIRE: (32, 45, 13, 10),
    Profile.NEWCOMER: (50, 25, 20, 5),
}
_FINAL_STATUSES = (S.ACCEPTED, S.REFUSED, S.EXPIRED, S.CANCELLED)
_JOB_CANCEL_P = {Profile.VAMPIRE: 0.12}
_JOB_LATE_P = {Profile.GEM: 0.04, Profile.VAMPIRE: 0.35}


def _random_status(rng: random.Random, profile: Profile, age: int) -> QuoteStatus:
    if age <= 12:
        return rng.choices((S.DRAFT, S.SENT, S.CANCELLED), (35, 60, 5))[0]
    if age <= QUOTE_VALIDITY_DAYS:
        accept = 60 if profile == Profile.GEM else 40
        return rng.choices(
            (S.SENT, S.ACCEPTED, S.REFUSED, S.CANCELLED, S.DRAFT), (35, accept, 15, 5, 5)
        )[0]
    if rng.random() < 0.03:
        return S.SENT  # never answered and never marked expired: the rules must catch it
    return rng.choices(_FINAL_STATUSES, _FINAL_STATUS_WEIGHTS[profile])[0]


def _clamp(day: date, low: date, high: date) -> date:
    return max(low, min(day, high))


def build_quote(
    rng: random.Random,
    profile: Profile,
    template: int,
    issued_on: date,
    status: QuoteStatus,
    today: date,
    spec: QuoteSpec | None = None,
) -> QuotePlan:
    """The dated story of one quote (and of its job and invoices when accepted)."""
    yesterday = today - timedelta(days=1)
    valid_until = issued_on + timedelta(days=QUOTE_VALIDITY_DAYS)
    quote = QuotePlan(template, issued_on, status, valid_until)
    if status == S.DRAFT:
        return quote
    if status == S.CANCELLED and rng.random() < 0.3:
        cancel_day = _clamp(issued_on + timedelta(days=rng.randint(1, 10)), issued_on, yesterday)
        quote.cancelled_at = local_dt(cancel_day, rng.randint(8, 19), rng.choice((0, 15, 30, 45)))
        return quote
    sent_day = _clamp(issued_on + timedelta(days=rng.randint(0, 3)), issued_on, yesterday)
    # artisans write and send their quotes in the evening
    quote.sent_at = local_dt(sent_day, rng.randint(18, 21), rng.choice((5, 20, 35, 50)))
    if status == S.SENT:
        return quote
    low, high = _ACCEPT_DELAY.get(profile, (2, 20))
    answer_day = _clamp(sent_day + timedelta(days=rng.randint(low, high)), sent_day, yesterday)
    at_hour = local_dt(answer_day, rng.randint(8, 19), rng.choice((0, 10, 25, 40)))
    if status == S.ACCEPTED:
        quote.accepted_at = at_hour
        quote.job = _build_job(rng, profile, template, answer_day, today, spec)
    elif status == S.REFUSED:
        quote.refused_at = at_hour
    elif status == S.EXPIRED:
        quote.expired_at = local_dt(valid_until + timedelta(days=1), 6)
    elif status == S.CANCELLED:
        quote.cancelled_at = at_hour
    return quote


def _build_job(
    rng: random.Random,
    profile: Profile,
    template: int,
    accepted_on: date,
    today: date,
    spec: QuoteSpec | None,
) -> JobPlan:
    tpl = vocab.TEMPLATES[template]
    yesterday = today - timedelta(days=1)
    days = rng.randint(tpl.min_days, tpl.max_days)
    lead = rng.randint(5, 30) if profile == Profile.GEM else rng.randint(7, 45)
    start = workday(accepted_on + timedelta(days=lead))
    forced = spec.job if spec else None
    late = spec.late if spec else rng.random() < _JOB_LATE_P.get(profile, 0.12)
    if forced == J.PLANNED:
        start = workday(today + timedelta(days=rng.randint(4, 21)))
    elif forced == J.IN_PROGRESS:
        start = workday(today - timedelta(days=rng.randint(days + 3, days + 8) if late else 1))
        start = min(start, yesterday)
    elif forced == J.DONE and spec is not None and spec.final_draft:
        start = today - timedelta(days=days + rng.randint(3, 6))
    planned_end = add_workdays(start, days - 1)
    deadline = planned_end + timedelta(days=rng.randint(1, 5))
    actual_end = (
        deadline + timedelta(days=rng.randint(3, 20))
        if late
        else add_workdays(start, max(0, days - 1 - rng.randint(0, 1)))
    )
    if forced == J.DONE and spec is not None and spec.final_draft:
        actual_end = today - timedelta(days=rng.randint(1, 2))
        deadline = max(deadline, start)
    cancelled = (
        forced == J.CANCELLED if forced else (rng.random() < _JOB_CANCEL_P.get(profile, 0.03))
    )
    if cancelled:
        return JobPlan(J.CANCELLED, start, deadline, days, None, False)
    if forced is not None:
        status = forced
    elif start >= today:
        status = J.PLANNED
    elif actual_end < today:
        status = J.DONE
    else:
        status = J.IN_PROGRESS
    if status == J.IN_PROGRESS and late:
        deadline = max(start, today - timedelta(days=rng.randint(1, 3)))
    completed_on = max(start, min(actual_end, yesterday)) if status == J.DONE else None
    job = JobPlan(status, start, deadline, days, completed_on, late)
    job.payment = spec.payment if spec else None
    if tpl.deposit:
        deposit_day = _clamp(
            accepted_on + timedelta(days=rng.randint(0, 3)), accepted_on, yesterday
        )
        job.invoices.append(InvoicePlan(InvoiceKind.DEPOSIT, InvoiceStatus.ISSUED, deposit_day))
    if status == J.DONE:
        _add_final_invoices(
            rng, job, today, InvoiceKind.FINAL if tpl.deposit else InvoiceKind.STANDARD, spec
        )
    return job


def _add_final_invoices(
    rng: random.Random, job: JobPlan, today: date, kind: InvoiceKind, spec: QuoteSpec | None
) -> None:
    assert job.completed_on is not None
    if spec.cancelled_invoice if spec else rng.random() < 0.02:
        job.invoices.append(InvoicePlan(kind, InvoiceStatus.CANCELLED, None))
    issue_day = job.completed_on + timedelta(days=rng.randint(0, 6))
    if (spec is not None and spec.final_draft) or issue_day >= today:
        job.invoices.append(InvoicePlan(kind, InvoiceStatus.DRAFT, None))
    else:
        job.invoices.append(InvoicePlan(kind, InvoiceStatus.ISSUED, issue_day))


def _direct_job(
    rng: random.Random, template: int, day: date, today: date, maintenance: bool
) -> DirectJobPlan:
    day = workday(day)
    if day >= today:
        job = JobPlan(J.PLANNED, day, day, 1, None, False)
    else:
        job = JobPlan(J.DONE, day, day, 1, day, False)
        _add_final_invoices(rng, job, today, InvoiceKind.STANDARD, None)
    return DirectJobPlan(template, job, maintenance)


# ---- Clients --------------------------------------------------------------------------------

_QUOTE_TEMPLATES = [i for i, t in enumerate(vocab.TEMPLATES) if t.quote_weight]
_QUOTE_WEIGHTS = [vocab.TEMPLATES[i].quote_weight for i in _QUOTE_TEMPLATES]
_REPAIR_TEMPLATES = [i for i, t in enumerate(vocab.TEMPLATES) if t.repair_weight]
_REPAIR_WEIGHTS = [vocab.TEMPLATES[i].repair_weight for i in _REPAIR_TEMPLATES]
_SOURCES = [s for s, _ in vocab.SOURCES_WEIGHTED]
_SOURCE_WEIGHTS = [w for _, w in vocab.SOURCES_WEIGHTED]
_QUOTE_WEIGHT = {Profile.VAMPIRE: 1.5, Profile.GEM: 1.3, Profile.ORDINARY: 1.0}
_EXTRA_TIME_WEIGHT = {
    Profile.VAMPIRE: 4.0,
    Profile.GEM: 0.7,
    Profile.ORDINARY: 1.0,
    Profile.NEWCOMER: 0.1,
}


def _profiles(rng: random.Random, count: int) -> list[Profile]:
    vampires = round(count * 0.10)
    gems = round(count * 0.10)
    newcomers = round(count * 0.05)
    for showcase in SHOWCASE[: min(count, len(SHOWCASE))]:
        if showcase.profile == Profile.VAMPIRE:
            vampires -= 1
        elif showcase.profile == Profile.GEM:
            gems -= 1
        elif showcase.profile == Profile.NEWCOMER:
            newcomers -= 1
    rest = count - min(count, len(SHOWCASE))
    vampires, gems, newcomers = (max(0, v) for v in (vampires, gems, newcomers))
    profiles = [Profile.VAMPIRE] * vampires + [Profile.GEM] * gems + [Profile.NEWCOMER] * newcomers
    profiles = profiles[:rest]
    profiles += [Profile.ORDINARY] * (rest - len(profiles))
    rng.shuffle(profiles)
    return profiles


def _random_client(rng: random.Random, profile: Profile, today: date, key: str) -> ClientPlan:
    segment = rng.choices(
        (Segment.PERSON, Segment.BUSINESS, Segment.SCI, Segment.SYNDIC), (72, 16, 7, 5)
    )[0]
    if profile == Profile.NEWCOMER:
        start = today - timedelta(days=rng.randint(1, 25))
    else:
        # more recent clients than old ones: a growing business
        start = today - timedelta(days=int(HISTORY_DAYS * rng.random() ** 0.8) + 20)
    source = rng.choices(_SOURCES, _SOURCE_WEIGHTS)[0]
    maintenance_p = 0.35 if profile == Profile.GEM else 0.12
    return ClientPlan(
        profile=profile,
        segment=segment,
        start=start,
        source=source,
        maintenance=segment != Segment.SYNDIC and rng.random() < maintenance_p,
        second_home=segment == Segment.PERSON and rng.random() < 0.07,
        key=key,
    )


def _random_quotes(rng: random.Random, plan: ClientPlan, count: int, today: date) -> None:
    yesterday = today - timedelta(days=1)
    span = max(0, (yesterday - plan.start).days)
    days = sorted(rng.randint(0, span) for _ in range(count))
    if days:
        days[0] = min(days[0], rng.randint(0, 14), span)
        days.sort()
    for offset in days:
        issued_on = plan.start + timedelta(days=offset)
        if plan.segment == Segment.SYNDIC and rng.random() < 0.3:
            template = vocab.SYNDIC_TEMPLATE
        else:
            template = rng.choices(_QUOTE_TEMPLATES, _QUOTE_WEIGHTS)[0]
        status = _random_status(rng, plan.profile, (today - issued_on).days)
        plan.quotes.append(build_quote(rng, plan.profile, template, issued_on, status, today))


def _direct_jobs(rng: random.Random, plan: ClientPlan, today: date) -> None:
    if plan.profile == Profile.NEWCOMER:
        return
    span = max(1, (today - plan.start).days)
    repairs = {
        Profile.VAMPIRE: (1, 2, 3),
        Profile.GEM: (0, 0, 1),
        Profile.ORDINARY: (0, 0, 0, 1, 1, 2),
    }[plan.profile]
    for _ in range(rng.choice(repairs)):
        day = plan.start + timedelta(days=rng.randint(0, span - 1))
        template = rng.choices(_REPAIR_TEMPLATES, _REPAIR_WEIGHTS)[0]
        plan.direct_jobs.append(_direct_job(rng, template, day, today, maintenance=False))
    if plan.maintenance:
        visit = plan.start + timedelta(days=rng.randint(20, 80))
        forgetful = 0.3 if plan.profile == Profile.VAMPIRE else 0.1
        while visit < today + timedelta(days=20):
            if visit >= today - timedelta(days=60) and rng.random() < forgetful:
                break  # not booked: the maintenance reminder is due or overdue
            plan.direct_jobs.append(
                _direct_job(rng, vocab.MAINTENANCE_TEMPLATE, visit, today, maintenance=True)
            )
            visit += timedelta(days=365 + rng.randint(-10, 10))
        plan.maintenance_due_on = visit
        plan.direct_jobs.sort(key=lambda d: d.job.planned_start)


def _showcase_client(rng: random.Random, showcase: Showcase, today: date, key: str) -> ClientPlan:
    plan = ClientPlan(
        profile=showcase.profile,
        segment=showcase.segment,
        start=today - timedelta(days=showcase.started_days_ago),
        source=showcase.source,
        maintenance=showcase.maintenance,
        second_home=showcase.second_home,
        key=key,
        showcase=showcase,
    )
    for spec in showcase.quotes:
        template = vocab.TEMPLATE_INDEX[spec.template]
        issued_on = today - timedelta(days=spec.days_ago)
        plan.quotes.append(
            build_quote(rng, plan.profile, template, issued_on, spec.status, today, spec)
        )
    return plan


def make_plan(*, clients: int, quotes: int, time_entries: int, seed: int, today: date) -> Plan:
    """Plan ``clients`` clients sharing ``quotes`` quotes and ``time_entries`` time entries.

    Quote counts are exact when ``quotes`` is at least the showcase's own quotes;
    time entries are exact unless ``time_entries`` is below what the quotes and
    jobs need (one preparation entry per quote, one on-site entry per started job).
    """
    rng = FastRandom(f"{seed}:plan")
    showcase = SHOWCASE[: min(clients, len(SHOWCASE))]
    plans: list[ClientPlan] = []
    for n, item in enumerate(showcase):
        key = f"{seed}:s{n}"
        plans.append(_showcase_client(FastRandom(f"{key}:plan"), item, today, key))
    randoms: list[ClientPlan] = []
    for n, profile in enumerate(_profiles(rng, clients)):
        key = f"{seed}:{n}"
        randoms.append(_random_client(FastRandom(f"{key}:plan"), profile, today, key))

    # ---- how many quotes each random client gets
    remaining = max(0, quotes - sum(len(p.quotes) for p in plans))
    counts = [0] * len(randoms)
    weights = []
    for i, plan in enumerate(randoms):
        crng = FastRandom(f"{plan.key}:count")
        if plan.profile == Profile.NEWCOMER:
            counts[i] = 1 if crng.random() < 0.5 and remaining > 0 else 0
            remaining -= counts[i]
            weights.append(0.0)
        else:
            age = (today - plan.start).days / HISTORY_DAYS
            weights.append(_QUOTE_WEIGHT[plan.profile] * (0.25 + age) * crng.uniform(0.5, 1.5))
    for i, extra in enumerate(allocate(remaining, weights)):
        counts[i] += extra
    for plan, count in zip(randoms, counts, strict=True):
        prng = FastRandom(f"{plan.key}:story")
        _random_quotes(prng, plan, count, today)
        _direct_jobs(prng, plan, today)
    plans.extend(randoms)

    # ---- creation order, referrals
    plans.sort(key=lambda p: (p.start, p.key))
    gems_so_far: list[int] = []
    for index, plan in enumerate(plans):
        plan.index = index
        if plan.source == vocab.REFERRAL_SOURCE:
            rrng = FastRandom(f"{plan.key}:referral")
            if gems_so_far and rrng.random() < 0.65:
                plan.referred_by = rrng.choice(gems_so_far)
            elif index > 0:
                plan.referred_by = rrng.randrange(index)
            else:
                plan.source = "bouche à oreille"
            if plan.referred_by is not None:
                plans[plan.referred_by].referrals += 1
        if plan.profile == Profile.GEM:
            gems_so_far.append(index)

    # ---- time entries beyond the mandatory ones
    extra_total = time_entries - sum(mandatory_time_entries(p) for p in plans)
    extra_weights = []
    for plan in plans:
        trng = FastRandom(f"{plan.key}:time")
        started = sum(1 for job in plan.jobs() if job.started)
        extra_weights.append(
            _EXTRA_TIME_WEIGHT[plan.profile]
            * (0.5 + started + 0.3 * len(plan.quotes))
            * trng.uniform(0.6, 1.4)
        )
    for plan, extra in zip(plans, allocate(extra_total, extra_weights), strict=True):
        plan.extra_time_entries = extra
    return Plan(plans, today)


def assign_numbers(
    plan: Plan, last_values: dict[tuple[str, int], int]
) -> dict[tuple[str, int], int]:
    """Give gapless numbers in date order; returns the new ``last_value`` per (prefix, year)."""
    counters = dict(last_values)
    quotes = [(q.issued_on, c.index, n, q) for c in plan.clients for n, q in enumerate(c.quotes)]
    quotes.sort(key=lambda item: item[:3])
    for issued_on, _, _, quote in quotes:
        key = (QUOTE_PREFIX, issued_on.year)
        counters[key] = counters.get(key, 0) + 1
        quote.number = f"{QUOTE_PREFIX}-{issued_on.year:04d}-{counters[key]:04d}"
    invoices = []
    for client in plan.clients:
        position = 0
        for job in client.jobs():
            for invoice in job.invoices:
                position += 1
                if invoice.status == InvoiceStatus.ISSUED and invoice.issued_on is not None:
                    invoices.append((invoice.issued_on, client.index, position, invoice))
    invoices.sort(key=lambda item: item[:3])
    for issued_on, _, _, invoice in invoices:
        key = (INVOICE_PREFIX, issued_on.year)
        counters[key] = counters.get(key, 0) + 1
        invoice.number = f"{INVOICE_PREFIX}-{issued_on.year:04d}-{counters[key]:04d}"
    return {k: v for k, v in counters.items() if v != last_values.get(k)}
