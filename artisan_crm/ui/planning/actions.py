"""Snooze, done and dismiss on one or several reminders, written on the background worker.

Every action carries the version the user saw: a reminder changed meanwhile on
another workstation is not overwritten; the user gets a French message and the
list reloads (``sig_conflict``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, QObject, QTime, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.domain.errors import ConflictError, UserFacingError
from artisan_crm.domain.reminder_rules import SnoozeChoice
from artisan_crm.ui.planning.common import (
    error_label,
    error_text,
    guarded,
    rule_settings,
    set_error,
    tell,
    tr,
    utc_now,
    zone_of,
)
from artisan_crm.ui.views.base import plain_label

if TYPE_CHECKING:
    from artisan_crm.domain.reminder_rules import RuleSettings
    from artisan_crm.services.reminders import ReminderView
    from artisan_crm.ui.views.base import ViewContext

log = logging.getLogger(__name__)

DONE, DISMISS, SNOOZE = "done", "dismiss", "snooze"


@dataclass(frozen=True)
class BatchOutcome:
    """What a batch action did: the reminders changed, and the French reason of each refusal."""

    action: str
    changed: tuple[ReminderView, ...]
    failures: tuple[tuple[int, str], ...]
    conflicts: int


def apply_to_reminders(
    session: Any,
    action: str,
    items: Sequence[tuple[int, int]],
    until: SnoozeChoice | datetime | None = None,
    settings: RuleSettings | None = None,
) -> BatchOutcome:
    """Worker side: ``action`` on each ``(id, version)``; a refused item does not stop the others
    (the services check the version before touching a row, so the unit of work stays clean)."""
    from artisan_crm.services.reminders import dismiss, mark_done, snooze

    changed: list[ReminderView] = []
    failures: list[tuple[int, str]] = []
    conflicts = 0
    for reminder_id, version in items:
        try:
            if action == DONE:
                changed.append(mark_done(session, reminder_id, expected_version=version))
            elif action == DISMISS:
                changed.append(dismiss(session, reminder_id, expected_version=version))
            else:
                assert until is not None
                changed.append(
                    snooze(session, reminder_id, until, expected_version=version, settings=settings)
                )
        except ConflictError as exc:
            conflicts += 1
            failures.append((reminder_id, str(exc)))
        except UserFacingError as exc:
            failures.append((reminder_id, str(exc)))
    return BatchOutcome(action, tuple(changed), tuple(failures), conflicts)


class SnoozeDateDialog(QDialog):
    """ "Choisir une date…": a date and time in the future; refused with a French message."""

    def __init__(self, settings: RuleSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snoozeDateDialog")
        self.setWindowTitle(tr("Snooze until…"))
        self.settings = settings
        zone = zone_of(settings)
        tomorrow = (utc_now().astimezone(zone) + timedelta(days=1)).replace(
            hour=settings.reminder_time.hour,
            minute=settings.reminder_time.minute,
            second=0,
            microsecond=0,
        )
        self.edit = QDateTimeEdit(self)
        self.edit.setObjectName("snoozeUntil")
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dddd dd/MM/yyyy HH:mm")
        self.edit.setDateTime(
            QDateTime(
                QDate(tomorrow.year, tomorrow.month, tomorrow.day),
                QTime(tomorrow.hour, tomorrow.minute),
            )
        )
        self.error = error_label()
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(tr("Snooze"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(tr("Show this reminder again on:"), self))
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(380, self.sizeHint().height())

    def chosen(self) -> datetime:
        value = self.edit.dateTime()
        d, t = value.date(), value.time()
        local = datetime(
            d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=zone_of(self.settings)
        )
        return local

    def accept(self) -> None:
        if self.chosen() <= utc_now():
            set_error(self.error, tr("This moment has already passed: choose one in the future."))
            return
        super().accept()


class ReminderActions(QObject):
    """The reminder actions of one widget (its list, its notification, its panel).

    Signals:
        sig_done(object): a :class:`BatchOutcome` (GUI thread), after the write committed
            and ``AppEvents.data_changed`` was sent.
        sig_conflict(): at least one reminder had changed elsewhere: reload the list.
    """

    sig_done = Signal(object)
    sig_conflict = Signal()

    def __init__(self, context: ViewContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.context = context
        self.parent_widget = parent_widget
        self.date_dialog: SnoozeDateDialog | None = None

    # ---- Menus ---------------------------------------------------------------------------

    def snooze_menu(
        self, selection: Callable[[], Sequence[ReminderView]], parent: QWidget | None = None
    ) -> QMenu:
        """The "Reporter" menu acting on ``selection()`` when an entry is chosen."""
        menu = QMenu(parent or self.parent_widget)
        menu.setObjectName("snoozeMenu")
        entries = [
            (tr("In 1 hour"), SnoozeChoice.ONE_HOUR),
            (tr("Tomorrow morning"), SnoozeChoice.TOMORROW_MORNING),
            (tr("Next week (Monday morning)"), SnoozeChoice.NEXT_WEEK),
        ]
        for label, choice in entries:
            action = QAction(label, menu)
            action.setData(choice.value)
            action.triggered.connect(lambda _c=False, ch=choice: self.snooze(list(selection()), ch))
            menu.addAction(action)
        menu.addSeparator()
        pick = QAction(tr("Choose a date…"), menu)
        pick.setData("date")
        pick.triggered.connect(lambda _c=False: self.choose_date(list(selection())))
        menu.addAction(pick)
        return menu

    # ---- Actions -------------------------------------------------------------------------

    def snooze(self, reminders: Sequence[ReminderView], until: SnoozeChoice | datetime) -> None:
        self._run(SNOOZE, reminders, until)

    def done(self, reminders: Sequence[ReminderView]) -> None:
        self._run(DONE, reminders)

    def dismiss(self, reminders: Sequence[ReminderView]) -> None:
        self._run(DISMISS, reminders)

    def choose_date(self, reminders: Sequence[ReminderView]) -> SnoozeDateDialog | None:
        if not reminders:
            return None
        dialog = SnoozeDateDialog(rule_settings(self.context.settings), self.parent_widget)
        dialog.accepted.connect(lambda: self.snooze(reminders, dialog.chosen()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.date_dialog = dialog
        return dialog

    def _run(
        self,
        action: str,
        reminders: Sequence[ReminderView],
        until: SnoozeChoice | datetime | None = None,
    ) -> None:
        items = [(r.id, r.version) for r in reminders]
        if not items:
            return
        self.context.tasks.run_write(
            apply_to_reminders,
            action,
            items,
            until,
            rule_settings(self.context.settings),
            on_done=guarded(self, self._on_done),
            on_error=guarded(self, self._on_error),
        )

    def _on_done(self, outcome: BatchOutcome) -> None:
        self.sig_done.emit(outcome)
        if outcome.failures:
            reasons = sorted({reason for _id, reason in outcome.failures})
            tell(self.parent_widget, tr("Reminders"), "\n\n".join(reasons))
        if outcome.conflicts:
            self.sig_conflict.emit()

    def _on_error(self, exc: BaseException) -> None:
        if not isinstance(exc, UserFacingError):
            log.error("reminder action failed", exc_info=exc)
        tell(self.parent_widget, tr("Reminders"), error_text(exc))
        self.sig_conflict.emit()
