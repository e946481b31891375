"""The card's small dialogs: log a contact, a complaint's feedback, time spent,
likely duplicates, anonymisation. Each saves through the worker and shows a wrong
field's French message next to it, keeping everything typed.

Dialogs are opened with ``open()`` (window-modal, no nested event loop).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.domain.enums import Direction, InteractionChannel, TimeKind
from artisan_crm.domain.errors import ValidationError
from artisan_crm.domain.text import fold
from artisan_crm.services.duplicates import DuplicateMatch
from artisan_crm.services.feedback import (
    FeedbackView,
    feedback_categories,
    resolve_feedback,
    update_feedback,
)
from artisan_crm.services.interactions import CHANNEL_LABELS, InteractionDraft, log_interaction
from artisan_crm.services.jobs import list_jobs
from artisan_crm.services.quotes import list_quotes
from artisan_crm.services.time_entries import (
    DEFAULT_BILLABLE,
    TIME_KIND_LABELS,
    TimeEntryDraft,
    create_time_entry,
)
from artisan_crm.ui.clients.common import error_label, error_text, guarded, show_field_error
from artisan_crm.ui.taskman import TaskManager
from artisan_crm.ui.views.base import plain_label


class _SavingDialog(QDialog):
    """A dialog whose OK button saves through the worker; field errors stay on screen.

    Signals:
        sig_saved(object): what the service returned, after the dialog closed.
    """

    sig_saved = Signal(object)

    def __init__(self, tasks: TaskManager, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.heading = plain_label(title, object_name="dialogTitle")
        self.general_error = error_label("dialogError")
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save_keys = QShortcut(QKeySequence("Ctrl+Return"), self)
        save_keys.activated.connect(self.save)
        #: field key -> (widget outlined, label under it)
        self.fields: dict[str, tuple[QWidget, Any]] = {}
        self._saving = False

    def checked(self, key: str, widget: QWidget) -> QWidget:
        """``widget`` with an error label under it, registered under ``key``."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        label = error_label()
        layout.addWidget(widget)
        layout.addWidget(label)
        self.fields[key] = (widget, label)
        return box

    def show_errors(self, errors: dict[str, str]) -> None:
        self.clear_errors()
        unplaced = []
        first: QWidget | None = None
        for key, message in errors.items():
            if key in self.fields:
                widget, label = self.fields[key]
                show_field_error(widget, label, message)
                first = first or widget
            else:
                unplaced.append(message)
        show_field_error(None, self.general_error, "\n".join(unplaced))
        if first is not None:
            first.setFocus()

    def clear_errors(self) -> None:
        for widget, label in self.fields.values():
            show_field_error(widget, label, "")
        show_field_error(None, self.general_error, "")

    # ---- Saving -------------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving:
            return
        job = self.save_job()
        if job is None:
            return
        fn, args, kwargs = job
        self._saving = True
        self.save_button.setEnabled(False)
        self.clear_errors()
        self.tasks.run_write(
            fn,
            *args,
            on_done=guarded(self, self._on_saved),
            on_error=guarded(self, self._on_failed),
            **kwargs,
        )

    def save_job(self) -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]] | None:
        """``(service function, args, kwargs)`` to run, or None when nothing must be saved."""
        raise NotImplementedError

    def _on_saved(self, result: object) -> None:
        self._saving = False
        self.accept()
        self.sig_saved.emit(result)

    def _on_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_errors(exc.field_errors)
        else:
            show_field_error(None, self.general_error, error_text(exc))

    def layout_with(self, body: QWidget | QFormLayout | QVBoxLayout) -> QVBoxLayout:
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.general_error)
        if isinstance(body, QWidget):
            layout.addWidget(body, 1)
        else:
            layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        for label in self.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        return layout


# ---- Log a contact ------------------------------------------------------------------------


#: the minutes proposed for each kind of contact (the user changes them in one keystroke)
DEFAULT_MINUTES = {
    InteractionChannel.CALL: 5,
    InteractionChannel.VISIT: 30,
    InteractionChannel.EMAIL: 5,
    InteractionChannel.SMS: 0,
    InteractionChannel.MEETING: 30,
    InteractionChannel.NOTE: 0,
}


