"""The rating table: one row per rated client, sortable on raw values, filtered by category.

The whole table is in memory, so the model sorts and filters its own row list: the
worker hands it the rows already sorted in the current order with their sort keys
(:class:`~artisan_crm.ui.rating.columns.RowIndex`), so a header click sorts integers on
precomputed keys and a category filter only keeps the rows of the sorted list, far
cheaper than a ``QSortFilterProxyModel`` calling ``data()`` for every comparison.

A new table of the same clients (a new target rate) keeps the selection and the scroll
position: the rows are moved (``layoutChanged``) or only their cells change
(``dataChanged``); the model is reset only when other clients are shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
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

from artisan_crm.domain.rating import Category, format_rate
from artisan_crm.ui.rating.columns import (
    NATURAL_ORDER,
    NUMERIC_COLUMNS,
    Column,
    RowIndex,
    SortSpec,
    cell_text,
    sort_value,
)
from artisan_crm.ui.rating.style import (
    category_colour,
    category_text_colour,
    explain_tooltip,
    paint_badge,
    rich_tooltip,
)

if TYPE_CHECKING:
    from artisan_crm.services.rating import ClientRating, RatingTable

__all__ = [
    "CATEGORY_ROLE",
    "CLIENT_ID_ROLE",
    "NUMERIC_COLUMNS",
    "SORT_ROLE",
    "CategoryBadgeDelegate",
    "Column",
    "RatingTableModel",
    "cell_text",
]

Index = QModelIndex | QPersistentModelIndex

#: the raw value a column sorts on (numbers, not the displayed strings)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 3

BELOW_TARGET = QColor("#b23b1e")
ABOVE_TARGET = QColor("#2e7d32")


class RatingTableModel(QAbstractTableModel):
    """The rated clients shown by the view (after the category filter), in the chosen order.

    Custom roles: ``SORT_ROLE`` (the raw value), ``CLIENT_ID_ROLE``, ``CATEGORY_ROLE`` (the
    category's value, e.g. ``"vampire"``).
    The category column gives the category's colour as ``BackgroundRole`` with a readable
    ``ForegroundRole`` (the view paints it as a badge with :class:`CategoryBadgeDelegate`).
    Every header has a tool tip (``ToolTipRole``) saying what the figure is and how it is
    worked out.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: RatingTable | None = None
        self._index: RowIndex | None = None
        # every row of the table, in the current order
        self._ordered: list[ClientRating] = []
        # the rows shown (``_ordered`` after the category filter)
        self._rows: list[ClientRating] = []
        self._positions: dict[int, int] | None = None
        self._categories: frozenset[Category] | None = None
        # Natural order of the service (best score first) until the user sorts.
        self._sort = NATURAL_ORDER
        self._headers = self._header_texts()

    def _header_texts(self) -> dict[Column, tuple[str, str]]:
        """Each column's title and tool tip."""
        return {
            Column.NAME: (self.tr("Client"), self.tr("The client's name.")),
            Column.CATEGORY: (
                self.tr("Category"),
                self.tr(
                    "The verdict of the rating, from the score and the margin per hour: Gem, "
                    "Good client, To watch or Vampire; “Not enough data” below a few hours "
                    "or deals over the period."
                ),
            ),
            Column.SCORE: (
                self.tr("Score"),
                self.tr(
                    "Score out of 100: six components (margin per hour, unbilled time, "
                    "quotes, late payments, reminders, demands) weighted by their "
                    "importance. Select a client to see the details."
                ),
            ),
            Column.REVENUE: (
                self.tr("Revenue excl. VAT"),
                self.tr(
                    "What the client was invoiced over the period, excluding VAT, credit "
                    "notes deducted; without an invoice, the accepted quotes."
                ),
            ),
            Column.MATERIAL: (
                self.tr("Material"),
                self.tr(
                    "Cost of the material bought for the client's jobs (the accepted "
                    "quotes' estimate when the revenue comes from quotes)."
                ),
            ),
            Column.MARGIN: (
                self.tr("Margin"),
                self.tr("Revenue excluding VAT minus the material: what pays for your time."),
            ),
            Column.HOURS: (
                self.tr("Hours"),
                self.tr(
                    "All the time spent for the client over the period, billed or not: "
                    "work, travel, quote preparation, calls, payment chasing."
                ),
            ),
            Column.HOURLY_MARGIN: (
                self.tr("Margin/h"),
                self.tr(
                    "Effective hourly margin = margin ÷ all the hours spent. Green when it "
                    "reaches your target rate, red below."
                ),
            ),
            Column.UNBILLED: (
                self.tr("Unbilled"),
                self.tr(
                    "Share of the hours spent that were not billed (unbilled hours ÷ all hours)."
                ),
            ),
            Column.QUOTES: (
                self.tr("Quotes acc./made"),
                self.tr(
                    "Quotes accepted / quotes sent over the period (drafts and cancelled "
                    "quotes not counted)."
                ),
            ),
            Column.LOST_HOURS: (
                self.tr("Hours lost"),
                self.tr("Time spent preparing quotes that were then refused or expired."),
            ),
            Column.DAYS_LATE: (
                self.tr("Avg. late"),
                self.tr(
                    "Average days of late payment after the due date, weighted by the "
                    "amounts (unpaid overdue invoices count until today)."
                ),
            ),
            Column.REMINDERS: (
                self.tr("Reminders"),
                self.tr("Reminders that were needed for invoices unpaid at their due date."),
            ),
            Column.COMPLAINTS: (
                self.tr("Complaints"),
                self.tr("Complaints recorded in the client's history over the period."),
            ),
            Column.DISCOUNTS: (
                self.tr("Discounts"),
                self.tr("Discount requests recorded in the client's history over the period."),
            ),
        }

    # ---- Content ---------------------------------------------------------------------------

    @property
    def table(self) -> RatingTable | None:
        return self._table

    @property
    def sort_spec(self) -> SortSpec:
        """The current order (the worker sorts new tables in it)."""
        return self._sort

    def set_table(
        self,
        table: RatingTable | None,
        index: RowIndex | None = None,
        ordered: Sequence[ClientRating] | None = None,
        order: SortSpec | None = None,
    ) -> None:
        """Show ``table``. ``index`` and ``ordered`` (every row in ``order``) come from the
        worker; without them, or when the user sorted meanwhile, the rows are sorted here.

        The same clients as before keep the selection and the scroll position."""
        self._table = table
        if table is None:
            self._index, new_ordered = None, []
        else:
            self._index = index if index is not None else RowIndex.build(table.rows)
            if ordered is not None and order == self._sort:
                new_ordered = list(ordered)
            else:
                new_ordered = self._index.ordered(self._sort)
        self._ordered = new_ordered
        self._show_rows(self._filtered(new_ordered))

    def set_categories(self, categories: Iterable[Category] | None) -> None:
        """Show only these categories (None = all)."""
        wanted = None if categories is None else frozenset(categories)
        if wanted == self._categories:
            return
        self._categories = wanted
        self._show_rows(self._filtered(self._ordered), reset=True)

    @property
    def categories(self) -> frozenset[Category] | None:
        return self._categories

    def _filtered(self, rows: list[ClientRating]) -> list[ClientRating]:
        if self._categories is None:
            return rows
        wanted = self._categories
        return [r for r in rows if r.category in wanted]

    def _show_rows(self, rows: list[ClientRating], *, reset: bool = False) -> None:
        """Replace the shown rows, as cheaply for the views as the change allows."""
        old = [r.client_id for r in self._rows]
        new = [r.client_id for r in rows]
        if not reset and old and old == new:
            # Same clients in the same order (e.g. a new target that moves no one).
            self._rows = rows
            self._positions = None
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(Column) - 1))
        elif not reset and old and len(old) == len(new) and set(old) == set(new):
            self._relayout(rows)
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(Column) - 1))
        else:
            self.beginResetModel()
            self._rows = rows
            self._positions = None
            self.endResetModel()

    def _relayout(self, rows: list[ClientRating]) -> None:
        """The same rows in a new order: the selection follows its clients."""
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        where = [
            (self._rows[i.row()].client_id if 0 <= i.row() < len(self._rows) else None, i.column())
            for i in old_persistent
        ]
        self._rows = rows
        self._positions = None
        position = self._row_positions()
        new_persistent = [
            self.index(position[cid], col) if cid in position else QModelIndex()
            for cid, col in where
        ]
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    def _row_positions(self) -> dict[int, int]:
        if self._positions is None:
            self._positions = {r.client_id: n for n, r in enumerate(self._rows)}
        return self._positions

    def client_at(self, row: int) -> ClientRating | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, client_id: int) -> int | None:
        return self._row_positions().get(client_id)

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
            return explain_tooltip(tip)
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
        self._sort = SortSpec(Column(column), order == Qt.SortOrder.DescendingOrder)
        if self._index is None:
            return
        # Keys worked out on the worker: sorting 20,000 rows takes a few milliseconds.
        self._ordered = self._index.ordered(self._sort)
        rows = self._filtered(self._ordered)
        if len(rows) == len(self._rows):
            self._relayout(rows)
        else:
            self._show_rows(rows, reset=True)

    # ---- Roles -----------------------------------------------------------------------------

    @staticmethod
    def _alignment(column: Column) -> Qt.AlignmentFlag:
        if column in (Column.NAME, Column.CATEGORY):
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

    def _role_display(self, row: ClientRating, column: Column) -> Any:
        return cell_text(row, column)

    def _role_sort(self, row: ClientRating, column: Column) -> Any:
        return sort_value(row, column)

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
        return cell_text(row, column)

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
