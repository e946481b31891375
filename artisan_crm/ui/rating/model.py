"""The rating table: one row per rated client, sortable on raw values, filtered by category.

The whole table is in memory (a few thousand clients at most), so the model sorts and
filters its own row list in Python: one ``sorted`` with a key is far cheaper than a
``QSortFilterProxyModel`` calling ``data()`` for every comparison.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from artisan_crm.domain.rating import (
    CATEGORY_ORDER,
    Category,
    format_duration,
    format_euros,
    format_rate,
)
from artisan_crm.ui.rating.style import (
    category_colour,
    category_text_colour,
    paint_badge,
    rich_tooltip,
)

if TYPE_CHECKING:
    from artisan_crm.services.rating import ClientRating, RatingTable

Index = QModelIndex | QPersistentModelIndex

#: the raw value a column sorts on (numbers, not the displayed strings)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 3

BELOW_TARGET = QColor("#b23b1e")
ABOVE_TARGET = QColor("#2e7d32")


class Column(IntEnum):
    NAME = 0
    CATEGORY = 1
    SCORE = 2
    REVENUE = 3
    MATERIAL = 4
    MARGIN = 5
    HOURS = 6
    HOURLY_MARGIN = 7
    UNBILLED = 8
    QUOTES = 9
    LOST_HOURS = 10
    DAYS_LATE = 11
    REMINDERS = 12
    COMPLAINTS = 13
    DISCOUNTS = 14


def _sort_value(row: ClientRating, column: Column) -> Any:
    """The raw value of a cell (None = no value, always sorted last)."""
    f = row.figures
    match column:
        case Column.NAME:
            return row.name.casefold()
        case Column.CATEGORY:
            return CATEGORY_ORDER.index(row.category)
        case Column.SCORE:
            return row.score
        case Column.REVENUE:
            return f.revenue_cents
        case Column.MATERIAL:
            return f.material_cost_cents
        case Column.MARGIN:
            return f.margin_cents
        case Column.HOURS:
            return f.minutes
        case Column.HOURLY_MARGIN:
            return f.hourly_margin_cents
        case Column.UNBILLED:
            return f.unbilled_share if f.minutes else None
        case Column.QUOTES:
            return (f.quotes_accepted, f.quotes_made)
        case Column.LOST_HOURS:
            return f.lost_quote_minutes
        case Column.DAYS_LATE:
            return f.late_days
        case Column.REMINDERS:
            return f.overdue_reminders
        case Column.COMPLAINTS:
            return f.complaints
        case Column.DISCOUNTS:
            return f.discount_requests
    raise ValueError(column)


def _display(row: ClientRating, column: Column) -> str:
    f = row.figures
    match column:
        case Column.NAME:
            return row.name
        case Column.CATEGORY:
            return row.category.label
        case Column.SCORE:
            return "—" if row.score is None else str(row.score)
        case Column.REVENUE:
            return format_euros(f.revenue_cents)
        case Column.MATERIAL:
            return format_euros(f.material_cost_cents)
        case Column.MARGIN:
            return format_euros(f.margin_cents)
        case Column.HOURS:
            return format_duration(f.minutes) if f.minutes else "—"
        case Column.HOURLY_MARGIN:
            hourly = f.hourly_margin_cents
            return "—" if hourly is None else format_rate(hourly)
        case Column.UNBILLED:
            return f"{round(100 * f.unbilled_share)} %" if f.minutes else "—"
        case Column.QUOTES:
            return f"{f.quotes_accepted} / {f.quotes_made}"
        case Column.LOST_HOURS:
            return format_duration(f.lost_quote_minutes) if f.lost_quote_minutes else "—"
        case Column.DAYS_LATE:
            late = f.late_days
            return "—" if late is None else f"{round(late)} j"
        case Column.REMINDERS:
            return str(f.overdue_reminders)
        case Column.COMPLAINTS:
            return str(f.complaints)
        case Column.DISCOUNTS:
            return str(f.discount_requests)
    raise ValueError(column)


def cell_text(row: ClientRating, column: Column) -> str:
    """The text a cell shows."""
    return _display(row, column)


def sorted_rows(
    rows: Iterable[ClientRating], column: Column, order: Qt.SortOrder
) -> list[ClientRating]:
    """Rows sorted on the column's raw value; rows without a value go last either way."""
    keyed = [(_sort_value(r, column), r) for r in rows]
    present = [(v, r) for v, r in keyed if v is not None]
    missing = [r for v, r in keyed if v is None]
    descending = order == Qt.SortOrder.DescendingOrder
    # Ties keep the name order (stable sort on a name-sorted list).
    present.sort(key=lambda vr: (vr[1].name.casefold(), vr[1].client_id))
    present.sort(key=lambda vr: vr[0], reverse=descending)
    missing.sort(key=lambda r: (r.name.casefold(), r.client_id))
    return [r for _, r in present] + missing