class LogContactDialog(_SavingDialog):
    """What the contact was about, how long it took, and whether it was a complaint,
    a request for a discount or for a change. A complaint then opens the feedback form
    (done by the card on ``sig_saved``)."""

    def __init__(
        self,
        tasks: TaskManager,
        client_id: int,
        client_name: str,
        channel: InteractionChannel,
        parent: QWidget | None = None,
    ) -> None:
        label = CHANNEL_LABELS[channel]
        super().__init__(
            tasks,
            self.tr("{kind} — {client}").format(kind=label, client=client_name),
            parent,
        )
        self.setObjectName("logContactDialog")
        self.client_id = client_id
        self.channel = channel

        self.inbound = QRadioButton(self.tr("From the client"))
        self.outbound = QRadioButton(self.tr("From me"))
        self.direction_group = QButtonGroup(self)
        self.direction_group.addButton(self.inbound)
        self.direction_group.addButton(self.outbound)
        self.inbound.setChecked(True)
        direction = QHBoxLayout()
        direction.addWidget(self.inbound)
        direction.addWidget(self.outbound)
        direction.addStretch(1)

        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(DEFAULT_MINUTES.get(channel, 0))
        self.minutes.setAccessibleName(self.tr("Minutes spent"))
        self.log_time = QCheckBox(self.tr("Count it in the time spent on this client"))
        self.log_time.setChecked(channel != InteractionChannel.NOTE)

        self.summary = QPlainTextEdit()
        self.summary.setObjectName("contactSummary")
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("What was said, what was agreed…"))
        self.summary.setMinimumHeight(110)

        self.complaint = QCheckBox(self.tr("Complaint"))
        self.complaint.setObjectName("complaintFlag")
        self.discount = QCheckBox(self.tr("Asked for a discount"))
        self.change = QCheckBox(self.tr("Asked for a change"))
        flags = QHBoxLayout()
        flags.addWidget(self.complaint)
        flags.addWidget(self.discount)
        flags.addWidget(self.change)
        flags.addStretch(1)
        self.complaint_hint = plain_label(
            self.tr(
                "After saving, the feedback form opens: what was criticised, how it was settled, the lesson learned."
            ),
            object_name="hint",
        )
        self.complaint_hint.setStyleSheet("color: #5a6b78;")
        self.complaint_hint.hide()
        self.complaint.toggled.connect(self.complaint_hint.setVisible)

        form = QFormLayout()
        if channel in (InteractionChannel.CALL, InteractionChannel.EMAIL, InteractionChannel.SMS):
            form.addRow(self.tr("Who reached out"), direction)
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(self.checked("minutes", self.minutes))
        minutes_row.addWidget(self.log_time, 1, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Time spent"), minutes_row)
        form.addRow(self.tr("Summary"), self.checked("summary", self.summary))
        form.addRow(self.tr("Flags"), flags)
        form.addRow("", self.complaint_hint)
        self.layout_with(form)
        self.resize(560, 380)
        self.summary.setFocus()

    def draft(self) -> InteractionDraft:
        directed = self.channel in (
            InteractionChannel.CALL,
            InteractionChannel.EMAIL,
            InteractionChannel.SMS,
        )
        direction = Direction.NONE
        if directed:
            direction = Direction.INBOUND if self.inbound.isChecked() else Direction.OUTBOUND
        minutes = self.minutes.value()
        return InteractionDraft(
            client_id=self.client_id,
            channel=self.channel,
            direction=direction,
            summary=self.summary.toPlainText(),
            minutes=minutes,
            is_complaint=self.complaint.isChecked(),
            is_discount_request=self.discount.isChecked(),
            is_change_request=self.change.isChecked(),
            log_time=self.log_time.isChecked() and minutes > 0,
        )

    def save_job(self) -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
        return log_interaction, (self.draft(),), {}


# ---- Feedback -----------------------------------------------------------------------------


def save_feedback(
    session: Any,
    feedback_id: int,
    version: int,
    *,
    criticism: str,
    category: str,
    resolution: str,
    lesson_learned: str,
    led_to_improvement: bool,
    resolve: bool,
) -> FeedbackView:
    """Update a feedback's text, then close it when it is settled (worker)."""
    view = update_feedback(
        session,
        feedback_id,
        expected_version=version,
        criticism=criticism,
        category=category,
        resolution=resolution,
        lesson_learned=lesson_learned,
        led_to_improvement=led_to_improvement,
    )
    if resolve and not view.is_resolved:
        view = resolve_feedback(
            session,
            feedback_id,
            resolution=resolution,
            lesson_learned=lesson_learned,
            led_to_improvement=led_to_improvement,
        )
    return view


class FeedbackDialog(_SavingDialog):
    """A complaint: what was criticised, its category, how it was settled, the lesson."""

    def __init__(
        self, tasks: TaskManager, feedback: FeedbackView, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            tasks, self.tr("Complaint — {client}").format(client=feedback.client_name), parent
        )
        self.setObjectName("feedbackDialog")
        self.feedback = feedback
        self.criticism = QPlainTextEdit(feedback.criticism)
        self.criticism.setTabChangesFocus(True)
        self.criticism.setObjectName("feedbackCriticism")
        self.criticism.setMinimumHeight(80)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems(["", *feedback_categories()])
        self.category.setCurrentText(feedback.category)
        self.category.setObjectName("feedbackCategory")
        self.resolution = QPlainTextEdit(feedback.resolution)
        self.resolution.setTabChangesFocus(True)
        self.resolution.setObjectName("feedbackResolution")
        self.resolution.setPlaceholderText(self.tr("How it was settled (leave empty if not yet)"))
        self.resolution.setMinimumHeight(60)
        self.lesson = QPlainTextEdit(feedback.lesson_learned)
        self.lesson.setTabChangesFocus(True)
        self.lesson.setObjectName("feedbackLesson")
        self.lesson.setPlaceholderText(self.tr("What to do differently next time"))
        self.lesson.setMinimumHeight(60)
        self.improvement = QCheckBox(self.tr("It led to an improvement in how I work"))
        self.improvement.setChecked(feedback.led_to_improvement)
        self.resolved = QCheckBox(self.tr("Settled"))
        self.resolved.setChecked(feedback.is_resolved)
        self.resolved.setObjectName("feedbackResolved")
        self.resolution.textChanged.connect(self._on_resolution_changed)
        self._resolved_touched = feedback.is_resolved
        self.resolved.clicked.connect(self._on_resolved_clicked)

        form = QFormLayout()
        form.addRow(self.tr("What was criticised"), self.checked("criticism", self.criticism))
        form.addRow(self.tr("Category"), self.checked("category", self.category))
        form.addRow(self.tr("Resolution"), self.checked("resolution", self.resolution))
        form.addRow(self.tr("Lesson learned"), self.lesson)
        form.addRow("", self.improvement)
        form.addRow("", self.resolved)
        self.layout_with(form)
        self.resize(600, 480)

    @Slot()
    def _on_resolution_changed(self) -> None:
        if not self._resolved_touched:
            self.resolved.setChecked(bool(self.resolution.toPlainText().strip()))

    @Slot(bool)
    def _on_resolved_clicked(self, _checked: bool) -> None:
        self._resolved_touched = True

    def save_job(self) -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]] | None:
        if self.resolved.isChecked() and not self.resolution.toPlainText().strip():
            self.show_errors({"resolution": self.tr("Say how the complaint was settled.")})
            return None
        return (
            save_feedback,
            (self.feedback.id, self.feedback.version),
            {
                "criticism": self.criticism.toPlainText(),
                "category": self.category.currentText(),
                "resolution": self.resolution.toPlainText(),
                "lesson_learned": self.lesson.toPlainText(),
                "led_to_improvement": self.improvement.isChecked(),
                "resolve": self.resolved.isChecked(),
            },
        )


