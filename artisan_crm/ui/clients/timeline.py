"""The card's history table (everything that happened with a client, newest first)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from artisan_crm.services.timeline import TimelineItem
from artisan_crm.ui.clients.common import money, plain_tooltip, short_date

INDEX = QModelIndex | QPersistentModelIndex
FLAGGED_COLOUR = QColor("#b3261e")


class TimelineModel(QAbstractTableModel):
    """Read-only rows of :class:`TimelineItem`, in the order the service gives (newest
    first). ``Qt.UserRole`` gives the item itself."""

    DATE, KIND, WHAT, DETAIL, AMOUNT = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[TimelineItem] = []
        self._headers = (
            self.tr("Date"),
            self.tr("Type"),
            self.tr("What"),
            self.tr("Details"),
            self.tr("Amount"),
        )

    def set_items(self, items: tuple[TimelineItem, ...]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> TimelineItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def rowCount(self, parent: INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def _text(self, item: TimelineItem, column: int) -> str:
        if column == self.DATE:
            return short_date(item.date)
        if column == self.KIND:
            return item.kind_label
        if column == self.WHAT:
            return item.title
        if column == self.DETAIL:
            return item.detail
        return money(item.amount) if item.amount is not None else ""

    def data(self, index: INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.WHAT, self.DETAIL):
            return plain_tooltip(f"{item.title}\n{item.detail}".strip())
        if role == Qt.ItemDataRole.UserRole:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and item.flagged:
            return QBrush(FLAGGED_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column == self.AMOUNT else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
