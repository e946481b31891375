"""The reminder engine: away panel, once per workstation, clock jumps (injected clock)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert

from artisan_crm.domain.enums import ReminderKind, ReminderState
from artisan_crm.scheduling.clock import FakeClock
from artisan_crm.scheduling.engine import ReminderEngine
from artisan_crm.scheduling.notification_log import JsonNotificationLog, MemoryNotificationLog
from artisan_crm.services import reminders as R
from artisan_crm.storage import models as m
from artisan_crm.storage.database import Database, open_database

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def add_reminders(db: Database, rows: list[tuple[datetime, ReminderState]]) -> list[int]:
    with db.write() as s:
        s.execute(delete(m.Reminder))
        if rows:
            s.execute(
                insert(m.Reminder),
                [
                    {"due_at": due, "kind": ReminderKind.MANUAL, "state": state,
                     "title": f"r{i}", "created_at": T0, "updated_at": T0}
                    for i, (due, state) in enumerate(rows)
                ],
            )  # fmt: skip
        return [r.id for r in s.query(m.Reminder).order_by(m.Reminder.id)]


# ---- Property: random schedules of the app being closed -------------------------------------------


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("away") / "away.sqlite3"
    db = open_database(f"sqlite:///{path}")
    yield db
    db.dispose()


seconds = st.integers


@settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    reminders=st.lists(
        st.tuples(
            seconds(0, 100 * 86400),
            st.sampled_from(
                [ReminderState.PENDING] * 4 + [ReminderState.DONE, ReminderState.DISMISSED]
            ),
        ),
        max_size=12,
    ),
    schedule=st.lists(
        st.tuples(seconds(1, 3 * 3600), seconds(1, 90 * 86400)), min_size=1, max_size=3
    ),
    done_while_running=st.booleans(),
)
def test_away_panel_over_random_closures(
    shared_db: Database,
    reminders: list[tuple[int, ReminderState]],
    schedule: list[tuple[int, int]],
    done_while_running: bool,
) -> None:
    """App open for a while, closed for 1 s to 90 days, again...: at each start the
    away panel holds 100 % of what fell due while closed, nothing is shown twice, and
    nothing dismissed or done is ever shown."""
    ids = add_reminders(
        shared_db, [(T0 + timedelta(seconds=off), state) for off, state in reminders]
    )
    due = {rid: T0 + timedelta(seconds=off) for rid, (off, _) in zip(ids, reminders, strict=True)}
    closed = {
        rid for rid, (_, st_) in zip(ids, reminders, strict=True) if st_ != ReminderState.PENDING
    }
    clock = FakeClock(T0)
    log = MemoryNotificationLog()
    shown: list[int] = []
    closed_at: datetime | None = None
    for open_for, closed_for in schedule:
        engine = ReminderEngine(shared_db, log, clock=clock)
        panel = engine.start()
        panel_ids = {r.id for r in panel.items}
        if closed_at is not None:
            fell_due = {
                rid
                for rid, at in due.items()
                if closed_at < at <= clock.now() and rid not in closed
            }
            assert fell_due <= panel_ids  # none lost
        assert all(r.effective_due_at <= clock.now() for r in panel.items)
        shown += panel_ids
        end = clock.now() + timedelta(seconds=open_for)
        while True:
            wake_at = engine.next_wake_at()
            if wake_at > end:
                break
            clock.advance(wake_at - clock.now())
            result = engine.wake()
            assert all(r.effective_due_at <= clock.now() for r in result.items)  # none early
            shown += [r.id for r in result.items]
            if done_while_running and result.items:
                r = result.items[0]
                shared_db.run_write(R.mark_done, r.id, expected_version=r.version, now=clock.now())
                closed.add(r.id)
        clock.advance(end - clock.now())
        closed_at = clock.now()
        clock.advance(timedelta(seconds=closed_for))
    assert len(shown) == len(set(shown))  # none twice
    assert not (set(shown) & {rid for rid, (_, s) in zip(ids, reminders, strict=True)
                              if s != ReminderState.PENDING})  # fmt: skip
    # and at a last start, everything still pending and due was shown once
    final = ReminderEngine(shared_db, log, clock=clock).start()
    shown += [r.id for r in final.items]
    pending_due = {rid for rid, at in due.items() if at <= clock.now() and rid not in closed}
    assert pending_due <= set(shown)
    assert len(shown) == len(set(shown))


def test_json_log_survives_a_restart(sqlite_db: Database, tmp_path: Path) -> None:
    clock = FakeClock(T0)
    add_reminders(sqlite_db, [(T0 - timedelta(hours=1), ReminderState.PENDING)])
    log_path = tmp_path / "home" / "reminder-notifications.json"
    first = ReminderEngine(sqlite_db, JsonNotificationLog(log_path), clock=clock).start()
    assert len(first) == 1
    again = ReminderEngine(sqlite_db, JsonNotificationLog(log_path), clock=clock).start()
    assert len(again) == 0 and again.since == T0
    log_path.write_text("{not json")
    fresh = ReminderEngine(sqlite_db, JsonNotificationLog(log_path), clock=clock).start()
    assert len(fresh) == 1  # a damaged log shows again rather than losing anything


def test_snoozed_reminder_is_shown_again_when_the_snooze_ends(sqlite_db: Database) -> None:
    clock = FakeClock(T0)
    (rid,) = add_reminders(sqlite_db, [(T0, ReminderState.PENDING)])
    engine = ReminderEngine(sqlite_db, MemoryNotificationLog(), clock=clock)
    assert [r.id for r in engine.start().items] == [rid]
    sqlite_db.run_write(R.snooze, rid, R.SnoozeChoice.ONE_HOUR, expected_version=1, now=T0)
    assert engine.wake().items == ()
    assert engine.next_wake_at() == T0 + timedelta(minutes=15)  # capped
    clock.advance(timedelta(hours=1))
    assert [r.id for r in engine.wake().items] == [rid]
    assert engine.wake().items == ()


# ---- Two workstations on one PostgreSQL database ------------------------------------------------------


@pytest.mark.postgres
def test_two_workstations_share_done_and_notify_once_each(pg_url: str, tmp_path: Path) -> None:
    a_db = open_database(pg_url, backups_dir=tmp_path / "a")
    b_db = open_database(pg_url, backups_dir=tmp_path / "b")
    try:
        clock = FakeClock(T0)
        ids = add_reminders(
            a_db, [(T0 + timedelta(minutes=10 * i), ReminderState.PENDING) for i in range(6)]
        )
        a = ReminderEngine(a_db, MemoryNotificationLog("A"), clock=clock)
        b = ReminderEngine(b_db, MemoryNotificationLog("B"), clock=clock)
        seen = {"A": [], "B": []}
        seen["A"] += [r.id for r in a.start().items]
        seen["B"] += [r.id for r in b.start().items]
        assert seen == {"A": [ids[0]], "B": [ids[0]]}
        # Workstation A marks the reminder due at +30 min done before it falls due.
        a_db.run_write(R.mark_done, ids[3], expected_version=1, now=clock.now())
        # Workstation B adds a reminder: A picks it up on its next wake.
        new, _ = b_db.run_write(
            R.create_manual_reminder,
            R.ManualReminderDraft("ajouté sur B", T0 + timedelta(minutes=5)),
            now=clock.now(),
        )
        for _ in range(12):
            clock.advance(timedelta(minutes=5))
            seen["A"] += [r.id for r in a.wake().items]
            seen["B"] += [r.id for r in b.wake().items]
        expected = sorted([*(ids[i] for i in (0, 1, 2, 4, 5)), new.id])
        for name in ("A", "B"):
            assert sorted(seen[name]) == expected, name  # each once, done one never
        # Concurrent regenerations from both workstations never duplicate a rule key.
        a_db.run_write(R.regenerate_rule_reminders, clock.now())
        b_db.run_write(R.regenerate_rule_reminders, clock.now())
    finally:
        a_db.dispose()
        b_db.dispose()


# ---- Clock jumps ---------------------------------------------------------------------------------


class SimulatedScheduler:
    """APScheduler's date job as it behaves: it computes a *monotonic* wait from the wall
    clock when armed, then, once that wait is over, runs if the wall clock has reached
    the run time, else waits again. Plus the coordinator's 30 s monotonic heartbeat."""

    def __init__(self, engine: ReminderEngine, clock: FakeClock) -> None:
        self.engine, self.clock = engine, clock
        self.shown: dict[int, datetime] = {}
        self.shown_mono: dict[int, float] = {}
        self.wall_reached: dict[int, float] = {}
        self._arm(engine.next_wake_at())
        self._next_beat = clock.monotonic() + 30

    def _arm(self, run_at: datetime) -> None:
        self.run_at = run_at
        wait = max((run_at - self.clock.now()).total_seconds(), 0)
        self.fire_mono = self.clock.monotonic() + wait

    def _wake(self) -> None:
        result = self.engine.wake()
        for r in result.items:
            assert r.effective_due_at <= self.clock.now(), "shown early"
            assert r.id not in self.shown, "shown twice"
            self.shown[r.id] = self.clock.now()
            self.shown_mono[r.id] = self.clock.monotonic()
        self._arm(result.next_wake_at)

    def run(self, seconds: int, due: dict[int, datetime]) -> None:
        for _ in range(seconds):
            self.clock.advance(1)
            mono = self.clock.monotonic()
            for rid, at in due.items():
                if at <= self.clock.now():
                    self.wall_reached.setdefault(rid, mono)
            if mono >= self.fire_mono:
                if self.clock.now() >= self.run_at:
                    self._wake()
                else:
                    self._arm(self.run_at)
            if mono >= self._next_beat:
                self._next_beat = mono + 30
                if self.engine.heartbeat():
                    self._wake()

    def jump(self, delta: timedelta) -> None:
        self.clock.jump(delta)


@pytest.mark.parametrize("jump", [timedelta(hours=2), timedelta(hours=-1)], ids=["+2h", "-1h"])
def test_clock_jump_due_within_a_minute_none_early(sqlite_db: Database, jump: timedelta) -> None:
    clock = FakeClock(T0)
    offsets = [5, 20, 50, 70, 100, 130, 150, 175, 200]  # minutes after T0
    ids = add_reminders(
        sqlite_db, [(T0 + timedelta(minutes=o), ReminderState.PENDING) for o in offsets]
    )
    due = {rid: T0 + timedelta(minutes=o) for rid, o in zip(ids, offsets, strict=True)}
    engine = ReminderEngine(sqlite_db, MemoryNotificationLog(), clock=clock)
    engine.start()
    sim = SimulatedScheduler(engine, clock)
    sim.run(10 * 60, due)  # 10 minutes of normal life
    sim.jump(jump)
    sim.run(5 * 3600, due)
    assert set(sim.shown) == set(ids)
    for rid in ids:
        latency = sim.shown_mono[rid] - sim.wall_reached[rid]
        assert 0 <= latency <= 60, (rid, latency)
