"""Unexpected errors: logged with their traceback, shown in French, the app keeps running.

``sys.excepthook`` (exceptions escaping a slot or an event handler) and
``threading.excepthook`` (other threads) both end here. Several errors arriving
together are gathered in one dialog instead of a storm of windows.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.domain.errors import UserFacingError

log = logging.getLogger(__name__)

#: tracebacks kept in the details area of one dialog; the log file has them all
MAX_SHOWN = 20


def format_exception(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


class ErrorDialog(QDialog):
    """Says that something went wrong, with the tracebacks in a copyable "Details" area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setObjectName("errorDialog")
        self._count = 0
        self._details: list[str] = []

        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        self.details_button = QPushButton(self.tr("Details"), self)
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._on_details_toggled)

        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(220)
        self.details.hide()

        buttons = QDialogButtonBox(self)
        self.copy_button = buttons.addButton(
            self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self._on_copy)
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(560, 180)

    def add_error(self, summary: str, details: str) -> None:
        self._count += 1
        if len(self._details) < MAX_SHOWN:
            self._details.append(details)
        self.details.setPlainText("\n\n".join(self._details))
        text = self.tr(
            "An unexpected error occurred. Your data is safe: what was saved stays saved, "
            "and you can keep working.\n\nIf it happens again, send the details below to "
            "your support contact."
        )
        if self._count > 1:
            text += "\n\n" + self.tr("{count} errors occurred in a row.").format(count=self._count)
        else:
            text += "\n\n" + summary
        self.message.setText(text)

    @property
    def error_count(self) -> int:
        return self._count

    def details_text(self) -> str:
        return self.details.toPlainText()

    @Slot(bool)
    def _on_details_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.resize(self.width(), 480 if shown else self.minimumSizeHint().height())

    @Slot()
    def _on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())


class ErrorReporter(QObject):
    """Installs the exception hooks and shows at most one error dialog at a time.

    Signals:
        sig_error_shown(str): the summary of an error just added to the dialog
            (GUI thread), for tests and the log.
    """

    sig_error_shown = Signal(str)
    # From any thread to the GUI thread: (summary, formatted traceback).
    _sig_report = Signal(str, str)

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self.parent_widget = parent_widget
        self.dialog: ErrorDialog | None = None
        self._old_excepthook: Any = None
        self._old_threading_hook: Any = None
        self._sig_report.connect(self._on_report)

    # ---- Hooks ---------------------------------------------------------------------------

    def install(self) -> None:
        self._old_excepthook = sys.excepthook
        self._old_threading_hook = threading.excepthook
        sys.excepthook = self._excepthook
        threading.excepthook = self._threading_excepthook

    def uninstall(self) -> None:
        if self._old_excepthook is not None:
            sys.excepthook = self._old_excepthook
            threading.excepthook = self._old_threading_hook
            self._old_excepthook = self._old_threading_hook = None
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    def _excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            app = QApplication.instance()
            if app is not None:
                app.quit()
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        self.report(exc)

    def _threading_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self.report(args.exc_value, thread=args.thread.name if args.thread else None)

    # ---- Reporting -----------------------------------------------------------------------

    def report(self, exc: BaseException, *, thread: str | None = None) -> None:
        """Log ``exc`` and show it; safe to call from any thread."""
        details = format_exception(exc)
        where = f" (thread {thread})" if thread else ""
        log.error("unexpected error%s:\n%s", where, details.rstrip())
        user_facing = isinstance(exc, UserFacingError)
        summary = str(exc) if user_facing else f"{type(exc).__name__}: {exc}"
        self._sig_report.emit(summary, details)

    @Slot(str, str)
    def _on_report(self, summary: str, details: str) -> None:
        if self.dialog is None:
            self.dialog = ErrorDialog(self.parent_widget)
            self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.add_error(summary, details)
        if not self.dialog.isVisible():
            # Not exec(): a nested event loop inside an exception hook invites re-entrance.
            self.dialog.show()
        self.dialog.raise_()
        self.sig_error_shown.emit(summary)

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
