"""The "Print client summary" flow: options dialog -> worker read -> preview or PDF.

:func:`print_client_summaries` shows :class:`SummaryOptionsDialog` (rating, amounts, full
history, number of interactions; remembered between uses). On "Print preview…" or "Save
as PDF…" the summaries are gathered on the background worker
(``context.tasks.run_read``: one read session, frozen dataclasses, no Qt) and rendered
and painted here on the GUI thread (QTextDocument needs the fonts). Several clients
print as one job in which each client keeps its own page numbers.

Nothing blocks the event loop: the dialogs are opened with ``open()``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.config import Option
from artisan_crm.domain.errors import UserFacingError
from artisan_crm.reports.client_summary import (
    DEFAULT_INTERACTIONS,
    MAX_INTERACTIONS,
    ClientSummaryData,
    SummaryOptions,
    gather_client_summaries,
    paint_documents,
    render_client_summary,
    summary_file_name,
    write_documents_pdf,
)

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from artisan_crm.reports.documents import PrintableDocument
    from artisan_crm.ui.views.base import ViewContext

log = logging.getLogger(__name__)


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"1", "true", "yes", "oui", "on"}


#: the dialog's choices, remembered between uses (settings declared once, here)
INCLUDE_RATING = Option("summary/include_rating", _to_bool, True)
INCLUDE_AMOUNTS = Option("summary/include_amounts", _to_bool, True)
FULL_HISTORY = Option("summary/full_history", _to_bool, False)
INTERACTIONS = Option("summary/interactions", int, DEFAULT_INTERACTIONS)
PDF_DIR = Option("summary/pdf_dir", str, "")

PREVIEW = "preview"
PDF = "pdf"


def load_options(settings: Any) -> SummaryOptions:
    count = settings.get(INTERACTIONS)
    return SummaryOptions(
        include_rating=settings.get(INCLUDE_RATING),
        include_amounts=settings.get(INCLUDE_AMOUNTS),
        full_history=settings.get(FULL_HISTORY),
        interactions=min(max(count, 0), MAX_INTERACTIONS),
    )


def save_options(settings: Any, options: SummaryOptions) -> None:
    settings.set(INCLUDE_RATING, options.include_rating)
    settings.set(INCLUDE_AMOUNTS, options.include_amounts)
    settings.set(FULL_HISTORY, options.full_history)
    settings.set(INTERACTIONS, options.interactions)


# ---- The options dialog -------------------------------------------------------------------------


class SummaryOptionsDialog(QDialog):
    """What to print: rating, amounts, full history, how many recent interactions.

    Signals:
        sig_chosen(str): ``"preview"`` or ``"pdf"``, when the user picked an action
            (the dialog then closes with ``accept()``).
    """

    sig_chosen = Signal(str)

    def __init__(self, count: int, options: SummaryOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryOptionsDialog")
        self.choice = ""
        if count == 1:
            self.setWindowTitle(self.tr("Print client summary"))
            intro = self.tr("The summary to have in hand before a visit or a difficult call.")
        else:
            self.setWindowTitle(self.tr("Print {count} client summaries").format(count=count))
            intro = self.tr(
                "One summary per client, each with its own page numbers, in one document."
            )
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)

        self.rating_box = QCheckBox(self.tr("Include the rating"), self)
        self.rating_box.setToolTip(
            self.tr(
                "The rating category (for example Vampire), its reasons and your tags. "
                "Leave it out for a summary handed to the client."
            )
        )
        self.amounts_box = QCheckBox(self.tr("Include the amounts"), self)
        self.amounts_box.setToolTip(
            self.tr("Revenue, quote and invoice amounts, amount due, in euros.")
        )
        self.history_box = QCheckBox(self.tr("Full history"), self)
        self.history_box.setToolTip(
            self.tr("Every interaction and complaint, and the closed quotes, jobs and invoices.")
        )
        self.interactions_spin = QSpinBox(self)
        self.interactions_spin.setRange(0, MAX_INTERACTIONS)
        self.interactions_spin.setToolTip(self.tr("How many of the latest interactions to print."))

        self.rating_box.setChecked(options.include_rating)
        self.amounts_box.setChecked(options.include_amounts)
        self.history_box.setChecked(options.full_history)
        self.interactions_spin.setValue(options.interactions)
        self.history_box.toggled.connect(self._on_history_toggled)
        self._on_history_toggled(options.full_history)

        form = QFormLayout()
        form.addRow(self.rating_box)
        form.addRow(self.amounts_box)
        form.addRow(self.history_box)
        form.addRow(self.tr("Latest interactions:"), self.interactions_spin)

        self.buttons = QDialogButtonBox(self)
        self.preview_button = QPushButton(self.tr("Print preview…"), self)
        self.preview_button.setDefault(True)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button.clicked.connect(lambda: self._choose(PREVIEW))
        self.pdf_button.clicked.connect(lambda: self._choose(PDF))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def options(self) -> SummaryOptions:
        return SummaryOptions(
            include_rating=self.rating_box.isChecked(),
            include_amounts=self.amounts_box.isChecked(),
            full_history=self.history_box.isChecked(),
            interactions=self.interactions_spin.value(),
        )

    # ---- Private slots

    def _on_history_toggled(self, checked: bool) -> None:
        self.interactions_spin.setEnabled(not checked)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.sig_chosen.emit(choice)
        self.accept()


# ---- The print job ------------------------------------------------------------------------------


def _worker_gather(
    session: Any, client_ids: Sequence[int], options: SummaryOptions, settings: Any, now: datetime
) -> tuple[ClientSummaryData, ...]:
    """Worker side: every summary, read in one session (frozen dataclasses)."""
    return gather_client_summaries(session, client_ids, options, rating_settings=settings, now=now)


class SummaryPrintJob(QObject):
    """One "Print client summary" action, from the options dialog to the preview or PDF.

    Signals:
        sig_loaded(): the summaries were read and rendered (``documents`` is set).
        sig_preview_opened(object): the ``QPrintPreviewDialog`` is shown.
        sig_pdf_written(str): the path of the PDF written.
        sig_failed(str): the French message shown to the user.
    """

    sig_loaded = Signal()
    sig_preview_opened = Signal(object)
    sig_pdf_written = Signal(str)
    sig_failed = Signal(str)

    def __init__(self, parent: QWidget, context: ViewContext, client_ids: Sequence[int]) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.context = context
        self.client_ids = list(dict.fromkeys(client_ids))
        self.options = load_options(context.settings)
        self.options_dialog: SummaryOptionsDialog | None = None
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.documents: list[PrintableDocument] = []
        self.message_box: QMessageBox | None = None
        self._action = ""

    # ---- Public API

    def start(self) -> SummaryOptionsDialog:
        dialog = SummaryOptionsDialog(len(self.client_ids), self.options, self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_chosen.connect(self._on_chosen)
        self.options_dialog = dialog
        dialog.open()
        return dialog

    def open_preview(self) -> QPrintPreviewDialog:
        """The print preview of the rendered summaries (window-modal, not blocking)."""
        from artisan_crm.ui.quotes.printing import a4_printer

        printer = a4_printer()
        printer.setDocName(self._title())
        dialog = QPrintPreviewDialog(printer, self.parent_widget)
        dialog.setObjectName("summaryPrintPreview")
        dialog.setWindowTitle(
            QCoreApplication.translate("ClientSummary", "Print preview – {title}").format(
                title=self._title()
            )
        )
        dialog._printer = printer  # type: ignore[attr-defined]  # lives as long as the dialog
        dialog.paintRequested.connect(self._paint)
        toolbar = dialog.findChild(QToolBar)
        self.save_action = QAction(
            QCoreApplication.translate("ClientSummary", "Save as PDF…"), dialog
        )
        self.save_action.setObjectName("summarySavePdf")
        self.save_action.triggered.connect(self.save_pdf)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.save_action)
        else:  # pragma: no cover - Qt always has one
            dialog.addAction(self.save_action)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.resize(960, 1000)
        self.preview_dialog = dialog
        dialog.destroyed.connect(self._on_preview_destroyed)
        dialog.open()
        self.sig_preview_opened.emit(dialog)
        return dialog

    def save_pdf(self) -> Path | None:
        """Ask where, then write the PDF (GUI thread: painting needs the fonts)."""
        path = self._ask_path()
        if path is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_documents_pdf(self.documents, path)
        except OSError as exc:
            QGuiApplication.restoreOverrideCursor()
            self._fail(
                QCoreApplication.translate(
                    "ClientSummary", "The PDF could not be written: {error}"
                ).format(error=exc.strerror or exc)
            )
            return None
        QGuiApplication.restoreOverrideCursor()
        self.sig_pdf_written.emit(str(path))
        return path

    # ---- Private

    def _title(self) -> str:
        if len(self.documents) == 1:
            return self.documents[0].title
        return QCoreApplication.translate("ClientSummary", "{count} client summaries").format(
            count=len(self.documents)
        )

    def _default_name(self) -> str:
        if len(self.documents) == 1:
            extra = self.documents[0].extra
            return summary_file_name(str(extra.get("client_name", "")), int(extra["client_id"]))
        return QCoreApplication.translate("ClientSummary", "Client-summaries") + ".pdf"

    def _ask_path(self) -> Path | None:
        settings = self.context.settings
        folder = settings.get(PDF_DIR) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        parent = self.preview_dialog or self.parent_widget
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ClientSummary", "Save as PDF"),
            str(Path(folder) / self._default_name()),
            QCoreApplication.translate("ClientSummary", "PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        settings.set(PDF_DIR, str(path.parent))
        return path

    def _paint(self, printer: QPrinter) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            paint_documents(printer, self.documents)
        except OSError as exc:
            log.warning("printing client summaries failed: %s", exc)
            self._fail(str(exc))
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _fail(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("ClientSummary", "Print client summary"),
            message,
            QMessageBox.StandardButton.Ok,
            self.preview_dialog or self.parent_widget,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
        self.sig_failed.emit(message)

    def _on_chosen(self, action: str) -> None:
        from artisan_crm.config import load_rating_settings

        self._action = action
        assert self.options_dialog is not None
        self.options = self.options_dialog.options()
        save_options(self.context.settings, self.options)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.context.tasks.run_read(
            _worker_gather,
            self.client_ids,
            self.options,
            load_rating_settings(self.context.settings),
            datetime.now(UTC),
            on_done=self._on_loaded,
            on_error=self._on_error,
        )

    def _on_loaded(self, summaries: tuple[ClientSummaryData, ...]) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.documents = [render_client_summary(data) for data in summaries]
        self.sig_loaded.emit()
        if not self.documents:
            return
        if self._action == PDF:
            self.save_pdf()
        else:
            self.open_preview()

    def _on_error(self, exc: BaseException) -> None:
        QGuiApplication.restoreOverrideCursor()
        log.warning("reading client summaries failed: %r", exc)
        if isinstance(exc, UserFacingError):
            self._fail(str(exc))
        else:
            self._fail(
                QCoreApplication.translate(
                    "ClientSummary", "The client summary could not be prepared: {error}"
                ).format(error=exc)
            )

    def _on_preview_destroyed(self) -> None:
        self.preview_dialog = None


# ---- Entry points -------------------------------------------------------------------------------


def print_client_summaries(
    parent: QWidget, context: ViewContext, client_ids: Sequence[int]
) -> SummaryPrintJob | None:
    """Open the options dialog for ``client_ids``, then the preview (or save a PDF).

    Returns the running job (a child of ``parent``), or None when no client is given.
    """
    if not client_ids:
        return None
    job = SummaryPrintJob(parent, context, client_ids)
    job.start()
    return job


def add_print_summary_action(
    widget: QWidget, context: ViewContext, client_ids: Callable[[], Sequence[int]]
) -> QAction:
    """A "Print client summary…" action on ``widget`` with Ctrl+P (shortcut active in
    ``widget`` and its children); put it on a button (``QToolButton.setDefaultAction``)
    or a menu. ``client_ids()`` gives the clients to print when triggered."""
    action = QAction(QCoreApplication.translate("ClientSummary", "Print client summary…"), widget)
    action.setObjectName("printClientSummary")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda: print_client_summaries(widget, context, list(client_ids())))
    widget.addAction(action)
    return action


__all__ = [
    "SummaryOptionsDialog",
    "SummaryPrintJob",
    "add_print_summary_action",
    "load_options",
    "print_client_summaries",
]
