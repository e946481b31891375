"""The reminder engine: what to show now, and when to wake up next. No Qt, no APScheduler.

The ``reminder`` table is the truth; the engine only decides, against a
:class:`~artisan_crm.scheduling.notification_log.NotificationLog`, which due
reminders this workstation has not shown yet, and when to look again:

* at the next effective due time, but never later than ``cap`` (15 minutes), so
  reminders added by another workstation and missed wake-ups (sleep/resume) are
  picked up;
* on every wake and heartbeat the wall clock is compared with the monotonic clock;
  a difference larger than ``jump_threshold`` is a clock jump (the user set the
  clock, NTP corrected it, the machine resumed): the caller rescans at once.

Nothing is ever shown early: "due" is always decided with the wall clock at the
moment of the query. Shown reminders are recorded when handed out.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from artisan_crm.scheduling.clock import Clock, SystemClock
from artisan_crm.services.reminders import (
    AwayPanel,
    ReminderView,
    due_now,
    next_due_at,
    reminder_views,
)

if TYPE_CHECKING:
    from artisan_crm.scheduling.notification_log import NotificationLog
    from artisan_crm.storage.database import Database

log = logging.getLogger(__name__)

DEFAULT_CAP = timedelta(minutes=15)
DEFAULT_JUMP_THRESHOLD = timedelta(seconds=60)


@dataclass(frozen=True)
class WakeResult:
    #: reminders newly due, never shown on this workstation for their due time
    items: tuple[ReminderView, ...]
    #: a clock jump (or sleep/resume) was detected since the previous check
    clock_jumped: bool
    now: datetime
    #: when to wake up next (wall clock): next due time, capped
    next_wake_at: datetime

    @property
    def next_wake_in(self) -> timedelta:
        return max(self.next_wake_at - self.now, timedelta(0))


class ReminderEngine:
    """Decides what to notify; thread-safe (one wake at a time)."""

    def __init__(
        self,
        db: Database,
        notification_log: NotificationLog,
        *,
        clock: Clock | None = None,
        cap: timedelta = DEFAULT_CAP,
        jump_threshold: timedelta = DEFAULT_JUMP_THRESHOLD,
    ) -> None:
        self.db = db
        self.log = notification_log
        self.clock: Clock = clock or SystemClock()
        self.cap = cap
        self.jump_threshold = jump_threshold
        self._lock = threading.Lock()
        self._baseline: tuple[datetime, float] | None = None
        self._jump_pending = False
        self._next_due: datetime | None = None
        self._last_wake_mono: float | None = None

    # ---- Clock ------------------------------------------------------------------------------

    def check_clock(self) -> bool:
        """Compare wall and monotonic time since the last check; True on a jump."""
        wall, mono = self.clock.now(), self.clock.monotonic()
        jumped = False
        if self._baseline is not None:
            base_wall, base_mono = self._baseline
            drift = wall - (base_wall + timedelta(seconds=mono - base_mono))
            if abs(drift) > self.jump_threshold:
                log.info("clock jump of %s detected: rescanning reminders", drift)
                jumped = True
                self._jump_pending = True
        self._baseline = (wall, mono)
        return jumped

    def heartbeat(self) -> bool:
        """Cheap (no database): should the caller wake the engine now?"""
        if self.check_clock():
            return True
        now = self.clock.now()
        if self._next_due is not None and now >= self._next_due:
            return True
        return (
            self._last_wake_mono is None
            or self.clock.monotonic() - self._last_wake_mono >= self.cap.total_seconds()
        )

    @property
    def next_due(self) -> datetime | None:
        """The next effective due time seen at the last wake (None: nothing pending)."""
        return self._next_due

    # ---- Wake-ups ---------------------------------------------------------------------------

    def start(self) -> AwayPanel:
        """First look after start: the "Pendant votre absence" panel (recorded as shown)."""
        with self._lock:
            since = self.log.last_seen_at()
            items, now = self._collect()
            self._jump_pending = False
            return AwayPanel(since, now, items)

    def wake(self) -> WakeResult:
        """Collect newly due reminders and say when to wake up next."""
        with self._lock:
            self.check_clock()
            jumped, self._jump_pending = self._jump_pending, False
            items, now = self._collect()
            return WakeResult(items, jumped, now, self.next_wake_at(now))

    def next_wake_at(self, now: datetime | None = None) -> datetime:
        now = now or self.clock.now()
        capped = now + self.cap
        if self._next_due is None:
            return capped
        return min(max(self._next_due, now), capped)

    def _collect(self) -> tuple[tuple[ReminderView, ...], datetime]:
        now = self.clock.now()
        notified = self.log.notified()
        with self.db.read() as session:
            due = due_now(session, now)
            new_ids = [rid for rid, at in due.items() if notified.get(rid) != at]
            items = reminder_views(session, new_ids) if new_ids else ()
            self._next_due = next_due_at(session, now)
        self.log.record({r.id: due[r.id] for r in items}, seen_at=now, still_due=due.keys())
        self._last_wake_mono = self.clock.monotonic()
        if self._baseline is None:
            self._baseline = (now, self._last_wake_mono)
        return items, now
