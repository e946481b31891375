"""The Today view ("Aujourd'hui"): what to do, whom to call, where to go.

"Ma journée": overdue and today's reminders, today's appointments, job deadlines of
the week, quotes awaiting an answer, overdue invoices; each with the client's phone
and address, one click to log a call, one to open the record. "Semaine": the week
agenda. Printing the day / week (preview and PDF) and the calendar export.

Everything is read on the background worker in one pass; the lists are capped (the
first ``SECTION_LIMIT`` items, the rest counted) so that a start with thousands of
overdue reminders is as quick as with none.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.domain.errors import UserFacingError
from artisan_crm.domain.reminder_rules import RuleSettings, french_time, local_day, local_moment
from artisan_crm.ui.planning.actions import ReminderActions
from artisan_crm.ui.planning.agenda import WeekAgendaWidget
from artisan_crm.ui.planning.common import (
    STYLE,
    contact_line,
    day_label,
    emit_open,
    error_text,
    guarded,
    long_day,
    money,
    open_target,
    relative_due,
    rule_settings,
    tell,
    tr,
    utc_now,
    zone_of,
)
from artisan_crm.ui.planning.printing import DayPrinter
from artisan_crm.ui.views.base import PageHeader, plain_label

if TYPE_CHECKING:
    from artisan_crm.services.appointments import AppointmentView
    from artisan_crm.services.reminders import ReminderView
    from artisan_crm.services.today import (
        AwaitingQuote,
        DeadlineItem,
        OverdueInvoice,
        TodayOverview,
    )
    from artisan_crm.ui.views.base import ViewContext

log = logging.getLogger(__name__)

#: items shown per section; the rest is counted ("et 4 980 autres dans Rappels")
SECTION_LIMIT = 10
UNDO_MS = 15_000
#: re-read the day when the date changes or the relative wording ages
CLOCK_TICK_MS = 60_000


# ---- Reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class TodayData:
    overview: TodayOverview
    overdue_total: int
    today_total: int
    #: rows per table (``services.stats.database_stats``: clients, quotes, jobs...)
    counts: dict[str, int]

    @property
    def clients(self) -> int:
        return self.counts.get("clients", 0)


def read_today(
    session: Any, today: date, now: datetime, settings: RuleSettings, limit: int = SECTION_LIMIT
) -> TodayData:
    """Worker side: the Today overview with the reminder lists capped at ``limit``."""
    from artisan_crm.services.appointments import list_appointments
    from artisan_crm.services.reminders import ReminderFilters, list_reminders
    from artisan_crm.services.stats import database_stats
    from artisan_crm.services.today import (
        WEEK,
        TodayOverview,
        _deadlines,  # the service's own query for "deadlines of the week"
        overdue_invoices,
        quotes_awaiting_answer,
    )

    zone = settings.tz
    start = local_moment(today, time(0, 0), zone)
    end = local_moment(today + timedelta(days=1), time(0, 0), zone)
    overdue = list_reminders(session, ReminderFilters(due_before=start, limit=limit))
    todays = list_reminders(session, ReminderFilters(due_from=start, due_before=end, limit=limit))
    overview = TodayOverview(
        today=today,
        now=now,
        overdue_reminders=overdue.rows,
        today_reminders=todays.rows,
        appointments=list_appointments(session, start, end),
        deadlines=tuple(_deadlines(session, None, today + timedelta(days=WEEK - 1), today)),
        quotes_awaiting=quotes_awaiting_answer(session, today, settings),
        overdue_invoices=overdue_invoices(session, today),
    )
    return TodayData(overview, overdue.total, todays.total, database_stats(session))


# ---- Item cards ---------------------------------------------------------------------------------


class ItemCard(QFrame):
    """One line of the day: when, what, who (phone, address), and its buttons."""

    def __init__(
        self,
        when: str,
        title: str,
        detail: str,
        *,
        late: bool = False,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("itemCard")
        self.setProperty("late", late)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.when = plain_label(when, self, object_name="itemWhen")
        self.when.setProperty("late", late)
        self.when.setWordWrap(True)
        self.when.setFixedWidth(150)
        self.title = plain_label(title, self, object_name="itemTitle")
        self.detail = plain_label(detail, self, object_name="itemDetail")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setVisible(bool(detail))
        self.note = plain_label(note, self, object_name="itemDetail")
        self.note.setVisible(bool(note))
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.detail)
        texts.addWidget(self.note)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(4)
        layout = QGridLayout(self)
        layout.setContentsMargins(12, 8, 10, 8)
        layout.setHorizontalSpacing(12)
        layout.addWidget(self.when, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 0, 1)
        layout.addLayout(self.buttons, 0, 2, Qt.AlignmentFlag.AlignVCenter)
        layout.setColumnStretch(1, 1)

    def add_button(
        self, text: str, slot: Callable[[], None], *, name: str = "", tip: str = ""
    ) -> QPushButton:
        button = QPushButton(text, self)
        if name:
            button.setObjectName(name)
        if tip:
            button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False: slot())
        self.buttons.addWidget(button)
        return button

    def add_menu_button(self, text: str, menu: QMenu, *, name: str = "") -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        if name:
            button.setObjectName(name)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(menu)
        self.buttons.addWidget(button)
        return button


class CountCard(QFrame):
    """One number and what it counts (the "Votre base" line at the bottom of the day)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countChip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.number = plain_label("–", self, object_name="countChipNumber")
        self.number.setWordWrap(False)
        self.caption = plain_label(caption, self, object_name="countChipCaption")
        self.caption.setWordWrap(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(6)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_count(self, value: int) -> None:
        self.number.setText(QLocale().toString(value))


class Section(QWidget):
    """A titled list of cards, with a word when it is empty and a count of what is left out."""

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = plain_label(title, self, object_name="sectionTitle")
        self.title.setWordWrap(False)  # a wrapped label beside a stretch wraps at ~200 px
        self.count = plain_label("", self, object_name="sectionCount")
        self.count.setWordWrap(False)
        self.empty = plain_label(empty_text, self, object_name="emptySection")
        self.more = plain_label("", self, object_name="sectionCount")
        self.more.hide()
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title)
        head.addWidget(self.count)
        head.addStretch(1)
        self.cards_layout = QVBoxLayout()
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.empty)
        layout.addLayout(self.cards_layout)
        layout.addWidget(self.more)
        self.cards: list[ItemCard] = []

    def clear(self) -> None:
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards = []

    def add(self, card: ItemCard) -> ItemCard:
        self.cards_layout.addWidget(card)
        self.cards.append(card)
        return card

    def finish(self, total: int, more_text: str = "") -> None:
        self.count.setText(f"({total})" if total else "")
        self.empty.setVisible(total == 0)
        self.more.setText(more_text)
        self.more.setVisible(bool(more_text))


