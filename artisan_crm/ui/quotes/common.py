"""Shared pieces of the quotes, jobs and invoices views.

- formatting for the screen (money "1 234,50 €", dates, decimals the user typed
  as "12,5" or "1 234,50");
- :class:`RowsModel`, a read-only ``QAbstractTableModel`` over frozen service rows;
- :class:`ListPage`, a view with a header, filters, a search box, a sortable table
  and an empty state, loaded on the background worker;
- :func:`ask` and :func:`tell`, window-modal message boxes that never start a nested
  event loop (the answer comes back through a callback).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.domain.changes import ChangeSet
from artisan_crm.ui.common import alive, error_text, from_qdate, guarded, to_qdate  # noqa: F401 - re-exported
from artisan_crm.ui.dialogs import ask, error_label, set_error, tell  # noqa: F401 - re-exported
from artisan_crm.ui.views.base import PageHeader, ViewContext, plain_label

log = logging.getLogger(__name__)

R = TypeVar("R")
SEARCH_DELAY_MS = 250
#: rows a list reads at once; more means "refine the search" (sorting is done on these rows)
LIST_LIMIT = 1000
LATE_COLOUR = QColor("#b3261e")
MUTED_COLOUR = QColor("#5a6b78")
INDEX = QModelIndex | QPersistentModelIndex


# ---- Formatting ---------------------------------------------------------------------------------


def money(amount: Decimal | None) -> str:
    """``1234.5 -> "1 234,50 €"`` in the current locale (display only)."""
    if amount is None:
        return ""
    return QLocale().toCurrencyString(float(amount), "€", 2)


def number_text(value: Decimal | None) -> str:
    """A quantity or a rate as the user would type it: ``12.50 -> "12,5"``, ``3 -> "3"``."""
    if value is None:
        return ""
    normal = value.normalize()
    text = f"{normal:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", QLocale().decimalPoint())


def amount_text(value: Decimal | None) -> str:
    """An amount with two decimals, no currency: ``1234.5 -> "1234,50"`` (for editing)."""
    if value is None:
        return ""
    return f"{value.quantize(Decimal('0.01')):f}".replace(".", QLocale().decimalPoint())


def percent_text(value: Decimal | None) -> str:
    return f"{number_text(value)}\u00a0%" if value is not None else ""


def parse_decimal(text: str) -> Decimal | None:
    """``"1 234,50 €"`` / ``"12.5"`` / ``"20 %"`` -> Decimal; None when it is not a number."""
    cleaned = text.strip()
    for junk in ("€", "%", " ", "\u00a0", "\u202f"):
        cleaned = cleaned.replace(junk, "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    elif "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(",", "")  # "1,234.50": English thousands
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def short_date(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def long_date(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


# ---- Message boxes ------------------------------------------------------------------------------


# ---- Table model over service rows --------------------------------------------------------------


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its title, the text shown, the sort key, and how it looks."""

    title: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    numeric: bool = False
    colour: Callable[[R], QColor | None] | None = None
    tooltip: Callable[[R], str] | None = None