class RatingTableModel(QAbstractTableModel):
    """The rated clients shown by the view (after the category filter), in the chosen order.

    Custom roles: ``SORT_ROLE`` (the raw value), ``CLIENT_ID_ROLE``, ``CATEGORY_ROLE`` (the
    category's value, e.g. ``"vampire"``).
    The category column gives the category's colour as ``BackgroundRole`` with a readable
    ``ForegroundRole`` (the view paints it as a badge with :class:`CategoryBadgeDelegate`).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: RatingTable | None = None
        self._rows: list[ClientRating] = []
        self._categories: frozenset[Category] | None = None
        # Natural order of the service (best score first) until the user sorts.
        self._sort: tuple[Column, Qt.SortOrder] | None = None
        self._headers: dict[Column, tuple[str, str]] = {
            Column.NAME: (self.tr("Client"), self.tr("The client's name")),
            Column.CATEGORY: (self.tr("Category"), self.tr("The verdict of the rating")),
            Column.SCORE: (self.tr("Score"), self.tr("Score out of 100")),
            Column.REVENUE: (self.tr("Revenue excl. VAT"), self.tr("Invoiced, excluding VAT")),
            Column.MATERIAL: (self.tr("Material"), self.tr("Material cost")),
            Column.MARGIN: (self.tr("Margin"), self.tr("Revenue minus material")),
            Column.HOURS: (
                self.tr("Hours"),
                self.tr("All the time spent, billed or not (quotes, travel, calls included)"),
            ),
            Column.HOURLY_MARGIN: (
                self.tr("Margin/h"),
                self.tr("Effective hourly margin: margin divided by the hours spent"),
            ),
            Column.UNBILLED: (self.tr("Unbilled"), self.tr("Share of the time not billed")),
            Column.QUOTES: (self.tr("Quotes acc./made"), self.tr("Quotes accepted / quotes made")),
            Column.LOST_HOURS: (
                self.tr("Hours lost"),
                self.tr("Time spent preparing quotes that were refused or expired"),
            ),
            Column.DAYS_LATE: (
                self.tr("Avg. late"),
                self.tr("Average days of late payment (weighted by the amounts)"),
            ),
            Column.REMINDERS: (self.tr("Reminders"), self.tr("Reminders for unpaid invoices")),
            Column.COMPLAINTS: (self.tr("Complaints"), self.tr("Complaints received")),
            Column.DISCOUNTS: (self.tr("Discounts"), self.tr("Discount requests")),
        }

    # ---- Content ---------------------------------------------------------------------------

    @property
    def table(self) -> RatingTable | None:
        return self._table

    def set_table(self, table: RatingTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self._rows = self._visible_rows()
        self.endResetModel()

    def set_categories(self, categories: Iterable[Category] | None) -> None:
        """Show only these categories (None = all)."""
        wanted = None if categories is None else frozenset(categories)
        if wanted == self._categories:
            return
        self.beginResetModel()
        self._categories = wanted
        self._rows = self._visible_rows()
        self.endResetModel()

    @property
    def categories(self) -> frozenset[Category] | None:
        return self._categories

    def _visible_rows(self) -> list[ClientRating]:
        if self._table is None:
            return []
        rows: Iterable[ClientRating] = self._table.rows
        if self._categories is not None:
            rows = [r for r in rows if r.category in self._categories]
        if self._sort is None:
            return list(rows)
        return sorted_rows(rows, *self._sort)

    def client_at(self, row: int) -> ClientRating | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, client_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.client_id == client_id), None)

    def client_ids(self) -> list[int]:
        return [r.client_id for r in self._rows]

    # ---- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        title, tip = self._headers[Column(section)]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self._alignment(Column(section)))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(Column):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        handler = self._roles.get(role)
        return None if handler is None else handler(self, row, column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        where = [
            (self._rows[i.row()].client_id if 0 <= i.row() < len(self._rows) else None, i.column())
            for i in old_persistent
        ]
        self._sort = (Column(column), order)
        self._rows = self._visible_rows()
        position = {r.client_id: n for n, r in enumerate(self._rows)}
        new_persistent = [
            self.index(position[cid], col) if cid in position else QModelIndex()
            for cid, col in where
        ]
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    # ---- Roles -----------------------------------------------------------------------------

    @staticmethod
    def _alignment(column: Column) -> Qt.AlignmentFlag:
        if column in (Column.NAME, Column.CATEGORY):
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

    def _role_display(self, row: ClientRating, column: Column) -> Any:
        return _display(row, column)

    def _role_sort(self, row: ClientRating, column: Column) -> Any:
        value = _sort_value(row, column)
        if isinstance(value, tuple):
            accepted, made = value
            return accepted * 100_000 + made
        return value

    def _role_alignment(self, row: ClientRating, column: Column) -> Any:
        return int(self._alignment(column))

    def _role_background(self, row: ClientRating, column: Column) -> Any:
        return category_colour(row.category) if column == Column.CATEGORY else None

    def _role_foreground(self, row: ClientRating, column: Column) -> Any:
        if column == Column.CATEGORY:
            return category_text_colour(row.category)
        if column == Column.HOURLY_MARGIN and self._table is not None:
            hourly = row.figures.hourly_margin_cents
            if hourly is not None:
                target = self._table.settings.target_cents_per_hour
                return ABOVE_TARGET if hourly >= target else BELOW_TARGET
        return None

    def _role_tooltip(self, row: ClientRating, column: Column) -> Any:
        if column in (Column.NAME, Column.CATEGORY, Column.SCORE):
            lines = [row.name, f"{row.category.label}"]
            if row.rating.main_reason:
                lines.append(row.rating.main_reason)
            return rich_tooltip(lines)
        if column == Column.HOURLY_MARGIN and self._table is not None:
            target = format_rate(self._table.settings.target_cents_per_hour)
            return rich_tooltip([self.tr("Target: {rate}").format(rate=target)])
        return None

    def _role_client_id(self, row: ClientRating, column: Column) -> Any:
        return row.client_id

    def _role_category(self, row: ClientRating, column: Column) -> Any:
        # The value, not the enum: a str subclass comes back from Qt as a plain str.
        return row.category.value

    def _role_accessible(self, row: ClientRating, column: Column) -> Any:
        return _display(row, column)

    _roles: dict[int, Callable[[RatingTableModel, ClientRating, Column], Any]] = {
        Qt.ItemDataRole.DisplayRole: _role_display,
        SORT_ROLE: _role_sort,
        Qt.ItemDataRole.TextAlignmentRole: _role_alignment,
        Qt.ItemDataRole.BackgroundRole: _role_background,
        Qt.ItemDataRole.ForegroundRole: _role_foreground,
        Qt.ItemDataRole.ToolTipRole: _role_tooltip,
        CLIENT_ID_ROLE: _role_client_id,
        CATEGORY_ROLE: _role_category,
        Qt.ItemDataRole.AccessibleTextRole: _role_accessible,
    }


class CategoryBadgeDelegate(QStyledItemDelegate):
    """Paints the category cell as a rounded badge of the category's colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        value = index.data(CATEGORY_ROLE)
        if index.column() != Column.CATEGORY or not isinstance(value, str):
            super().paint(painter, option, index)
            return
        category = Category(value)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.backgroundBrush = QBrush()
        widget = opt.widget
        style = widget.style() if isinstance(widget, QWidget) else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        font = QFont(opt.font)
        font.setBold(True)
        paint_badge(painter, option.rect, category.label, category, font)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 28, max(hint.height(), option.fontMetrics.height() + 10))
