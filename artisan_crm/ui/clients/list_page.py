"""The client list: search as you type, tag and archive filters, SQL sorting, paging.

Keyboard: Ctrl+F focuses the search box, Down goes from it to the list, Enter opens
the selected card (from the search box: the first match), Suppr archives or deletes.

Every key in the search box searches at once, with no typing pause: the model keeps at
most one query on the worker and folds the keys typed meanwhile into one follow-up query
with the latest text (see ``list_model``), so the list is never more than about two
queries behind the keyboard, and an answer to older text never replaces a newer one.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QHideEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.domain.changes import ChangeSet
from artisan_crm.domain.rating import RatingSettings
from artisan_crm.ui.clients.common import error_text
from artisan_crm.ui.clients.data import tag_names
from artisan_crm.ui.clients.list_model import ClientListModel
from artisan_crm.ui.views.base import ViewContext, plain_label

#: tables whose changes can alter a list row (name, city, phone, last contact, quotes, due)
WATCHED = (
    "client",
    "client_contact",
    "client_address",
    "client_tag",
    "tag",
    "interaction",
    "quote",
    "invoice",
    "payment",
)
#: tables that change a client's rating (the category column)
RATING_TABLES = ("client", "quote", "invoice", "payment", "time_entry", "interaction", "job")


class ClientListPage(QWidget):
    """Search box, filters, the client table and its empty state.

    Signals:
        sig_open_requested(int): the user asked to open this client's card.
        sig_new_requested(): the user asked for a new client (button).
        sig_remove_requested(int): Suppr on a row: archive or delete this client.
        sig_loaded(int): the list shows a new first page (total matching clients).
    """

    sig_open_requested = Signal(int)
    sig_new_requested = Signal()
    sig_remove_requested = Signal(int)
    sig_loaded = Signal(int)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("clientListPage")
        self.model = ClientListModel(
            context.tasks, rating_settings=self._rating_settings, parent=self
        )
        self._stale = True
        self._tags_stale = True
        #: Enter was pressed in the search box before the list answered the text typed
        self._open_first_when_loaded = False

        self.search = QLineEdit(self)
        self.search.setObjectName("clientSearch")
        self.search.setPlaceholderText(
            self.tr("Search a name, a town, a phone number, an e-mail… (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search clients"))
        self.search.installEventFilter(self)
        self.search.textEdited.connect(self._on_search_edited)
        self.search.returnPressed.connect(self._on_search_return)

        self.tag_filter = QComboBox(self)
        self.tag_filter.setObjectName("tagFilter")
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        self.tag_filter.addItem(self.tr("All tags"), None)
        self.tag_filter.setMinimumContentsLength(14)
        self.tag_filter.currentIndexChanged.connect(self._on_filters_changed)

        self.show_archived = QCheckBox(self.tr("Show archived clients"), self)
        self.show_archived.setObjectName("showArchived")
        self.show_archived.toggled.connect(self._on_filters_changed)

        self.new_button = QPushButton(self.tr("New client"), self)
        self.new_button.setObjectName("newClientButton")
        self.new_button.setToolTip(self.tr("Create a client card (Ctrl+N)"))
        self.new_button.clicked.connect(self.sig_new_requested)
        self.print_action = QAction(self.tr("Print…"), self)
        self.print_action.setObjectName("printSummariesAction")
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.setToolTip(
            self.tr("Print the summaries of the selected clients, or save them as PDF (Ctrl+P)")
        )
        self.print_action.triggered.connect(self.print_summaries)
        self.addAction(self.print_action)
        self.print_button = QToolButton(self)
        self.print_button.setObjectName("printSummariesButton")
        self.print_button.setDefaultAction(self.print_action)

        bar = QHBoxLayout()
        bar.setSpacing(10)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.tag_filter, 1)
        bar.addWidget(self.show_archived)
        bar.addWidget(self.print_button)
        bar.addWidget(self.new_button)

        self.table = QTableView(self)
        self.table.setObjectName("clientTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several clients can be selected to print their summaries in one go.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ClientListModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(ClientListModel.NAME, Qt.SortOrder.AscendingOrder)
        for column, width in (
            # Narrow enough that the name (which stretches) is readable at 1200 px.
            (ClientListModel.CITY, 150),
            (ClientListModel.PHONE, 125),
            (ClientListModel.LAST_CONTACT, 110),
            (ClientListModel.OPEN_QUOTES, 105),
            (ClientListModel.AMOUNT_DUE, 100),
            (ClientListModel.CATEGORY, 105),
        ):
            self.table.setColumnWidth(column, width)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        self.table.doubleClicked.connect(self._on_activated)
        self.table.installEventFilter(self)
        self.table.setAccessibleName(self.tr("Clients"))

        self.empty = plain_label("", self, object_name="emptyStateText")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.count_label = plain_label("", self, object_name="clientCount")
        self.count_label.setWordWrap(False)
        self.status = plain_label("", self, object_name="clientListStatus")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.status)
        layout.addLayout(footer)

        self.delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.activated.connect(self._on_delete_key)

        self.model.sig_loaded.connect(self._on_loaded)
        self.model.sig_failed.connect(self._on_failed)
        context.events.data_changed.connect(self._on_data_changed)

    # ---- Loading ----------------------------------------------------------------------------

    def ensure_loaded(self) -> None:
        """Read the list (and the tags) if something changed since the last read."""
        if self._stale:
            self._stale = False
            self.model.reload()
        if self._tags_stale:
            self._tags_stale = False
            self.context.tasks.run_read(tag_names, on_done=self._on_tags, on_error=lambda _e: None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()
        self.model.set_categories_active(True)

    def hideEvent(self, event: QHideEvent) -> None:
        # A card or another view opens: the worker is theirs, not the rating's.
        self.model.set_categories_active(False)
        super().hideEvent(event)

    def _rating_settings(self) -> RatingSettings:
        from artisan_crm.config import load_rating_settings

        return load_rating_settings(self.context.settings)

    @Slot(object)
    def _on_data_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*RATING_TABLES):
            self.model.invalidate_categories()
        if not changes.touches(*WATCHED):
            return
        self._stale = True
        if changes.touches("tag", "client_tag", "client"):
            self._tags_stale = True
        if self.isVisible():
            self.ensure_loaded()

    def _on_tags(self, names: tuple[str, ...]) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for name in names:
            self.tag_filter.addItem(name, name)
        position = self.tag_filter.findData(current) if current is not None else 0
        self.tag_filter.setCurrentIndex(max(position, 0))
        self.tag_filter.blockSignals(False)
        if current is not None and position < 0:
            self._on_filters_changed()

    @Slot(int)
    def _on_loaded(self, total: int) -> None:
        query = self.model.query
        filtered = bool(query.search or query.tag)
        if total == 0:
            if query.search:
                text = self.tr("No client matches “{search}”.").format(search=query.search)
            elif filtered:
                text = self.tr("No client has this tag.")
            else:
                text = self.tr(
                    "No client yet. Create one with “New client” (Ctrl+N), or bring your "
                    "address book in with File ▸ Import clients…"
                )
            self.empty.setText(text)
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.table)
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.model.index(0, 0))
        self.count_label.setText(self._count_text(total, filtered))
        self.status.setText("")
        self.sig_loaded.emit(total)
        if self._open_first_when_loaded:
            self._open_first_when_loaded = False
            self._open_first_match()

    def _count_text(self, total: int, filtered: bool) -> str:
        number = f"{total:,}".replace(",", "\u202f")
        if filtered:
            if total == 1:
                return self.tr("1 client found")
            return self.tr("{count} clients found").format(count=number)
        if total == 1:
            return self.tr("1 client")
        return self.tr("{count} clients").format(count=number)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.status.setText(self.tr("The list could not be read: {error}").format(error=message))

    # ---- Search and filters -------------------------------------------------------------------

    @Slot(str)
    def _on_search_edited(self, text: str) -> None:
        self._open_first_when_loaded = False
        self.model.set_search(text)

    @Slot()
    def _on_filters_changed(self) -> None:
        self.model.set_query(
            replace(
                self.model.query,
                tag=self.tag_filter.currentData(),
                include_archived=self.show_archived.isChecked(),
            )
        )

    @Slot(int, Qt.SortOrder)
    def _on_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        if ClientListModel.SORT_KEYS[column] is None:
            # Not sortable in SQL (the category): put the indicator back.
            header = self.table.horizontalHeader()
            current = ClientListModel.SORT_KEYS.index(self.model.query.sort)
            ascending = Qt.SortOrder.AscendingOrder
            descending = Qt.SortOrder.DescendingOrder
            header.blockSignals(True)
            header.setSortIndicator(
                current, descending if self.model.query.descending else ascending
            )
            header.blockSignals(False)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def flush_search(self) -> None:
        """Make sure the list searches for the text in the box (also set by program)."""
        self.model.set_search(self.search.text())

    @Slot()
    def _on_search_return(self) -> None:
        self.flush_search()
        if self.model.is_current():
            self._open_first_match()
        else:
            # Typed quicker than the list answers: open the match once it is there.
            self._open_first_when_loaded = True

    def _open_first_match(self) -> None:
        if self.model.rows:
            index = self.table.currentIndex()
            row = index.row() if index.isValid() else 0
            self.sig_open_requested.emit(self.model.rows[row].id)

    # ---- Rows ---------------------------------------------------------------------------------

    def selected_client_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        found = (self.model.row_at(row) for row in rows)
        return [row.id for row in found if row is not None]

    @Slot()
    def print_summaries(self) -> Any:
        """Print the summaries of the selected clients (options dialog, then preview)."""
        from artisan_crm.ui.summary import print_client_summaries

        self.print_job = print_client_summaries(self, self.context, self.selected_client_ids())
        return self.print_job

    def current_client_id(self) -> int | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.id if row is not None else None

    def select_client(self, client_id: int) -> None:
        row = self.model.row_of_id(client_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _on_activated(self, index: object) -> None:
        client_id = self.current_client_id()
        if client_id is not None:
            self.sig_open_requested.emit(client_id)

    @Slot()
    def _on_delete_key(self) -> None:
        client_id = self.current_client_id()
        if client_id is not None:
            self.sig_remove_requested.emit(client_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._on_activated(self.table.currentIndex())
                return True
            if watched is self.search and key == Qt.Key.Key_Down and self.model.rows:
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.table.currentIndex().isValid():
                    self.table.setCurrentIndex(self.model.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def error_message(self, exc: BaseException) -> str:
        return error_text(exc)
