"""Wiring of the reminder scheduler into the running application (used by ``app.py``).

* ``regenerate`` goes through ``tasks.run_write`` (the one writer). After a change
  about specific clients, quotes, jobs, invoices, payments or appointments, only the
  clients concerned are regenerated; a full pass runs at start, daily, after a clock
  jump, and after bulk changes (ids unknown) or deletions (owner no longer readable).
* ``runner`` goes through ``tasks.run``: the away panel and each wake-up are read on the
  worker, never on the GUI thread, so 5,000 overdue reminders do not slow the start.
* A failed read or write is logged and reported on ``sig_error``; the coordinator still
  gets an answer (an empty one), so it keeps waking up.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from artisan_crm.domain.changes import ChangeSet
from artisan_crm.scheduling.coordinator import RULE_TABLES, ReminderCoordinator
from artisan_crm.scheduling.engine import ReminderEngine, WakeResult
from artisan_crm.services.reminders import AwayPanel
from artisan_crm.ui.planning.common import rule_settings, utc_now

if TYPE_CHECKING:
    from artisan_crm.domain.reminder_rules import RuleSettings
    from artisan_crm.scheduling.clock import Clock
    from artisan_crm.scheduling.notification_log import NotificationLog
    from artisan_crm.ui.planning.notifications import NotificationArea
    from artisan_crm.ui.views.base import ViewContext

log = logging.getLogger(__name__)


# ---- Scoped regeneration ---------------------------------------------------------------------


class RegenerationScope:
    """The rule-relevant changes seen since the last regeneration (GUI thread).

    ``take()`` hands them over and starts afresh: an empty scope means "everything"
    (start, daily pass, clock jump).
    """

    def __init__(self) -> None:
        self._entities: set[tuple[str, int]] = set()
        self._everything = False

    def add(self, changes: ChangeSet) -> None:
        for kind, row_id in changes.entities:
            if kind not in RULE_TABLES:
                continue
            if row_id is None:
                self._everything = True
            else:
                self._entities.add((kind, row_id))

    def add_everything(self) -> None:
        self._everything = True

    def take(self) -> frozenset[tuple[str, int]] | None:
        """The changed (table, id) pairs, or None for a full regeneration."""
        entities, everything = frozenset(self._entities), self._everything
        self._entities.clear()
        self._everything = False
        if everything or not entities:
            return None
        return entities


def client_ids_of(session: Any, entities: frozenset[tuple[str, int]]) -> list[int] | None:
    """The clients the changed rows belong to; None when one cannot be found (a deleted
    quote leaves no owner to read: a full pass then dismisses its reminders)."""
    from sqlalchemy import select

    from artisan_crm.storage.models import Appointment, Client, Invoice, Job, Payment, Quote

    by_kind: dict[str, set[int]] = {}
    for kind, row_id in entities:
        by_kind.setdefault(kind, set()).add(row_id)
    clients: set[int] = set()
    owners: list[tuple[str, Any, Any]] = [
        ("client", Client.id, Client.id),
        ("quote", Quote.id, Quote.client_id),
        ("job", Job.id, Job.client_id),
        ("invoice", Invoice.id, Invoice.client_id),
        ("appointment", Appointment.id, Appointment.client_id),
    ]
    for kind, key, owner in owners:
        wanted = by_kind.get(kind)
        if not wanted:
            continue
        found = dict(session.execute(select(key, owner).where(key.in_(sorted(wanted)))).all())
        if set(found) != wanted:
            return None
        clients.update(c for c in found.values() if c is not None)
    payments = by_kind.get("payment")
    if payments:
        found = dict(
            session.execute(
                select(Payment.id, Invoice.client_id)
                .join(Invoice, Invoice.id == Payment.invoice_id)
                .where(Payment.id.in_(sorted(payments)))
            ).all()
        )
        if set(found) != payments:
            return None
        clients.update(found.values())
    return sorted(clients)


def regenerate_in_scope(
    session: Any,
    settings: RuleSettings,
    entities: frozenset[tuple[str, int]] | None,
    now: datetime | None = None,
) -> Any:
    """Worker side: regenerate the rule reminders of the clients concerned (all when None)."""
    from artisan_crm.services.reminders import regenerate_rule_reminders

    now = now or utc_now()
    client_ids = client_ids_of(session, entities) if entities is not None else None
    if entities is not None and client_ids is not None and not client_ids:
        # Only rows without a client (an appointment with no client): its reminder was
        # synchronised by the appointment service itself.
        from artisan_crm.services.reminders import RegenerationResult

        return RegenerationResult(0, 0, 0, 0)
    return regenerate_rule_reminders(session, now, settings, client_ids=client_ids)


# ---- Runtime ----------------------------------------------------------------------------------


class PlanningRuntime(QObject):
    """The reminder engine, its coordinator, the tray, and their connections.

    Signals:
        sig_started(): ``start()`` was called (the first regeneration is queued).
        sig_error(object): an exception while waking up or regenerating (logged).
    """

    sig_started = Signal()
    sig_error = Signal(object)

    def __init__(
        self,
        context: ViewContext,
        area: NotificationArea | None = None,
        *,
        notification_log: NotificationLog | None = None,
        clock: Clock | None = None,
        data_dir: Path | None = None,
        heartbeat_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        from artisan_crm.scheduling.notification_log import JsonNotificationLog

        self.context = context
        self.area = area
        self.log = notification_log or JsonNotificationLog.in_data_dir(data_dir or context.data_dir)
        self.engine = ReminderEngine(context.db, self.log, clock=clock)
        self.scope = RegenerationScope()
        kwargs: dict[str, Any] = {}
        if heartbeat_ms is not None:
            kwargs["heartbeat_ms"] = heartbeat_ms
        self.coordinator = ReminderCoordinator(
            self.engine, regenerate=self._regenerate, runner=self._run, parent=self, **kwargs
        )
        self.coordinator.sig_error.connect(self._on_error)
        # Until the away panel is read, changes are held back: the start's own regeneration
        # publishes a "reminder" change *before* its callback queues the away panel, and a
        # wake-up queued first would take the due reminders as notifications instead.
        self._away_delivered = False
        self._held = ChangeSet()
        self.coordinator.sig_away.connect(self._on_away)
        context.events.data_changed.connect(self._on_data_changed)
        if area is not None:
            self.coordinator.sig_notify.connect(area.add)
            self.coordinator.sig_away.connect(area.show_away_panel)
        self.started = False
        self.stopped = False

    # ---- Life cycle ------------------------------------------------------------------------

    def start(self) -> None:
        if self.started or self.stopped:
            return
        self.started = True
        log.info("reminders: scheduler starting")
        self.coordinator.start()
        self.sig_started.emit()

    def stop(self) -> None:
        """Stop the jobs and timers; call before the database is closed."""
        if self.stopped:
            return
        self.stopped = True
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            self.context.events.data_changed.disconnect(self._on_data_changed)
        self.coordinator.stop()
        log.info("reminders: scheduler stopped")

    # ---- Coordinator callbacks ---------------------------------------------------------------

    def _regenerate(self, done: Callable[[Any], None]) -> None:
        if self.stopped:
            return
        entities = self.scope.take()
        settings = rule_settings(self.context.settings)

        def failed(exc: BaseException) -> None:
            self._on_error(exc)
            done(None)

        self.context.tasks.run_write(
            regenerate_in_scope, settings, entities, on_done=done, on_error=failed
        )

    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        if self.stopped:
            return

        def failed(exc: BaseException) -> None:
            self._on_error(exc)
            # An empty answer keeps the coordinator going; nothing was recorded as
            # shown, so the reminders come back at the next wake-up (none lost).
            now = utc_now()
            if fn == self.engine.start:
                done(AwayPanel(None, now, ()))
            elif fn == self.engine.wake:
                done(WakeResult((), False, now, self.engine.next_wake_at(now)))

        self.context.tasks.run(fn, on_done=done, on_error=failed)

    def on_settings_changed(self, changed: set[str]) -> None:
        """The reminder delays changed (settings dialog): regenerate every rule reminder."""
        if not any(key.startswith("reminders/") for key in changed) or self.stopped:
            return
        self.scope.add_everything()
        self.coordinator.bridge.sig_rescan_needed.emit("settings")

    def _on_data_changed(self, changes: ChangeSet) -> None:
        # Recorded before the coordinator's debounce fires the rescan that consumes it.
        self.scope.add(changes)
        if not self._away_delivered:
            self._held = self._held | changes
            return
        self.coordinator.on_data_changed(changes)

    def _on_away(self, _panel: Any) -> None:
        self._away_delivered = True
        held, self._held = self._held, ChangeSet()
        if held and not self.stopped:
            self.coordinator.on_data_changed(held)

    def _on_error(self, exc: BaseException) -> None:
        log.error("reminders: %s", exc, exc_info=exc)
        self.sig_error.emit(exc)
