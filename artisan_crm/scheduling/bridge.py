"""APScheduler wakes the application; its jobs only emit Qt signals (DESIGN.md §5).

The stock ``QtScheduler`` piles up timers, and APScheduler's own Qt example
touches widgets from the scheduler thread. Here a ``BackgroundScheduler`` runs two
jobs whose only work is to emit a signal of :class:`SchedulerBridge`, a QObject
living on the GUI thread: Qt queues the emission to the GUI thread, where the
:class:`~artisan_crm.scheduling.coordinator.ReminderCoordinator` does the rest.

* ``reminders-wake``: one job, re-armed after every wake at the next due time
  capped at 15 minutes. Its trigger fires once at the armed time, then parks the
  job far in the future instead of letting APScheduler delete it: a one-shot date
  job removes itself from the scheduler thread, and a shutdown arriving in the
  middle of that removal made APScheduler raise ``JobLookupError`` on quit;
* ``reminders-daily``: a cron job at 00:05 Europe/Paris for the daily rule
  regeneration. 00:05 exists once every day in Paris (changes happen at 02:00 and
  03:00), which keeps it clear of the cron trigger's DST bugs.

Job defaults: ``coalesce=True`` (missed runs fold into one), ``misfire_grace_time=None``
(a late run still runs: after sleep/resume), ``max_instances=1``.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from PySide6.QtCore import QObject, Signal

from artisan_crm.domain.reminder_rules import PARIS

log = logging.getLogger(__name__)

JOB_DEFAULTS = {"coalesce": True, "misfire_grace_time": None, "max_instances": 1}
WAKE_JOB = "reminders-wake"
DAILY_JOB = "reminders-daily"
PARKED = datetime(9999, 1, 1, tzinfo=UTC)


class WakeTrigger(BaseTrigger):
    """Fires once at ``run_at``, then parks at :data:`PARKED` (the job is never removed)."""

    def __init__(self, run_at: datetime) -> None:
        self.run_at = run_at.astimezone(UTC)

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> datetime:
        if previous_fire_time is None or previous_fire_time < self.run_at:
            return self.run_at
        return PARKED

    def __getstate__(self) -> dict[str, object]:
        return {"version": 1, "run_at": self.run_at}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.run_at = state["run_at"]  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<WakeTrigger (run_at={self.run_at.isoformat()})>"


class SchedulerBridge(QObject):
    """The scheduler thread's only way to the application.

    Signals:
        sig_reminders_due(str): it is (perhaps) time to show reminders: the wake job
            fired. Emitted from the scheduler thread, delivered queued on the GUI
            thread. The argument says why ("timer", "heartbeat", "data_changed"...).
            Receivers query the database: the signal carries no reminder.
        sig_rescan_needed(str): the rule reminders must be regenerated and the wake-up
            re-armed ("daily", "clock_jump", "start", "data_changed").
    """

    sig_reminders_due = Signal(str)
    sig_rescan_needed = Signal(str)


class ReminderScheduler:
    """The APScheduler side: arms the wake job, runs the daily job, emits on the bridge."""

    def __init__(
        self,
        bridge: SchedulerBridge,
        *,
        zone: str = PARIS,
        daily_at: time = time(0, 5),
    ) -> None:
        self.bridge = bridge
        self.zone = zone
        self.daily_at = daily_at
        self.scheduler = BackgroundScheduler(timezone=UTC, job_defaults=dict(JOB_DEFAULTS))

    @property
    def running(self) -> bool:
        return bool(self.scheduler.running)

    def start(self) -> None:
        self.scheduler.add_job(
            self._emit_daily,
            CronTrigger(
                hour=self.daily_at.hour, minute=self.daily_at.minute, timezone=ZoneInfo(self.zone)
            ),
            id=DAILY_JOB,
            replace_existing=True,
        )
        self.scheduler.start()

    def arm(self, run_at: datetime) -> None:
        """(Re)arm the single wake job at ``run_at`` (aware); a past time runs at once."""
        self.scheduler.add_job(
            self._emit_due, WakeTrigger(run_at), id=WAKE_JOB, replace_existing=True
        )

    def armed_at(self) -> datetime | None:
        """When the wake job fires next (``None`` once it has fired and is parked)."""
        job = self.scheduler.get_job(WAKE_JOB)
        if job is None or job.next_run_time is None or job.next_run_time >= PARKED:
            return None
        return job.next_run_time

    def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)

    # Scheduler thread: emit and nothing else.
    def _emit_due(self) -> None:
        self.bridge.sig_reminders_due.emit("timer")

    def _emit_daily(self) -> None:
        self.bridge.sig_rescan_needed.emit("daily")
