""" "Retours clients": every complaint across clients, searchable, to learn from them.

Feedback rows are few (a complaint is rare): the list reads up to :data:`LIMIT` rows
matching the search on the worker and keeps them in memory.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.domain.changes import ChangeSet
from artisan_crm.domain.enums import FeedbackStatus
from artisan_crm.services.feedback import FeedbackView, list_feedback
from artisan_crm.ui.clients.common import error_text, guarded, plain_tooltip, short_date
from artisan_crm.ui.clients.dialogs import FeedbackDialog
from artisan_crm.ui.views.base import ViewContext, plain_label

INDEX = QModelIndex | QPersistentModelIndex
LIMIT = 500
OPEN_COLOUR = QColor("#b3261e")


class FeedbackModel(QAbstractTableModel):
    """Rows of :class:`FeedbackView`; ``Qt.UserRole`` gives the feedback id."""

    DATE, CLIENT, CATEGORY, CRITICISM, RESOLUTION, LESSON, STATUS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FeedbackView] = []
        self._headers = (
            self.tr("Received"),
            self.tr("Client"),
            self.tr("Category"),
            self.tr("What was criticised"),
            self.tr("Resolution"),
            self.tr("Lesson learned"),
            self.tr("Status"),
        )

    def set_rows(self, rows: tuple[FeedbackView, ...]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> FeedbackView | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def _text(self, row: FeedbackView, column: int) -> str:
        if column == self.DATE:
            return short_date(row.received_on)
        if column == self.CLIENT:
            return row.client_name
        if column == self.CATEGORY:
            return row.category
        if column == self.CRITICISM:
            return " ".join(row.criticism.split())
        if column == self.RESOLUTION:
            return " ".join(row.resolution.split())
        if column == self.LESSON:
            return " ".join(row.lesson_learned.split())
        return self.tr("Settled") if row.is_resolved else self.tr("To handle")

    def data(self, index: INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            self.CRITICISM,
            self.RESOLUTION,
            self.LESSON,
        ):
            full = {
                self.CRITICISM: row.criticism,
                self.RESOLUTION: row.resolution,
                self.LESSON: row.lesson_learned,
            }[column]
            return plain_tooltip(full) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS and not row.is_resolved:
            return QBrush(OPEN_COLOUR)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class FeedbackListPage(QWidget):
    """Search box, status filter and the table of complaints.

    Signals:
        sig_open_client(int): open the card of this client.
        sig_loaded(int): rows shown (count).
    """

    sig_open_client = Signal(int)
    sig_loaded = Signal(int)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("feedbackListPage")
        self.model = FeedbackModel(self)
        self._stale = True
        self._generation = 0
        self.dialog: FeedbackDialog | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("feedbackSearch")
        self.search.setPlaceholderText(
            self.tr("Search the complaints: a word, a client, a category…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textEdited.connect(lambda _t: self.debounce.start())
        self.debounce: QTimer = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(150)
        self.debounce.timeout.connect(self.reload)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("All complaints"), None)
        self.status_filter.addItem(self.tr("To handle"), FeedbackStatus.OPEN)
        self.status_filter.addItem(self.tr("Settled"), FeedbackStatus.RESOLVED)
        self.status_filter.currentIndexChanged.connect(self.reload)
        self.open_button = QPushButton(self.tr("Open the client's card"), self)
        self.open_button.clicked.connect(self._on_open_client)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(self._on_edit)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.open_button)

        self.table = QTableView(self)
        self.table.setObjectName("feedbackTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FeedbackModel.CRITICISM, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (FeedbackModel.DATE, 90),
            (FeedbackModel.CLIENT, 180),
            (FeedbackModel.CATEGORY, 140),
            (FeedbackModel.RESOLUTION, 190),
            (FeedbackModel.LESSON, 190),
            (FeedbackModel.STATUS, 90),
        ):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _i: self._on_edit())
        self.count = plain_label("", self, object_name="feedbackCount")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        context.events.data_changed.connect(self._on_data_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    @Slot(object)
    def _on_data_changed(self, changes: ChangeSet) -> None:
        if changes.touches("feedback", "client", "interaction"):
            self._stale = True
            if self.isVisible():
                self.reload()

    @Slot()
    def reload(self) -> None:
        self._stale = False
        self._generation += 1
        generation = self._generation
        self.context.tasks.run_read(
            list_feedback,
            search=self.search.text(),
            status=self.status_filter.currentData(),
            limit=LIMIT,
            on_done=guarded(self, lambda rows: self._on_rows(generation, rows)),
            on_error=guarded(self, lambda exc: self.count.setText(error_text(exc))),
        )

    def _on_rows(self, generation: int, rows: tuple[FeedbackView, ...]) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(rows)
        if not rows:
            text = (
                self.tr("No complaint matches this search.")
                if self.search.text().strip()
                else self.tr("No complaint recorded. Tick “Complaint” when you log a contact.")
            )
        elif len(rows) == 1:
            text = self.tr("1 complaint")
        else:
            text = self.tr("{count} complaints").format(count=len(rows))
        self.count.setText(text)
        self.sig_loaded.emit(len(rows))

    def _current(self) -> FeedbackView | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    @Slot()
    def _on_open_client(self) -> None:
        row = self._current()
        if row is not None:
            self.sig_open_client.emit(row.client_id)

    @Slot()
    def _on_edit(self) -> None:
        row = self._current()
        if row is None:
            return
        self.dialog = FeedbackDialog(self.context.tasks, row, self)
        self.dialog.open()
