"""The GUI-thread side of reminders: wakes, rescans, and tells the UI what to show.

Typical wiring in ``app.py`` (composition root)::

    log = JsonNotificationLog.in_data_dir(data)
    engine = ReminderEngine(db, log)
    coordinator = ReminderCoordinator(
        engine,
        regenerate=lambda done: taskman.run_write(
            regenerate_rule_reminders, utcnow(), reminder_rule_settings(settings), on_done=done
        ),
        runner=lambda fn, done: taskman.run(fn, on_done=done),
    )
    coordinator.sig_away.connect(main_window.show_away_panel)
    coordinator.sig_notify.connect(notification_area.add)   # + tray if available
    events.data_changed.connect(coordinator.on_data_changed)
    coordinator.start()
    ...
    coordinator.stop()  # before the database is disposed
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from artisan_crm.domain.changes import ChangeSet
from artisan_crm.scheduling.bridge import ReminderScheduler, SchedulerBridge
from artisan_crm.scheduling.engine import ReminderEngine, WakeResult

log = logging.getLogger(__name__)

#: ``runner(fn, on_done)``: run ``fn()`` (maybe on the worker), then ``on_done(result)`` on
#: the GUI thread. The default runs synchronously.
Runner = Callable[[Callable[[], Any], Callable[[Any], None]], Any]
#: ``regenerate(on_done)``: regenerate the rule reminders (a write), then ``on_done(result)``.
Regenerate = Callable[[Callable[[Any], None]], Any]

HEARTBEAT_MS = 30_000
DATA_CHANGE_DEBOUNCE_MS = 1_500
#: tables whose changes can change which rule reminders are wanted
RULE_TABLES = ("quote", "job", "invoice", "payment", "client", "appointment")


def _run_now(fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
    on_done(fn())


class ReminderCoordinator(QObject):
    """Owns the engine, the APScheduler jobs and a monotonic heartbeat (GUI thread).

    The heartbeat is a ``QTimer`` (Qt timers run on the monotonic clock, unlike
    APScheduler's waits computed from the wall clock): every 30 s it compares the
    wall and monotonic clocks, and wakes the engine on a jump or when the wall clock
    has passed the next due time. Due reminders therefore appear within a minute of
    their time even after the clock was moved, and never before it.

    Signals:
        sig_notify(tuple): newly due reminders (``ReminderView``), each shown once per
            workstation for its due time: in-app notification area, and the tray when
            ``QSystemTrayIcon.isSystemTrayAvailable()``.
        sig_away(object): the ``AwayPanel`` ("Pendant votre absence") computed at start.
        sig_regenerated(object): the ``RegenerationResult`` of a rule regeneration.
        sig_error(object): an exception raised while waking or regenerating (logged too).
    """

    sig_notify = Signal(tuple)
    sig_away = Signal(object)
    sig_regenerated = Signal(object)
    sig_error = Signal(object)

    def __init__(
        self,
        engine: ReminderEngine,
        *,
        regenerate: Regenerate | None = None,
        runner: Runner | None = None,
        scheduler: ReminderScheduler | None = None,
        heartbeat_ms: int = HEARTBEAT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.bridge = SchedulerBridge(self)
        self.scheduler = scheduler or ReminderScheduler(self.bridge)
        self.scheduler.bridge = self.bridge
        self._regenerate = regenerate
        self._runner: Runner = runner or _run_now
        self._waking = False
        self._wake_again = False
        self._started = False
        self.bridge.sig_reminders_due.connect(self._on_reminders_due)
        self.bridge.sig_rescan_needed.connect(self._on_rescan_needed)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(heartbeat_ms)
        self._heartbeat.timeout.connect(self._on_heartbeat)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DATA_CHANGE_DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.bridge.sig_rescan_needed.emit("data_changed"))

    # ---- Life cycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Regenerate the rules, show the away panel, then arm the wake-ups."""
        if self._started:
            return
        self._started = True
        self.scheduler.start()
        self._heartbeat.start()

        def after_regeneration(result: Any) -> None:
            if result is not None:
                self.sig_regenerated.emit(result)
            self._runner(self.engine.start, self._on_started)

        self._run_regeneration(after_regeneration)

    def stop(self) -> None:
        """Stop the jobs and timers (call before the database is disposed)."""
        self._heartbeat.stop()
        self._debounce.stop()
        self.scheduler.shutdown()
        self._started = False

    def request_wake(self, reason: str = "request") -> None:
        self.bridge.sig_reminders_due.emit(reason)

    def request_rescan(self, reason: str = "request") -> None:
        self.bridge.sig_rescan_needed.emit(reason)

    @Slot(object)
    def on_data_changed(self, changes: ChangeSet) -> None:
        """Connect to ``AppEvents.data_changed``: rescan after business changes (debounced);
        re-arm after reminder changes (a new reminder may be due sooner)."""
        if changes.touches(*RULE_TABLES):
            self._debounce.start()
        elif changes.touches("reminder"):
            self.request_wake("data_changed")

    # ---- Slots (GUI thread) ---------------------------------------------------------------------

    def _on_started(self, panel: Any) -> None:
        self.sig_away.emit(panel)
        self.scheduler.arm(self.engine.next_wake_at())

    @Slot(str)
    def _on_reminders_due(self, reason: str) -> None:
        if not self._started:
            return
        if self._waking:
            self._wake_again = True
            return
        self._waking = True
        try:
            self._runner(self.engine.wake, self._on_woken)
        except Exception as exc:  # the database may be unreachable for a while
            self._waking = False
            self._report(exc)
            self.scheduler.arm(self.engine.next_wake_at())

    def _on_woken(self, result: WakeResult) -> None:
        self._waking = False
        if result.items:
            self.sig_notify.emit(result.items)
        self.scheduler.arm(result.next_wake_at)
        if result.clock_jumped:
            self.bridge.sig_rescan_needed.emit("clock_jump")
        if self._wake_again:
            self._wake_again = False
            self.request_wake("again")

    @Slot(str)
    def _on_rescan_needed(self, reason: str) -> None:
        if not self._started:
            return
        log.info("reminder rescan (%s)", reason)

        def after(result: Any) -> None:
            if result is not None:
                self.sig_regenerated.emit(result)
            self.request_wake(reason)

        self._run_regeneration(after)

    @Slot()
    def _on_heartbeat(self) -> None:
        if self.engine.heartbeat():
            self.request_wake("heartbeat")

    def _run_regeneration(self, on_done: Callable[[Any], None]) -> None:
        if self._regenerate is None:
            on_done(None)
            return
        try:
            self._regenerate(on_done)
        except Exception as exc:
            self._report(exc)
            on_done(None)

    def _report(self, exc: BaseException) -> None:
        log.exception("reminders: %s", exc)
        self.sig_error.emit(exc)
