"""The client list model: pages of ``list_clients`` read on the worker, sorted in SQL.

The first page covers the screen; :meth:`fetchMore` reads the next one when the view
scrolls near the end, so 20,000 clients never sit in memory at once. Every query
carries a generation number: an answer to a query the user has since changed (typed
one more letter, clicked another column) is dropped. At most one list query is on the
worker at a time; a change arriving meanwhile runs once, after it, with the latest
criteria (typing fast never queues a query per keystroke).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from artisan_crm.domain.rating import Category
from artisan_crm.services.clients import ClientPage, ClientRow, list_clients
from artisan_crm.ui.clients.common import money, plain_tooltip, short_date
from artisan_crm.ui.taskman import TaskManager

log = logging.getLogger(__name__)

INDEX = QModelIndex | QPersistentModelIndex
#: rows per page: more than a maximised window shows
PAGE_SIZE = 100

ARCHIVED_COLOUR = QColor("#7a8791")
DUE_COLOUR = QColor("#b3261e")
CATEGORY_COLOURS: dict[Category, str] = {
    Category.GEM: "#2e7d32",
    Category.GOOD: "#4f8f3a",
    Category.WATCH: "#b26a00",
    Category.VAMPIRE: "#c62828",
    Category.NOT_ENOUGH_DATA: "#7a8791",
}


@dataclass(frozen=True)
class ListQuery:
    """What the list shows: the criteria given to ``list_clients``."""

    search: str = ""
    tag: str | None = None
    include_archived: bool = False
    sort: str = "name"
    descending: bool = False


class ClientListModel(QAbstractTableModel):
    """Client rows, read page by page on the worker.

    ``Qt.UserRole`` gives the client id of a row.

    Signals:
        sig_loaded(int): a new first page is shown; the argument is the total count
            of matching clients (GUI thread).
        sig_failed(str): a list query failed (the French message).
    """

    sig_loaded = Signal(int)
    sig_failed = Signal(str)

    NAME, CITY, PHONE, LAST_CONTACT, OPEN_QUOTES, AMOUNT_DUE, CATEGORY = range(7)
    #: the ``list_clients`` sort key of each column (None: not sortable in SQL)
    SORT_KEYS: tuple[str | None, ...] = (
        "name",
        "city",
        "phone",
        "last_contact",
        "open_quotes",
        "amount_due",
        None,
    )

    def __init__(
        self, tasks: TaskManager, *, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.page_size = page_size
        self.query = ListQuery()
        self.rows: list[ClientRow] = []
        self.total = 0
        #: category of each rated client (filled by :meth:`set_categories`)
        self.categories: dict[int, Category] = {}
        self._generation = 0
        self._busy = False
        self._reload_wanted = False
        self._loaded_generation = -1
        self._headers = (
            self.tr("Name"),
            self.tr("City"),
            self.tr("Phone"),
            self.tr("Last contact"),
            self.tr("Open quotes"),
            self.tr("Amount due"),
            self.tr("Category"),
        )

    # ---- Queries ----------------------------------------------------------------------------

    def set_query(self, query: ListQuery) -> None:
        if query != self.query:
            self.query = query
            self.reload()

    def set_search(self, text: str) -> None:
        self.set_query(replace(self.query, search=text.strip()))

    def reload(self) -> None:
        """Read the first page again with the current criteria (coalesced, see module doc)."""
        self._generation += 1
        if self._busy:
            self._reload_wanted = True
            return
        self._start(self._generation, 0)

    def is_loading(self) -> bool:
        return self._busy or self._reload_wanted

    def is_current(self) -> bool:
        """True when the rows shown answer the latest criteria."""
        return self._loaded_generation == self._generation and not self.is_loading()

    def _start(self, generation: int, offset: int) -> None:
        self._busy = True
        q = self.query
        self.tasks.run_read(
            list_clients,
            search=q.search,
            tag=q.tag,
            include_archived=q.include_archived,
            sort=q.sort,
            descending=q.descending,
            limit=self.page_size,
            offset=offset,
            on_done=lambda page: self._on_page(generation, offset, page),
            on_error=lambda exc: self._on_error(generation, exc),
        )

    def _next(self) -> None:
        self._busy = False
        if self._reload_wanted:
            self._reload_wanted = False
            self._start(self._generation, 0)

    def _on_page(self, generation: int, offset: int, page: ClientPage) -> None:
        stale = generation != self._generation
        if not stale:
            if offset == 0:
                self.beginResetModel()
                self.rows = list(page.rows)
                self.total = page.total
                self.endResetModel()
                self._loaded_generation = generation
            elif offset == len(self.rows) and page.rows:
                self.beginInsertRows(QModelIndex(), offset, offset + len(page.rows) - 1)
                self.rows.extend(page.rows)
                self.total = page.total
                self.endInsertRows()
        self._next()
        if not stale and offset == 0 and not self._reload_wanted and not self._busy:
            self.sig_loaded.emit(self.total)

    def _on_error(self, generation: int, exc: BaseException) -> None:
        self._next()
        if generation == self._generation:
            log.warning("client list query failed: %s", exc)
            from artisan_crm.ui.clients.common import error_text

            self.sig_failed.emit(error_text(exc))

    # ---- Paging -----------------------------------------------------------------------------

    def canFetchMore(self, parent: INDEX = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return len(self.rows) < self.total and not self._busy

    def fetchMore(self, parent: INDEX = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self._loaded_generation == self._generation:
            self._start(self._generation, len(self.rows))

    # ---- Rating -------------------------------------------------------------------------------

    def set_categories(self, categories: dict[int, Category]) -> None:
        self.categories = dict(categories)
        if self.rows:
            top = self.index(0, self.CATEGORY)
            bottom = self.index(len(self.rows) - 1, self.CATEGORY)
            self.dataChanged.emit(top, bottom)

    # ---- Access -------------------------------------------------------------------------------

    def row_at(self, row: int) -> ClientRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of_id(self, client_id: int) -> int:
        for position, row in enumerate(self.rows):
            if row.id == client_id:
                return position
        return -1

    # ---- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def _text(self, row: ClientRow, column: int) -> str:
        if column == self.NAME:
            if row.archived:
                return self.tr("{name} (archived)").format(name=row.display_name)
            return row.display_name
        if column == self.CITY:
            return row.city
        if column == self.PHONE:
            return row.phone
        if column == self.LAST_CONTACT:
            return short_date(row.last_contact) if row.last_contact else self.tr("never")
        if column == self.OPEN_QUOTES:
            return str(row.open_quotes) if row.open_quotes else ""
        if column == self.AMOUNT_DUE:
            return money(row.amount_due) if row.amount_due else ""
        category = self.categories.get(row.id)
        return category.label if category is not None else ""

    def data(self, index: INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NAME:
                details = [row.display_name, row.phone, row.email, row.city]
                return plain_tooltip("\n".join(d for d in details if d))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = column in (self.OPEN_QUOTES, self.AMOUNT_DUE)
            horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.archived:
                return QBrush(ARCHIVED_COLOUR)
            if column == self.AMOUNT_DUE and row.amount_due > 0:
                return QBrush(DUE_COLOUR)
            if column == self.CATEGORY and row.id in self.categories:
                return QBrush(QColor(CATEGORY_COLOURS[self.categories[row.id]]))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = section in (self.OPEN_QUOTES, self.AMOUNT_DUE)
            horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL: the first page is read again in the new order."""
        if not 0 <= column < len(self.SORT_KEYS):
            return
        key = self.SORT_KEYS[column]
        if key is None:
            return
        self.set_query(
            replace(self.query, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        )
