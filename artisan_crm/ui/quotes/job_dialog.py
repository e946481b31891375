"""Dialogs of jobs: make the job of an accepted quote; say when a job was finished."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.domain.errors import ValidationError
from artisan_crm.domain.quotes import planned_minutes_from_lines
from artisan_crm.ui.quotes.common import (
    amount_text,
    error_label,
    error_text,
    from_qdate,
    guarded,
    number_text,
    parse_decimal,
    set_error,
    to_qdate,
)
from artisan_crm.ui.views.base import ViewContext, plain_label


class OptionalDate(QWidget):
    """A date that may be left unset: a tick box switches the date on."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(to_qdate(day))


def make_job_from_quote(
    session: Any,
    quote_id: int,
    *,
    planned_start: date | None,
    deadline: date | None,
    planned_hours: Decimal,
    material_cost: Decimal,
    site_address_id: int | None,
) -> Any:
    """Worker side, one unit of work: the job of the quote, with the material cost typed.

    ``create_job_from_quote`` copies the quote's material cost; when the user changed
    it, the job is updated in the same transaction.
    """
    from artisan_crm.services.jobs import JobDraft, create_job_from_quote, update_job

    job = create_job_from_quote(
        session,
        quote_id,
        planned_start=planned_start,
        deadline=deadline,
        planned_hours=planned_hours,
        site_address_id=site_address_id,
    )
    if job.material_cost != material_cost:
        draft = JobDraft(
            client_id=job.client_id,
            title=job.title,
            site_address_id=job.site_address_id,
            planned_start=job.planned_start,
            deadline=job.deadline,
            planned_hours=job.planned_hours,
            material_cost=material_cost,
            notes=job.notes,
        )
        job = update_job(session, job.id, draft, version=job.version)
    return job


class JobFromQuoteDialog(QDialog):
    """Planned start, deadline, hours, material cost and site of the job of a quote.

    Signals:
        sig_job_created(object): the new ``JobView``.
    """

    sig_job_created = Signal(object)

    def __init__(
        self,
        context: ViewContext,
        quote: Any,
        addresses: list[Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.quote = quote
        self.setObjectName("jobFromQuoteDialog")
        self.setWindowTitle(self.tr("Create the job"))

        self.start = OptionalDate(self.tr("Planned"), self)
        self.start.set_value(date.today())
        self.deadline = OptionalDate(self.tr("Planned"), self)
        minutes = planned_minutes_from_lines(
            (str(line.kind), line.unit, line.quantity) for line in quote.lines
        )
        self.hours = QLineEdit(number_text(Decimal(minutes) / 60), self)
        self.material = QLineEdit(amount_text(quote.material_cost), self)
        self.site = QComboBox(self)
        self.site.addItem(self.tr("No site address"), None)
        for address in addresses:
            self.site.addItem(address.one_line, address.id)
        position = self.site.findData(quote.site_address_id)
        self.site.setCurrentIndex(max(0, position))

        self.errors = {
            name: error_label()
            for name in ("planned_start", "deadline", "planned_hours", "material_cost", "site")
        }
        self.general_error = error_label()

        form = QFormLayout()
        form.addRow(self.tr("Start"), self.start)
        form.addRow("", self.errors["planned_start"])
        form.addRow(self.tr("Deadline"), self.deadline)
        form.addRow("", self.errors["deadline"])
        form.addRow(self.tr("Planned hours"), self.hours)
        form.addRow("", self.errors["planned_hours"])
        form.addRow(self.tr("Material cost (€ excl. VAT)"), self.material)
        form.addRow("", self.errors["material_cost"])
        form.addRow(self.tr("Site address"), self.site)
        form.addRow("", self.errors["site"])

        buttons = QDialogButtonBox(self)
        self.create_button = buttons.addButton(
            self.tr("Create the job"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        intro = self.tr("Job of quote {number} – {title}").format(
            number=quote.number, title=quote.title or quote.client_name
        )
        layout.addWidget(plain_label(intro, self, object_name="dialogText"))
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def accept(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            set_error(label, "")
        hours = parse_decimal(self.hours.text()) if self.hours.text().strip() else Decimal(0)
        material = (
            parse_decimal(self.material.text()) if self.material.text().strip() else Decimal(0)
        )
        if hours is None:
            set_error(self.errors["planned_hours"], self.tr("Type a number of hours, e.g. 12,5."))
        if material is None:
            set_error(self.errors["material_cost"], self.tr("Type an amount, e.g. 1 250,00."))
        if hours is None or material is None:
            return
        self.create_button.setEnabled(False)
        self.context.tasks.run_write(
            make_job_from_quote,
            self.quote.id,
            planned_start=self.start.value(),
            deadline=self.deadline.value(),
            planned_hours=hours,
            material_cost=material,
            site_address_id=self.site.currentData(),
            on_done=guarded(self, self._on_created),
            on_error=guarded(self, self._on_failed),
        )

    def _on_created(self, job: Any) -> None:
        self.sig_job_created.emit(job)
        super().accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            for field, message in exc.field_errors.items():
                target = self.errors.get(
                    "site" if field == "site_address_id" else field, self.general_error
                )
                set_error(target, message)
            return
        set_error(self.general_error, error_text(exc))


def _complete(session: Any, job_id: int, version: int, completed_on: date) -> Any:
    from artisan_crm.services.jobs import complete_job

    return complete_job(session, job_id, version=version, completed_on=completed_on)


class CompleteJobDialog(QDialog):
    """The day the job was finished (today by default).

    Signals:
        sig_completed(object): the finished ``JobView``.
    """

    sig_completed = Signal(object)

    def __init__(self, context: ViewContext, job: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job = job
        self.setObjectName("completeJobDialog")
        self.setWindowTitle(self.tr("Job finished"))
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setCalendarPopup(True)
        self.error = error_label()
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("Mark as finished"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Finished on"), self.day)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(job.title or job.client_name, self, object_name="dialogText"))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        set_error(self.error, "")
        self.ok_button.setEnabled(False)
        self.context.tasks.run_write(
            _complete,
            self.job.id,
            self.job.version,
            from_qdate(self.day.date()),
            on_done=guarded(self, self._on_done),
            on_error=guarded(self, self._on_failed),
        )

    def _on_done(self, job: Any) -> None:
        self.sig_completed.emit(job)
        super().accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        set_error(self.error, error_text(exc))
