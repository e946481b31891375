"""A list of reminders with its actions: Reporter ▾, Fait, Écarter, Ouvrir, Noter un appel.

Used by the Reminders view, the notification list and the "Pendant votre absence"
panel. Several rows can be selected: Reporter, Fait and Écarter act on all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.ui.planning.actions import BatchOutcome, ReminderActions
from artisan_crm.ui.planning.common import emit_open, open_target, rule_settings, tr, utc_now
from artisan_crm.ui.planning.models import ReminderTableModel

if TYPE_CHECKING:
    from artisan_crm.services.reminders import ReminderView
    from artisan_crm.ui.views.base import ViewContext


class ReminderPanel(QWidget):
    """A table of reminders and the buttons acting on the selected ones.

    ``remove_on_action``: a reminder done, dismissed or snoozed leaves the list at once
    (notifications, away panel); else the owner reloads on ``AppEvents.data_changed``.

    Signals:
        sig_open_client(int), sig_open_quote(int), sig_open_job(int), sig_open_invoice(int):
            "Ouvrir" (or a double-click) on a reminder about that record.
        sig_acted(object): a :class:`BatchOutcome` after an action was written.
        sig_reload_needed(): a reminder changed elsewhere meanwhile: read the list again.
        sig_emptied(): the last row left the list (``remove_on_action`` only).
    """

    sig_open_client = Signal(int)
    sig_open_quote = Signal(int)
    sig_open_job = Signal(int)
    sig_open_invoice = Signal(int)
    sig_acted = Signal(object)
    sig_reload_needed = Signal()
    sig_emptied = Signal()

    def __init__(
        self,
        context: ViewContext,
        *,
        remove_on_action: bool = False,
        show_dismiss: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.remove_on_action = remove_on_action
        self.model = ReminderTableModel(self, rule_settings(context.settings))
        self.table = QTableView(self)
        self.table.setObjectName("reminderTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ReminderTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (ReminderTableModel.DUE, 170),
            (ReminderTableModel.KIND, 160),
            (ReminderTableModel.CLIENT, 190),
            (ReminderTableModel.PHONE, 130),
        ):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._on_double_clicked)

        self.reminder_actions = ReminderActions(context, self)
        self.reminder_actions.sig_done.connect(self._on_acted)
        self.reminder_actions.sig_conflict.connect(self.sig_reload_needed)

        self.snooze_button = QToolButton(self)
        self.snooze_button.setObjectName("snoozeButton")
        self.snooze_button.setText(tr("Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.snooze_menu = self.reminder_actions.snooze_menu(self.selected, self)
        self.snooze_button.setMenu(self.snooze_menu)
        self.done_button = QPushButton(tr("Done"), self)
        self.done_button.setObjectName("doneButton")
        self.done_button.setToolTip(tr("Mark the selected reminders as done (Ctrl+Enter)"))
        self.done_button.clicked.connect(lambda: self.reminder_actions.done(self.selected()))
        self.dismiss_button = QPushButton(tr("Dismiss"), self)
        self.dismiss_button.setObjectName("dismissButton")
        self.dismiss_button.setToolTip(tr("No longer needed: remove it without doing it"))
        self.dismiss_button.clicked.connect(lambda: self.reminder_actions.dismiss(self.selected()))
        self.dismiss_button.setVisible(show_dismiss)
        self.open_button = QPushButton(tr("Open"), self)
        self.open_button.setObjectName("openButton")
        self.open_button.setToolTip(tr("Open the quote, invoice, job or client card"))
        self.open_button.clicked.connect(self.open_current)
        self.call_button = QPushButton(tr("Log a call…"), self)
        self.call_button.setObjectName("logCallButton")
        self.call_button.clicked.connect(self.log_call)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.table)
        shortcut.activated.connect(lambda: self.reminder_actions.done(self.selected()))

        self.bar = QHBoxLayout()
        self.bar.setContentsMargins(0, 0, 0, 0)
        self.bar.setSpacing(6)
        for button in (
            self.snooze_button,
            self.done_button,
            self.dismiss_button,
            self.open_button,
            self.call_button,
        ):
            self.bar.addWidget(button)
        self.bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self.bar)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)
        self._update_buttons()

    # ---- Content -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ReminderView], now: datetime | None = None) -> None:
        keep = {r.id for r in self.selected()}
        self.model.set_rows(rows, now)
        selection = self.table.selectionModel()
        for position, row in enumerate(self.model.rows()):
            if row.id in keep:
                selection.select(
                    self.model.index(position, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        if not keep and self.model.rowCount():
            self.table.selectRow(0)

    def add_rows(self, rows: Sequence[ReminderView]) -> None:
        self.model.add_rows(rows)
        if not self.selected() and self.model.rowCount():
            self.table.selectRow(0)

    def selected(self) -> list[ReminderView]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        out = [self.model.row_at(row) for row in rows]
        return [r for r in out if r is not None]

    def select_id(self, reminder_id: int) -> bool:
        position = self.model.row_of_id(reminder_id)
        if position >= 0:
            self.table.selectRow(position)
        return position >= 0

    # ---- Actions -------------------------------------------------------------------------

    def open_current(self) -> None:
        chosen = self.selected()
        if chosen:
            self.open_reminder(chosen[0])

    def open_reminder(self, reminder: ReminderView) -> None:
        target = open_target(reminder)
        if target is not None:
            emit_open(self, *target)

    def log_call(self) -> None:
        chosen = self.selected()
        if not chosen or chosen[0].client_id is None:
            return
        from artisan_crm.ui.planning.dialogs import LogCallDialog

        r = chosen[0]
        assert r.client_id is not None
        dialog = LogCallDialog(
            self.context,
            r.client_id,
            client_name=r.client_name,
            phone=r.client_phone,
            subject=r.title,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.call_dialog = dialog

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_reminder(row)

    def _on_acted(self, outcome: BatchOutcome) -> None:
        if self.remove_on_action:
            now = utc_now()
            for view in outcome.changed:
                if not view.is_open or view.effective_due_at > now:
                    self.model.remove_id(view.id)
            if self.model.rowCount() and not self.selected():
                self.table.selectRow(0)
            if not self.model.rowCount():
                self.sig_emptied.emit()
        self.sig_acted.emit(outcome)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        some = bool(chosen)
        open_ones = [r for r in chosen if r.is_open]
        self.snooze_button.setEnabled(bool(open_ones))
        self.done_button.setEnabled(bool(open_ones))
        self.dismiss_button.setEnabled(bool(open_ones))
        self.open_button.setEnabled(some and open_target(chosen[0]) is not None)
        self.call_button.setEnabled(some and chosen[0].client_id is not None)
