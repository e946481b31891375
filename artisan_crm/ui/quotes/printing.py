"""Print preview and PDF of quotes and invoices.

The document (database read + HTML) is built on the background worker by the
callers; painting it needs the GUI thread (fonts) and stays short.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from artisan_crm.reports.documents import PrintableDocument
from artisan_crm.ui.quotes.common import error_text, tell

log = logging.getLogger(__name__)

PDF_DIR_KEY = "quotes/pdf_dir"


def read_quote_document(session: Any, number: str) -> PrintableDocument:
    """Worker side: the printable quote."""
    from artisan_crm.reports.documents import quote_document

    return quote_document(session, number)


def read_invoice_document(session: Any, invoice_id: int) -> PrintableDocument:
    """Worker side: the printable invoice (a draft too: it prints as BROUILLON)."""
    from artisan_crm.reports.documents import render_invoice
    from artisan_crm.services.company import get_company
    from artisan_crm.services.invoices import get_invoice

    return render_invoice(get_invoice(session, invoice_id), get_company(session))


def a4_printer() -> QPrinter:
    """A printer set up like the PDFs: A4 portrait, 15 mm margins."""
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
    """Show the print preview of ``document`` (window-modal, no nested event loop)."""
    printer = a4_printer()
    printer.setDocName(document.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(
        QCoreApplication.translate("Printing", "Print preview – {title}").format(
            title=document.title
        )
    )
    # The printer must live as long as the dialog.
    dialog.setProperty("document_title", document.title)
    dialog._printer = printer  # type: ignore[attr-defined]
    dialog.paintRequested.connect(lambda device: _paint(parent, document, device))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.resize(900, 1000)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog


def _paint(parent: QWidget, document: PrintableDocument, device: QPrinter) -> None:
    try:
        document.paint(device)
    except OSError as exc:
        log.warning("printing %s failed: %s", document.title, exc)
        tell(parent, QCoreApplication.translate("Printing", "Printing"), error_text(exc))


def ask_pdf_path(parent: QWidget, settings: Any, default_name: str) -> Path | None:
    """The file chosen in a save dialog (``DEV-2026-0001.pdf`` proposed), or None."""
    raw = settings.raw()
    folder = str(raw.value(PDF_DIR_KEY, "") or "") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Printing", "Save as PDF"),
        str(Path(folder) / default_name),
        QCoreApplication.translate("Printing", "PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    raw.setValue(PDF_DIR_KEY, str(path.parent))
    return path


def write_pdf(parent: QWidget, document: PrintableDocument, path: Path) -> bool:
    """Write the PDF (GUI thread: painting needs the fonts); says so on failure."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        document.write_pdf(path)
    except OSError as exc:
        QGuiApplication.restoreOverrideCursor()
        tell(
            parent,
            QCoreApplication.translate("Printing", "Save as PDF"),
            QCoreApplication.translate("Printing", "The PDF could not be written: {error}").format(
                error=exc.strerror or exc
            ),
        )
        return False
    QGuiApplication.restoreOverrideCursor()
    return True
