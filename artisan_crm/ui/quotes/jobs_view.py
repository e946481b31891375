"""The Jobs view: jobs by deadline, late ones in red; start, finish, cancel, open the quote."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QComboBox, QHeaderView, QPushButton, QWidget

from artisan_crm.domain.enums import JobStatus
from artisan_crm.ui.quotes.common import (
    LATE_COLOUR,
    LIST_LIMIT,
    Column,
    ListPage,
    RowsModel,
    ask,
    error_text,
    guarded,
    number_text,
    short_date,
    tell,
)
from artisan_crm.ui.views.base import ViewContext

#: filter key -> what ``list_jobs`` gets
FILTERS = ("open", "late", "done", "cancelled", "all")


@dataclass(frozen=True)
class JobList:
    rows: list[Any]


def read_jobs(session: Any, which: str) -> JobList:
    from artisan_crm.services.jobs import list_jobs

    if which == "done":
        rows = list_jobs(session, status=JobStatus.DONE, limit=LIST_LIMIT)
    elif which == "cancelled":
        rows = list_jobs(session, status=JobStatus.CANCELLED, limit=LIST_LIMIT)
    elif which == "all":
        rows = list_jobs(session, include_finished=True, limit=LIST_LIMIT)
    elif which == "late":
        rows = list_jobs(session, late_only=True, limit=LIST_LIMIT)
    else:
        rows = list_jobs(session, limit=LIST_LIMIT)
    return JobList(rows)


def _start(session: Any, job_id: int, version: int) -> Any:
    from artisan_crm.services.jobs import start_job

    return start_job(session, job_id, version=version)


def _cancel(session: Any, job_id: int, version: int) -> Any:
    from artisan_crm.services.jobs import cancel_job

    return cancel_job(session, job_id, version=version)


def _final_invoice(session: Any, job_id: int) -> Any:
    from artisan_crm.services.invoices import create_final_invoice

    return create_final_invoice(session, job_id=job_id)


def _quote_id(session: Any, number: str) -> int:
    from artisan_crm.services.quotes import get_quote_by_number

    return get_quote_by_number(session, number).id


def job_status_text(status: JobStatus) -> str:
    return {
        JobStatus.PLANNED: QCoreApplication.translate("JobsView", "Planned"),
        JobStatus.IN_PROGRESS: QCoreApplication.translate("JobsView", "In progress"),
        JobStatus.DONE: QCoreApplication.translate("JobsView", "Finished"),
        JobStatus.CANCELLED: QCoreApplication.translate("JobsView", "Cancelled"),
    }[JobStatus(status)]


def late_text(days: int) -> str:
    if days <= 0:
        return ""
    if days == 1:
        return QCoreApplication.translate("JobsView", "1 day late")
    return QCoreApplication.translate("JobsView", "{days} days late").format(days=days)


def _late_colour(row: Any) -> Any:
    return LATE_COLOUR if row.is_late else None


class JobsView(ListPage):
    """Signals: see :class:`ListPage`."""

    view_id = "jobs"
    watched_tables = ("job", "quote", "client")

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        model: RowsModel[Any] = RowsModel(
            [
                Column(self.tr("Job"), lambda r: r.title or r.client_name, colour=_late_colour),
                Column(self.tr("Client"), lambda r: r.client_name, colour=_late_colour),
                Column(self.tr("Quote"), lambda r: r.quote_number or "—"),
                Column(self.tr("Status"), lambda r: job_status_text(r.status), colour=_late_colour),
                Column(
                    self.tr("Start"),
                    lambda r: short_date(r.planned_start),
                    lambda r: r.planned_start,
                ),
                Column(
                    self.tr("Deadline"),
                    lambda r: short_date(r.deadline),
                    lambda r: r.deadline,
                    colour=_late_colour,
                ),
                Column(
                    self.tr("Delay"),
                    lambda r: (
                        late_text(r.days_late)
                        if r.is_late
                        else (
                            self.tr("finished on {day}").format(day=short_date(r.completed_on))
                            if r.completed_on
                            else ""
                        )
                    ),
                    lambda r: r.days_late,
                    colour=_late_colour,
                ),
                Column(
                    self.tr("Planned hours"),
                    lambda r: (
                        number_text((Decimal(r.planned_minutes) / 60).quantize(Decimal("0.01")))
                        if r.planned_minutes
                        else ""
                    ),
                    lambda r: r.planned_minutes,
                    numeric=True,
                ),
            ]
        )
        super().__init__(
            context,
            title=self.tr("Jobs"),
            subtitle=self.tr("Your jobs in progress and to come, soonest deadline first."),
            empty_text=self.tr(
                "No job yet. Your jobs, made from accepted quotes, will appear here."
            ),
            search_placeholder=self.tr("Search: job, client, quote…"),
            model=model,
            parent=parent,
        )
        model.setParent(self)
        self.last_box: Any = None
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("jobsFilter")
        for key, text in (
            ("open", self.tr("Jobs in progress and planned")),
            ("late", self.tr("Late jobs")),
            ("done", self.tr("Finished jobs")),
            ("cancelled", self.tr("Cancelled jobs")),
            ("all", self.tr("All jobs")),
        ):
            self.filter_combo.addItem(text, key)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.filter_bar.addWidget(self.filter_combo)
        self.filter_bar.addStretch(1)

        self.start_button = QPushButton(self.tr("Start the job"), self)
        self.start_button.clicked.connect(self.start_job)
        self.complete_button = QPushButton(self.tr("Finished…"), self)
        self.complete_button.clicked.connect(self.complete_job)
        self.cancel_button = QPushButton(self.tr("Cancel the job"), self)
        self.cancel_button.clicked.connect(self.cancel_job)
        self.quote_button = QPushButton(self.tr("Open the quote"), self)
        self.quote_button.clicked.connect(self.open_quote)
        self.invoice_button = QPushButton(self.tr("Final invoice"), self)
        self.invoice_button.clicked.connect(self.final_invoice)
        for button in (
            self.start_button,
            self.complete_button,
            self.cancel_button,
            self.quote_button,
            self.invoice_button,
        ):
            self.actions_bar.addWidget(button)
        self.actions_bar.addStretch(1)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 190), (2, 115), (3, 85), (4, 90), (5, 90), (6, 150), (7, 105)):
            self.table.setColumnWidth(column, width)
        self.sig_open_requested.connect(lambda _id: self.open_quote())
        self.sig_loaded.connect(self._on_list_loaded)
        self._wanted_id: int | None = None
        self.update_actions()

    def open_job(self, job_id: int) -> None:
        """Select this job (the main window's ``open_record("job", id)``); a finished or
        cancelled one makes the list show all jobs."""
        if self.select_id(job_id):
            return
        self._wanted_id = job_id
        index = self.filter_combo.findData("all")
        if self.filter_combo.currentIndex() != index:
            self.filter_combo.setCurrentIndex(index)
        else:
            self.refresh()

    def _on_list_loaded(self, _count: int) -> None:
        if self._wanted_id is not None and self.select_id(self._wanted_id):
            self._wanted_id = None

    # ---- Loading --------------------------------------------------------------------------

    def fetch_args(self) -> tuple[Any, ...]:
        return (self.filter_combo.currentData() or "open",)

    @staticmethod
    def fetch(session: Any, *args: Any) -> JobList:
        return read_jobs(session, *args)

    def show_result(self, result: JobList) -> None:
        words = self.search.text().casefold().split()
        rows = [
            r
            for r in result.rows
            if all(
                w in f"{r.title} {r.client_name} {r.quote_number or ''}".casefold() for w in words
            )
        ]
        self.model.set_rows(rows)
        late = sum(1 for r in rows if r.is_late)
        text = self.tr("{count} job(s)").format(count=len(rows))
        if late:
            text += " · " + self.tr("{late} late").format(late=late)
        self.status_text.setText(text)

    def filtering(self) -> bool:
        return super().filtering() or self.filter_combo.currentData() not in (None, "open")

    def update_actions(self) -> None:
        row = self.current_row()
        status = row.status if row is not None else None
        self.start_button.setEnabled(status == JobStatus.PLANNED)
        unfinished = status in (JobStatus.PLANNED, JobStatus.IN_PROGRESS)
        self.complete_button.setEnabled(unfinished)
        self.cancel_button.setEnabled(unfinished)
        has_quote = row is not None and bool(row.quote_number)
        self.quote_button.setEnabled(has_quote)
        self.invoice_button.setEnabled(has_quote and status != JobStatus.CANCELLED)

    # ---- Actions --------------------------------------------------------------------------

    def _write(self, fn: Any, *args: Any, on_done: Any = None) -> None:
        self.context.tasks.run_write(
            fn,
            *args,
            on_done=guarded(self, on_done or (lambda _r: None)),
            on_error=guarded(self, self._on_failed),
        )

    def _on_failed(self, exc: BaseException) -> None:
        self.last_box = tell(self, self.tr("Jobs"), error_text(exc))

    @Slot()
    def start_job(self) -> None:
        row = self.current_row()
        if row is not None:
            self._write(_start, row.id, row.version)

    @Slot()
    def complete_job(self) -> None:
        row = self.current_row()
        if row is None:
            return
        from artisan_crm.ui.quotes.job_dialog import CompleteJobDialog

        dialog = CompleteJobDialog(self.context, row, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.complete_dialog = dialog
        dialog.open()

    @Slot()
    def cancel_job(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self.last_box = ask(
            self,
            self.tr("Cancel the job"),
            self.tr("Cancel the job “{title}”? This cannot be undone.").format(
                title=row.title or row.client_name
            ),
            self.tr("Cancel the job"),
            lambda: self._write(_cancel, row.id, row.version),
            reject_text=self.tr("Back"),
            destructive=True,
        )

    @Slot()
    def open_quote(self) -> None:
        row = self.current_row()
        if row is None or not row.quote_number:
            return
        from artisan_crm.ui.quotes.editor import open_quote_editor

        def opened(quote_id: int) -> None:
            self.editor = open_quote_editor(self.context, self.window(), quote_id=quote_id)

        self.context.tasks.run_read(
            _quote_id,
            row.quote_number,
            on_done=guarded(self, opened),
            on_error=guarded(self, self._on_failed),
        )

    @Slot()
    def final_invoice(self) -> None:
        row = self.current_row()
        if row is None:
            return
        from artisan_crm.ui.quotes.invoice_dialog import InvoiceDialog

        def made(invoice: Any) -> None:
            self.invoice_dialog = InvoiceDialog.open_invoice(
                self.context, invoice.id, self.window()
            )

        self._write(_final_invoice, row.id, on_done=made)