class RowsModel(QAbstractTableModel, Generic[R]):
    """A read-only table over frozen dataclass rows (each with an ``id``), sortable in memory.

    ``Qt.UserRole`` gives the row's id. Sorting only orders the rows already read
    (the lists read up to :data:`LIST_LIMIT` rows and say when there are more).
    """

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[R] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of_id(self, row_id: int) -> int:
        for position, row in enumerate(self.rows):
            if getattr(row, "id", None) == row_id:
                return position
        return -1

    # ---- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.UserRole:
            return getattr(row, "id", None)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = self.columns[section].numeric
            horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [getattr(self.rows[i.row()], "id", None) for i in old]
        self._sort = (column, order)
        self._sort_rows(column, order)
        positions = {getattr(r, "id", None): n for n, r in enumerate(self.rows)}
        self.changePersistentIndexList(
            old,
            [
                self.index(positions.get(i, -1), p.column()) if i in positions else QModelIndex()
                for i, p in zip(ids, old, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        spec = self.columns[column]
        key = spec.sort_key or spec.text

        def safe(row: R) -> tuple[int, Any]:
            value = key(row)
            if value is None:
                return (1, 0)
            if isinstance(value, str):
                return (0, value.casefold())
            return (0, value)

        self.rows.sort(key=safe, reverse=order == Qt.SortOrder.DescendingOrder)


def make_table(model: QAbstractTableModel, object_name: str) -> QTableView:
    """A list table: whole rows, one selection, sortable, no grid, readable row height."""
    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setSortingEnabled(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(30)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setSortIndicatorShown(True)
    return table


# ---- A list page loaded on the worker -----------------------------------------------------------


class ListPage(QWidget):
    """Header, filter bar, search box, table and empty state, read on the background worker.

    Subclasses give :meth:`fetch` (runs on the worker with a Session and returns what
    :meth:`show_result` needs), the tables they watch, and fill ``filter_bar``.
    The page loads when first shown and, when ``data_changed`` touches its tables,
    at once if visible or when next shown. Loads never overlap: a request arriving
    during a load runs once after it.

    Signals:
        sig_loaded(int): the rows just shown (count), on the GUI thread.
        sig_open_requested(int): the user asked to open the row with this id.
    """

    view_id = ""
    watched_tables: tuple[str, ...] = ()
    sig_loaded = Signal(int)
    sig_open_requested = Signal(int)

    def __init__(
        self,
        context: ViewContext,
        *,
        title: str,
        subtitle: str,
        empty_text: str,
        search_placeholder: str,
        model: RowsModel[Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"view_{self.view_id}")
        self.loaded_once = False
        self._loading = False
        self._stale = True
        self._reload_pending = False
        self.truncated = False

        self.header = PageHeader(title, subtitle, self)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.setSpacing(8)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(search_placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.setAccessibleName(search_placeholder)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._on_search_changed)

        self.actions_bar = QHBoxLayout()
        self.actions_bar.setSpacing(8)

        self.model = model
        self.table = make_table(model, f"{self.view_id}Table")
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        for key in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._on_open_current)

        self.empty_text = plain_label(empty_text, self, object_name="emptyStateText")
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint = plain_label("", self, object_name="emptyStateHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty = QFrame(self)
        empty.setObjectName("emptyState")
        empty_layout = QVBoxLayout(empty)
        empty_layout.setContentsMargins(32, 32, 32, 32)
        empty_layout.setSpacing(12)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.empty_hint)
        empty_page = QWidget(self)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(empty, 4)
        centred.addStretch(1)
        page_layout = QVBoxLayout(empty_page)
        page_layout.setContentsMargins(0, 24, 0, 0)
        page_layout.addLayout(centred)
        page_layout.addStretch(1)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty_page)

        self.status_text = plain_label("", self, object_name="listStatus")
        self.status_text.setWordWrap(False)

        top = QHBoxLayout()
        top.addLayout(self.filter_bar, 1)
        top.addWidget(self.search)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addLayout(top)
        layout.addLayout(self.actions_bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status_text)

        context.events.data_changed.connect(self._on_data_changed)

    # ---- To override ----------------------------------------------------------------------

    def fetch_args(self) -> tuple[Any, ...]:
        """Arguments of :meth:`fetch`, read from the filters on the GUI thread."""
        return (self.search.text().strip(),)

    @staticmethod
    def fetch(session: Any, *args: Any) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def show_result(self, result: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def update_actions(self) -> None:
        """Enable the action buttons for the current row (subclasses)."""

    def filtering(self) -> bool:
        return bool(self.search.text().strip())

    # ---- Loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._loading:
            self._reload_pending = True
            return
        self._loading = True
        self._stale = False
        self.context.tasks.run_read(
            self.fetch,
            *self.fetch_args(),
            on_done=guarded(self, self._on_loaded),
            on_error=guarded(self, self._on_load_failed),
        )

    def _on_loaded(self, result: Any) -> None:
        self._loading = False
        current = self.current_id()
        self.show_result(result)
        self.loaded_once = True
        if current is not None:
            self.select_id(current)
        empty = self.model.rowCount() == 0
        self.stack.setCurrentIndex(1 if empty else 0)
        self.empty_text.setVisible(not self.filtering())
        self.empty_hint.setText(
            self.tr("Nothing matches these filters.") if self.filtering() else ""
        )
        self.empty_hint.setVisible(self.filtering())
        self.update_actions()
        self.sig_loaded.emit(self.model.rowCount())
        if self._reload_pending:
            self._reload_pending = False
            self.refresh()

    def _on_load_failed(self, exc: BaseException) -> None:
        self._loading = False
        log.error("loading %s failed", self.view_id, exc_info=exc)
        self.status_text.setText(
            self.tr("The list could not be read: {error}").format(error=error_text(exc))
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    @Slot(object)
    def _on_data_changed(self, changes: ChangeSet) -> None:
        if not changes.touches(*self.watched_tables):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    @Slot(str)
    def _on_search_changed(self, _text: str) -> None:
        self._search_timer.start()

    # ---- Selection ------------------------------------------------------------------------

    def current_row(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def current_id(self) -> int | None:
        row = self.current_row()
        return getattr(row, "id", None) if row is not None else None

    def select_id(self, row_id: int) -> bool:
        position = self.model.row_of_id(row_id)
        if position < 0:
            return False
        self.table.selectRow(position)
        self.table.setCurrentIndex(self.model.index(position, 0))
        return True

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.update_actions()

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.sig_open_requested.emit(row.id)

    @Slot()
    def _on_open_current(self) -> None:
        row_id = self.current_id()
        if row_id is not None:
            self.sig_open_requested.emit(row_id)
