"""Client rating on SQLite and PostgreSQL: the SQL sums equal a naive Python computation."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

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
    Category,
    ClientFigures,
    RatingPeriod,
    RatingSettings,
    RevenueSource,
)
from artisan_crm.services import rating as svc
from artisan_crm.storage import models as m
from artisan_crm.storage.database import Database

TODAY = date(2026, 3, 15)


def _day(rng: random.Random, back: int = 1200, ahead: int = 0) -> date:
    return TODAY + timedelta(days=rng.randint(-back, ahead))


def _instant(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randint(0, 23), rng.randint(0, 59)), UTC)


def _cents(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low, high)) / 100


def populate(db: Database, clients: int = 36, seed: int = 7) -> None:
    """A realistic mixed history: every edge the aggregates must get right."""
    rng = random.Random(seed)
    with db.write() as s:
        ids = []
        for i in range(clients):
            c = m.Client(first_name=f"Prénom{i}", last_name=f"Nom{i}", archived=(i == 5))
            s.add(c)
            s.flush()
            ids.append(c.id)
        number = 0
        for cid in ids:
            profile = rng.random()
            if profile < 0.1:
                continue  # a client with nothing at all
            quotes = []
            for _ in range(rng.randint(0, 6)):
                number += 1
                issued = _day(rng)
                status = rng.choice(list(QuoteStatus))
                q = m.Quote(
                    number=f"DEV-T-{number}",
                    client_id=cid,
                    status=status,
                    issued_on=issued,
                    total_excl_vat=_cents(rng, 20_000, 2_000_000),
                    material_cost=_cents(rng, 0, 500_000),
                )
                s.add(q)
                quotes.append(q)
            s.flush()
            for _ in range(rng.randint(0, 25)):
                q = rng.choice(quotes) if quotes and rng.random() < 0.3 else None
                kind = (
                    TimeKind.QUOTE_PREPARATION
                    if q and rng.random() < 0.7
                    else rng.choice(list(TimeKind))
                )
                s.add(
                    m.TimeEntry(
                        client_id=cid,
                        quote_id=q.id if q else None,
                        work_date=_day(rng, ahead=20),
                        minutes=rng.randint(5, 600),
                        kind=kind,
                        billable=rng.random() < 0.6,
                    )
                )
            jobs = []
            for q in quotes:
                if q.status == QuoteStatus.ACCEPTED and rng.random() < 0.8:
                    start = q.issued_on + timedelta(days=rng.randint(5, 60))
                    job = m.Job(
                        client_id=cid,
                        quote_id=q.id,
                        status=rng.choice(list(JobStatus)),
                        planned_start=start if rng.random() < 0.8 else None,
                        completed_on=start + timedelta(days=5) if rng.random() < 0.5 else None,
                        material_cost=_cents(rng, 0, 400_000) if rng.random() < 0.6 else Decimal(0),
                    )
                    s.add(job)
                    jobs.append(job)
            if rng.random() < 0.3:
                s.add(
                    m.Job(
                        client_id=cid,
                        status=JobStatus.PLANNED,
                        material_cost=_cents(rng, 0, 90_000),
                    )
                )
            s.flush()
            for _ in range(rng.randint(0, 5)):
                number += 1
                issued = _day(rng)
                kind = rng.choice([InvoiceKind.STANDARD, InvoiceKind.DEPOSIT, InvoiceKind.FINAL])
                status = rng.choices(list(InvoiceStatus), weights=[1, 6, 1])[0]
                excl = _cents(rng, 10_000, 1_500_000)
                inv = m.Invoice(
                    number=None if status == InvoiceStatus.DRAFT else f"FAC-T-{number}",
                    client_id=cid,
                    kind=kind,
                    status=status,
                    issued_on=None if status == InvoiceStatus.DRAFT else issued,
                    due_on=None if status == InvoiceStatus.DRAFT else issued + timedelta(days=30),
                    total_excl_vat=excl,
                    total_incl_vat=excl * Decimal("1.2"),
                    job_id=rng.choice(jobs).id if jobs and rng.random() < 0.5 else None,
                )
                s.add(inv)
                s.flush()
                if status == InvoiceStatus.CANCELLED:
                    number += 1
                    s.add(
                        m.Invoice(
                            number=f"FAC-T-{number}",
                            client_id=cid,
                            kind=InvoiceKind.CREDIT_NOTE,
                            status=InvoiceStatus.ISSUED,
                            credit_note_for_id=inv.id,
                            issued_on=issued + timedelta(days=rng.randint(0, 90)),
                            due_on=issued + timedelta(days=10),
                            total_excl_vat=-excl,
                            total_incl_vat=-excl * Decimal("1.2"),
                        )
                    )
                if status != InvoiceStatus.DRAFT:
                    left = inv.total_incl_vat
                    for _ in range(rng.choice([0, 1, 1, 2])):
                        part = left if rng.random() < 0.6 else (left / 2).quantize(Decimal("0.01"))
                        if part <= 0:
                            break
                        s.add(
                            m.Payment(
                                invoice_id=inv.id,
                                paid_on=inv.due_on + timedelta(days=rng.randint(-25, 90)),
                                amount=part,
                            )
                        )
                        left -= part
                    for k in range(rng.randint(0, 3)):
                        state = rng.choice(list(ReminderState))
                        due_at = _instant(inv.due_on + timedelta(days=7 * (k + 1)), rng)
                        closed = None
                        if state in (ReminderState.DONE, ReminderState.DISMISSED):
                            closed = due_at + timedelta(hours=rng.randint(-200, 200))
                        s.add(
                            m.Reminder(
                                kind=ReminderKind.INVOICE_OVERDUE,
                                due_at=due_at,
                                state=state,
                                closed_at=closed,
                                client_id=cid if rng.random() < 0.7 else None,
                                invoice_id=inv.id,
                                rule_key=f"invoice:{inv.id}:overdue:{k}",
                            )
                        )
            s.add(
                m.Reminder(
                    kind=ReminderKind.QUOTE_FOLLOWUP,
                    due_at=_instant(_day(rng), rng),
                    client_id=cid,
                )
            )
            for _ in range(rng.randint(0, 8)):
                s.add(
                    m.Interaction(
                        client_id=cid,
                        occurred_at=_instant(_day(rng, ahead=3), rng),
                        channel="call",
                        is_complaint=rng.random() < 0.2,
                        is_discount_request=rng.random() < 0.2,
                        is_change_request=rng.random() < 0.2,
                    )
                )
            for _ in range(rng.randint(0, 3)):
                s.add(
                    m.Feedback(
                        client_id=cid,
                        received_on=_day(rng),
                        led_to_improvement=rng.random() < 0.5,
                    )
                )


# ---- The naive computation: load every row, loop in Python -----------------------------------


@dataclass
class _Acc:
    minutes: int = 0
    unbilled: int = 0
    made: int = 0
    accepted: int = 0
    refused: int = 0
    expired: int = 0
    quote_revenue: int = 0
    quote_material: int = 0
    lost: int = 0
    invoice_revenue: int = 0
    invoices: int = 0
    due: int = 0
    late: int = 0
    jobs: int = 0
    job_material: int = 0
    reminders: int = 0
    complaints: int = 0
    discounts: int = 0
    changes: int = 0
    feedbacks: int = 0
    improvements: int = 0
    touched: bool = False


def _c(amount: Decimal) -> int:
    return int(amount * 100)


def naive_figures(db: Database, start: date | None, end: date) -> dict[int, ClientFigures]:
    def in_days(d: date | None) -> bool:
        return d is not None and (start is None or d >= start) and d <= end

    def in_instants(t: datetime) -> bool:
        return in_days(t.astimezone(UTC).date())

    acc: dict[int, _Acc] = defaultdict(_Acc)
    with db.read() as s:
        quotes = {q.id: q for q in s.scalars(select(m.Quote))}
        invoices = {i.id: i for i in s.scalars(select(m.Invoice))}
        payments = list(s.scalars(select(m.Payment)))
        for te in s.scalars(select(m.TimeEntry)):
            if in_days(te.work_date):
                a = acc[te.client_id]
                a.touched = True
                a.minutes += te.minutes
                a.unbilled += 0 if te.billable else te.minutes
            q = quotes.get(te.quote_id) if te.quote_id else None
            if (
                q is not None
                and te.kind == TimeKind.QUOTE_PREPARATION
                and q.status in (QuoteStatus.REFUSED, QuoteStatus.EXPIRED)
                and in_days(q.issued_on)
            ):
                acc[q.client_id].lost += te.minutes
                acc[q.client_id].touched = True
        for q in quotes.values():
            if not in_days(q.issued_on):
                continue
            a = acc[q.client_id]
            a.touched = True
            a.made += q.status in (
                QuoteStatus.SENT,
                QuoteStatus.ACCEPTED,
                QuoteStatus.REFUSED,
                QuoteStatus.EXPIRED,
            )
            if q.status == QuoteStatus.ACCEPTED:
                a.accepted += 1
                a.quote_revenue += _c(q.total_excl_vat)
                a.quote_material += _c(q.material_cost)
            a.refused += q.status == QuoteStatus.REFUSED
            a.expired += q.status == QuoteStatus.EXPIRED
        paid_by_invoice: dict[int, int] = defaultdict(int)
        late_by_invoice: dict[int, int] = defaultdict(int)
        for p in payments:
            paid_by_invoice[p.invoice_id] += _c(p.amount)
            due_on = invoices[p.invoice_id].due_on
            if due_on is not None and p.paid_on > due_on:
                late_by_invoice[p.invoice_id] += _c(p.amount) * (p.paid_on - due_on).days
        for inv in invoices.values():
            if inv.status == InvoiceStatus.DRAFT or not in_days(inv.issued_on):
                continue
            a = acc[inv.client_id]
            a.touched = True
            credit = inv.kind == InvoiceKind.CREDIT_NOTE
            a.invoice_revenue += -abs(_c(inv.total_excl_vat)) if credit else _c(inv.total_excl_vat)
            if credit:
                continue
            a.invoices += 1
            if inv.status != InvoiceStatus.ISSUED or inv.due_on is None:
                continue
            a.late += late_by_invoice[inv.id]
            if inv.due_on <= end:
                a.due += _c(inv.total_incl_vat)
                remaining = _c(inv.total_incl_vat) - paid_by_invoice[inv.id]
                if inv.due_on < end and remaining > 0:
                    a.late += remaining * (end - inv.due_on).days
        for job in s.scalars(select(m.Job)):
            if job.status == JobStatus.CANCELLED:
                continue
            day = job.completed_on or job.planned_start or job.deadline
            if not (in_days(day) if day is not None else in_instants(job.created_at)):
                continue
            a = acc[job.client_id]
            a.touched = True
            a.jobs += 1
            own = _c(job.material_cost)
            quote = quotes.get(job.quote_id) if job.quote_id else None
            a.job_material += own if own > 0 else (_c(quote.material_cost) if quote else 0)
        for r in s.scalars(select(m.Reminder)):
            if r.kind != ReminderKind.INVOICE_OVERDUE or not in_instants(r.due_at):
                continue
            if r.state == ReminderState.DISMISSED and r.closed_at and r.closed_at < r.due_at:
                continue
            cid = r.client_id or (invoices[r.invoice_id].client_id if r.invoice_id else None)
            acc[cid].reminders += 1
            acc[cid].touched = True
        for it in s.scalars(select(m.Interaction)):
            flagged = it.is_complaint or it.is_discount_request or it.is_change_request
            if flagged and in_instants(it.occurred_at):
                a = acc[it.client_id]
                a.touched = True
                a.complaints += it.is_complaint
                a.discounts += it.is_discount_request
                a.changes += it.is_change_request
        for fb in s.scalars(select(m.Feedback)):
            if in_days(fb.received_on):
                a = acc[fb.client_id]
                a.touched = True
                a.feedbacks += 1
                a.improvements += fb.led_to_improvement

    result = {}
    for cid, a in acc.items():
        if not a.touched:
            continue
        if a.invoices:
            revenue, source, material = a.invoice_revenue, RevenueSource.INVOICES, a.job_material
        elif a.accepted:
            revenue, source = a.quote_revenue, RevenueSource.ACCEPTED_QUOTES
            material = a.quote_material
        else:
            revenue, source, material = a.invoice_revenue, RevenueSource.NONE, a.job_material
        result[cid] = ClientFigures(
            client_id=cid,
            revenue_cents=revenue,
            revenue_source=source,
            material_cost_cents=material,
            minutes=a.minutes,
            unbilled_minutes=a.unbilled,
            quotes_made=a.made,
            quotes_accepted=a.accepted,
            quotes_refused=a.refused,
            quotes_expired=a.expired,
            lost_quote_minutes=a.lost,
            invoices=a.invoices,
            due_cents=a.due,
            late_cents_days=a.late,
            overdue_reminders=a.reminders,
            complaints=a.complaints,
            discount_requests=a.discounts,
            change_requests=a.changes,
            feedbacks=a.feedbacks,
            improvements=a.improvements,
        )
    return result


# ---- Tests ------------------------------------------------------------------------------------


@pytest.mark.parametrize("period", ["24m", "12m", "year", "all"])
def test_sql_aggregates_equal_naive_python(db: Database, period: str) -> None:
    populate(db)
    start = RatingPeriod.parse(period).start(TODAY)
    expected = naive_figures(db, start, TODAY)
    with db.read() as s:
        got = svc.figures_from_sums(svc.aggregate_sums(s, start, TODAY))
    assert len(expected) > 10
    assert got.keys() == expected.keys()
    for cid in expected:
        assert got[cid] == expected[cid], cid
    # the data set exercises every figure
    for name in ("lost_quote_minutes", "late_cents_days", "overdue_reminders", "improvements"):
        assert any(getattr(f, name) for f in expected.values()), name


def test_table_rates_every_active_client(db: Database) -> None:
    populate(db)
    expected = naive_figures(db, RatingPeriod.parse("24m").start(TODAY), TODAY)
    with db.read() as s:
        table = svc.rate_clients(s, "24m", RatingSettings(), TODAY)
        archived = s.scalar(select(m.Client.id).where(m.Client.archived.is_(True)))
    assert {r.client_id for r in table.rows} == set(expected) - {archived}
    scores = [r.score for r in table.rows if r.score is not None]
    assert scores == sorted(scores, reverse=True)
    assert all(r.score is None for r in table.rows[len(scores) :])
    assert sum(table.counts().values()) == len(table.rows)
    one = table.rows[0]
    with db.read() as s:
        alone = svc.rate_client(s, one.client_id, "24m", RatingSettings(), TODAY)
    assert alone == one
    # pictures
    scatter = table.scatter()
    assert len(scatter.points) == len(table.rows)
    whale = table.whale_curve()
    profits = [p.profit_cents for p in whale.points]
    assert profits == sorted(profits, reverse=True)
    assert whale.total_cents == sum(profits)
    assert whale.peak is not None and whale.peak_cents >= whale.total_cents
    xs, ys = whale.xy()
    assert xs[0] == 0 and ys[0] == 0.0 and len(xs) == len(whale.points) + 1


def _client(s, name: str) -> int:  # type: ignore[no-untyped-def]
    c = m.Client(last_name=name)
    s.add(c)
    s.flush()
    return c.id


def test_vampire_guard_and_target_rate(db: Database) -> None:
    with db.write() as s:
        vampire = _client(s, "Vampire")
        newcomer = _client(s, "Nouveau")
        good = _client(s, "Fidèle")
        for n, status in enumerate([QuoteStatus.REFUSED] * 3 + [QuoteStatus.ACCEPTED]):
            q = m.Quote(
                number=f"DEV-V-{n}",
                client_id=vampire,
                status=status,
                issued_on=TODAY - timedelta(days=200 + n),
                total_excl_vat=Decimal("2000"),
                material_cost=Decimal("500"),
            )
            s.add(q)
            s.flush()
            s.add(
                m.TimeEntry(
                    client_id=vampire,
                    quote_id=q.id,
                    work_date=q.issued_on,
                    minutes=220,
                    kind=TimeKind.QUOTE_PREPARATION,
                    billable=False,
                )
            )
        s.add(
            m.TimeEntry(
                client_id=vampire,
                work_date=TODAY - timedelta(days=150),
                minutes=40 * 60,
                kind=TimeKind.ON_SITE,
            )
        )
        s.add(
            m.Invoice(
                number="FAC-V-1",
                client_id=vampire,
                status=InvoiceStatus.ISSUED,
                issued_on=TODAY - timedelta(days=120),
                due_on=TODAY - timedelta(days=90),
                total_excl_vat=Decimal("2000"),
                total_incl_vat=Decimal("2400"),
            )
        )
        s.add(
            m.TimeEntry(
                client_id=vampire,
                work_date=TODAY - timedelta(days=30),
                minutes=25 * 60,
                kind=TimeKind.PAYMENT_CHASING,
                billable=False,
            )
        )
        for n in range(3):
            s.add(
                m.Interaction(
                    client_id=vampire,
                    occurred_at=datetime(2025, 10, 1 + n, 9, tzinfo=UTC),
                    channel="call",
                    is_discount_request=True,
                )
            )
        s.add(m.TimeEntry(client_id=newcomer, work_date=TODAY, minutes=45, kind=TimeKind.PHONE))
        s.add(
            m.Quote(
                number="DEV-G-1",
                client_id=good,
                status=QuoteStatus.ACCEPTED,
                issued_on=TODAY - timedelta(days=30),
                total_excl_vat=Decimal("4000"),
                material_cost=Decimal("1000"),
            )
        )
        s.add(
            m.TimeEntry(
                client_id=good,
                work_date=TODAY - timedelta(days=20),
                minutes=50 * 60,
                kind="on_site",
            )
        )
    settings = RatingSettings()
    with db.read() as s:
        row = svc.rate_client(s, vampire, None, settings, TODAY)
        assert row.category is Category.VAMPIRE
        assert "paie en moyenne 90 jours en retard" in [r.text for r in row.reasons]
        assert "3 devis refusés : 11 h de préparation perdues" in [r.text for r in row.reasons]
        advice = svc.quote_guard(s, vampire, settings, today=TODAY)
        assert advice is not None and advice.client_name == "Vampire"
        assert advice.suggested_deposit_percent == Decimal("50")
        assert svc.quote_guard(s, newcomer, settings, today=TODAY) is None
        assert svc.rate_client(s, newcomer, None, settings, TODAY).category is (
            Category.NOT_ENOUGH_DATA
        )
        # 3000 € margin / 50 h = 60 €/h: a gem at 45 €/h, not at 80 €/h
        assert svc.rate_client(s, good, None, settings, TODAY).category is Category.GEM
        dearer = settings.with_target(Decimal("80"))
        assert svc.rate_client(s, good, None, dearer, TODAY).category is not Category.GEM
        table = svc.rate_clients(s, None, settings, TODAY)
        assert table.rerated(dearer).get(good) == svc.rate_client(s, good, None, dearer, TODAY)
        with pytest.raises(NotFoundError):
            svc.rate_client(s, 999_999, None, settings, TODAY)


def _demo_available() -> bool:
    return (Path(__file__).parents[2] / "artisan_crm" / "demo" / "__init__.py").exists()


@pytest.mark.skipif(not _demo_available(), reason="the demo generator is not there yet")
def test_demo_vampires_and_gems(db: Database) -> None:
    from artisan_crm.demo import generate_demo

    summary = generate_demo(db, clients=60, seed=42)
    with db.read() as s:
        table = svc.rate_clients(s, None, RatingSettings())
    by_id = {r.client_id: r for r in table.rows}
    assert summary.vampire_client_ids and summary.gem_client_ids
    for cid in summary.vampire_client_ids:
        assert by_id[cid].category in (Category.VAMPIRE, Category.WATCH), by_id[cid]
    for cid in summary.gem_client_ids:
        assert by_id[cid].category in (Category.GEM, Category.GOOD), by_id[cid]