# ---- Time entry ---------------------------------------------------------------------------


def client_jobs_and_quotes(session: Any, client_id: int) -> tuple[list[Any], list[Any]]:
    """The client's jobs and quotes, for the optional link of a time entry (worker)."""
    jobs = list_jobs(session, client_id=client_id, include_finished=True, limit=50)
    quotes = list_quotes(session, client_id=client_id, limit=50)
    return jobs, quotes


class TimeEntryDialog(_SavingDialog):
    """Time spent for a client: kind, day, minutes, billable (default by kind), job/quote."""

    def __init__(
        self,
        tasks: TaskManager,
        client_id: int,
        client_name: str,
        *,
        kind: TimeKind = TimeKind.PHONE,
        minutes: int = 15,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, self.tr("Time spent — {client}").format(client=client_name), parent)
        self.setObjectName("timeEntryDialog")
        self.client_id = client_id
        self.kind = QComboBox()
        self.kind.setObjectName("timeKind")
        for value, label in TIME_KIND_LABELS.items():
            self.kind.addItem(label, value)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.work_date = QDateEdit(QDate.currentDate())
        self.work_date.setCalendarPopup(True)
        self.work_date.setDisplayFormat("dd/MM/yyyy")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("timeMinutes")
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(minutes)
        self.billable = QCheckBox(self.tr("Billable"))
        self.billable.setObjectName("timeBillable")
        self.billable.setChecked(DEFAULT_BILLABLE[TimeKind(kind)])
        self._billable_touched = False
        self.billable.clicked.connect(self._on_billable_clicked)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.job = QComboBox()
        self.job.addItem(self.tr("None"), None)
        self.quote = QComboBox()
        self.quote.addItem(self.tr("None"), None)
        self.note = QLineEdit(note)
        self.note.setMaxLength(300)
        self.note.setPlaceholderText(self.tr("Optional"))

        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.checked("kind", self.kind))
        form.addRow(self.tr("Day"), self.checked("work_date", self.work_date))
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(self.checked("minutes", self.minutes))
        minutes_row.addWidget(self.billable, 1, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Duration"), minutes_row)
        form.addRow(self.tr("Job"), self.checked("job_id", self.job))
        form.addRow(self.tr("Quote"), self.checked("quote_id", self.quote))
        form.addRow(self.tr("Note"), self.checked("note", self.note))
        self.layout_with(form)
        self.resize(520, 320)
        self.minutes.setFocus()
        self.minutes.selectAll()
        tasks.run_read(
            client_jobs_and_quotes,
            client_id,
            on_done=guarded(self, self._on_links),
            on_error=lambda _exc: None,
        )

    def _on_links(self, found: tuple[list[Any], list[Any]]) -> None:
        jobs, quotes = found
        for job in jobs:
            self.job.addItem(job.title or self.tr("Job n°{id}").format(id=job.id), job.id)
        for quote in quotes:
            text = f"{quote.number} — {quote.title}" if quote.title else quote.number
            self.quote.addItem(text, quote.id)

    @Slot(bool)
    def _on_billable_clicked(self, _checked: bool) -> None:
        self._billable_touched = True

    @Slot(int)
    def _on_kind_changed(self, _index: int) -> None:
        if not self._billable_touched:
            self.billable.setChecked(DEFAULT_BILLABLE[TimeKind(self.kind.currentData())])

    def draft(self) -> TimeEntryDraft:
        day = self.work_date.date()
        return TimeEntryDraft(
            client_id=self.client_id,
            work_date=date(day.year(), day.month(), day.day()),
            minutes=self.minutes.value(),
            kind=TimeKind(self.kind.currentData()),
            billable=self.billable.isChecked(),
            job_id=self.job.currentData(),
            quote_id=self.quote.currentData(),
            note=self.note.text(),
        )

    def save_job(self) -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
        return create_time_entry, (self.draft(),), {}


# ---- Duplicates ---------------------------------------------------------------------------


class DuplicateDialog(QDialog):
    """ "This client may already be in your file": each look-alike with why, and a
    button to open it; or create the new card anyway.

    Signals:
        sig_open_existing(int): open this existing client instead.
        sig_create_anyway(): create the new client all the same.
    """

    sig_open_existing = Signal(int)
    sig_create_anyway = Signal()

    def __init__(self, matches: tuple[DuplicateMatch, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateDialog")
        self.setWindowTitle(self.tr("This client may already exist"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = plain_label(
            self.tr("Before creating a second card, check these clients already in your file:"),
            object_name="dialogText",
        )
        rows = QVBoxLayout()
        rows.setSpacing(8)
        self.open_buttons: list[QPushButton] = []
        for match in matches:
            frame = QFrame()
            frame.setObjectName("duplicateMatch")
            frame.setStyleSheet(
                "QFrame#duplicateMatch { background: #fff8e6; border: 1px solid #f0d9a0;"
                " border-radius: 6px; }"
            )
            name = match.display_name + (f" — {match.city}" if match.city else "")
            if match.archived:
                name += " " + self.tr("(archived)")
            title = plain_label(name, object_name="duplicateName")
            title.setStyleSheet("font-weight: 600;")
            reason = plain_label(match.reason, object_name="duplicateReason")
            button = QPushButton(self.tr("Open this card"))
            button.clicked.connect(lambda _=False, cid=match.client_id: self._on_open(cid))
            self.open_buttons.append(button)
            texts = QVBoxLayout()
            texts.addWidget(title)
            texts.addWidget(reason)
            line = QHBoxLayout(frame)
            line.addLayout(texts, 1)
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            rows.addWidget(frame)
        rows.addStretch(1)
        holder = QWidget()
        holder.setLayout(rows)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        buttons = QDialogButtonBox(self)
        self.create_button = buttons.addButton(
            self.tr("Create anyway"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        back = buttons.addButton(
            self.tr("Back to the form"), QDialogButtonBox.ButtonRole.RejectRole
        )
        back.setDefault(True)
        self.create_button.clicked.connect(self._on_create)
        back.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.windowTitle(), object_name="dialogTitle"))
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(620, min(190 + 80 * len(matches), 520))

    def _on_open(self, client_id: int) -> None:
        self.accept()
        self.sig_open_existing.emit(client_id)

    def _on_create(self) -> None:
        self.accept()
        self.sig_create_anyway.emit()


# ---- Anonymisation ------------------------------------------------------------------------


class AnonymiseDialog(QDialog):
    """Erase a client's identity for good: the user types the client's name to confirm.

    Signals:
        sig_confirmed(): the name was typed and the button clicked.
    """

    sig_confirmed = Signal()

    def __init__(self, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("anonymiseDialog")
        self.setWindowTitle(self.tr("Erase this client's personal data"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.client_name = client_name
        text = plain_label(
            self.tr(
                "The name, phones, e-mails, addresses, notes and exchanges of “{name}” will be "
                "erased for good. Invoices are kept (the law requires it for ten years) under "
                "an anonymous name. This cannot be undone.\n\n"
                "To confirm, type the client's name: {name}"
            ).format(name=client_name),
            object_name="dialogText",
        )
        self.confirm = QLineEdit()
        self.confirm.setObjectName("anonymiseConfirm")
        self.confirm.setPlaceholderText(client_name)
        buttons = QDialogButtonBox(self)
        self.erase_button = buttons.addButton(
            self.tr("Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setEnabled(False)
        self.erase_button.setStyleSheet("QPushButton:enabled { color: #b3261e; font-weight: 600; }")
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setDefault(True)
        cancel.clicked.connect(self.reject)
        self.erase_button.clicked.connect(self._on_erase)
        self.confirm.textChanged.connect(self._on_typed)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.windowTitle(), object_name="dialogTitle"))
        layout.addWidget(text)
        layout.addWidget(self.confirm)
        layout.addWidget(buttons)
        self.resize(520, 240)

    @Slot(str)
    def _on_typed(self, text: str) -> None:
        self.erase_button.setEnabled(
            " ".join(fold(text).split()) == " ".join(fold(self.client_name).split())
        )

    def _on_erase(self) -> None:
        if self.erase_button.isEnabled():
            self.accept()
            self.sig_confirmed.emit()
