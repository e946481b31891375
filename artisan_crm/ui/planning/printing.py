"""Printing the day sheet / week, saving it as PDF, exporting the calendar (.ics).

The document (database read + HTML) is built on the background worker; painting it
needs the GUI thread (fonts). The calendar file is written on the worker.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMarginsF, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from artisan_crm.ui.planning.common import error_text, guarded, rule_settings, tell, tr, utc_now

if TYPE_CHECKING:
    from artisan_crm.domain.reminder_rules import RuleSettings
    from artisan_crm.reports.documents import PrintableDocument
    from artisan_crm.ui.views.base import ViewContext

log = logging.getLogger(__name__)

PDF_DIR_KEY = "planning/pdf_dir"
ICS_DIR_KEY = "planning/ics_dir"


def read_day_document(
    session: Any, day: date, now: datetime, week: bool, settings: RuleSettings
) -> PrintableDocument:
    """Worker side: the day sheet (or the week holding ``day``)."""
    from artisan_crm.reports.day_sheet import day_sheet_document

    return day_sheet_document(session, day, now, week=week, settings=settings)


def a4_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def open_preview(parent: QWidget, document: PrintableDocument) -> QPrintPreviewDialog:
    """The print preview of ``document`` (window-modal, no nested event loop)."""
    printer = a4_printer()
    printer.setDocName(document.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("dayPrintPreview")
    dialog.setWindowTitle(tr("Print preview – {title}").format(title=document.title))
    dialog._printer = printer  # type: ignore[attr-defined]  # must live as long as the dialog
    dialog._document = document  # type: ignore[attr-defined]

    def paint(device: QPrinter) -> None:
        try:
            document.paint(device)
        except OSError as exc:
            log.warning("printing %s failed: %s", document.title, exc)
            tell(parent, tr("Printing"), error_text(exc))

    dialog.paintRequested.connect(paint)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.resize(900, 1000)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog


def _ask_path(
    parent: QWidget, context: ViewContext, key: str, title: str, name: str, pattern: str
) -> Path | None:
    raw = context.settings.raw()
    folder = str(raw.value(key, "") or "") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name), pattern)
    if not chosen:
        return None
    path = Path(chosen)
    suffix = Path(name).suffix
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    raw.setValue(key, str(path.parent))
    return path


def write_pdf(parent: QWidget, document: PrintableDocument, path: Path) -> int | None:
    """Write the PDF (GUI thread: painting needs the fonts); the page count, None on failure."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pages = document.write_pdf(path)
    except OSError as exc:
        QGuiApplication.restoreOverrideCursor()
        tell(
            parent,
            tr("Save as PDF"),
            tr("The PDF could not be written: {error}").format(error=exc.strerror or exc),
        )
        return None
    QGuiApplication.restoreOverrideCursor()
    return pages


class DayPrinter:
    """ "Imprimer la journée / la semaine" and their PDF, for one widget.

    ``on_result(kind, value)`` is told what happened (for the status line and tests):
    ``("preview", dialog)``, ``("pdf", path)``, ``("ics", (path, events))``.
    """

    def __init__(self, widget: QWidget, context: ViewContext, on_result: Any = None) -> None:
        self.widget = widget
        self.context = context
        self.on_result = on_result or (lambda _kind, _value: None)
        self.preview: QPrintPreviewDialog | None = None

    def _document(self, day: date, week: bool, then: Any) -> None:
        self.context.tasks.run_read(
            read_day_document,
            day,
            utc_now(),
            week,
            rule_settings(self.context.settings),
            on_done=guarded(self.widget, then),
            on_error=guarded(
                self.widget, lambda exc: tell(self.widget, tr("Printing"), error_text(exc))
            ),
        )

    def print_preview(self, day: date, *, week: bool = False) -> None:
        def show(document: PrintableDocument) -> None:
            self.preview = open_preview(self.widget, document)
            self.on_result("preview", self.preview)

        self._document(day, week, show)

    def save_pdf(self, day: date, *, week: bool = False) -> None:
        name = (
            tr("week-{day}.pdf").format(day=f"{day:%Y-%m-%d}")
            if week
            else tr("day-sheet-{day}.pdf").format(day=f"{day:%Y-%m-%d}")
        )
        path = _ask_path(
            self.widget,
            self.context,
            PDF_DIR_KEY,
            tr("Save as PDF"),
            name,
            tr("PDF documents (*.pdf)"),
        )
        if path is None:
            return

        def write(document: PrintableDocument) -> None:
            if write_pdf(self.widget, document, path) is not None:
                self.on_result("pdf", path)

        self._document(day, week, write)

    def export_calendar(self) -> None:
        path = _ask_path(
            self.widget,
            self.context,
            ICS_DIR_KEY,
            tr("Export the calendar"),
            tr("artisan-crm-calendar.ics"),
            tr("iCalendar files (*.ics)"),
        )
        if path is None:
            return
        self.context.tasks.run_read(
            _export_ics,
            path,
            utc_now(),
            on_done=guarded(self.widget, lambda count: self.on_result("ics", (path, count))),
            on_error=guarded(
                self.widget,
                lambda exc: tell(self.widget, tr("Export the calendar"), error_text(exc)),
            ),
        )


def _export_ics(session: Any, path: Path, now: datetime) -> int:
    from artisan_crm.services.calendar_export import export_calendar

    return export_calendar(session, path, now=now)
