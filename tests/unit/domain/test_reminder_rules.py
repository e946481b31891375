"""Reminder rules: pure functions, tested with a clock (no Qt, no database)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from artisan_crm.domain.enums import (
    InvoiceKind,
    InvoiceStatus,
    JobStatus,
    QuoteStatus,
    ReminderKind,
)
from artisan_crm.domain.reminder_rules import (
    AppointmentFact,
    ExistingReminder,
    Facts,
    InvoiceFact,
    JobFact,
    MaintenanceFact,
    QuoteFact,
    RuleSettings,
    add_months,
    local_moment,
    maintenance_occurrences,
    reconcile,
    wanted_reminders,
)

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def at8(day: date) -> datetime:
    return datetime.combine(day, time(8, 0), PARIS).astimezone(UTC)


def quote(status: QuoteStatus = QuoteStatus.SENT, **kw: object) -> QuoteFact:
    base = dict(
        id=42, client_id=1, client_name="Jean Dupont", number="DEV-2026-0042", status=status,
        sent_at=datetime(2026, 3, 2, 10, 0, tzinfo=UTC), valid_until=date(2026, 4, 1),
    )  # fmt: skip
    base.update(kw)
    return QuoteFact(**base)  # type: ignore[arg-type]


def job(status: JobStatus = JobStatus.IN_PROGRESS, **kw: object) -> JobFact:
    base = dict(
        id=7, client_id=1, client_name="Jean Dupont", title="Salle de bain", status=status,
        deadline=date(2026, 3, 20), completed_on=None,
    )  # fmt: skip
    base.update(kw)
    return JobFact(**base)  # type: ignore[arg-type]


def invoice(paid: str = "0", status: InvoiceStatus = InvoiceStatus.ISSUED) -> InvoiceFact:
    return InvoiceFact(
        9, 1, "Jean Dupont", "FAC-2026-0009", status, InvoiceKind.STANDARD, date(2026, 3, 1),
        Decimal("1200.00"), Decimal(paid),
    )  # fmt: skip


def keys(facts: Facts, now: datetime = NOW, s: RuleSettings | None = None) -> dict[str, datetime]:
    return {k: w.due_at for k, w in wanted_reminders(facts, now, s).items()}


# ---- Each rule ------------------------------------------------------------------------------


def test_sent_quote_gets_two_followups_and_a_last_call() -> None:
    got = wanted_reminders(Facts(quotes=(quote(),)), NOW)
    assert {k: w.due_at for k, w in got.items()} == {
        "quote:42:followup:1": at8(date(2026, 3, 9)),
        "quote:42:followup:2": at8(date(2026, 3, 16)),
        "quote:42:last_call": at8(date(2026, 3, 29)),  # DST day in Paris: 08:00 CEST
    }
    assert all(w.kind == ReminderKind.QUOTE_FOLLOWUP and w.quote_id == 42 for w in got.values())
    assert "un oui puis plus rien n'est pas un non" in got["quote:42:last_call"].title
    assert "DEV-2026-0042" in got["quote:42:followup:1"].title


@pytest.mark.parametrize(
    "status", [QuoteStatus.ACCEPTED, QuoteStatus.REFUSED, QuoteStatus.DRAFT, QuoteStatus.EXPIRED]
)
def test_answered_or_unsent_quote_wants_nothing(status: QuoteStatus) -> None:
    assert keys(Facts(quotes=(quote(status),))) == {}


def test_followups_after_the_last_call_are_dropped() -> None:
    short = quote(valid_until=date(2026, 3, 12))  # last call on the 9th
    assert set(keys(Facts(quotes=(short,)))) == {"quote:42:last_call"}
    no_expiry = quote(valid_until=None)
    assert set(keys(Facts(quotes=(no_expiry,)))) == {"quote:42:followup:1", "quote:42:followup:2"}


def test_unfinished_job_deadline_and_late() -> None:
    got = keys(Facts(jobs=(job(),)))
    assert got == {
        "job:7:deadline:2026-03-20": at8(date(2026, 3, 18)),
        "job:7:late:2026-03-20": at8(date(2026, 3, 21)),
    }


@pytest.mark.parametrize("status", [JobStatus.DONE, JobStatus.CANCELLED])
def test_finished_job_wants_no_deadline_reminders(status: JobStatus) -> None:
    assert not [k for k in keys(Facts(jobs=(job(status),))) if ":deadline:" in k or ":late:" in k]


def test_moving_a_deadline_changes_the_key() -> None:
    a = set(keys(Facts(jobs=(job(),))))
    b = set(keys(Facts(jobs=(job(deadline=date(2026, 3, 27)),))))
    assert a.isdisjoint(b)


def test_check_in_six_months_after_completion() -> None:
    done = job(JobStatus.DONE, completed_on=date(2025, 8, 31))
    got = keys(Facts(jobs=(done,)), NOW)
    assert got == {"job:7:check_in": at8(date(2026, 2, 28))}  # clamped to month end
    custom = keys(Facts(jobs=(done,)), NOW, RuleSettings(check_in_months=5))
    assert custom == {"job:7:check_in": at8(date(2026, 1, 31))}
    stale = keys(Facts(jobs=(done,)), NOW + timedelta(days=90))
    assert stale == {}


def test_overdue_invoice_three_levels() -> None:
    got = wanted_reminders(Facts(invoices=(invoice(),)), NOW)
    assert {k: w.due_at for k, w in got.items()} == {
        "invoice:9:overdue:1": at8(date(2026, 3, 2)),
        "invoice:9:overdue:2": at8(date(2026, 3, 16)),
        "invoice:9:overdue:3": at8(date(2026, 3, 31)),
    }
    assert got["invoice:9:overdue:1"].title.startswith("Relance courtoise")
    assert got["invoice:9:overdue:2"].title.startswith("Relance ferme")
    assert got["invoice:9:overdue:3"].title.startswith("Mise en demeure")
    assert "1\u00a0200,00\u00a0€" in got["invoice:9:overdue:1"].title


def test_partly_paid_invoice_still_chased_for_the_rest() -> None:
    got = wanted_reminders(Facts(invoices=(invoice("200"),)), NOW)
    assert "1\u00a0000,00\u00a0€" in got["invoice:9:overdue:1"].title


@pytest.mark.parametrize(
    "fact",
    [invoice("1200"), invoice(status=InvoiceStatus.CANCELLED), invoice(status=InvoiceStatus.DRAFT)],
)
def test_paid_or_cancelled_invoice_wants_nothing(fact: InvoiceFact) -> None:
    assert keys(Facts(invoices=(fact,))) == {}


def test_maintenance_latest_and_next_occurrence() -> None:
    c = MaintenanceFact(3, "Jean Dupont", True, date(2023, 5, 15))
    assert keys(Facts(clients=(c,))) == {
        "client:3:maintenance:2025-05-15": at8(date(2025, 5, 15)),
        "client:3:maintenance:2026-05-15": at8(date(2026, 5, 15)),
    }
    no_contract = MaintenanceFact(3, "Jean Dupont", False, date(2023, 5, 15))
    archived = MaintenanceFact(3, "Jean Dupont", True, date(2023, 5, 15), archived=True)
    assert keys(Facts(clients=(no_contract, archived))) == {}


def test_maintenance_starts_at_its_anchor() -> None:
    assert maintenance_occurrences(date(2027, 1, 10), date(2026, 3, 10)) == [date(2027, 1, 10)]
    assert maintenance_occurrences(date(2024, 2, 29), date(2026, 3, 10)) == [
        date(2026, 2, 28),
        date(2027, 2, 28),
    ]


def test_appointment_reminder_one_hour_before_until_it_ends() -> None:
    start = datetime(2026, 3, 12, 13, 0, tzinfo=UTC)
    a = AppointmentFact(5, 1, "Jean Dupont", start, 90, 60, "Métré cuisine")
    got = wanted_reminders(Facts(appointments=(a,)), NOW)
    (w,) = got.values()
    assert w.rule_key == "appointment:5:20260312T1300Z"
    assert w.due_at == start - timedelta(hours=1)
    assert w.title == "Rendez-vous avec Jean Dupont le 12/03/2026 à 14\u00a0h : Métré cuisine"
    assert keys(Facts(appointments=(a,)), start + timedelta(minutes=89)) != {}
    assert keys(Facts(appointments=(a,)), start + timedelta(minutes=90)) == {}
    silent = AppointmentFact(5, 1, "Jean Dupont", start, 90, None)
    assert keys(Facts(appointments=(silent,))) == {}


def test_delays_come_from_settings() -> None:
    s = RuleSettings(quote_followup_1_days=3, reminder_time=time(9, 30))
    got = keys(Facts(quotes=(quote(),)), NOW, s)
    assert got["quote:42:followup:1"] == datetime(2026, 3, 5, 9, 30, tzinfo=PARIS).astimezone(UTC)


def test_naive_now_refused() -> None:
    with pytest.raises(ValueError):
        wanted_reminders(Facts(), datetime(2026, 1, 1))


# ---- Reconciliation: idempotence and auto-dismissal ---------------------------------------------


def stored(
    wanted: dict, closed: frozenset[str] = frozenset(), start_id: int = 1
) -> list[ExistingReminder]:
    return [
        ExistingReminder(start_id + i, key, key not in closed, w.due_at, w.title)
        for i, (key, w) in enumerate(sorted(wanted.items()))
    ]


def test_reconcile_inserts_then_is_idempotent() -> None:
    wanted = wanted_reminders(Facts(quotes=(quote(),), invoices=(invoice(),)), NOW)
    first = reconcile(wanted, [])
    assert {w.rule_key for w in first.to_insert} == set(wanted)
    second = reconcile(wanted, stored(wanted))
    assert second.to_insert == () and second.to_update == () and second.to_dismiss == ()


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (Facts(quotes=(quote(),)), Facts(quotes=(quote(QuoteStatus.ACCEPTED),))),
        (Facts(quotes=(quote(),)), Facts(quotes=(quote(QuoteStatus.REFUSED),))),
        (Facts(invoices=(invoice(),)), Facts(invoices=(invoice("1200"),))),
        (Facts(jobs=(job(),)), Facts(jobs=(job(JobStatus.DONE, completed_on=date(2026, 3, 9)),))),
    ],
    ids=["quote-accepted", "quote-refused", "invoice-paid", "job-finished"],
)
def test_reason_gone_dismisses_pending(before: Facts, after: Facts) -> None:
    old = wanted_reminders(before, NOW)
    plan = reconcile(wanted_reminders(after, NOW), stored(old))
    assert set(plan.to_dismiss) == {r.id for r in stored(old) if r.rule_key in old}
    assert not any(w.rule_key in old for w in plan.to_insert)


def test_closed_reminders_are_never_reopened_nor_dismissed_again() -> None:
    wanted = wanted_reminders(Facts(quotes=(quote(),)), NOW)
    rows = stored(wanted, closed=frozenset(wanted))
    plan = reconcile(wanted, rows)
    assert plan.to_insert == () and plan.to_update == () and plan.to_dismiss == ()
    plan = reconcile({}, rows)
    assert plan.to_dismiss == ()


def test_moved_due_time_updates_open_row() -> None:
    old = wanted_reminders(Facts(quotes=(quote(),)), NOW)
    new = wanted_reminders(Facts(quotes=(quote(valid_until=date(2026, 4, 15)),)), NOW)
    plan = reconcile(new, stored(old))
    assert [w.rule_key for _, w in plan.to_update] == ["quote:42:last_call"]


# ---- Property: random histories ----------------------------------------------------------------

quote_status = st.sampled_from(list(QuoteStatus))
job_status = st.sampled_from(list(JobStatus))
days = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31))


@st.composite
def facts_strategy(draw: st.DrawFn) -> Facts:
    quotes = tuple(
        quote(
            draw(quote_status), id=i,
            sent_at=datetime.combine(draw(days), time(10), UTC),
            valid_until=draw(st.none() | days),
        )
        for i in range(draw(st.integers(0, 4)))
    )  # fmt: skip
    jobs = tuple(
        job(
            draw(job_status),
            id=i,
            deadline=draw(st.none() | days),
            completed_on=draw(st.none() | days),
        )
        for i in range(draw(st.integers(0, 4)))
    )
    invoices = tuple(
        InvoiceFact(
            i, 1, "X", f"FAC-{i}", draw(st.sampled_from(list(InvoiceStatus))), InvoiceKind.STANDARD,
            draw(st.none() | days), Decimal("100"), Decimal(draw(st.integers(0, 150))),
        )
        for i in range(draw(st.integers(0, 4)))
    )  # fmt: skip
    clients = tuple(
        MaintenanceFact(i, "Y", draw(st.booleans()), draw(st.none() | days))
        for i in range(draw(st.integers(0, 3)))
    )
    return Facts(quotes, jobs, invoices, clients)


@settings(max_examples=300, deadline=None)
@given(history=st.lists(facts_strategy(), min_size=1, max_size=5), start=days)
def test_random_histories(history: list[Facts], start: date) -> None:
    """Replay a history of fact snapshots through reconcile, as the database would store it.

    Invariants: regenerating twice changes nothing; an open row exists exactly for each
    wanted key; a closed row is never reopened; nothing is inserted twice.
    """
    rows: dict[str, ExistingReminder] = {}
    next_id = 1
    now = datetime.combine(start, time(9), UTC)
    for step, facts in enumerate(history):
        now += timedelta(days=step * 3)
        wanted = wanted_reminders(facts, now)
        for _ in range(2):
            plan = reconcile(wanted, rows.values())
            for w in plan.to_insert:
                assert w.rule_key not in rows
                rows[w.rule_key] = ExistingReminder(next_id, w.rule_key, True, w.due_at, w.title)
                next_id += 1
            by_id = {r.id: r for r in rows.values()}
            for rid, w in plan.to_update:
                assert by_id[rid].is_open
                rows[w.rule_key] = ExistingReminder(rid, w.rule_key, True, w.due_at, w.title)
            for rid in plan.to_dismiss:
                r = by_id[rid]
                assert r.is_open and r.rule_key not in wanted
                rows[r.rule_key] = ExistingReminder(rid, r.rule_key, False, r.due_at, r.title)
        again = reconcile(wanted, rows.values())
        assert again.to_insert == () and again.to_update == () and again.to_dismiss == ()
        open_keys = {k for k, r in rows.items() if r.is_open}
        assert open_keys <= set(wanted)
        # the user closes a random open reminder: it must stay closed
        if open_keys:
            k = sorted(open_keys)[0]
            r = rows[k]
            rows[k] = ExistingReminder(r.id, k, False, r.due_at, r.title)


# ---- DST: yearly reminders neither skipped nor doubled ---------------------------------------------


@pytest.mark.parametrize("hour", [time(2, 30), time(8, 0)])
@pytest.mark.parametrize(
    "anchor",
    [date(2020, 3, 29), date(2020, 10, 25), date(2021, 3, 28), date(2020, 2, 29)],
)
def test_yearly_maintenance_across_dst(anchor: date, hour: time) -> None:
    """Walk every day of 14 years: one occurrence per year, on its anniversary, in order."""
    s = RuleSettings(reminder_time=hour)
    c = MaintenanceFact(1, "Z", True, anchor)
    seen: dict[str, datetime] = {}
    day = anchor
    while day < date(2034, 1, 1):
        now = datetime.combine(day, time(12), UTC)
        for key, w in wanted_reminders(Facts(clients=(c,)), now, s).items():
            assert seen.setdefault(key, w.due_at) == w.due_at  # stable across days
        day += timedelta(days=1)
    moments = sorted(seen.values())
    years = [m.astimezone(PARIS).year for m in moments]
    assert years == list(range(anchor.year, 2035))  # one per year, none skipped
    assert len(set(moments)) == len(moments)  # none doubled
    for m in moments:
        local = m.astimezone(PARIS)
        expected_day = min(anchor.day, 28) if anchor.month == 2 and local.year % 4 else anchor.day
        assert (local.month, local.day) == (anchor.month, expected_day)


def test_dst_rule_for_nonexistent_and_ambiguous_times() -> None:
    # 29 March 2026, 02:30 does not exist in Paris: shifted forward to 03:30 CEST.
    gap = local_moment(date(2026, 3, 29), time(2, 30), PARIS)
    assert gap == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert gap.astimezone(PARIS).strftime("%H:%M %Z") == "03:30 CEST"
    # 25 October 2026, 02:30 happens twice: the first one (CEST, 00:30 UTC).
    overlap = local_moment(date(2026, 10, 25), time(2, 30), PARIS)
    assert overlap == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_add_months_clamps() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2026, 12, 15), 6) == date(2027, 6, 15)
