"""The client list model: pages of ``list_clients`` read on the worker, sorted in SQL.

The first page covers the screen; :meth:`fetchMore` reads the next one when the view
scrolls near the end, so 20,000 clients never sit in memory at once. Every query
carries a generation number: an answer to a query the user has since changed (typed
one more letter, clicked another column) is dropped, and stopped inside SQLite if
still running. At most one list query is on the worker at a time; a change arriving
meanwhile runs once, after it, with the latest criteria (typing fast never queues a
query per keystroke, and the search box needs no typing pause: the first key searches
at once, the last one waits for little more than its own query).

The category column comes from rating the whole file (a couple of seconds on the
worker for 20,000 clients), started once the list has been quiet for
:data:`CATEGORY_IDLE_MS`, kept until the data changes, and given up (cancelled
mid-query) as soon as the list needs the worker again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from artisan_crm.domain.rating import Category, RatingSettings
from artisan_crm.services.clients import ClientPage, ClientRow
from artisan_crm.ui.clients.common import money, plain_tooltip, short_date
from artisan_crm.ui.clients.data import CancelFlag, Cancelled, client_categories, client_page
from artisan_crm.ui.taskman import TaskManager

log = logging.getLogger(__name__)

INDEX = QModelIndex | QPersistentModelIndex
#: rows per page: more than a maximised window shows
PAGE_SIZE = 100
#: how long the list stays quiet (no query) before the whole file is rated
CATEGORY_IDLE_MS = 400

ARCHIVED_COLOUR = QColor("#7a8791")
DUE_COLOUR = QColor("#b3261e")
CATEGORY_COLOURS: dict[Category, str] = {
    Category.GEM: "#2e7d32",
    Category.GOOD: "#4f8f3a",
    Category.WATCH: "#b26a00",
    Category.VAMPIRE: "#c62828",
    Category.NOT_ENOUGH_DATA: "#7a8791",
}
ARCHIVED_BRUSH = QBrush(ARCHIVED_COLOUR)
DUE_BRUSH = QBrush(DUE_COLOUR)
CATEGORY_BRUSHES = {
    category: QBrush(QColor(colour)) for category, colour in CATEGORY_COLOURS.items()
}

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_USER = Qt.ItemDataRole.UserRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
#: the roles :meth:`ClientListModel.data` answers
_ROLES = frozenset((_DISPLAY, _USER, _ALIGNMENT, _FOREGROUND, Qt.ItemDataRole.ToolTipRole.value))
_TEXT_ALIGNMENT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_NUMERIC_ALIGNMENT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


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
        sig_categories_loaded(): the category column has been filled (or refreshed).
    """

    sig_loaded = Signal(int)
    sig_failed = Signal(str)
    sig_categories_loaded = Signal()

    NAME, CITY, PHONE, LAST_CONTACT, OPEN_QUOTES, AMOUNT_DUE, CATEGORY = range(7)
    NUMERIC_COLUMNS = frozenset((OPEN_QUOTES, AMOUNT_DUE))
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
        self,
        tasks: TaskManager,
        *,
        page_size: int = PAGE_SIZE,
        rating_settings: Callable[[], RatingSettings] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.page_size = page_size
        self.query = ListQuery()
        self.rows: list[ClientRow] = []
        self.total = 0
        #: category of each client with activity over the rating period (the whole file)
        self.categories: dict[int, Category] = {}
        self._generation = 0
        self._busy = False
        self._reload_wanted = False
        self._loaded_generation = -1
        #: stops the list query on the worker (set when its answer is no longer wanted)
        self._query_flag: CancelFlag | None = None
        self._rating_settings = rating_settings or RatingSettings
        self._categories_stale = True
        #: moves on each data change: a rating started before it is out of date
        self._categories_epoch = 0
        self._categories_active = False
        self._category_flag: CancelFlag | None = None
        self._category_timer = QTimer(self)
        self._category_timer.setSingleShot(True)
        self._category_timer.setInterval(CATEGORY_IDLE_MS)
        self._category_timer.timeout.connect(self._on_category_timer)
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
            if self._query_flag is not None:
                self._query_flag.cancel()  # its answer would be dropped: stop it now
            return
        self._start(self._generation, 0)

    def is_loading(self) -> bool:
        return self._busy or self._reload_wanted

    def is_current(self) -> bool:
        """True when the rows shown answer the latest criteria."""
        return self._loaded_generation == self._generation and not self.is_loading()

    def _start(self, generation: int, offset: int) -> None:
        # The list comes first: a rating under way gives the worker back at once.
        self.cancel_categories()
        self._busy = True
        q = self.query
        flag = self._query_flag = CancelFlag()
        self.tasks.run_read(
            client_page,
            flag,
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
        self._query_flag = None
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
        if not self._busy:
            self._arm_categories()
        if not stale and offset == 0 and not self._reload_wanted and not self._busy:
            self.sig_loaded.emit(self.total)

    def _on_error(self, generation: int, exc: BaseException) -> None:
        self._next()
        if not self._busy:
            self._arm_categories()
        if generation == self._generation and not isinstance(exc, Cancelled):
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

    # ---- Rating (the category column) ---------------------------------------------------------

    def set_categories_active(self, active: bool) -> None:
        """Rate only while the list is on screen (a hidden list gives the worker back)."""
        self._categories_active = active
        if active:
            self._arm_categories()
        else:
            self.cancel_categories()

    def invalidate_categories(self) -> None:
        """The data behind the ratings changed: rate again when the list is next quiet.
        The categories shown stay until the new ones arrive."""
        self._categories_stale = True
        self._categories_epoch += 1
        self.cancel_categories()
        self._arm_categories()

    def categories_running(self) -> bool:
        return self._category_flag is not None

    def cancel_categories(self) -> None:
        self._category_timer.stop()
        if self._category_flag is not None:
            self._category_flag.cancel()
            self._category_flag = None

    def _arm_categories(self) -> None:
        if (
            self._categories_stale
            and self._categories_active
            and self._category_flag is None
            and not self.is_loading()
        ):
            self._category_timer.start()

    def _on_category_timer(self) -> None:
        if self._categories_stale and self._categories_active and not self.is_loading():
            self.start_categories()

    def start_categories(self) -> None:
        """Rate the whole file on the worker now (the category of every client)."""
        if self._category_flag is not None:
            return
        self._category_timer.stop()
        flag = CancelFlag()
        self._category_flag = flag
        epoch = self._categories_epoch
        self.tasks.run_read(
            client_categories,
            self._rating_settings(),
            flag,
            on_done=lambda categories: self._on_categories(flag, epoch, categories),
            on_error=lambda exc: self._on_categories_failed(flag, epoch, exc),
        )

    def _on_categories(self, flag: CancelFlag, epoch: int, categories: dict[int, Category]) -> None:
        if self._category_flag is flag:
            self._category_flag = None
        # Finished before it saw the cancel: still right unless the data changed since.
        if epoch == self._categories_epoch:
            self._categories_stale = False
            self._category_timer.stop()
            self.set_categories(categories)

    def _on_categories_failed(self, flag: CancelFlag, epoch: int, exc: BaseException) -> None:
        if self._category_flag is flag:
            self._category_flag = None
        if isinstance(exc, Cancelled) or flag.cancelled:
            return  # gave way to the list; armed again once the list is quiet
        if epoch == self._categories_epoch:
            self._categories_stale = False  # no retry loop: the next data change tries again
        log.warning("rating for the client list failed: %s", exc)

    def set_categories(self, categories: dict[int, Category]) -> None:
        self.categories = dict(categories)
        if self.rows:
            top = self.index(0, self.CATEGORY)
            bottom = self.index(len(self.rows) - 1, self.CATEGORY)
            self.dataChanged.emit(top, bottom)
        self.sig_categories_loaded.emit()

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
        return category.label if category is not None and category.judged else ""

    def data(self, index: INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell at each paint (about a thousand
        # calls): the roles this model does not answer leave first.
        if role not in _ROLES or not index.isValid():
            return None
        position = index.row()
        if not 0 <= position < len(self.rows):
            return None
        row = self.rows[position]
        column = index.column()
        if role == _DISPLAY:
            return self._text(row, column)
        if role == _ALIGNMENT:
            return _NUMERIC_ALIGNMENT if column in self.NUMERIC_COLUMNS else _TEXT_ALIGNMENT
        if role == _FOREGROUND:
            if row.archived:
                return ARCHIVED_BRUSH
            if column == self.AMOUNT_DUE and row.amount_due > 0:
                return DUE_BRUSH
            category = self.categories.get(row.id) if column == self.CATEGORY else None
            return CATEGORY_BRUSHES[category] if category is not None else None
        if role == _USER:
            return row.id
        if column == self.NAME:  # tool tip
            details = [row.display_name, row.phone, row.email, row.city]
            return plain_tooltip("\n".join(d for d in details if d))
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
