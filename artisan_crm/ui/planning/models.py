"""Table models of the planning UI (checked with pytest-qt's ``qtmodeltester``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from artisan_crm.domain.enums import ReminderState
from artisan_crm.domain.reminder_rules import RuleSettings
from artisan_crm.ui.planning.common import (
    LATE_COLOUR,
    MUTED_COLOUR,
    kind_label,
    moment_label,
    relative_due,
    tr,
    utc_now,
)

if TYPE_CHECKING:
    from artisan_crm.services.reminders import ReminderView

INDEX = QModelIndex | QPersistentModelIndex
#: the ``ReminderView`` of a row, for every column
ReminderRole = Qt.ItemDataRole.UserRole + 1


class ReminderTableModel(QAbstractTableModel):
    """Reminders, one per row: due (relative), kind, title, client, phone.

    The rows are frozen ``ReminderView`` objects read on the worker; ``now`` is the
    moment the relative wording ("dans 2 h") is computed against.
    """

    DUE, KIND, TITLE, CLIENT, PHONE = range(5)

    def __init__(self, parent: QObject | None = None, settings: RuleSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or RuleSettings()
        self._rows: list[ReminderView] = []
        self.now = utc_now()
        self._headers = [tr("Due"), tr("Kind"), tr("Reminder"), tr("Client"), tr("Phone")]

    # ---- Content -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ReminderView], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.now = now or utc_now()
        self.endResetModel()

    def add_rows(self, rows: Sequence[ReminderView]) -> None:
        """Add new rows; a reminder already listed is replaced (same id)."""
        for row in rows:
            position = self.row_of_id(row.id)
            if position >= 0:
                self._rows[position] = row
                self.dataChanged.emit(
                    self.index(position, 0), self.index(position, self.columnCount() - 1)
                )
            else:
                at = len(self._rows)
                self.beginInsertRows(QModelIndex(), at, at)
                self._rows.append(row)
                self.endInsertRows()

    def remove_id(self, reminder_id: int) -> bool:
        position = self.row_of_id(reminder_id)
        if position < 0:
            return False
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        self.endRemoveRows()
        return True

    def set_now(self, now: datetime) -> None:
        """Move the clock of the relative wording (the due column changes)."""
        self.now = now
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.DUE), self.index(len(self._rows) - 1, self.DUE)
            )

    def rows(self) -> list[ReminderView]:
        return list(self._rows)

    def row_at(self, row: int) -> ReminderView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, reminder_id: int) -> int:
        for position, row in enumerate(self._rows):
            if row.id == reminder_id:
                return position
        return -1

    # ---- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        column = index.column()
        due = r.effective_due_at
        late = r.is_open and due < self.now
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DUE:
                if r.state == ReminderState.DONE:
                    return tr("done")
                if r.state == ReminderState.DISMISSED:
                    return tr("dismissed")
                return relative_due(due, self.now)
            if column == self.KIND:
                return kind_label(r.kind)
            if column == self.TITLE:
                return r.title
            if column == self.CLIENT:
                return r.client_name
            if column == self.PHONE:
                return r.client_phone
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DUE:
                text = moment_label(due, self.settings, self.now)
                if r.state == ReminderState.SNOOZED:
                    text = tr("Snoozed until {moment}").format(moment=text)
                return text
            if column == self.TITLE and r.note:
                return r.note
            if column == self.CLIENT and r.client_address:
                return r.client_address
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.DUE and late:
                return QBrush(QColor(LATE_COLOUR))
            if not r.is_open:
                return QBrush(QColor(MUTED_COLOUR))
            return None
        if role == Qt.ItemDataRole.FontRole and column == self.DUE and late:
            font = QFont()
            font.setBold(True)
            return font
        if role == ReminderRole:
            return r
        return None
