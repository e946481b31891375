"""The client card: everything about one client on one screen, edited in place.

Left, the form (identity, phones, e-mails, addresses, tags, source, notes); right, the
totals, the "log a contact" buttons, the stopwatch and the history, newest first.
Saving goes through the worker with the version that was loaded: if another
workstation changed the client meanwhile, the user may reload, and what they typed
stays visible (and can be put back in the form). Nothing typed is lost: a wrong
field keeps its text, and leaving with unsaved changes asks first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from artisan_crm.domain.changes import ChangeSet
from artisan_crm.domain.enums import InteractionChannel, TimeKind
from artisan_crm.domain.errors import (
    BusinessRuleError,
    ConflictError,
    NotFoundError,
    ValidationError,
)
from artisan_crm.services import gdpr
from artisan_crm.services.clients import (
    ClientDraft,
    ClientView,
    DeletedClient,
    archive_client,
    create_client,
    delete_client,
    get_client,
    restore_client,
    update_client,
)
from artisan_crm.services.duplicates import DuplicateMatch, find_likely_duplicates
from artisan_crm.services.feedback import FeedbackView, get_feedback
from artisan_crm.services.interactions import CHANNEL_LABELS, InteractionView
from artisan_crm.services.time_entries import format_minutes
from artisan_crm.services.timeline import ClientCard, TimelineKind, get_client_card
from artisan_crm.ui.clients.common import (
    alive,
    ask,
    error_text,
    guarded,
    money,
    short_date,
    tell,
)
from artisan_crm.ui.clients.dialogs import (
    AnonymiseDialog,
    DuplicateDialog,
    FeedbackDialog,
    LogContactDialog,
    TimeEntryDialog,
)
from artisan_crm.ui.clients.form import ClientForm
from artisan_crm.ui.clients.timeline import TimelineModel
from artisan_crm.ui.clients.timer import ContactTimer
from artisan_crm.ui.views.base import ViewContext, plain_label

log = logging.getLogger(__name__)

#: tables whose changes show on a card (its history and totals)
CARD_TABLES = (
    "client",
    "client_contact",
    "client_address",
    "client_tag",
    "interaction",
    "quote",
    "job",
    "invoice",
    "payment",
    "time_entry",
    "appointment",
    "feedback",
    "reminder",
)
CONTACT_BUTTONS = (
    InteractionChannel.CALL,
    InteractionChannel.VISIT,
    InteractionChannel.EMAIL,
    InteractionChannel.SMS,
    InteractionChannel.NOTE,
)


def load_card(session: Session, client_id: int) -> tuple[ClientCard, str]:
    """The card and the name of the client who referred this one (worker)."""
    card = get_client_card(session, client_id)
    referrer = ""
    if card.client.referred_by_id is not None:
        try:
            referrer = get_client(session, card.client.referred_by_id).display_name
        except NotFoundError:
            referrer = ""
    return card, referrer


def export_personal_data(session: Session, client_id: int, directory: Path) -> tuple[Path, Path]:
    """GDPR export of one client: JSON + HTML files in ``directory`` (worker)."""
    return gdpr.write_client_data(gdpr.export_client_data(session, client_id), directory)


class TotalBox(QFrame):
    """One figure of the card's totals, with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countCard")
        self.number = plain_label("—", self, object_name="countNumber")
        self.number.setWordWrap(False)
        self.number.setStyleSheet("font-size: 15pt;")
        self.caption = plain_label(caption, self, object_name="countCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_value(self, text: str, tooltip: str = "") -> None:
        self.number.setText(text)
        self.setToolTip(tooltip)


class ClientCardPage(QWidget):
    """One client's card (or a new client's empty form).

    Signals:
        sig_back(): the user wants the list again (unsaved changes already settled).
        sig_open_client(int): open this other client (a duplicate the user chose).
        sig_saved(int): the client with this id was created or saved.
        sig_deleted(object): the client was deleted; the argument is the
            :class:`DeletedClient` undo token.
        sig_archived(int, bool): the client was archived (True) or restored (False).
        sig_loaded(int): the card of this client id is shown with fresh data.
    """

    sig_back = Signal()
    sig_open_client = Signal(int)
    sig_saved = Signal(int)
    sig_deleted = Signal(object)
    sig_archived = Signal(int, bool)
    sig_loaded = Signal(int)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks = context.tasks
        self.setObjectName("clientCard")
        self.client_id: int | None = None
        self.view: ClientView | None = None
        self.referrer_name = ""
        self.loaded_draft: ClientDraft = ClientDraft()
        self.saving = False
        self._reload_pending = False
        self._generation = 0
        #: the last dialog opened (tests reach it here)
        self.dialog: QWidget | None = None
        self.conflict_draft: ClientDraft | None = None

        # ---- Header
        self.back_button = QToolButton(self)
        self.back_button.setText(self.tr("← Clients"))
        self.back_button.setObjectName("backButton")
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.back_button.setAutoRaise(True)
        self.back_button.clicked.connect(lambda: self.maybe_leave(self.sig_back.emit))
        self.title = plain_label("", self, object_name="pageTitle")
        self.title.setWordWrap(False)
        self.title.setMinimumWidth(120)
        self.badge = plain_label("", self, object_name="cardBadge")
        self.badge.setWordWrap(False)
        self.badge.setStyleSheet(
            "background: #eceff1; color: #455a64; border-radius: 8px; padding: 2px 8px;"
        )
        self.badge.hide()
        self.status = plain_label("", self, object_name="cardStatus")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveClientButton")
        self.save_button.setToolTip(self.tr("Save the card (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button = QPushButton(self.tr("Undo changes"), self)
        self.revert_button.setObjectName("revertButton")
        self.revert_button.clicked.connect(self._on_revert)
        self.more_button = QToolButton(self)
        self.more_button.setText(self.tr("More"))
        self.more_button.setObjectName("cardMenuButton")
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.more_button)
        self.export_action = QAction(self.tr("Export the client's data (GDPR)…"), self)
        self.export_action.triggered.connect(self._on_export_data)
        self.archive_action = QAction(self.tr("Archive"), self)
        self.archive_action.triggered.connect(self._on_archive_toggle)
        self.delete_action = QAction(self.tr("Delete…"), self)
        self.delete_action.triggered.connect(self.ask_delete)
        self.anonymise_action = QAction(self.tr("Erase / anonymise…"), self)
        self.anonymise_action.triggered.connect(self._on_anonymise)
        self.menu.addAction(self.export_action)
        self.menu.addSeparator()
        self.menu.addAction(self.archive_action)
        self.menu.addAction(self.delete_action)
        self.menu.addAction(self.anonymise_action)
        self.more_button.setMenu(self.menu)
        # Print the client summary (Ctrl+P): the printing code loads on first use.
        self.print_action = QAction(self.tr("Print summary…"), self)
        self.print_action.setObjectName("printSummaryAction")
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.setToolTip(self.tr("Print the client summary or save it as PDF (Ctrl+P)"))
        self.print_action.triggered.connect(self.print_summary)
        self.addAction(self.print_action)
        self.print_button = QToolButton(self)
        self.print_button.setObjectName("printSummaryButton")
        self.print_button.setDefaultAction(self.print_action)

        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(self.back_button)
        header.addWidget(self.title, 1)
        header.addWidget(self.badge)
        header.addWidget(self.save_button)
        header.addWidget(self.revert_button)
        header.addWidget(self.print_button)
        header.addWidget(self.more_button)

        # ---- Conflict banner
        self.conflict_banner = QFrame(self)
        self.conflict_banner.setObjectName("conflictBanner")
        self.conflict_banner.setStyleSheet(
            "QFrame#conflictBanner { background: #fff8e6; border: 1px solid #f0d9a0;"
            " border-radius: 6px; }"
        )
        self.conflict_text = plain_label("", self.conflict_banner, object_name="conflictText")
        self.conflict_typed = QPlainTextEdit(self.conflict_banner)
        self.conflict_typed.setObjectName("conflictTyped")
        self.conflict_typed.setReadOnly(True)
        self.conflict_typed.setMaximumHeight(110)
        self.reapply_button = QPushButton(self.tr("Put my text back in the form"))
        self.reapply_button.clicked.connect(self._on_reapply)
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.clicked.connect(self._hide_conflict)
        banner_buttons = QHBoxLayout()
        banner_buttons.addStretch(1)
        banner_buttons.addWidget(self.reapply_button)
        banner_buttons.addWidget(dismiss)
        banner_layout = QVBoxLayout(self.conflict_banner)
        banner_layout.addWidget(self.conflict_text)
        banner_layout.addWidget(self.conflict_typed)
        banner_layout.addLayout(banner_buttons)
        self.conflict_banner.hide()

        # ---- Left: the form
        self.form = ClientForm(self.tasks, self)
        self.form.sig_changed.connect(self._on_form_changed)
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setObjectName("formScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(self.form)
        self.form_scroll.setMinimumWidth(380)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The card is on the view's white background, not the grey of a scroll area.
        self.form_scroll.viewport().setAutoFillBackground(False)
        self.form.setAutoFillBackground(False)

        # ---- Right: totals, actions, history
        self.revenue = TotalBox(self.tr("Revenue (excl. VAT)"))
        self.hours = TotalBox(self.tr("Time spent"))
        self.due = TotalBox(self.tr("Amount due"))
        self.last_contact = TotalBox(self.tr("Last contact"))
        totals = QHBoxLayout()
        totals.setSpacing(8)
        for box in (self.revenue, self.hours, self.due, self.last_contact):
            totals.addWidget(box, 1)

        self.contact_buttons: dict[InteractionChannel, QPushButton] = {}
        contacts = QHBoxLayout()
        contacts.setSpacing(6)
        contacts.addWidget(plain_label(self.tr("Log:"), self))
        for channel in CONTACT_BUTTONS:
            button = QPushButton(CHANNEL_LABELS[channel], self)
            button.setObjectName(f"log_{channel.value}")
            button.setToolTip(self.tr("Log a contact with this client"))
            button.clicked.connect(lambda _=False, c=channel: self.log_contact(c))
            self.contact_buttons[channel] = button
            contacts.addWidget(button)
        contacts.addStretch(1)
        self.time_button = QPushButton(self.tr("Time spent…"), self)
        self.time_button.setObjectName("addTimeButton")
        self.time_button.clicked.connect(lambda: self.add_time())
        self.timer = ContactTimer(parent=self)
        self.timer.current_client = lambda: self.client_id
        self.timer.sig_stopped.connect(self._on_timer_stopped)
        self._timer_client_name = ""
        timing = QHBoxLayout()
        timing.setSpacing(6)
        timing.addWidget(self.time_button)
        timing.addStretch(1)
        timing.addWidget(self.timer)

        self.timeline_model = TimelineModel(self)
        self.timeline = QTableView(self)
        self.timeline.setObjectName("timelineTable")
        self.timeline.setModel(self.timeline_model)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setShowGrid(False)
        self.timeline.setWordWrap(False)
        self.timeline.verticalHeader().hide()
        self.timeline.verticalHeader().setDefaultSectionSize(28)
        th = self.timeline.horizontalHeader()
        th.setHighlightSections(False)
        th.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        th.setSectionResizeMode(TimelineModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        self.timeline.setColumnWidth(TimelineModel.DATE, 84)
        self.timeline.setColumnWidth(TimelineModel.KIND, 92)
        self.timeline.setColumnWidth(TimelineModel.WHAT, 250)
        self.timeline.setColumnWidth(TimelineModel.AMOUNT, 96)
        self.timeline.doubleClicked.connect(self._on_timeline_activated)
        self.history_title = plain_label(self.tr("History"), self, object_name="cardSection")
        self.history_title.setStyleSheet("font-size: 11.5pt; font-weight: 600; color: #1f3b52;")
        self.new_hint = plain_label(
            self.tr("The history, totals and time spent appear once the client is saved."),
            self,
            object_name="emptyStateHint",
        )

        self.activity = QWidget(self)
        activity = QVBoxLayout(self.activity)
        activity.setContentsMargins(0, 0, 0, 0)
        activity.setSpacing(8)
        activity.addLayout(totals)
        activity.addLayout(contacts)
        activity.addLayout(timing)
        activity.addWidget(self.history_title)
        activity.addWidget(self.timeline, 1)

        self.right = QWidget(self)
        right = QVBoxLayout(self.right)
        right.setContentsMargins(8, 0, 0, 0)
        right.setSpacing(8)
        right.addWidget(self.activity, 1)
        right.addWidget(self.new_hint)
        right.addStretch(0)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("cardSplitter")
        self.splitter.addWidget(self.form_scroll)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([470, 640])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.status)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.splitter, 1)

        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(lambda: self.save())
        back_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back_shortcut.activated.connect(lambda: self.maybe_leave(self.sig_back.emit))

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        context.events.data_changed.connect(self._on_data_changed)
        self._show_new_state()

    # ---- State ------------------------------------------------------------------------------

    def is_new(self) -> bool:
        return self.client_id is None

    def is_dirty(self) -> bool:
        return self.form.to_draft() != self.loaded_draft

    def display_name(self) -> str:
        return self.view.display_name if self.view is not None else ""

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e;" if error else "color: #3d4f5c;")
        self.status.setVisible(bool(text))

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled((dirty or self.is_new()) and not self.saving)
        self.revert_button.setEnabled(dirty and not self.saving)
        existing = not self.is_new()
        for button in self.contact_buttons.values():
            button.setEnabled(existing)
        self.time_button.setEnabled(existing)
        self.timer.button.setEnabled(existing or self.timer.is_running())
        self.more_button.setEnabled(existing)
        anonymised = self.view is not None and self.view.anonymised
        self.anonymise_action.setEnabled(existing and not anonymised)
        archived = self.view is not None and self.view.archived
        self.archive_action.setText(
            self.tr("Restore (unarchive)") if archived else self.tr("Archive")
        )

    @Slot()
    def _on_form_changed(self) -> None:
        self._update_buttons()
        if self.status.text() and not self.saving and not self.status.property("sticky"):
            self._set_status("")

    # ---- Opening ------------------------------------------------------------------------------

    def new_client(self) -> None:
        """An empty form for a new client (call :meth:`maybe_leave` first)."""
        self._generation += 1
        self.client_id = None
        self.view = None
        self.referrer_name = ""
        self.form.load(None)
        self.loaded_draft = self.form.to_draft()
        self._hide_conflict()
        self._set_status("")
        self._show_new_state()
        self.form.last_name.setFocus()

    def _show_new_state(self) -> None:
        self.title.setText(self.tr("New client"))
        self.badge.hide()
        self.timeline_model.set_items(())
        for box in (self.revenue, self.hours, self.due, self.last_contact):
            box.set_value("—")
        self.activity.hide()
        self.new_hint.show()
        self._right_layout().setStretch(2, 1)
        self._update_buttons()

    def _right_layout(self) -> QBoxLayout:
        layout = self.right.layout()
        assert isinstance(layout, QBoxLayout)
        return layout

    def _show_activity(self) -> None:
        self.activity.show()
        self.new_hint.hide()
        self._right_layout().setStretch(2, 0)

    def open_client(self, client_id: int) -> None:
        """Show this client's card (call :meth:`maybe_leave` first)."""
        self._generation += 1
        self.client_id = client_id
        self.view = None
        self._hide_conflict()
        self._set_status(self.tr("Loading…"))
        self.title.setText("")
        self.badge.hide()
        self._show_activity()
        self.form.load(None)
        self.loaded_draft = self.form.to_draft()
        self.form_scroll.setEnabled(False)
        self._update_buttons()
        self._load(replace_form=True)

    def reload(self) -> None:
        """Read the card again; the form only when it holds no unsaved change."""
        if self.client_id is not None:
            self._load(replace_form=not self.is_dirty())

    def _load(self, *, replace_form: bool) -> None:
        generation = self._generation
        client_id = self.client_id
        assert client_id is not None
        self.tasks.run_read(
            load_card,
            client_id,
            on_done=guarded(self, lambda found: self._on_loaded(generation, found, replace_form)),
            on_error=guarded(self, lambda exc: self._on_load_failed(generation, exc)),
        )

    def _on_loaded(
        self, generation: int, found: tuple[ClientCard, str], replace_form: bool
    ) -> None:
        if generation != self._generation:
            return
        card, referrer = found
        first = self.view is None
        self.form_scroll.setEnabled(True)
        if first or (replace_form and not self.is_dirty()):
            self.view = card.client
            self.referrer_name = referrer
            self.form.load(card.client, referrer)
            self.loaded_draft = self.form.to_draft()
        elif self.view is not None and card.client.version != self.view.version:
            # Changed elsewhere while the user edits: keep their text, saving will tell.
            log.info("client %s changed elsewhere during an edit", card.client.id)
        if first:
            self._set_status("")
        self._show_header(card.client)
        self._show_totals(card)
        self.timeline_model.set_items(card.timeline)
        self._update_buttons()
        self.sig_loaded.emit(card.client.id)

    def _on_load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.form_scroll.setEnabled(True)
        if isinstance(exc, NotFoundError):
            self._set_status(error_text(exc), error=True)
            if not self.is_dirty():
                self.sig_back.emit()
            return
        self._set_status(
            self.tr("The card could not be read: {error}").format(error=error_text(exc)),
            error=True,
        )

    def _show_header(self, client: ClientView) -> None:
        self.title.setText(client.display_name)
        self.title.setToolTip("")
        if client.archived:
            self.badge.setText(self.tr("Archived"))
            self.badge.show()
        else:
            self.badge.hide()

    def _show_totals(self, card: ClientCard) -> None:
        t = card.totals
        self.revenue.set_value(money(t.revenue_excl_vat))
        self.hours.set_value(
            format_minutes(t.minutes_spent) if t.minutes_spent else "0 min",
            self.tr("of which billable: {billable}").format(
                billable=format_minutes(t.billable_minutes)
            ),
        )
        self.due.set_value(money(t.amount_due))
        self.due.number.setStyleSheet(
            "font-size: 15pt;" + (" color: #b3261e;" if t.amount_due > 0 else "")
        )
        self.last_contact.set_value(
            short_date(t.last_contact) if t.last_contact else self.tr("never")
        )

    @Slot(object)
    def _on_data_changed(self, changes: ChangeSet) -> None:
        if self.client_id is None or not changes.touches(*CARD_TABLES):
            return
        self._reload_timer.start()

    # ---- Leaving --------------------------------------------------------------------------------

    def maybe_leave(self, then: Callable[[], None]) -> None:
        """Run ``then`` once unsaved changes are saved or dropped (asks the user)."""
        if self.saving:
            self._set_status(self.tr("Saving… wait a moment."))
            return
        if not self.is_dirty():
            then()
            return
        box = QMessageBox(self)
        box.setObjectName("unsavedBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        name = self.display_name() or self.tr("the new client")
        box.setText(self.tr("Save the changes made to {name}?").format(name=name))
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Don't save"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished() -> None:
            clicked = box.clickedButton()
            if clicked is save:
                self.save(on_saved=then)
            elif clicked is discard:
                self.loaded_draft = self.form.to_draft()
                self._update_buttons()
                then()

        box.finished.connect(finished)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.dialog = box

    @Slot()
    def _on_revert(self) -> None:
        if self.view is not None:
            self.form.load(self.view, self.referrer_name)
        else:
            self.form.load(None)
        self.loaded_draft = self.form.to_draft()
        self._set_status("")
        self._update_buttons()

    # ---- Saving -----------------------------------------------------------------------------------

    def save(self, *, on_saved: Callable[[], None] | None = None, force: bool = False) -> None:
        """Save the form through the worker; wrong fields are shown, nothing is lost.

        A new client is first compared with the file: likely duplicates are shown
        (``force`` skips that check, after "Create anyway").
        """
        if self.saving:
            return
        if not self.is_new() and not self.is_dirty():
            if on_saved is not None:
                on_saved()
            return
        draft = self.form.to_draft()
        self.form.clear_errors()
        if self.is_new() and not force:
            self._begin_saving(self.tr("Checking your file for this client…"))
            self.tasks.run_read(
                find_likely_duplicates,
                draft,
                on_done=guarded(self, lambda found: self._on_duplicates(draft, found, on_saved)),
                on_error=guarded(self, lambda exc: self._on_save_failed(draft, exc)),
            )
            return
        self._write(draft, on_saved)

    def _begin_saving(self, text: str) -> None:
        self.saving = True
        self._set_status(text)
        self._update_buttons()

    def _write(self, draft: ClientDraft, on_saved: Callable[[], None] | None) -> None:
        self._begin_saving(self.tr("Saving…"))
        if self.client_id is None:
            self.tasks.run_write(
                create_client,
                draft,
                on_done=guarded(self, lambda view: self._on_saved(draft, view, on_saved)),
                on_error=guarded(self, lambda exc: self._on_save_failed(draft, exc)),
            )
        else:
            assert self.view is not None
            self.tasks.run_write(
                update_client,
                self.client_id,
                draft,
                expected_version=self.view.version,
                on_done=guarded(self, lambda view: self._on_saved(draft, view, on_saved)),
                on_error=guarded(self, lambda exc: self._on_save_failed(draft, exc)),
            )

    def _on_duplicates(
        self,
        draft: ClientDraft,
        matches: tuple[DuplicateMatch, ...],
        on_saved: Callable[[], None] | None,
    ) -> None:
        self.saving = False
        if not matches:
            self._write(draft, on_saved)
            return
        self._set_status(self.tr("This client may already be in your file."))
        self._update_buttons()
        dialog = DuplicateDialog(matches, self)
        dialog.sig_create_anyway.connect(lambda: self._write(self.form.to_draft(), on_saved))
        dialog.sig_open_existing.connect(self._on_open_duplicate)
        dialog.rejected.connect(lambda: self._set_status(""))
        self.dialog = dialog
        dialog.open()

    def _on_open_duplicate(self, client_id: int) -> None:
        # The user chose the existing card: the new form is dropped on purpose.
        self.loaded_draft = self.form.to_draft()
        self.sig_open_client.emit(client_id)

    def _on_saved(
        self, draft: ClientDraft, view: ClientView, on_saved: Callable[[], None] | None
    ) -> None:
        self.saving = False
        created = self.client_id is None
        self._generation += 1
        self.client_id = view.id
        self.view = view
        self.form.load(view, self.referrer_name if view.referred_by_id else "")
        if view.referred_by_id is not None and not self.referrer_name:
            self.form.referrer.set_client(view.referred_by_id, self.form.referrer.text())
        self.referrer_name = self.form.referrer.text()
        self.loaded_draft = self.form.to_draft()
        self._hide_conflict()
        self._set_status(self.tr("Saved."))
        self._show_header(view)
        if created:
            self._show_activity()
            self.reload()
        self._update_buttons()
        self.sig_saved.emit(view.id)
        if on_saved is not None:
            on_saved()

    def _on_save_failed(self, draft: ClientDraft, exc: BaseException) -> None:
        self.saving = False
        self._update_buttons()
        if isinstance(exc, ValidationError):
            first = self.form.show_errors(exc.field_errors)
            self._set_status(
                self.tr("Nothing was saved: correct the fields shown in red."), error=True
            )
            if first is not None:
                self.form_scroll.ensureWidgetVisible(first)
                first.setFocus()
            return
        if isinstance(exc, ConflictError):
            self._set_status(self.tr("Not saved: modified on another workstation."), error=True)
            self.dialog = ask(
                self,
                self.tr("Modified on another workstation"),
                self.tr(
                    "This client was modified on another workstation since you opened the "
                    "card, so your changes were not saved.\n\nReload the card to see the "
                    "current version? What you typed stays visible, and you can put it back "
                    "in the form."
                ),
                self.tr("Reload"),
                lambda: self._reload_after_conflict(draft),
                reject_text=self.tr("Keep editing"),
            )
            return
        self._set_status(self.tr("Not saved: {error}").format(error=error_text(exc)), error=True)
        if not isinstance(exc, BusinessRuleError | NotFoundError):
            log.error("saving client %s failed", self.client_id, exc_info=exc)

    # ---- Conflict -----------------------------------------------------------------------------

    def _reload_after_conflict(self, typed: ClientDraft) -> None:
        self.conflict_draft = typed
        self.conflict_text.setText(
            self.tr(
                "The card now shows the version saved on the other workstation. What you "
                "had typed (not saved) is below."
            )
        )
        self.conflict_typed.setPlainText(self._describe(typed))
        self.conflict_banner.show()
        # view None: the answer replaces the form (the typed text is in the banner).
        self._generation += 1
        self.view = None
        self._load(replace_form=True)

    def _describe(self, draft: ClientDraft) -> str:
        lines = []
        name = " ".join(p for p in (draft.title, draft.first_name, draft.last_name) if p)
        if name:
            lines.append(self.tr("Name: {value}").format(value=name))
        if draft.company_name:
            lines.append(self.tr("Company: {value}").format(value=draft.company_name))
        if draft.siret:
            lines.append(self.tr("SIRET: {value}").format(value=draft.siret))
        if draft.phones:
            lines.append(self.tr("Phones: {value}").format(value=", ".join(draft.phones)))
        if draft.emails:
            lines.append(self.tr("E-mails: {value}").format(value=", ".join(draft.emails)))
        for address in draft.addresses:
            text = ", ".join(
                p
                for p in (address.line1, address.line2, f"{address.postcode} {address.city}")
                if p.strip()
            )
            lines.append(self.tr("Address: {value}").format(value=text))
        if draft.tags:
            lines.append(self.tr("Tags: {value}").format(value=", ".join(draft.tags)))
        if draft.source:
            lines.append(self.tr("Source: {value}").format(value=draft.source))
        if draft.notes:
            lines.append(self.tr("Notes: {value}").format(value=draft.notes))
        return "\n".join(lines)

    @Slot()
    def _on_reapply(self) -> None:
        if self.conflict_draft is not None:
            self.form.load_draft(self.conflict_draft, self.form.referrer.text())
            self._set_status(
                self.tr("Your text is back in the form: saving now replaces the other version.")
            )
        self._hide_conflict()
        self._update_buttons()

    def _hide_conflict(self) -> None:
        self.conflict_banner.hide()
        self.conflict_draft = None

    # ---- Contacts, time ---------------------------------------------------------------------

    def log_contact(self, channel: InteractionChannel) -> LogContactDialog | None:
        if self.client_id is None:
            return None
        dialog = LogContactDialog(self.tasks, self.client_id, self.display_name(), channel, self)
        dialog.sig_saved.connect(self._on_contact_logged)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_contact_logged(self, view: InteractionView) -> None:
        self._set_status(self.tr("Contact logged."))
        if view.feedback_id is not None:
            self.open_feedback(view.feedback_id)

    def open_feedback(self, feedback_id: int) -> None:
        self.tasks.run_read(
            get_feedback,
            feedback_id,
            on_done=guarded(self, self._show_feedback),
            on_error=guarded(self, lambda exc: self._set_status(error_text(exc), error=True)),
        )

    def _show_feedback(self, feedback: FeedbackView) -> None:
        dialog = FeedbackDialog(self.tasks, feedback, self)
        dialog.sig_saved.connect(lambda _v: self._set_status(self.tr("Complaint saved.")))
        self.dialog = dialog
        dialog.open()

    def add_time(
        self,
        *,
        client_id: int | None = None,
        client_name: str = "",
        kind: TimeKind = TimeKind.PHONE,
        minutes: int = 15,
    ) -> TimeEntryDialog | None:
        client_id = client_id if client_id is not None else self.client_id
        if client_id is None:
            return None
        dialog = TimeEntryDialog(
            self.tasks,
            client_id,
            client_name or self.display_name(),
            kind=kind,
            minutes=minutes,
            parent=self,
        )
        dialog.sig_saved.connect(lambda _v: self._set_status(self.tr("Time spent saved.")))
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot(int, int, object)
    def _on_timer_stopped(self, client_id: int, minutes: int, kind: TimeKind) -> None:
        name = self._timer_client_name if client_id != self.client_id else self.display_name()
        self.add_time(client_id=client_id, client_name=name, kind=kind, minutes=minutes)
        self._update_buttons()

    def start_timer(self) -> None:
        if self.client_id is not None and not self.timer.is_running():
            self._timer_client_name = self.display_name()
            self.timer.start(self.client_id)

    def _on_timeline_activated(self, index: QModelIndex) -> None:
        item = self.timeline_model.item_at(index.row())
        if item is not None and item.kind == TimelineKind.FEEDBACK:
            self.open_feedback(item.related_id)

    # ---- Archive, delete, GDPR ----------------------------------------------------------------

    @Slot()
    def _on_archive_toggle(self) -> None:
        if self.view is None:
            return
        self.set_archived(not self.view.archived)

    def set_archived(self, archived: bool) -> None:
        if self.client_id is None or self.view is None:
            return
        fn = archive_client if archived else restore_client
        client_id = self.client_id
        self.tasks.run_write(
            fn,
            client_id,
            expected_version=self.view.version,
            on_done=guarded(self, lambda view: self._on_archived(view, archived)),
            on_error=guarded(self, self._on_action_failed),
        )

    def _on_archived(self, view: ClientView, archived: bool) -> None:
        if self.view is not None and self.view.id == view.id:
            # Only the archived flag changed: the form (maybe being edited) stays as it is.
            self.view = view
            self._show_header(view)
            self._update_buttons()
        self._set_status(self.tr("Client archived.") if archived else self.tr("Client restored."))
        self.sig_archived.emit(view.id, archived)

    def _on_action_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ConflictError):
            self._set_status(
                self.tr("Modified on another workstation: reload the card."), error=True
            )
            self.reload()
        tell(self, self.tr("Clients"), error_text(exc))

    @Slot()
    def print_summary(self) -> Any:
        """The print preview of this client's summary (options first); None for a new card."""
        if self.client_id is None:
            return None
        from artisan_crm.ui.summary import print_client_summaries

        self.print_job = print_client_summaries(self, self.context, [self.client_id])
        return self.print_job

    def ask_delete(self) -> None:
        if self.client_id is None:
            return
        client_id = self.client_id
        name = self.display_name()
        self.dialog = ask(
            self,
            self.tr("Delete the client"),
            self.tr(
                "Delete “{name}” and their exchanges, time entries and reminders?\n\n"
                "You can undo it right after (Ctrl+Z)."
            ).format(name=name),
            self.tr("Delete"),
            lambda: self.delete(client_id),
            destructive=True,
        )

    def delete(self, client_id: int) -> None:
        self.tasks.run_write(
            delete_client,
            client_id,
            on_done=guarded(self, self._on_deleted),
            on_error=guarded(self, lambda exc: self._on_delete_failed(client_id, exc)),
        )

    def _on_deleted(self, token: DeletedClient) -> None:
        if token.client_id == self.client_id:
            self.loaded_draft = self.form.to_draft()  # nothing to save on a deleted card
            self.sig_back.emit()
        self.sig_deleted.emit(token)

    def _on_delete_failed(self, client_id: int, exc: BaseException) -> None:
        if isinstance(exc, BusinessRuleError):
            self.dialog = ask(
                self,
                self.tr("This client cannot be deleted"),
                str(exc),
                self.tr("Archive"),
                lambda: self.set_archived(True),
            )
            return
        tell(self, self.tr("Delete the client"), error_text(exc))

    def choose_directory(self) -> str:
        """The folder for the GDPR export (a separate method so tests can answer it)."""
        return QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the client's data"), str(Path.home())
        )

    @Slot()
    def _on_export_data(self) -> None:
        if self.client_id is None:
            return
        folder = self.choose_directory()
        if not folder:
            return
        self._set_status(self.tr("Exporting the client's data…"))
        self.tasks.run_read(
            export_personal_data,
            self.client_id,
            Path(folder),
            on_done=guarded(self, self._on_exported),
            on_error=guarded(self, lambda exc: tell(self, self.tr("Export"), error_text(exc))),
        )

    def _on_exported(self, paths: tuple[Path, Path]) -> None:
        json_path, html_path = paths
        self._set_status(self.tr("Client's data exported."))
        self.dialog = tell(
            self,
            self.tr("Client's data exported"),
            self.tr(
                "The client's data was written to:\n{html}\n{json}\n\nThe HTML file can be "
                "opened in a browser and printed; the JSON file holds the same data in a "
                "reusable format."
            ).format(html=html_path, json=json_path),
            error=False,
        )

    @Slot()
    def _on_anonymise(self) -> None:
        if self.client_id is None:
            return
        dialog = AnonymiseDialog(self.display_name(), self)
        client_id = self.client_id
        dialog.sig_confirmed.connect(lambda: self._anonymise(client_id))
        self.dialog = dialog
        dialog.open()

    def _anonymise(self, client_id: int) -> None:
        self.tasks.run_write(
            gdpr.anonymise_client,
            client_id,
            confirmed=True,
            on_done=guarded(self, self._on_anonymised),
            on_error=guarded(self, lambda exc: tell(self, self.tr("Erase"), error_text(exc))),
        )

    def _on_anonymised(self, _report: Any) -> None:
        self._set_status(self.tr("The client's personal data was erased."))
        self.loaded_draft = self.form.to_draft()
        self._generation += 1
        self.view = None
        self._load(replace_form=True)

    def closing_allowed(self) -> bool:
        return not self.is_dirty() and not self.saving

    def is_alive(self) -> bool:
        return alive(self)
