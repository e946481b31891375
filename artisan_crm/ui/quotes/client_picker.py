"""Choosing a client for a new quote: type a few letters, Enter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.ui.quotes.common import (
    SEARCH_DELAY_MS,
    Column,
    RowsModel,
    error_text,
    guarded,
    make_table,
)
from artisan_crm.ui.views.base import ViewContext, plain_label

PICKER_LIMIT = 200


def _read_clients(session: Any, search: str) -> tuple[Any, ...]:
    from artisan_crm.services.clients import list_clients, search_clients

    if search:
        return tuple(search_clients(session, search, limit=PICKER_LIMIT))
    return tuple(list_clients(session, limit=PICKER_LIMIT).rows)


class ClientPickerDialog(QDialog):
    """A searchable list of clients (name, town, phone); Enter or double-click chooses.

    Signals:
        sig_loaded(int): the list shows this many clients.
        sig_client_chosen(int, str): the id and name of the chosen client.
    """

    sig_loaded = Signal(int)
    sig_client_chosen = Signal(int, str)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("clientPicker")
        self.setWindowTitle(self.tr("Choose the client"))
        self._loading = False
        self._again = False

        self.search = QLineEdit(self)
        self.search.setObjectName("clientSearch")
        self.search.setPlaceholderText(self.tr("Name, town, phone…"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.search.returnPressed.connect(self.accept)
        self.model: RowsModel[Any] = RowsModel(
            [
                Column(self.tr("Client"), lambda r: r.display_name),
                Column(self.tr("Town"), lambda r: r.city),
                Column(self.tr("Phone"), lambda r: r.phone),
            ],
            self,
        )
        self.table = make_table(self.model, "clientPickerTable")
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 160)
        self.table.setColumnWidth(2, 140)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.message = plain_label("", self, object_name="pickerMessage")

        self.buttons = QDialogButtonBox(self)
        self.choose_button = self.buttons.addButton(
            self.tr("Choose"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.choose_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Which client is this quote for?"), self))
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(620, 460)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.refresh()

    def refresh(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.context.tasks.run_read(
            _read_clients,
            self.search.text().strip(),
            on_done=guarded(self, self._on_loaded),
            on_error=guarded(self, self._on_failed),
        )

    def _on_loaded(self, rows: tuple[Any, ...]) -> None:
        self._loading = False
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.model.index(0, 0))
        if not rows:
            self.message.setText(
                self.tr("No client matches. Create the client first in the Clients view.")
                if self.search.text().strip()
                else self.tr("No client yet: create one first in the Clients view.")
            )
        else:
            self.message.setText("")
        self.choose_button.setEnabled(bool(rows))
        self.sig_loaded.emit(len(rows))
        if self._again:
            self._again = False
            self.refresh()

    def _on_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.message.setText(error_text(exc))

    def eventFilter(self, watched: Any, event: Any) -> bool:
        # Up/Down in the search box move in the list: no need to leave the keyboard.
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            row = self.table.currentIndex().row()
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            target = max(0, min(self.model.rowCount() - 1, row + step))
            if self.model.rowCount():
                self.table.selectRow(target)
                self.table.setCurrentIndex(self.model.index(target, 0))
            return True
        return super().eventFilter(watched, event)

    def chosen(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    @Slot(QModelIndex)
    def _on_double_clicked(self, _index: QModelIndex) -> None:
        self.accept()

    def accept(self) -> None:
        row = self.chosen()
        if row is None:
            return
        super().accept()
        self.sig_client_chosen.emit(row.id, row.display_name)
