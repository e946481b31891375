"""The Clients view: the list (and "Retours clients") or one client's card.

Other views open a card through :meth:`ClientsView.open_client`. Ctrl+N creates a
client, Ctrl+F searches; a deletion (or an archiving) can be undone right after, from
the bar at the bottom or with Ctrl+Z while it shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.services.clients import (
    ClientView,
    DeletedClient,
    archive_client,
    delete_client,
    restore_client,
    restore_deleted_client,
)
from artisan_crm.ui.clients.card import ClientCardPage
from artisan_crm.ui.clients.common import ask, error_text, guarded, tell
from artisan_crm.ui.clients.feedback_list import FeedbackListPage
from artisan_crm.ui.clients.list_page import ClientListPage
from artisan_crm.ui.views.base import PageHeader, ViewContext, plain_label

log = logging.getLogger(__name__)

#: how long "Client supprimé — Annuler" stays
UNDO_SECONDS = 15


class UndoBar(QFrame):
    """ "Client supprimé — Annuler": a message with one undo button, for a few seconds.

    Signals:
        sig_undo(): the user clicked "Undo" (or pressed Ctrl+Z while the bar shows).
    """

    sig_undo = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setStyleSheet(
            "QFrame#undoBar { background: #263238; border-radius: 6px; }"
            "QFrame#undoBar QLabel { color: white; font-size: 10.5pt; }"
            "QFrame#undoBar QPushButton { color: #90caf9; font-weight: 600; border: none;"
            " padding: 4px 10px; }"
            "QFrame#undoBar QToolButton { color: #cfd8dc; border: none; }"
        )
        self.message = plain_label("", self, object_name="undoMessage")
        self.message.setWordWrap(False)
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"), self)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self._on_undo)
        close = QToolButton(self)
        close.setText("✕")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 8, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(close)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        self.action: Callable[[], None] | None = None
        self.hide()

    def offer(self, message: str, action: Callable[[], None]) -> None:
        self.message.setText(message)
        self.action = action
        self.show()
        self.timer.start(UNDO_SECONDS * 1000)

    @Slot()
    def _on_undo(self) -> None:
        action, self.action = self.action, None
        self.hide()
        if action is not None:
            action()


class ClientsView(QWidget):
    """The Clients page of the main window.

    Signals:
        sig_card_shown(int): the card of this client is on screen (0 for a new client).
    """

    view_id = "clients"
    sig_card_shown = Signal(int)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"view_{self.view_id}")
        self._window_filtered: QWidget | None = None
        self.dialog: QWidget | None = None

        self.header = PageHeader(
            self.tr("Clients"),
            self.tr("Everyone you work for, with their contact details, sites and history."),
            self,
        )
        self.list_page = ClientListPage(context, self)
        self.feedback_page = FeedbackListPage(context, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("clientTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.list_page, self.tr("Clients"))
        self.tabs.addTab(self.feedback_page, self.tr("Customer feedback"))
        list_area = QWidget(self)
        list_layout = QVBoxLayout(list_area)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(12)
        list_layout.addWidget(self.header)
        list_layout.addWidget(self.tabs, 1)
        self.list_area = list_area

        self.card = ClientCardPage(context, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(list_area)
        self.stack.addWidget(self.card)

        self.undo_bar = UndoBar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.undo_bar)

        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.activated.connect(self.new_client)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.activated.connect(self._on_find)
        self.undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self.undo_shortcut.activated.connect(self._on_undo_shortcut)

        self.list_page.sig_open_requested.connect(self.open_client)
        self.list_page.sig_new_requested.connect(self.new_client)
        self.list_page.sig_remove_requested.connect(self.ask_remove)
        self.feedback_page.sig_open_client.connect(self.open_client)
        self.card.sig_back.connect(self.show_list)
        self.card.sig_open_client.connect(self._on_card_open_other)
        self.card.sig_deleted.connect(self._on_deleted)
        self.card.sig_archived.connect(self._on_archived)

    # ---- Navigation ---------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self and window is not self._window_filtered:
            window.installEventFilter(self)
            self._window_filtered = window

    def is_card_shown(self) -> bool:
        return self.stack.currentWidget() is self.card

    @Slot()
    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_area)
        if self.card.client_id is not None:
            self.list_page.select_client(self.card.client_id)
        self.list_page.table.setFocus()

    @Slot(int)
    def open_client(self, client_id: int) -> None:
        """Show this client's card (asks first if the card on screen has unsaved changes)."""
        if self.is_card_shown() and self.card.client_id == client_id:
            return
        self.card.maybe_leave(lambda: self._show_card(client_id))

    def _show_card(self, client_id: int) -> None:
        self.card.open_client(client_id)
        self.stack.setCurrentWidget(self.card)
        self.sig_card_shown.emit(client_id)

    def _on_card_open_other(self, client_id: int) -> None:
        self._show_card(client_id)

    @Slot()
    def new_client(self) -> None:
        def show_new() -> None:
            self.card.new_client()
            self.stack.setCurrentWidget(self.card)
            self.card.form.last_name.setFocus()
            self.sig_card_shown.emit(0)

        self.card.maybe_leave(show_new)

    @Slot()
    def _on_find(self) -> None:
        def focus() -> None:
            self.show_list()
            self.tabs.setCurrentWidget(self.list_page)
            self.list_page.focus_search()

        if self.is_card_shown():
            self.card.maybe_leave(focus)
        else:
            focus()

    # ---- Archive / delete from the list -------------------------------------------------------

    def ask_remove(self, client_id: int) -> None:
        """Suppr on the list: archive (reversible) or delete (undo right after)."""
        row = self.list_page.model.row_at(self.list_page.model.row_of_id(client_id))
        name = row.display_name if row is not None else ""
        archived = row is not None and row.archived
        box = QMessageBox(self)
        box.setObjectName("removeBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Archive or delete"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        text = self.tr(
            "What should be done with “{name}”?\n\nArchiving hides the client from the list "
            "and keeps the whole history. Deleting removes the card and its exchanges (you "
            "can undo it right after)."
        ).format(name=name)
        box.setText(text)
        archive = None
        if not archived:
            archive = box.addButton(self.tr("Archive"), QMessageBox.ButtonRole.AcceptRole)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(archive or cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished() -> None:
            clicked = box.clickedButton()
            if archive is not None and clicked is archive:
                self.archive(client_id)
            elif clicked is delete:
                self.delete(client_id)

        box.finished.connect(finished)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.dialog = box

    def archive(self, client_id: int) -> None:
        self.context.tasks.run_write(
            archive_client,
            client_id,
            on_done=guarded(self, lambda view: self._on_archived(view.id, True)),
            on_error=guarded(self, lambda exc: tell(self, self.tr("Archive"), error_text(exc))),
        )

    def delete(self, client_id: int) -> None:
        self.context.tasks.run_write(
            delete_client,
            client_id,
            on_done=guarded(self, self._on_deleted),
            on_error=guarded(self, lambda exc: self._on_delete_failed(client_id, exc)),
        )

    def _on_delete_failed(self, client_id: int, exc: BaseException) -> None:
        from artisan_crm.domain.errors import BusinessRuleError

        if isinstance(exc, BusinessRuleError):
            self.dialog = ask(
                self,
                self.tr("This client cannot be deleted"),
                str(exc),
                self.tr("Archive"),
                lambda: self.archive(client_id),
            )
        else:
            tell(self, self.tr("Delete"), error_text(exc))

    def _on_deleted(self, token: DeletedClient) -> None:
        self.undo_bar.offer(
            self.tr("Client “{name}” deleted.").format(name=token.display_name),
            lambda: self.undo_delete(token),
        )

    def undo_delete(self, token: DeletedClient) -> None:
        self.context.tasks.run_write(
            restore_deleted_client,
            token,
            on_done=guarded(self, self._on_undeleted),
            on_error=guarded(self, lambda exc: tell(self, self.tr("Undo"), error_text(exc))),
        )

    def _on_undeleted(self, view: ClientView) -> None:
        self.undo_bar.offer(
            self.tr("“{name}” is back.").format(name=view.display_name), lambda: None
        )
        self.undo_bar.undo_button.hide()
        QTimer.singleShot(2500, self.undo_bar.hide)
        self.list_page.select_client(view.id)

    def _on_archived(self, client_id: int, archived: bool) -> None:
        if not archived:
            return

        def undo() -> None:
            self.context.tasks.run_write(
                restore_client,
                client_id,
                on_error=guarded(self, lambda exc: tell(self, self.tr("Undo"), error_text(exc))),
            )

        self.undo_bar.offer(self.tr("Client archived."), undo)

    @Slot()
    def _on_undo_shortcut(self) -> None:
        if self.undo_bar.isVisible() and self.undo_bar.undo_button.isVisible():
            self.undo_bar._on_undo()

    # ---- Closing with unsaved changes ---------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Close
            and watched is self._window_filtered
            and self.card.is_dirty()
        ):
            event.ignore()
            self.stack.setCurrentWidget(self.card)
            self.card.maybe_leave(lambda: QTimer.singleShot(0, watched.close))
            return True
        return super().eventFilter(watched, event)

    def has_unsaved_changes(self) -> bool:
        return self.card.is_dirty()
