"""The Reminders view ("Rappels"): every follow-up, with filters and actions.

Filters: à faire (open), en retard, reportés, faits, tous; a search on the title.
Actions on the selected lines: Reporter ▾, Fait, Écarter (with the version the user
saw: a reminder changed elsewhere gives a French message and the list reloads),
Ouvrir, Noter un appel; "Nouveau rappel…" for a reminder of one's own.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.domain.enums import ReminderState
from artisan_crm.ui.planning.common import STYLE, error_text, guarded, tr, utc_now
from artisan_crm.ui.planning.panel import ReminderPanel
from artisan_crm.ui.views.base import PageHeader, plain_label

if TYPE_CHECKING:
    from artisan_crm.services.reminders import ReminderPage
    from artisan_crm.ui.views.base import ViewContext

log = logging.getLogger(__name__)

LIST_LIMIT = 1000
SEARCH_DELAY_MS = 250
FILTERS = ("open", "late", "snoozed", "done", "all")


@dataclass(frozen=True)
class ReminderQuery:
    filter: str = "open"
    search: str = ""


def read_reminders(session: Any, query: ReminderQuery, now: datetime) -> ReminderPage:
    """Worker side: one page of reminders for the filter chosen."""
    from artisan_crm.services.reminders import ReminderFilters, list_reminders

    open_states = (ReminderState.PENDING, ReminderState.SNOOZED)
    options: dict[str, Any] = {"search": query.search, "limit": LIST_LIMIT}
    if query.filter == "late":
        filters = ReminderFilters(states=open_states, due_before=now, **options)
    elif query.filter == "snoozed":
        filters = ReminderFilters(states=(ReminderState.SNOOZED,), **options)
    elif query.filter == "done":
        filters = ReminderFilters(states=(ReminderState.DONE,), **options)
    elif query.filter == "all":
        filters = ReminderFilters(states=(), **options)
    else:
        filters = ReminderFilters(states=open_states, **options)
    return list_reminders(session, filters)


class RemindersView(QWidget):
    """Signals:
    sig_loaded(int): the list shows this many reminders.
    sig_open_client(int), sig_open_quote(int), sig_open_job(int), sig_open_invoice(int):
        the user asked to open the record a reminder is about.
    """

    view_id = "reminders"
    sig_loaded = Signal(int)
    sig_open_client = Signal(int)
    sig_open_quote = Signal(int)
    sig_open_job = Signal(int)
    sig_open_invoice = Signal(int)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("view_reminders")
        self.setStyleSheet(STYLE)
        self.query = ReminderQuery()
        self.page: ReminderPage | None = None
        self._loading = False
        self._stale = False
        self._dirty = True
        self.dialog: QWidget | None = None

        self.header = PageHeader(
            tr("Reminders"), tr("Nothing forgotten: follow-ups, calls, payments to chase."), self
        )
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[str, QPushButton] = {}
        labels = {
            "open": tr("To do"),
            "late": tr("Overdue"),
            "snoozed": tr("Snoozed"),
            "done": tr("Completed"),
            "all": tr("All"),
        }
        filters = QHBoxLayout()
        filters.setSpacing(4)
        for key in FILTERS:
            button = QPushButton(labels[key], self)
            button.setObjectName(f"filter_{key}")
            button.setCheckable(True)
            self.filter_group.addButton(button)
            self.filter_buttons[key] = button
            button.clicked.connect(lambda _c=False, k=key: self.set_filter(k))
            filters.addWidget(button)
        self.filter_buttons["open"].setChecked(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("reminderSearch")
        self.search.setPlaceholderText(tr("Search a reminder…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_changed)
        self.new_button = QPushButton(tr("New reminder…"), self)
        self.new_button.setObjectName("newReminder")
        self.new_button.clicked.connect(lambda: self.new_reminder())
        filters.addSpacing(12)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.new_button)

        self.count = plain_label("", self, object_name="sectionCount")
        self.panel = ReminderPanel(context, parent=self)
        for kind in ("client", "quote", "job", "invoice"):
            getattr(self.panel, f"sig_open_{kind}").connect(getattr(self, f"sig_open_{kind}"))
        self.panel.sig_reload_needed.connect(self.refresh)
        self.empty = plain_label("", self, object_name="emptySection")
        self.empty.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(self.empty)
        layout.addWidget(self.panel, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(lambda: self.panel.model.set_now(utc_now()))
        self._clock.start()
        context.events.data_changed.connect(self._on_data_changed)

    # ---- Filters -------------------------------------------------------------------------

    def set_filter(self, key: str) -> None:
        if key not in FILTERS:
            raise ValueError(key)
        self.filter_buttons[key].setChecked(True)
        self.query = ReminderQuery(key, self.query.search)
        self.refresh()

    def _on_search_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _apply_search(self) -> None:
        self.query = ReminderQuery(self.query.filter, self.search.text().strip())
        self.refresh()

    # ---- Loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._loading:
            self._stale = True
            return
        self._loading = True
        self._stale = False
        self._dirty = False
        self.context.tasks.run_read(
            read_reminders,
            self.query,
            utc_now(),
            on_done=guarded(self, self._on_loaded),
            on_error=guarded(self, self._on_failed),
        )

    def _finish(self) -> None:
        self._loading = False
        if self._stale:
            self.refresh()

    def _on_loaded(self, page: ReminderPage) -> None:
        self.page = page
        self.panel.set_rows(page.rows, utc_now())
        shown, total = len(page.rows), page.total
        locale = QLocale()
        if total == 0:
            self.count.setText("")
        elif shown < total:
            self.count.setText(
                tr("The first {shown} of {total} reminders; search to narrow the list.").format(
                    shown=locale.toString(shown), total=locale.toString(total)
                )
            )
        else:
            self.count.setText(
                tr("1 reminder")
                if total == 1
                else tr("{n} reminders").format(n=locale.toString(total))
            )
        empty = {
            "open": tr("Nothing to do: no reminder is waiting."),
            "late": tr("No overdue reminder. Well done!"),
            "snoozed": tr("No snoozed reminder."),
            "done": tr("No reminder done yet."),
            "all": tr("No reminder yet. They are created for you from your quotes, jobs and "
                      "invoices, and you can add your own with “New reminder…”."),
        }  # fmt: skip
        text = (
            tr("No reminder matches this search.")
            if self.query.search
            else empty[self.query.filter]
        )
        self.empty.setText(text)
        self.empty.setVisible(total == 0)
        self._finish()
        self.sig_loaded.emit(shown)

    def _on_failed(self, exc: BaseException) -> None:
        log.error("reminders unreadable", exc_info=exc)
        self.empty.setText(error_text(exc))
        self.empty.show()
        self._finish()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    @Slot(object)
    def _on_data_changed(self, changes: Any) -> None:
        if not changes.touches("reminder", "client", "client_contact"):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    # ---- Actions -------------------------------------------------------------------------

    def new_reminder(self, **preset: Any) -> Any:
        from PySide6.QtCore import Qt

        from artisan_crm.ui.planning.dialogs import ManualReminderDialog

        dialog = ManualReminderDialog(self.context, parent=self, **preset)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog
