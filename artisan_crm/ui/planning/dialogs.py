"""The planning dialogs: new reminder, appointment (new / edit / delete), log a call.

Each dialog saves on the background worker and stays open on a refusal, with the
French message next to the field and everything typed kept. Nothing is saved
before "Enregistrer": "Annuler" leaves the database untouched.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.domain.enums import Direction, InteractionChannel
from artisan_crm.domain.errors import UserFacingError, ValidationError
from artisan_crm.domain.reminder_rules import local_day, local_moment
from artisan_crm.ui.planning.common import (
    error_label,
    error_text,
    from_qdate,
    from_qtime,
    guarded,
    rule_settings,
    set_error,
    to_qdate,
    to_qtime,
    tr,
    utc_now,
    zone_of,
)
from artisan_crm.ui.views.base import plain_label

if TYPE_CHECKING:
    from artisan_crm.services.appointments import AppointmentView
    from artisan_crm.ui.views.base import ViewContext

log = logging.getLogger(__name__)

#: clients offered in the combo (by name); more are reached by typing
CLIENT_CHOICES_LIMIT = 20_000


# ---- Clients -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClientChoice:
    id: int
    name: str
    city: str


def read_client_choices(session: Any) -> tuple[ClientChoice, ...]:
    """Worker side: every client not archived, by name, with the town of its first address."""
    from sqlalchemy import func, select

    from artisan_crm.services.quotes import client_display_name
    from artisan_crm.storage.models import Client, ClientAddress

    town = (
        select(ClientAddress.city)
        .where(ClientAddress.client_id == Client.id)
        .order_by(ClientAddress.position, ClientAddress.id)
        .limit(1)
        .correlate(Client)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Client.id, Client.kind, Client.first_name, Client.last_name, Client.company_name,
            town.label("city"),
        )
        .where(Client.archived.is_(False))
        .order_by(func.lower(func.coalesce(Client.last_name, Client.company_name, "")), Client.id)
        .limit(CLIENT_CHOICES_LIMIT)
    ).all()  # fmt: skip
    return tuple(
        ClientChoice(
            r.id, client_display_name(r.kind, r.first_name, r.last_name, r.company_name, r.id),
            r.city or "",
        )
        for r in rows
    )  # fmt: skip


def read_client_contact(session: Any, client_id: int) -> Any:
    from artisan_crm.services.reminders import contact_infos

    return contact_infos(session, [client_id]).get(client_id)


class ClientCombo(QComboBox):
    """A searchable client choice: type part of a name, pick it in the list.

    Signals:
        sig_loaded(int): the clients were read (count).
        sig_client_changed(object): the chosen client id (None: no client).
    """

    sig_loaded = Signal(int)
    sig_client_changed = Signal(object)

    def __init__(
        self,
        context: ViewContext,
        *,
        optional: bool = True,
        client_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientCombo")
        self.context = context
        self.optional = optional
        self._wanted = client_id
        self.loaded = False
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(tr("Type a name to search…"))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        if optional:
            self.addItem(tr("— No client —"), None)
        self.currentIndexChanged.connect(self._on_index_changed)
        context.tasks.run_read(
            read_client_choices,
            on_done=guarded(self, self._on_loaded),
            on_error=guarded(self, lambda exc: log.error("clients unreadable", exc_info=exc)),
        )

    def _on_loaded(self, choices: tuple[ClientChoice, ...]) -> None:
        self.blockSignals(True)
        for choice in choices:
            label = f"{choice.name} — {choice.city}" if choice.city else choice.name
            self.addItem(label, choice.id)
        self.blockSignals(False)
        self.loaded = True
        if self._wanted is not None:
            self.set_client_id(self._wanted)
        elif self.optional:
            self.setCurrentIndex(0)
        self.sig_loaded.emit(len(choices))

    def set_client_id(self, client_id: int | None) -> None:
        self._wanted = client_id
        index = self.findData(client_id) if client_id is not None else (0 if self.optional else -1)
        if index >= 0:
            self.setCurrentIndex(index)

    def client_id(self) -> int | None:
        """The chosen client; a typed text that names no client counts as none."""
        index = self.currentIndex()
        if index < 0 or self.itemText(index) != self.currentText():
            match = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
            if match < 0:
                return None
            index = match
        value = self.itemData(index)
        return int(value) if value is not None else None

    def typed_unknown(self) -> bool:
        """Text was typed that matches no client (the user believes one is chosen)."""
        text = self.currentText().strip()
        return bool(text) and self.client_id() is None and text != self.itemText(0)

    def _on_index_changed(self, _index: int) -> None:
        self.sig_client_changed.emit(self.client_id())


# ---- Shared form pieces ------------------------------------------------------------------


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox(dialog)
    ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setDefault(True)
    cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(tr("Cancel"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


def _with_error(widget: QWidget, error: Any) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(error)
    return box


class _SavingDialog(QDialog):
    """Saves on the worker; ``saving`` blocks a second click while the write runs."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saving = False
        self.general_error = error_label()
        self.general_error.setObjectName("generalError")
        self.errors: dict[str, Any] = {}

    def _clear_errors(self) -> None:
        set_error(self.general_error, "")
        for label in self.errors.values():
            set_error(label, "")

    def show_errors(self, problems: dict[str, str]) -> None:
        """Each message next to its field; the rest at the bottom."""
        rest = []
        for name, message in problems.items():
            label = self.errors.get(name)
            if label is not None:
                set_error(label, message)
            else:
                rest.append(message)
        set_error(self.general_error, " ".join(rest))

    def _save(self, fn: Any, *args: Any, **kwargs: Any) -> None:
        if self.saving:
            return
        self.saving = True
        self.context.tasks.run_write(
            fn,
            *args,
            on_done=guarded(self, self._saved),
            on_error=guarded(self, self._failed),
            **kwargs,
        )

    def _saved(self, result: Any) -> None:
        self.saving = False
        self.on_saved(result)
        super().accept()

    def on_saved(self, result: Any) -> None:  # pragma: no cover - overridden
        pass

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        if isinstance(exc, ValidationError):
            self.show_errors(exc.field_errors)
        else:
            if not isinstance(exc, UserFacingError):
                log.error("saving failed", exc_info=exc)
            set_error(self.general_error, error_text(exc))


# ---- New reminder --------------------------------------------------------------------------


class ManualReminderDialog(_SavingDialog):
    """ "Nouveau rappel…": whom, when, what ("Rappeler ce client jeudi à 9 h"), a note.

    Signals:
        sig_saved(object): the ``ReminderView`` created.
    """

    sig_saved = Signal(object)

    def __init__(
        self,
        context: ViewContext,
        *,
        client_id: int | None = None,
        quote_id: int | None = None,
        job_id: int | None = None,
        invoice_id: int | None = None,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("manualReminderDialog")
        self.setWindowTitle(tr("New reminder"))
        self.links = {"quote_id": quote_id, "job_id": job_id, "invoice_id": invoice_id}
        self.settings = rule_settings(context.settings)
        zone = zone_of(self.settings)
        now = utc_now().astimezone(zone)
        tomorrow = now.date() + timedelta(days=1)

        self.client = ClientCombo(context, client_id=client_id, parent=self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("reminderDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dddd dd/MM/yyyy")
        self.date_edit.setDate(to_qdate(tomorrow))
        self.time_edit = QTimeEdit(self)
        self.time_edit.setObjectName("reminderTime")
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setTime(QTime(9, 0))
        quick = QHBoxLayout()
        quick.setSpacing(6)
        for text, days in ((tr("Tomorrow 9 h"), 1), (tr("In 3 days"), 3), (tr("In a week"), 7)):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, d=days: self._quick(d))
            quick.addWidget(button)
        monday = QPushButton(tr("Monday 9 h"), self)
        monday.setAutoDefault(False)
        monday.clicked.connect(self._next_monday)
        quick.addWidget(monday)
        quick.addStretch(1)
        when = QHBoxLayout()
        when.addWidget(self.date_edit, 2)
        when.addWidget(self.time_edit, 1)
        when_box = QWidget(self)
        when_box_layout = QVBoxLayout(when_box)
        when_box_layout.setContentsMargins(0, 0, 0, 0)
        when_box_layout.addLayout(when)
        when_box_layout.addLayout(quick)

        self.title_edit = QLineEdit(title, self)
        self.title_edit.setObjectName("reminderTitle")
        self.title_edit.setPlaceholderText(tr("e.g. Call this client back on Thursday at 9 h"))
        self.title_edit.setMaxLength(300)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("reminderNote")
        self.note_edit.setPlaceholderText(tr("What to say, what to bring up (optional)"))
        self.note_edit.setFixedHeight(80)

        self.errors = {
            "client_id": error_label(),
            "due_at": error_label(),
            "title": error_label(),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("Client"), _with_error(self.client, self.errors["client_id"]))
        form.addRow(tr("When"), _with_error(when_box, self.errors["due_at"]))
        form.addRow(tr("Subject"), _with_error(self.title_edit, self.errors["title"]))
        form.addRow(tr("Note"), self.note_edit)
        buttons, self.ok_button = _buttons(self, tr("Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self.title_edit.setFocus()

    def _quick(self, days: int) -> None:
        today = local_day(utc_now(), zone_of(self.settings))
        self.date_edit.setDate(to_qdate(today + timedelta(days=days)))
        self.time_edit.setTime(QTime(9, 0))

    def _next_monday(self) -> None:
        today = local_day(utc_now(), zone_of(self.settings))
        self.date_edit.setDate(to_qdate(today + timedelta(days=7 - today.weekday())))
        self.time_edit.setTime(QTime(9, 0))

    def due_at(self) -> datetime:
        return local_moment(
            from_qdate(self.date_edit.date()), from_qtime(self.time_edit.time()), self.settings.tz
        )

    def problems(self) -> dict[str, str]:
        """French messages of what is wrong before saving (the service checks the rest)."""
        problems: dict[str, str] = {}
        if self.client.typed_unknown():
            problems["client_id"] = tr(
                "No client has this name: pick one in the list, or empty the field."
            )
        if self.due_at() <= utc_now():
            problems["due_at"] = tr(
                "This date has already passed: choose a day and a time to come."
            )
        elif self.due_at() > utc_now() + timedelta(days=5 * 366):
            problems["due_at"] = tr("This date is more than five years away: check the year.")
        if not self.title_edit.text().strip():
            problems["title"] = tr(
                "Say what the reminder is about (for example “Call back about the quote”)."
            )
        return problems

    def accept(self) -> None:
        from artisan_crm.services.reminders import ManualReminderDraft, create_manual_reminder

        self._clear_errors()
        problems = self.problems()
        if problems:
            self.show_errors(problems)
            return
        draft = ManualReminderDraft(
            title=self.title_edit.text().strip(),
            due_at=self.due_at(),
            note=self.note_edit.toPlainText().strip(),
            client_id=self.client.client_id(),
            **self.links,
        )
        self._save(create_manual_reminder, draft)

    def on_saved(self, result: Any) -> None:
        self.sig_saved.emit(result)


# ---- Appointment ---------------------------------------------------------------------------

DURATIONS = (15, 30, 45, 60, 90, 120, 180, 240, 480)
REMIND_BEFORE = (None, 15, 30, 60, 120, 24 * 60)


def duration_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return tr("{h} h {m:02d}").format(h=hours, m=rest)
    if hours:
        return tr("{n} h").format(n=hours)
    return tr("{n} min").format(n=rest)


def remind_text(minutes: int | None) -> str:
    if minutes is None:
        return tr("No reminder")
    if minutes == 24 * 60:
        return tr("The day before (24 h)")
    return tr("{duration} before").format(duration=duration_text(minutes))


def _appointment_save(session: Any, draft: Any, appointment_id: int | None, version: int) -> Any:
    from artisan_crm.services.appointments import create_appointment, update_appointment

    if appointment_id is None:
        return create_appointment(session, draft)
    return update_appointment(session, appointment_id, draft, version=version)


def delete_appointment_returning(session: Any, appointment_id: int, version: int) -> Any:
    """Worker side: delete, returning the draft that re-creates it (for "Annuler")."""
    from artisan_crm.services.appointments import (
        AppointmentDraft,
        delete_appointment,
        get_appointment,
    )
    from artisan_crm.storage.models import Appointment

    view = get_appointment(session, appointment_id)
    row = session.get(Appointment, appointment_id)
    draft = AppointmentDraft(
        starts_at=view.starts_at,
        duration_minutes=view.duration_minutes,
        client_id=view.client_id,
        job_id=view.job_id,
        address=row.address if row is not None else view.address,
        purpose=view.purpose,
        to_bring=view.to_bring,
        remind_minutes_before=view.remind_minutes_before,
    )
    delete_appointment(session, appointment_id, version=version)
    return draft


class AppointmentDialog(_SavingDialog):
    """ "Nouveau rendez-vous…" and its edition: date, time, duration, client, address
    (prefilled from the client), purpose, what to bring, reminder before (1 h by default).

    Signals:
        sig_saved(object): the ``AppointmentView`` saved.
        sig_delete_requested(object): the user confirmed "Supprimer" (``AppointmentView``):
            the caller deletes and offers to undo.
    """

    sig_saved = Signal(object)
    sig_delete_requested = Signal(object)

    def __init__(
        self,
        context: ViewContext,
        *,
        appointment: AppointmentView | None = None,
        day: date | None = None,
        client_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("appointmentDialog")
        self.appointment = appointment
        self.settings = rule_settings(context.settings)
        zone = zone_of(self.settings)
        self.setWindowTitle(tr("Edit appointment") if appointment else tr("New appointment"))
        self._auto_address = ""

        if appointment is not None:
            local = appointment.starts_at.astimezone(zone)
            start_day, start_time = local.date(), time(local.hour, local.minute)
            client_id = appointment.client_id
        else:
            now = utc_now().astimezone(zone)
            start_day = day or (now.date() + timedelta(days=1))
            start_time = time(9, 0)

        self.date_edit = QDateEdit(to_qdate(start_day), self)
        self.date_edit.setObjectName("appointmentDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dddd dd/MM/yyyy")
        self.time_edit = QTimeEdit(to_qtime(start_time), self)
        self.time_edit.setObjectName("appointmentTime")
        self.time_edit.setDisplayFormat("HH:mm")
        self.duration = QComboBox(self)
        self.duration.setObjectName("appointmentDuration")
        durations = list(DURATIONS)
        current = appointment.duration_minutes if appointment else 60
        if current not in durations:
            durations = sorted([*durations, current])
        for minutes in durations:
            self.duration.addItem(duration_text(minutes), minutes)
        self.duration.setCurrentIndex(self.duration.findData(current))
        when = QHBoxLayout()
        when.addWidget(self.date_edit, 3)
        when.addWidget(self.time_edit, 1)
        when.addWidget(plain_label(tr("for"), self))
        when.addWidget(self.duration, 1)
        when_box = QWidget(self)
        when_box.setLayout(when)
        when.setContentsMargins(0, 0, 0, 0)

        self.client = ClientCombo(context, client_id=client_id, parent=self)
        self.client.sig_client_changed.connect(self._on_client_changed)
        self.address = QLineEdit(self)
        self.address.setObjectName("appointmentAddress")
        self.address.setMaxLength(300)
        self.address.setPlaceholderText(tr("Filled in from the client's card"))
        self.purpose = QLineEdit(self)
        self.purpose.setObjectName("appointmentPurpose")
        self.purpose.setPlaceholderText(tr("e.g. Measure the kitchen before the quote"))
        self.to_bring = QLineEdit(self)
        self.to_bring.setObjectName("appointmentToBring")
        self.to_bring.setPlaceholderText(tr("e.g. Tape measure, tile samples"))
        self.remind = QComboBox(self)
        self.remind.setObjectName("appointmentRemind")
        choices: list[int | None] = list(REMIND_BEFORE)
        wanted: int | None = (
            appointment.remind_minutes_before
            if appointment is not None
            else self.settings.appointment_minutes_before
        )
        if wanted is not None and wanted not in choices:
            choices = [None, *sorted([c for c in choices if c is not None] + [wanted])]
        for before in choices:
            self.remind.addItem(remind_text(before), before)
        self.remind.setCurrentIndex(self.remind.findData(wanted))
        if appointment is not None:
            self.address.setText(appointment.address)
            self.purpose.setText(appointment.purpose)
            self.to_bring.setText(appointment.to_bring)

        self.errors = {
            "starts_at": error_label(),
            "duration_minutes": error_label(),
            "client_id": error_label(),
            "address": error_label(),
            "purpose": error_label(),
            "remind_minutes_before": error_label(),
            "job_id": error_label(),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        when_col = QWidget(self)
        when_col_layout = QVBoxLayout(when_col)
        when_col_layout.setContentsMargins(0, 0, 0, 0)
        when_col_layout.setSpacing(2)
        when_col_layout.addWidget(when_box)
        when_col_layout.addWidget(self.errors["starts_at"])
        when_col_layout.addWidget(self.errors["duration_minutes"])
        form.addRow(tr("When"), when_col)
        form.addRow(tr("Client"), _with_error(self.client, self.errors["client_id"]))
        form.addRow(tr("Address"), _with_error(self.address, self.errors["address"]))
        form.addRow(tr("Purpose"), _with_error(self.purpose, self.errors["purpose"]))
        form.addRow(tr("To bring"), self.to_bring)
        form.addRow(tr("Remind me"), _with_error(self.remind, self.errors["remind_minutes_before"]))
        buttons, self.ok_button = _buttons(self, tr("Save"))
        self.delete_button: QPushButton | None = None
        if appointment is not None:
            self.delete_button = buttons.addButton(
                tr("Delete…"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.delete_button.setObjectName("deleteAppointment")
            self.delete_button.setAutoDefault(False)
            self.delete_button.clicked.connect(self._on_delete)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["job_id"])
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.resize(600, self.sizeHint().height())

    def _on_client_changed(self, client_id: int | None) -> None:
        if client_id is None:
            return
        self.context.tasks.run_read(
            read_client_contact, client_id, on_done=guarded(self, self._on_contact)
        )

    def _on_contact(self, info: Any) -> None:
        if info is None:
            return
        current = self.address.text().strip()
        # Prefill, but never overwrite what the user typed.
        if not current or current == self._auto_address:
            self.address.setText(info.address)
            self._auto_address = info.address

    def starts_at(self) -> datetime:
        return local_moment(
            from_qdate(self.date_edit.date()), from_qtime(self.time_edit.time()), self.settings.tz
        )

    def draft(self) -> Any:
        from artisan_crm.services.appointments import AppointmentDraft

        address = self.address.text().strip()
        # The client's own address is found again from the card: store only a typed one.
        if address == self._auto_address:
            address = ""
        return AppointmentDraft(
            starts_at=self.starts_at(),
            duration_minutes=int(self.duration.currentData()),
            client_id=self.client.client_id(),
            job_id=self.appointment.job_id if self.appointment else None,
            address=address,
            purpose=self.purpose.text().strip(),
            to_bring=self.to_bring.text().strip(),
            remind_minutes_before=self.remind.currentData(),
        )

    def accept(self) -> None:
        self._clear_errors()
        if self.client.typed_unknown():
            self.show_errors(
                {
                    "client_id": tr(
                        "No client has this name: pick one in the list, or empty the field."
                    )
                }
            )
            return
        if self.appointment is None and self.starts_at() < utc_now() - timedelta(hours=12):
            self.show_errors(
                {"starts_at": tr("This date has already passed: check the day and the time.")}
            )
            return
        appointment_id = self.appointment.id if self.appointment else None
        version = self.appointment.version if self.appointment else 0
        self._save(_appointment_save, self.draft(), appointment_id, version)

    def on_saved(self, result: Any) -> None:
        self.sig_saved.emit(result)

    def _on_delete(self) -> None:
        from artisan_crm.ui.planning.common import ask

        assert self.appointment is not None
        appointment = self.appointment

        def confirmed() -> None:
            self.sig_delete_requested.emit(appointment)
            self.done(QDialog.DialogCode.Rejected)

        self.confirm_box = ask(
            self,
            tr("Delete the appointment"),
            tr("Delete this appointment and its reminder?"),
            tr("Delete"),
            confirmed,
            destructive=True,
        )


# ---- Log a call ------------------------------------------------------------------------------


def channel_label(channel: InteractionChannel) -> str:
    return {
        InteractionChannel.CALL: tr("Phone call"),
        InteractionChannel.VISIT: tr("Visit"),
        InteractionChannel.EMAIL: tr("E-mail"),
        InteractionChannel.SMS: tr("Text message"),
        InteractionChannel.MEETING: tr("Meeting"),
        InteractionChannel.NOTE: tr("Note"),
    }[channel]


class LogCallDialog(_SavingDialog):
    """ "Noter un appel": channel, direction, minutes, summary, and the flags that count in
    the client's rating (complaint, discount request, change request).

    Signals:
        sig_saved(object): the ``InteractionView`` recorded.
    """

    sig_saved = Signal(object)

    def __init__(
        self,
        context: ViewContext,
        client_id: int,
        *,
        client_name: str = "",
        phone: str = "",
        subject: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("logCallDialog")
        self.client_id = client_id
        self.setWindowTitle(tr("Log a call"))
        heading = plain_label(client_name or tr("Client no. {id}").format(id=client_id), self)
        heading.setObjectName("dialogTitle")
        phone_label = plain_label(phone, self, object_name="itemPhone")
        phone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        phone_label.setVisible(bool(phone))
        self.channel = QComboBox(self)
        self.channel.setObjectName("interactionChannel")
        for channel in InteractionChannel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.direction = QComboBox(self)
        self.direction.setObjectName("interactionDirection")
        self.direction.addItem(tr("I called"), Direction.OUTBOUND.value)
        self.direction.addItem(tr("The client called"), Direction.INBOUND.value)
        self.direction.addItem(tr("—"), Direction.NONE.value)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("interactionMinutes")
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(5)
        self.minutes.setSuffix(tr(" min"))
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("interactionSummary")
        self.summary.setPlaceholderText(tr("What was said, what was agreed"))
        if subject:
            self.summary.setPlainText(subject)
        self.summary.setFixedHeight(90)
        self.complaint = QCheckBox(tr("Complaint"), self)
        self.discount = QCheckBox(tr("Asked for a discount"), self)
        self.change = QCheckBox(tr("Asked for changes"), self)
        self.log_time = QCheckBox(tr("Count this time in the time spent (not billed)"), self)
        self.log_time.setChecked(True)
        flags = QHBoxLayout()
        for box in (self.complaint, self.discount, self.change):
            flags.addWidget(box)
        flags.addStretch(1)

        self.errors = {
            "minutes": error_label(),
            "summary": error_label(),
            "occurred_at": error_label(),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        how = QHBoxLayout()
        how.addWidget(self.channel, 1)
        how.addWidget(self.direction, 1)
        form.addRow(tr("Contact"), how)
        form.addRow(tr("Duration"), _with_error(self.minutes, self.errors["minutes"]))
        form.addRow(tr("Summary"), _with_error(self.summary, self.errors["summary"]))
        form.addRow(tr("Flags"), flags)
        form.addRow("", self.log_time)
        buttons, self.ok_button = _buttons(self, tr("Save"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(phone_label)
        layout.addLayout(form)
        layout.addWidget(self.errors["occurred_at"])
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self.summary.setFocus()

    def draft(self) -> Any:
        from artisan_crm.services.interactions import InteractionDraft

        minutes = self.minutes.value()
        return InteractionDraft(
            client_id=self.client_id,
            channel=InteractionChannel(self.channel.currentData()),
            direction=Direction(self.direction.currentData()),
            summary=self.summary.toPlainText().strip(),
            minutes=minutes,
            is_complaint=self.complaint.isChecked(),
            is_discount_request=self.discount.isChecked(),
            is_change_request=self.change.isChecked(),
            log_time=self.log_time.isChecked() and minutes > 0,
        )

    def accept(self) -> None:
        from artisan_crm.services.interactions import log_interaction

        self._clear_errors()
        self._save(log_interaction, self.draft())

    def on_saved(self, result: Any) -> None:
        self.sig_saved.emit(result)
