"""The week agenda: seven columns (Monday to Sunday) of appointments, job deadlines and
reminders, with previous / next week. Read on the background worker."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.domain.reminder_rules import french_time, local_day
from artisan_crm.ui.planning.common import (
    error_text,
    guarded,
    rule_settings,
    to_qdate,
    tr,
    utc_now,
    zone_of,
)
from artisan_crm.ui.views.base import plain_label

if TYPE_CHECKING:
    from artisan_crm.services.appointments import AppointmentView
    from artisan_crm.services.today import AgendaDay, WeekAgenda
    from artisan_crm.ui.views.base import ViewContext

log = logging.getLogger(__name__)


def read_week(session: Any, monday: date, today: date, settings: Any) -> WeekAgenda:
    from artisan_crm.services.today import week_agenda

    return week_agenda(session, monday, settings, today=today)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


class AgendaItem(QFrame):
    """An appointment in a day column: its lines wrap; a click opens it.

    Signals:
        clicked(bool): the user clicked it (same shape as ``QAbstractButton.clicked``).
    """

    clicked = Signal(bool)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaItem")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.label = plain_label(text, self, object_name="agendaItemText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label)

    def text(self) -> str:
        return self.label.text()

    def click(self) -> None:
        self.clicked.emit(False)

    def mouseReleaseEvent(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.click()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.click()
            return
        super().keyPressEvent(event)


class DayColumn(QFrame):
    """One day of the agenda: its appointments (click to edit), deadlines, reminders."""

    def __init__(self, agenda: WeekAgendaWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agenda = agenda
        self.setObjectName("agendaDay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(118)
        self.day: date | None = None
        self.title = plain_label("", self, object_name="agendaDayTitle")
        self.title.setWordWrap(False)
        self.add_button = QToolButton(self)
        self.add_button.setObjectName("agendaAdd")
        self.add_button.setText("+")
        self.add_button.setToolTip(tr("New appointment on this day…"))
        self.add_button.setAutoRaise(True)
        self.add_button.clicked.connect(self._on_add)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.add_button)
        self.items = QVBoxLayout()
        self.items.setContentsMargins(0, 0, 0, 0)
        self.items.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(self.items)
        layout.addStretch(1)
        self.appointment_buttons: list[AgendaItem] = []

    def show_day(self, day: AgendaDay, today: date) -> None:
        self.day = day.day
        while self.items.count():
            item = self.items.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.appointment_buttons = []
        self.title.setText(QLocale().toString(to_qdate(day.day), "ddd d MMM"))
        self.setProperty("today", day.day == today)
        self.style().unpolish(self)
        self.style().polish(self)
        zone = zone_of(self.agenda.settings)
        for a in day.appointments:
            lines = [f"{french_time(a.starts_at, zone)} – {french_time(a.ends_at, zone)}"]
            if a.client_name:
                lines.append(a.client_name)
            if a.purpose:
                lines.append(a.purpose)
            button = AgendaItem("\n".join(lines), self)
            button.setToolTip(
                "\n".join(p for p in (a.client_name, a.client_phone, a.address, a.purpose) if p)
            )
            button.clicked.connect(
                lambda _c=False, appt=a: self.agenda.sig_edit_appointment.emit(appt)
            )
            self.items.addWidget(button)
            self.appointment_buttons.append(button)
        for d in day.deadlines:
            text = tr("⚑ Deadline: {title}").format(title=d.title or f"n°{d.job_id}")
            if d.client_name:
                text += f" ({d.client_name})"
            label = plain_label(text, self, object_name="agendaDeadline")
            label.setToolTip(" · ".join(p for p in (d.client_phone, d.client_address) if p))
            self.items.addWidget(label)
        if day.reminders:
            count = len(day.reminders)
            text = tr("1 reminder") if count == 1 else tr("{n} reminders").format(n=count)
            label = plain_label(text, self, object_name="agendaReminders")
            label.setToolTip(
                "\n".join(
                    f"{french_time(r.effective_due_at, zone)} {r.title}" for r in day.reminders[:15]
                )
            )
            self.items.addWidget(label)
        if not (day.appointments or day.deadlines or day.reminders):
            self.items.addWidget(plain_label(tr("Free"), self, object_name="emptySection"))

    def _on_add(self) -> None:
        if self.day is not None:
            self.agenda.sig_new_appointment.emit(self.day)


class WeekAgendaWidget(QWidget):
    """A week, Monday to Sunday.

    Signals:
        sig_loaded(object): the ``WeekAgenda`` shown.
        sig_new_appointment(object): "+" on a day (its ``date``).
        sig_edit_appointment(object): an appointment was clicked (``AppointmentView``).
    """

    sig_loaded = Signal(object)
    sig_new_appointment = Signal(object)
    sig_edit_appointment = Signal(object)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekAgenda")
        self.context = context
        self.settings = rule_settings(context.settings)
        self.monday = monday_of(local_day(utc_now(), zone_of(self.settings)))
        self.agenda: WeekAgenda | None = None
        self._loading = False
        self._stale = False

        self.previous_button = QPushButton(tr("◀ Previous week"), self)
        self.previous_button.setObjectName("previousWeek")
        self.previous_button.clicked.connect(lambda: self.show_week(self.monday - timedelta(7)))
        self.next_button = QPushButton(tr("Next week ▶"), self)
        self.next_button.setObjectName("nextWeek")
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + timedelta(7)))
        self.this_week_button = QPushButton(tr("This week"), self)
        self.this_week_button.setObjectName("thisWeek")
        self.this_week_button.clicked.connect(
            lambda: self.show_week(monday_of(local_day(utc_now(), zone_of(self.settings))))
        )
        self.week_title = plain_label("", self, object_name="sectionTitle")
        self.week_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.this_week_button)
        top.addWidget(self.week_title, 1)
        top.addWidget(self.next_button)
        self.columns = [DayColumn(self) for _ in range(7)]
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.setSpacing(6)
        for column in self.columns:
            row_layout.addWidget(column, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(row)
        self.message = plain_label("", self, object_name="emptySection")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        context.events.data_changed.connect(self._on_data_changed)

    def show_week(self, monday: date) -> None:
        self.monday = monday_of(monday)
        self.refresh()

    def refresh(self) -> None:
        if self._loading:
            self._stale = True
            return
        self._loading = True
        self._stale = False
        today = local_day(utc_now(), zone_of(self.settings))
        self.context.tasks.run_read(
            read_week,
            self.monday,
            today,
            self.settings,
            on_done=guarded(self, self._on_loaded),
            on_error=guarded(self, self._on_failed),
        )

    def _finish(self) -> None:
        self._loading = False
        if self._stale:
            self.refresh()

    def _on_loaded(self, agenda: WeekAgenda) -> None:
        self.agenda = agenda
        today = local_day(utc_now(), zone_of(self.settings))
        sunday = agenda.monday + timedelta(days=6)
        self.week_title.setText(
            tr("Week of {first} to {last}").format(
                first=QLocale().toString(to_qdate(agenda.monday), "d MMMM"),
                last=QLocale().toString(to_qdate(sunday), "d MMMM yyyy"),
            )
        )
        for column, day in zip(self.columns, agenda.days, strict=True):
            column.show_day(day, today)
        self.message.hide()
        self._finish()
        self.sig_loaded.emit(agenda)

    def _on_failed(self, exc: BaseException) -> None:
        log.error("week agenda unreadable", exc_info=exc)
        self.message.setText(error_text(exc))
        self.message.show()
        self._finish()

    def _on_data_changed(self, changes: Any) -> None:
        if self.agenda is not None and changes.touches("appointment", "job", "reminder", "client"):
            self.refresh()

    def appointments(self) -> list[AppointmentView]:
        if self.agenda is None:
            return []
        return [a for d in self.agenda.days for a in d.appointments]
