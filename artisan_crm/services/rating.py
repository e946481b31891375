"""Client rating: the SQL aggregates per client, then the pure formula of ``domain.rating``.

One ``GROUP BY client_id`` query per source table (time entries, quotes, hours lost on
quotes, invoices with their payments, jobs, interactions, feedback, reminders) sums
integer cents and minutes in the database; Python only joins the per-client rows by id
and applies the formula. The same SQL runs on SQLite and PostgreSQL (the only dialect
difference is the number of days between two dates).

:func:`aggregate_sums` is the bare SQL (the benchmark's baseline);
:func:`rate_clients` the whole table; :func:`rate_client` one client; :func:`quote_guard`
the advice shown when preparing a quote for a client to watch.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Date,
    Integer,
    and_,
    case,
    cast,
    func,
    literal,
    literal_column,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from artisan_crm.domain.enums import (
    InvoiceKind,
    InvoiceStatus,
    JobStatus,
    QuoteStatus,
    ReminderKind,
    ReminderState,
    TimeKind,
)
from artisan_crm.domain.errors import NotFoundError
from artisan_crm.domain.rating import (
    CATEGORY_ORDER,
    Category,
    ClientFigures,
    GuardAdvice,
    Rating,
    RatingPeriod,
    RatingSettings,
    Reason,
    RevenueSource,
    advise,
    rate,
)
from artisan_crm.i18n import translate
from artisan_crm.services.quotes import client_display_name
from artisan_crm.storage.models import (
    Client,
    Feedback,
    Interaction,
    Invoice,
    Job,
    Payment,
    Quote,
    Reminder,
    TimeEntry,
)

# ---- Result types -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClientRating:
    """One row of the rating table."""

    client_id: int
    name: str
    figures: ClientFigures
    rating: Rating

    @property
    def score(self) -> int | None:
        return self.rating.score

    @property
    def category(self) -> Category:
        return self.rating.category

    @property
    def reasons(self) -> tuple[Reason, ...]:
        return self.rating.reasons


@dataclass(frozen=True, slots=True)
class ScatterPoint:
    client_id: int
    name: str
    hours: float
    margin: float  # euros
    category: Category
    score: int | None


@dataclass(frozen=True)
class ScatterData:
    """Hours spent (x) vs margin (y) per client; the target line is ``y = target × x``."""

    points: tuple[ScatterPoint, ...]
    target_hourly_rate: Decimal

    def target_line(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """Two points of the target line spanning the data (for a plot's ``InfiniteLine``)."""
        x_max = max((p.hours for p in self.points), default=1.0) or 1.0
        return (0.0, 0.0), (x_max, x_max * float(self.target_hourly_rate))

    def by_category(self) -> dict[Category, tuple[ScatterPoint, ...]]:
        return {
            category: tuple(p for p in self.points if p.category is category)
            for category in CATEGORY_ORDER
        }


@dataclass(frozen=True, slots=True)
class WhalePoint:
    rank: int  # 1 = most profitable
    client_id: int
    name: str
    category: Category
    #: margin minus the hours valued at the target rate, cents
    profit_cents: int
    cumulative_cents: int

    @property
    def cumulative(self) -> float:
        return self.cumulative_cents / 100


@dataclass(frozen=True)
class WhaleCurve:
    """Cumulative profit after time cost, clients from most to least profitable."""

    points: tuple[WhalePoint, ...]
    target_hourly_rate: Decimal

    @property
    def total_cents(self) -> int:
        return self.points[-1].cumulative_cents if self.points else 0

    @property
    def peak(self) -> WhalePoint | None:
        """Where the curve is highest: the clients after it cost more than they bring."""
        return max(self.points, key=lambda p: (p.cumulative_cents, -p.rank), default=None)

    @property
    def peak_cents(self) -> int:
        peak = self.peak
        return max(0, peak.cumulative_cents) if peak else 0

    def xy(self) -> tuple[list[int], list[float]]:
        """Ranks (starting at 0 with 0 €) and cumulative euros, ready for ``plot(x, y)``."""
        return [0, *(p.rank for p in self.points)], [0.0, *(p.cumulative for p in self.points)]


@dataclass(frozen=True)
class RatingTable:
    period: RatingPeriod
    start: date | None
    end: date
    settings: RatingSettings
    #: judged clients by score (best first), then the clients with not enough data
    rows: tuple[ClientRating, ...]

    def counts(self) -> dict[Category, int]:
        counts = dict.fromkeys(CATEGORY_ORDER, 0)
        for row in self.rows:
            counts[row.category] += 1
        return counts

    def only(self, categories: Iterable[Category]) -> RatingTable:
        wanted = frozenset(categories)
        return replace(self, rows=tuple(r for r in self.rows if r.category in wanted))

    def get(self, client_id: int) -> ClientRating | None:
        return next((r for r in self.rows if r.client_id == client_id), None)

    def rerated(self, settings: RatingSettings) -> RatingTable:
        """The same figures under new settings (a new target rate): no SQL."""
        rows = [replace(r, rating=rate(r.figures, settings)) for r in self.rows]
        return replace(self, settings=settings, rows=_sorted(rows))

    def scatter(self) -> ScatterData:
        return ScatterData(
            tuple(
                ScatterPoint(
                    r.client_id,
                    r.name,
                    r.figures.hours,
                    r.figures.margin_cents / 100,
                    r.category,
                    r.score,
                )
                for r in self.rows
            ),
            Decimal(self.settings.target_hourly_rate),
        )

    def whale_curve(self) -> WhaleCurve:
        target = self.settings.target_cents_per_hour
        profits = sorted(
            ((r.figures.profit_after_time_cents(target), r) for r in self.rows),
            key=lambda pr: (-pr[0], pr[1].client_id),
        )
        points = []
        running = 0
        for rank, (profit, row) in enumerate(profits, start=1):
            running += profit
            points.append(WhalePoint(rank, row.client_id, row.name, row.category, profit, running))
        return WhaleCurve(tuple(points), Decimal(self.settings.target_hourly_rate))


# ---- SQL --------------------------------------------------------------------------------------

#: the quotes a client actually received
_MADE = (QuoteStatus.SENT, QuoteStatus.ACCEPTED, QuoteStatus.REFUSED, QuoteStatus.EXPIRED)
_LOST = (QuoteStatus.REFUSED, QuoteStatus.EXPIRED)


def _cents(table: str, column: str) -> ColumnElement[int]:
    """The raw integer cents of a Money column, as ``table.column``.

    A literal column rather than the mapped one: it keeps the value an integer on the
    way out, and keeps the ``Money`` type out of the statement's cache key (``Money``
    does not declare ``cache_ok`` itself, which makes SQLAlchemy warn and skip caching).
    """
    return literal_column(f"{table}.{column}", BigInteger)


def _days(later: Any, earlier: Any, sqlite: bool) -> ColumnElement[int]:
    """Whole days from ``earlier`` to ``later`` (two DATE expressions)."""
    if sqlite:
        return cast(func.julianday(later) - func.julianday(earlier), Integer)
    return type_coerce(later - earlier, Integer)


def _in_days(column: Any, start: date | None, end: date) -> ColumnElement[bool]:
    if start is None:
        return column <= end
    return column.between(start, end)


def _in_instants(column: Any, start: date | None, end: date) -> ColumnElement[bool]:
    upper = datetime.combine(end + timedelta(days=1), time(), UTC)
    if start is None:
        return column < upper
    return and_(column >= datetime.combine(start, time(), UTC), column < upper)


def _ids(column: Any, client_ids: Sequence[int] | None) -> list[ColumnElement[bool]]:
    return [] if client_ids is None else [column.in_(list(client_ids))]


@dataclass(frozen=True)
class RawAggregates:
    """The rows of each GROUP BY query, as returned by the driver (per-client tuples)."""

    time: Sequence[Any] = ()
    quotes: Sequence[Any] = ()
    lost: Sequence[Any] = ()
    invoices: Sequence[Any] = ()
    jobs: Sequence[Any] = ()
    interactions: Sequence[Any] = ()
    feedback: Sequence[Any] = ()
    reminders: Sequence[Any] = ()


def aggregate_sums(
    session: Session,
    start: date | None,
    end: date,
    client_ids: Sequence[int] | None = None,
) -> RawAggregates:
    """The raw per-client SQL sums over ``[start, end]`` (``start`` None = all history)."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    today = literal(end, Date())
    te, q = TimeEntry, Quote

    time_rows = session.execute(
        select(
            te.client_id,
            func.sum(te.minutes),
            func.sum(case((te.billable, 0), else_=te.minutes)),
        )
        .where(_in_days(te.work_date, start, end), *_ids(te.client_id, client_ids))
        .group_by(te.client_id)
    ).all()

    accepted = q.status == QuoteStatus.ACCEPTED
    quote_rows = session.execute(
        select(
            q.client_id,
            func.sum(case((q.status.in_(_MADE), 1), else_=0)),
            func.sum(case((accepted, 1), else_=0)),
            func.sum(case((q.status == QuoteStatus.REFUSED, 1), else_=0)),
            func.sum(case((q.status == QuoteStatus.EXPIRED, 1), else_=0)),
            func.sum(case((accepted, _cents("quote", "total_excl_vat")), else_=0)),
            func.sum(case((accepted, _cents("quote", "material_cost")), else_=0)),
        )
        .where(_in_days(q.issued_on, start, end), *_ids(q.client_id, client_ids))
        .group_by(q.client_id)
    ).all()

    lost_rows = session.execute(
        select(q.client_id, func.sum(te.minutes))
        .select_from(te)
        .join(q, q.id == te.quote_id)
        .where(
            q.status.in_(_LOST),
            te.kind == TimeKind.QUOTE_PREPARATION,
            _in_days(q.issued_on, start, end),
            *_ids(q.client_id, client_ids),
        )
        .group_by(q.client_id)
    ).all()

    inv = Invoice
    owed_inv = aliased(Invoice, name="owed_invoice")
    owed_filter = (
        owed_inv.status == InvoiceStatus.ISSUED,
        owed_inv.kind != InvoiceKind.CREDIT_NOTE,
        owed_inv.due_on.is_not(None),
        _in_days(owed_inv.issued_on, start, end),
        *_ids(owed_inv.client_id, client_ids),
    )
    paid = (
        select(
            Payment.invoice_id.label("invoice_id"),
            func.sum(_cents("payment", "amount")).label("paid"),
            func.sum(
                case(
                    (
                        Payment.paid_on > owed_inv.due_on,
                        _cents("payment", "amount")
                        * _days(Payment.paid_on, owed_inv.due_on, sqlite),
                    ),
                    else_=0,
                )
            ).label("late"),
        )
        .join(owed_inv, owed_inv.id == Payment.invoice_id)
        .where(*owed_filter)
        .group_by(Payment.invoice_id)
        .subquery()
    )
    credit = inv.kind == InvoiceKind.CREDIT_NOTE
    owed = and_(
        inv.status == InvoiceStatus.ISSUED, ~credit, inv.due_on.is_not(None), inv.due_on <= end
    )
    remaining = _cents("invoice", "total_incl_vat") - func.coalesce(paid.c.paid, 0)
    invoice_rows = session.execute(
        select(
            inv.client_id,
            func.sum(
                case(
                    (credit, -func.abs(_cents("invoice", "total_excl_vat"))),
                    else_=_cents("invoice", "total_excl_vat"),
                )
            ),
            func.sum(case((credit, 0), else_=1)),
            func.sum(case((owed, _cents("invoice", "total_incl_vat")), else_=0)),
            func.sum(
                case(
                    (
                        and_(owed, inv.due_on < end, remaining > 0),
                        remaining * _days(today, inv.due_on, sqlite),
                    ),
                    else_=0,
                )
            ),
            func.sum(func.coalesce(paid.c.late, 0)),
        )
        .outerjoin(paid, paid.c.invoice_id == inv.id)
        .where(
            inv.status != InvoiceStatus.DRAFT,
            _in_days(inv.issued_on, start, end),
            *_ids(inv.client_id, client_ids),
        )
        .group_by(inv.client_id)
    ).all()

    job_quote = aliased(Quote, name="job_quote")
    job_day = func.coalesce(Job.completed_on, Job.planned_start, Job.deadline)
    job_material = _cents("job", "material_cost")
    job_rows = session.execute(
        select(
            Job.client_id,
            func.count(),
            func.sum(
                case(
                    (job_material > 0, job_material),
                    else_=func.coalesce(_cents("job_quote", "material_cost"), 0),
                )
            ),
        )
        .outerjoin(job_quote, job_quote.id == Job.quote_id)
        .where(
            Job.status != JobStatus.CANCELLED,
            or_(
                and_(job_day.is_not(None), _in_days(job_day, start, end)),
                and_(job_day.is_(None), _in_instants(Job.created_at, start, end)),
            ),
            *_ids(Job.client_id, client_ids),
        )
        .group_by(Job.client_id)
    ).all()

    it = Interaction
    interaction_rows = session.execute(
        select(
            it.client_id,
            func.sum(case((it.is_complaint, 1), else_=0)),
            func.sum(case((it.is_discount_request, 1), else_=0)),
            func.sum(case((it.is_change_request, 1), else_=0)),
        )
        .where(
            _in_instants(it.occurred_at, start, end),
            or_(it.is_complaint, it.is_discount_request, it.is_change_request),
            *_ids(it.client_id, client_ids),
        )
        .group_by(it.client_id)
    ).all()

    feedback_rows = session.execute(
        select(
            Feedback.client_id,
            func.count(),
            func.sum(case((Feedback.led_to_improvement, 1), else_=0)),
        )
        .where(_in_days(Feedback.received_on, start, end), *_ids(Feedback.client_id, client_ids))
        .group_by(Feedback.client_id)
    ).all()

    reminder_inv = aliased(Invoice)
    reminder_client = func.coalesce(Reminder.client_id, reminder_inv.client_id)
    reminder_rows = session.execute(
        select(reminder_client, func.count())
        .select_from(Reminder)
        .outerjoin(reminder_inv, reminder_inv.id == Reminder.invoice_id)
        .where(
            Reminder.kind == ReminderKind.INVOICE_OVERDUE,
            _in_instants(Reminder.due_at, start, end),
            # a reminder dismissed before it fell due (invoice paid in time) was not needed
            or_(
                Reminder.state != ReminderState.DISMISSED,
                Reminder.closed_at.is_(None),
                Reminder.closed_at >= Reminder.due_at,
            ),
            *_ids(reminder_client, client_ids),
        )
        .group_by(reminder_client)
    ).all()

    return RawAggregates(
        time=time_rows,
        quotes=quote_rows,
        lost=lost_rows,
        invoices=invoice_rows,
        jobs=job_rows,
        interactions=interaction_rows,
        feedback=feedback_rows,
        reminders=reminder_rows,
    )


# ---- From sums to figures ---------------------------------------------------------------------


def figures_from_sums(raw: RawAggregates) -> dict[int, ClientFigures]:
    """Join the per-table rows by client id into :class:`ClientFigures`."""
    time_by = {r[0]: r for r in raw.time}
    quotes_by = {r[0]: r for r in raw.quotes}
    lost_by = {r[0]: r[1] for r in raw.lost}
    invoices_by = {r[0]: r for r in raw.invoices}
    jobs_by = {r[0]: r for r in raw.jobs}
    interactions_by = {r[0]: r for r in raw.interactions}
    feedback_by = {r[0]: r for r in raw.feedback}
    reminders_by = {r[0]: r[1] for r in raw.reminders}
    ids = (
        time_by.keys()
        | quotes_by.keys()
        | lost_by.keys()
        | invoices_by.keys()
        | jobs_by.keys()
        | interactions_by.keys()
        | feedback_by.keys()
        | reminders_by.keys()
    )
    ids.discard(None)
    result = {}
    for cid in ids:
        _, minutes, unbilled = time_by.get(cid) or (cid, 0, 0)
        _, made, accepted, refused, expired, quote_revenue, quote_material = quotes_by.get(cid) or (
            cid,
            0,
            0,
            0,
            0,
            0,
            0,
        )
        _, invoice_revenue, invoices, due, unpaid_late, paid_late = invoices_by.get(cid) or (
            cid,
            0,
            0,
            0,
            0,
            0,
        )
        job_material = (jobs_by.get(cid) or (cid, 0, 0))[2]
        _, complaints, discounts, changes = interactions_by.get(cid) or (cid, 0, 0, 0)
        _, feedbacks, improvements = feedback_by.get(cid) or (cid, 0, 0)
        invoices = int(invoices or 0)
        accepted = int(accepted or 0)
        # Material follows the revenue: the jobs' material for invoiced work, the
        # accepted quotes' estimate when the accepted quotes stand for the revenue.
        if invoices > 0:
            source, revenue, material = RevenueSource.INVOICES, invoice_revenue, job_material
        elif accepted > 0:
            source, revenue, material = RevenueSource.ACCEPTED_QUOTES, quote_revenue, quote_material
        else:
            # only credit notes (cancelling an invoice of an earlier period), or jobs
            source, revenue, material = RevenueSource.NONE, invoice_revenue, job_material
        result[cid] = ClientFigures(
            cid,
            int(revenue or 0),
            source,
            int(material or 0),
            int(minutes or 0),
            int(unbilled or 0),
            int(made or 0),
            accepted,
            int(refused or 0),
            int(expired or 0),
            int(lost_by.get(cid) or 0),
            invoices,
            int(due or 0),
            int(unpaid_late or 0) + int(paid_late or 0),
            int(reminders_by.get(cid) or 0),
            int(complaints or 0),
            int(discounts or 0),
            int(changes or 0),
            int(feedbacks or 0),
            int(improvements or 0),
        )
    return result


def _names(
    session: Session, client_ids: Sequence[int] | None, include_archived: bool
) -> dict[int, str]:
    stmt = select(Client.id, Client.kind, Client.first_name, Client.last_name, Client.company_name)
    if client_ids is not None:
        stmt = stmt.where(Client.id.in_(list(client_ids)))
    if not include_archived:
        stmt = stmt.where(Client.archived.is_(False))
    return {
        cid: client_display_name(kind, first, last, company, cid)
        for cid, kind, first, last, company in session.execute(stmt)
    }


def _sorted(rows: Iterable[ClientRating]) -> tuple[ClientRating, ...]:
    return tuple(
        sorted(
            rows,
            key=lambda r: (
                r.rating.score is None,
                -(r.rating.score or 0),
                -r.figures.minutes,
                r.name.casefold(),
                r.client_id,
            ),
        )
    )


def _resolve(
    period: RatingPeriod | str | None, settings: RatingSettings, today: date | None
) -> tuple[RatingPeriod, date | None, date]:
    if period is None:
        period = RatingPeriod.last_months(settings.period_months)
    elif isinstance(period, str):
        period = RatingPeriod.parse(period)
    end = today or date.today()
    return period, period.start(end), end


# ---- Public API -------------------------------------------------------------------------------


def rate_clients(
    session: Session,
    period: RatingPeriod | str | None = None,
    settings: RatingSettings | None = None,
    today: date | None = None,
    *,
    include_archived: bool = False,
) -> RatingTable:
    """Every client with some activity in the period, rated; best first."""
    settings = settings or RatingSettings()
    period, start, end = _resolve(period, settings, today)
    figures = figures_from_sums(aggregate_sums(session, start, end))
    names = _names(session, None, include_archived)
    rows = [
        ClientRating(cid, names[cid], fig, rate(fig, settings))
        for cid, fig in figures.items()
        if cid in names
    ]
    return RatingTable(period, start, end, settings, _sorted(rows))


def rate_client(
    session: Session,
    client_id: int,
    period: RatingPeriod | str | None = None,
    settings: RatingSettings | None = None,
    today: date | None = None,
) -> ClientRating:
    """One client's rating (a client without activity is "pas assez de données")."""
    settings = settings or RatingSettings()
    _period, start, end = _resolve(period, settings, today)
    names = _names(session, [client_id], include_archived=True)
    if client_id not in names:
        raise NotFoundError(
            translate("Rating", "Client no. {id} does not exist.").format(id=client_id)
        )
    figures = figures_from_sums(aggregate_sums(session, start, end, [client_id])).get(
        client_id, ClientFigures(client_id)
    )
    return ClientRating(client_id, names[client_id], figures, rate(figures, settings))


def quote_guard(
    session: Session,
    client_id: int,
    settings: RatingSettings | None = None,
    *,
    period: RatingPeriod | str | None = None,
    today: date | None = None,
) -> GuardAdvice | None:
    """Advice before quoting a client rated À surveiller or Vampire; None otherwise.

    Nothing is blocked: the quote form shows the reasons and suggestions (larger deposit,
    price the real time, shorter validity, decline politely) and may pre-fill the deposit
    and validity it suggests.
    """
    settings = settings or RatingSettings()
    row = rate_client(session, client_id, period, settings, today)
    return advise(row.figures, row.rating, settings, client_name=row.name)