# ---- The view ---------------------------------------------------------------------------------


class TodayView(QWidget):
    """The first screen of the day.

    Signals:
        sig_loaded(dict): the day was read and shown: rows per table (``clients``,
            ``quotes``... as ``services.stats.database_stats``) and counts per section
            (``overdue_reminders``, ``today_reminders``, ``appointments_today``,
            ``deadlines``, ``quotes_awaiting``, ``overdue_invoices``). ``--smoke`` waits on it.
        sig_open_client(int), sig_open_quote(int), sig_open_job(int), sig_open_invoice(int):
            the user asked to open that record.
        sig_action_done(str, object): something was done from this view, for the status
            line and tests: ``("pdf", path)``, ``("ics", (path, events))``,
            ``("preview", dialog)``, ``("call", InteractionView)``, ``("appointment", view)``,
            ``("deleted", AppointmentDraft)``, ``("restored", view)``, ``("reminder", view)``.
    """

    view_id = "today"
    sig_loaded = Signal(dict)
    sig_open_client = Signal(int)
    sig_open_quote = Signal(int)
    sig_open_job = Signal(int)
    sig_open_invoice = Signal(int)
    sig_action_done = Signal(str, object)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("view_today")
        self.setStyleSheet(STYLE)
        self.settings = rule_settings(context.settings)
        self.stats: dict[str, int] | None = None
        self.data: TodayData | None = None
        self._loading = False
        self._stale = False
        self.dialog: QWidget | None = None
        self.printer = DayPrinter(self, context, self._on_print_result)
        self.reminder_actions = ReminderActions(context, self)
        self.reminder_actions.sig_conflict.connect(self.refresh)

        self.header = PageHeader(tr("Today"), long_day(self.today()), self)
        self.summary = plain_label(tr("Reading your day…"), self, object_name="todaySummary")

        self.new_appointment_button = QPushButton(tr("New appointment…"), self)
        self.new_appointment_button.setObjectName("newAppointment")
        self.new_appointment_button.clicked.connect(lambda: self.new_appointment())
        self.new_reminder_button = QPushButton(tr("New reminder…"), self)
        self.new_reminder_button.setObjectName("newReminder")
        self.new_reminder_button.clicked.connect(lambda: self.new_reminder())
        self.print_day_button = self._print_button(tr("Print the day"), week=False)
        self.print_day_button.setObjectName("printDay")
        self.print_week_button = self._print_button(tr("Print the week"), week=True)
        self.print_week_button.setObjectName("printWeek")
        self.ics_button = QPushButton(tr("Export the calendar (.ics)…"), self)
        self.ics_button.setObjectName("exportCalendar")
        self.ics_button.setToolTip(
            tr("Appointments and job deadlines, for the calendar of your phone")
        )
        self.ics_button.clicked.connect(self.printer.export_calendar)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        for widget in (
            self.new_appointment_button,
            self.new_reminder_button,
            self.print_day_button,
            self.print_week_button,
            self.ics_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)

        self.undo_bar = QFrame(self)
        self.undo_bar.setObjectName("undoBar")
        self.undo_text = plain_label("", self.undo_bar)
        self.undo_button = QPushButton(tr("Undo"), self.undo_bar)
        self.undo_button.setObjectName("undoDelete")
        self.undo_button.clicked.connect(self.undo_delete)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(10, 6, 10, 6)
        undo_layout.addWidget(self.undo_text, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()
        self._deleted_draft: Any = None
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_MS)
        self._undo_timer.timeout.connect(self.undo_bar.hide)

        # ---- "Ma journée"
        # The day first (appointments, today's reminders), then what is late, then the rest.
        self.sections = {
            "appointments": Section(tr("Appointments today"), tr("No appointment today.")),
            "reminders": Section(tr("Reminders for today"), tr("No reminder today.")),
            "overdue": Section(tr("Overdue reminders"), tr("Nothing overdue. Well done!")),
            "deadlines": Section(
                tr("Job deadlines within 7 days"), tr("No job deadline this week.")
            ),
            "quotes": Section(
                tr("Quotes awaiting an answer"), tr("No quote is waiting for an answer.")
            ),
            "invoices": Section(tr("Overdue invoices"), tr("No overdue invoice.")),
        }
        day_page = QWidget()
        day_layout = QVBoxLayout(day_page)
        day_layout.setContentsMargins(0, 8, 12, 8)
        day_layout.setSpacing(18)
        for section in self.sections.values():
            day_layout.addWidget(section)
        day_layout.addStretch(1)
        # What the database holds, in one discreet line at the bottom.
        captions = {
            "clients": tr("clients"),
            "quotes": tr("quotes"),
            "jobs": tr("jobs"),
            "invoices": tr("invoices"),
            "appointments": tr("appointments"),
            "reminders": tr("reminders"),
        }
        self.cards: dict[str, CountCard] = {}
        counts = QHBoxLayout()
        counts.setSpacing(8)
        counts.addWidget(plain_label(tr("Your database:"), day_page, object_name="sectionCount"))
        for key, caption in captions.items():
            card = CountCard(caption, day_page)
            self.cards[key] = card
            counts.addWidget(card)
        counts.addStretch(1)
        day_layout.addLayout(counts)
        self.day_scroll = QScrollArea(self)
        self.day_scroll.setObjectName("dayScroll")
        self.day_scroll.setWidgetResizable(True)
        self.day_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.day_scroll.setWidget(day_page)

        # ---- "Semaine"
        self.agenda = WeekAgendaWidget(context, self)
        self.agenda.sig_new_appointment.connect(lambda day: self.new_appointment(day=day))
        self.agenda.sig_edit_appointment.connect(self.edit_appointment)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("todayTabs")
        self.tabs.addTab(self.day_scroll, tr("My day"))
        self.tabs.addTab(self.agenda, tr("Week"))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.tabs, 1)

        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_TICK_MS)
        self._clock.timeout.connect(self._on_clock)
        self._clock.start()
        self._shown_day = self.today()
        context.events.data_changed.connect(self._on_data_changed)

    def _print_button(self, text: str, *, week: bool) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.setToolTip(tr("Print preview; the arrow saves it as PDF"))
        button.clicked.connect(
            lambda _c=False: self.printer.print_preview(self.print_day(), week=week)
        )
        menu = QMenu(button)
        preview = menu.addAction(tr("Print preview…"))
        preview.triggered.connect(
            lambda _c=False: self.printer.print_preview(self.print_day(), week=week)
        )
        pdf = menu.addAction(tr("Save as PDF…"))
        pdf.triggered.connect(lambda _c=False: self.printer.save_pdf(self.print_day(), week=week))
        button.setMenu(menu)
        return button

    # ---- Time ------------------------------------------------------------------------------

    def today(self) -> date:
        return local_day(utc_now(), zone_of(self.settings))

    def print_day(self) -> date:
        """The day printed: today, or the Monday of the week shown in the agenda."""
        if self.tabs.currentWidget() is self.agenda:
            return self.agenda.monday
        return self.today()

    def _on_clock(self) -> None:
        if self.today() != self._shown_day:
            self.refresh()
            return
        # Only the wording ages ("dans 2 h"): no re-read, no rebuilt cards under the mouse.
        now = utc_now()
        for key in ("overdue", "reminders"):
            for card in self.sections[key].cards:
                reminder = getattr(card, "reminder", None)
                if reminder is not None:
                    card.when.setText(relative_due(reminder.effective_due_at, now))

    # ---- Loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the day again on the worker (coalesced if a read is under way)."""
        if self._loading:
            self._stale = True
            return
        self._loading = True
        self._stale = False
        today = self.today()
        self.context.tasks.run_read(
            read_today,
            today,
            utc_now(),
            self.settings,
            on_done=guarded(self, self._on_loaded),
            on_error=guarded(self, self._on_failed),
        )
        if self.tabs.currentWidget() is self.agenda:
            self.agenda.refresh()

    def _finish_loading(self) -> None:
        self._loading = False
        if self._stale:
            self.refresh()

    def _on_loaded(self, data: TodayData) -> None:
        self.data = data
        o = data.overview
        self._shown_day = o.today
        self.header.subtitle.setText(long_day(o.today))
        self._fill(data)
        for key, card in self.cards.items():
            card.set_count(data.counts.get(key, 0))
        self.stats = {
            **data.counts,
            "overdue_reminders": data.overdue_total,
            "today_reminders": data.today_total,
            "appointments_today": len(o.appointments),
            "deadlines": len(o.deadlines),
            "quotes_awaiting": len(o.quotes_awaiting),
            "overdue_invoices": len(o.overdue_invoices),
        }
        self.summary.setText(self._summary_text(data))
        self._finish_loading()
        self.sig_loaded.emit(dict(self.stats))

    def _on_failed(self, exc: BaseException) -> None:
        self._finish_loading()
        if isinstance(exc, UserFacingError):
            self.summary.setText(str(exc))
            return
        log.error("cannot read the day", exc_info=exc)
        self.summary.setText(tr("Your day could not be read. See the log for details."))
        handler = self.context.tasks.on_unhandled_error
        if handler is not None:
            handler(exc)

    def _summary_text(self, data: TodayData) -> str:
        o = data.overview
        if data.clients == 0:
            return tr(
                "Your database is empty for now. Your appointments, reminders, quotes to follow "
                "up and invoices to chase will be listed here every morning."
            )
        parts = []
        if o.appointments:
            parts.append(
                tr("1 appointment")
                if len(o.appointments) == 1
                else tr("{n} appointments").format(n=len(o.appointments))
            )
        due = data.overdue_total + data.today_total
        if due:
            parts.append(tr("1 reminder") if due == 1 else tr("{n} reminders").format(n=due))
        if o.overdue_invoices:
            parts.append(
                tr("1 overdue invoice")
                if len(o.overdue_invoices) == 1
                else tr("{n} overdue invoices").format(n=len(o.overdue_invoices))
            )
        if not parts:
            return tr("Hello! Nothing urgent today.")
        return tr("Hello! Today: {things}.").format(things=", ".join(parts))

    @Slot(object)
    def _on_data_changed(self, changes: Any) -> None:
        if changes.touches(
            "reminder", "appointment", "quote", "job", "invoice", "payment", "client",
            "client_contact", "client_address",
        ):  # fmt: skip
            self.refresh()

    def _on_tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.agenda and self.agenda.agenda is None:
            self.agenda.refresh()

    # ---- Filling -------------------------------------------------------------------------

    def _fill(self, data: TodayData) -> None:
        o = data.overview
        for section in self.sections.values():
            section.clear()
        now = o.now
        limit = SECTION_LIMIT

        def more(shown: int, total: int) -> str:
            rest = total - shown
            if rest <= 0:
                return ""
            return tr("… and {n} more in Reminders.").format(n=rest)

        for r in o.overdue_reminders[:limit]:
            self.sections["overdue"].add(self._reminder_card(r, now))
        self.sections["overdue"].finish(
            data.overdue_total, more(min(len(o.overdue_reminders), limit), data.overdue_total)
        )
        for r in o.today_reminders[:limit]:
            self.sections["reminders"].add(self._reminder_card(r, now))
        self.sections["reminders"].finish(
            data.today_total, more(min(len(o.today_reminders), limit), data.today_total)
        )
        for a in o.appointments:
            self.sections["appointments"].add(self._appointment_card(a))
        self.sections["appointments"].finish(len(o.appointments))
        for d in o.deadlines[:limit]:
            self.sections["deadlines"].add(self._deadline_card(d, o.today))
        self.sections["deadlines"].finish(len(o.deadlines), self._more(o.deadlines, limit))
        for q in o.quotes_awaiting[:limit]:
            self.sections["quotes"].add(self._quote_card(q))
        self.sections["quotes"].finish(len(o.quotes_awaiting), self._more(o.quotes_awaiting, limit))
        for i in o.overdue_invoices[:limit]:
            self.sections["invoices"].add(self._invoice_card(i))
        self.sections["invoices"].finish(
            len(o.overdue_invoices), self._more(o.overdue_invoices, limit)
        )

    @staticmethod
    def _more(items: Any, limit: int) -> str:
        rest = len(items) - limit
        return tr("… and {n} more.").format(n=rest) if rest > 0 else ""

    def _call_button(
        self, card: ItemCard, client_id: int | None, name: str, phone: str, subject: str = ""
    ) -> None:
        if client_id is None:
            return
        card.add_button(
            tr("Log a call"),
            lambda: self.log_call(client_id, name, phone, subject),
            name="logCall",
            tip=tr("Write down what was said (one click after hanging up)"),
        )

    def _open_button(self, card: ItemCard, kind: str, record_id: int | None, text: str) -> None:
        if record_id is None:
            return
        card.add_button(text, lambda: emit_open(self, kind, record_id), name=f"open_{kind}")

    def _reminder_card(self, r: ReminderView, now: datetime) -> ItemCard:
        late = r.effective_due_at < now
        card = ItemCard(
            relative_due(r.effective_due_at, now),
            r.title,
            contact_line(r.client_name, r.client_phone, r.client_address),
            late=late,
            note=r.note,
        )
        card.reminder = r  # type: ignore[attr-defined]
        card.when.setToolTip(
            tr("{day} at {time}").format(
                day=day_label(local_day(r.effective_due_at, zone_of(self.settings)), self.today()),
                time=french_time(r.effective_due_at, zone_of(self.settings)),
            )
        )
        self._call_button(card, r.client_id, r.client_name, r.client_phone, r.title)
        card.add_button(tr("Done"), lambda: self.reminder_actions.done([r]), name="reminderDone")
        card.add_menu_button(
            tr("Snooze"),
            self.reminder_actions.snooze_menu(lambda: [r], card),
            name="reminderSnooze",
        )
        target = open_target(r)
        if target is not None:
            self._open_button(card, target[0], target[1], tr("Open"))
        return card

    def _appointment_card(self, a: AppointmentView) -> ItemCard:
        zone = zone_of(self.settings)
        when = f"{french_time(a.starts_at, zone)} – {french_time(a.ends_at, zone)}"
        title = a.purpose or a.client_name or tr("Appointment")
        if a.purpose and a.client_name:
            title = f"{a.client_name} — {a.purpose}"
        note = tr("To bring: {things}").format(things=a.to_bring) if a.to_bring else ""
        card = ItemCard(when, title, contact_line("", a.client_phone, a.address), note=note)
        card.appointment = a  # type: ignore[attr-defined]
        self._call_button(card, a.client_id, a.client_name, a.client_phone, a.purpose)
        card.add_button(tr("Edit…"), lambda: self.edit_appointment(a), name="editAppointment")
        self._open_button(card, "client", a.client_id, tr("Client card"))
        return card

    def _deadline_card(self, d: DeadlineItem, today: date) -> ItemCard:
        if d.days_left < 0:
            when = (
                tr("{n} days late").format(n=-d.days_left) if d.days_left < -1 else tr("1 day late")
            )
        else:
            when = day_label(d.deadline, today)
        card = ItemCard(
            when,
            d.title or tr("Job no. {id}").format(id=d.job_id),
            contact_line(d.client_name, d.client_phone, d.client_address),
            late=d.days_left < 0,
        )
        self._call_button(card, d.client_id, d.client_name, d.client_phone, d.title)
        self._open_button(card, "job", d.job_id, tr("Open"))
        return card

    def _quote_card(self, q: AwaitingQuote) -> ItemCard:
        when = (
            tr("sent {n} days ago").format(n=q.days_waiting)
            if q.days_waiting > 1
            else tr("sent recently")
        )
        title = f"{q.number} — {q.title}" if q.title else q.number
        card = ItemCard(
            when,
            f"{title} · {money(q.total_incl_vat)}",
            contact_line(q.client_name, q.client_phone, q.client_address),
        )
        self._call_button(card, q.client_id, q.client_name, q.client_phone, title)
        card.add_button(
            tr("Remind me…"),
            lambda: self.new_reminder(
                client_id=q.client_id,
                quote_id=q.quote_id,
                title=tr("Call back about quote {number}").format(number=q.number),
            ),
            name="quoteReminder",
        )
        self._open_button(card, "quote", q.quote_id, tr("Open"))
        return card

    def _invoice_card(self, i: OverdueInvoice) -> ItemCard:
        when = tr("{n} days late").format(n=i.days_late) if i.days_late > 1 else tr("1 day late")
        card = ItemCard(
            when,
            tr("{number} — {amount} still due").format(number=i.number, amount=money(i.remaining)),
            contact_line(i.client_name, i.client_phone, i.client_address),
            late=True,
        )
        self._call_button(card, i.client_id, i.client_name, i.client_phone, i.number)
        self._open_button(card, "invoice", i.invoice_id, tr("Open"))
        return card

    # ---- Actions -------------------------------------------------------------------------

    def log_call(self, client_id: int, name: str = "", phone: str = "", subject: str = "") -> Any:
        from artisan_crm.ui.planning.dialogs import LogCallDialog

        dialog = LogCallDialog(
            self.context, client_id, client_name=name, phone=phone, subject=subject, parent=self
        )
        dialog.sig_saved.connect(lambda view: self.sig_action_done.emit("call", view))
        return self._open_dialog(dialog)

    def new_reminder(self, **preset: Any) -> Any:
        from artisan_crm.ui.planning.dialogs import ManualReminderDialog

        dialog = ManualReminderDialog(self.context, parent=self, **preset)
        dialog.sig_saved.connect(lambda view: self.sig_action_done.emit("reminder", view))
        return self._open_dialog(dialog)

    def new_appointment(self, *, day: date | None = None, client_id: int | None = None) -> Any:
        from artisan_crm.ui.planning.dialogs import AppointmentDialog

        dialog = AppointmentDialog(self.context, day=day, client_id=client_id, parent=self)
        dialog.sig_saved.connect(lambda view: self.sig_action_done.emit("appointment", view))
        return self._open_dialog(dialog)

    def edit_appointment(self, appointment: AppointmentView) -> Any:
        from artisan_crm.ui.planning.dialogs import AppointmentDialog

        dialog = AppointmentDialog(self.context, appointment=appointment, parent=self)
        dialog.sig_saved.connect(lambda view: self.sig_action_done.emit("appointment", view))
        dialog.sig_delete_requested.connect(self.delete_appointment)
        return self._open_dialog(dialog)

    def delete_appointment(self, appointment: AppointmentView) -> None:
        from artisan_crm.ui.planning.dialogs import delete_appointment_returning

        def deleted(draft: Any) -> None:
            self._deleted_draft = draft
            zone = zone_of(self.settings)
            self.undo_text.setText(
                tr("The appointment of {moment} was deleted.").format(
                    moment=tr("{day} at {time}").format(
                        day=day_label(local_day(draft.starts_at, zone), self.today()),
                        time=french_time(draft.starts_at, zone),
                    )
                )
            )
            self.undo_bar.show()
            self._undo_timer.start()
            self.sig_action_done.emit("deleted", draft)

        self.context.tasks.run_write(
            delete_appointment_returning,
            appointment.id,
            appointment.version,
            on_done=guarded(self, deleted),
            on_error=guarded(self, self._on_action_failed),
        )

    def undo_delete(self) -> None:
        from artisan_crm.services.appointments import create_appointment

        draft, self._deleted_draft = self._deleted_draft, None
        self.undo_bar.hide()
        if draft is None:
            return
        self.context.tasks.run_write(
            create_appointment,
            draft,
            on_done=guarded(self, lambda view: self.sig_action_done.emit("restored", view)),
            on_error=guarded(self, self._on_action_failed),
        )

    def _on_action_failed(self, exc: BaseException) -> None:
        tell(self, tr("Today"), error_text(exc))
        self.refresh()

    def _open_dialog(self, dialog: Any) -> Any:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _on_print_result(self, kind: str, value: Any) -> None:
        self.sig_action_done.emit(kind, value)
