"""The scheduler bridge and coordinator under a real Qt event loop (pytest-qt)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from artisan_crm.scheduling.bridge import (
    DAILY_JOB,
    JOB_DEFAULTS,
    WAKE_JOB,
    ReminderScheduler,
    SchedulerBridge,
)
from artisan_crm.scheduling.clock import FakeClock
from artisan_crm.scheduling.coordinator import ReminderCoordinator
from artisan_crm.scheduling.engine import ReminderEngine
from artisan_crm.scheduling.notification_log import MemoryNotificationLog
from artisan_crm.services.reminders import ManualReminderDraft, create_manual_reminder
from artisan_crm.storage.database import Database


def test_a_reminder_due_in_a_second_fires(qtbot: QtBot, sqlite_db: Database) -> None:
    due = datetime.now(UTC) + timedelta(seconds=1)
    view, _ = sqlite_db.run_write(create_manual_reminder, ManualReminderDraft("Appeler Léa", due))
    engine = ReminderEngine(sqlite_db, MemoryNotificationLog())
    regenerated: list[bool] = []
    coordinator = ReminderCoordinator(
        engine, regenerate=lambda done: (regenerated.append(True), done(None))
    )
    try:
        with qtbot.waitSignal(coordinator.sig_away, timeout=5000) as away:
            coordinator.start()
        assert len(away.args[0]) == 0 and regenerated == [True]
        assert coordinator.scheduler.armed_at() is not None
        with qtbot.waitSignal(coordinator.sig_notify, timeout=5000) as fired:
            pass
        (item,) = fired.args[0]
        assert item.id == view.id and item.title == "Appeler Léa"
        assert datetime.now(UTC) >= due  # never early
    finally:
        coordinator.stop()
    assert not coordinator.scheduler.running


def test_scheduler_jobs_and_defaults(qtbot: QtBot, sqlite_db: Database) -> None:
    coordinator = ReminderCoordinator(ReminderEngine(sqlite_db, MemoryNotificationLog()))
    try:
        coordinator.start()
        scheduler = coordinator.scheduler.scheduler
        jobs = {job.id: job for job in scheduler.get_jobs()}
        assert set(jobs) == {WAKE_JOB, DAILY_JOB}
        for job in jobs.values():
            assert (
                job.coalesce is True and job.misfire_grace_time is None and job.max_instances == 1
            )
        assert JOB_DEFAULTS == {"coalesce": True, "misfire_grace_time": None, "max_instances": 1}
        assert str(jobs[DAILY_JOB].trigger.timezone) == "Europe/Paris"
        # Re-arming replaces the single wake job: timers never pile up.
        for minutes in (5, 10, 1):
            coordinator.scheduler.arm(datetime.now(UTC) + timedelta(minutes=minutes))
        assert [j.id for j in scheduler.get_jobs()].count(WAKE_JOB) == 1
    finally:
        coordinator.stop()


def test_scheduler_thread_signals_arrive_on_the_gui_thread(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    coordinator = ReminderCoordinator(ReminderEngine(sqlite_db, MemoryNotificationLog()))
    threads: list[Any] = []
    coordinator.bridge.sig_rescan_needed.connect(lambda _r: threads.append(QThread.currentThread()))
    worker = threading.Thread(target=lambda: coordinator.bridge.sig_rescan_needed.emit("daily"))
    with qtbot.waitSignal(coordinator.bridge.sig_rescan_needed, timeout=2000):
        worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(threads), timeout=2000)
    assert threads == [QApplication.instance().thread()]


def test_clock_jump_triggers_a_rescan(qtbot: QtBot, sqlite_db: Database) -> None:
    clock = FakeClock(datetime(2026, 3, 10, 9, tzinfo=UTC))
    engine = ReminderEngine(sqlite_db, MemoryNotificationLog(), clock=clock)
    calls: list[str] = []
    coordinator = ReminderCoordinator(
        engine, regenerate=lambda done: (calls.append("regen"), done(None)), heartbeat_ms=20
    )
    try:
        coordinator.start()
        assert calls == ["regen"]
        clock.jump(timedelta(hours=2))
        with qtbot.waitSignal(
            coordinator.bridge.sig_rescan_needed,
            timeout=3000,
            check_params_cb=lambda reason: reason == "clock_jump",
        ):
            pass
        qtbot.waitUntil(lambda: calls == ["regen", "regen"], timeout=3000)
    finally:
        coordinator.stop()


def test_the_wake_job_parks_after_firing_instead_of_removing_itself(qtbot: QtBot) -> None:
    """A fired wake job stays in the scheduler (parked), so a quit in the middle of its
    run can no longer make APScheduler fail to remove it (JobLookupError on exit)."""
    scheduler = ReminderScheduler(SchedulerBridge())
    try:
        scheduler.start()
        with qtbot.waitSignal(scheduler.bridge.sig_reminders_due, timeout=3000):
            scheduler.arm(datetime.now(UTC) - timedelta(seconds=1))
        qtbot.waitUntil(lambda: scheduler.armed_at() is None, timeout=3000)
        assert WAKE_JOB in {job.id for job in scheduler.scheduler.get_jobs()}
        later = datetime.now(UTC) + timedelta(minutes=3)
        scheduler.arm(later)
        armed = scheduler.armed_at()
        assert armed is not None and abs((armed - later).total_seconds()) < 1
    finally:
        scheduler.shutdown()
