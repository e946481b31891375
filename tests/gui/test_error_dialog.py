"""Unexpected errors: logged, shown once in French with copyable details, the app keeps going."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from artisan_crm.ui.errors import ErrorReporter


@pytest.fixture
def reporter(french: None) -> Iterator[ErrorReporter]:
    reporter = ErrorReporter()
    reporter.install()
    try:
        yield reporter
    finally:
        reporter.uninstall()


def _raise_in_slot(message: str) -> None:
    raise RuntimeError(message)


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_shows_the_dialog_and_the_app_keeps_running(
    reporter: ErrorReporter, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(reporter.sig_error_shown) as shown:
        QTimer.singleShot(0, lambda: _raise_in_slot("slot went wrong"))
    assert shown.args == ["RuntimeError: slot went wrong"]
    dialog = reporter.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Erreur inattendue"
    assert dialog.message.text().startswith("Une erreur inattendue s'est produite.")
    assert dialog.details_button.text() == "Détails"
    assert not dialog.details.isVisible()
    dialog.details_button.click()
    assert dialog.details.isVisible()
    assert "Traceback" in dialog.details_text() and "slot went wrong" in dialog.details_text()
    dialog.copy_button.click()
    assert "slot went wrong" in QApplication.clipboard().text()
    assert "slot went wrong" in caplog.text

    # Still alive: the event loop keeps delivering.
    with qtbot.waitSignal(QApplication.instance().applicationNameChanged, timeout=2000):
        QTimer.singleShot(0, lambda: QApplication.setApplicationName("still-running"))
    dialog.close()
    qtbot.waitUntil(lambda: reporter.dialog is None)


@pytest.mark.qt_no_exception_capture
def test_a_burst_of_errors_gives_one_dialog(reporter: ErrorReporter, qtbot: QtBot) -> None:
    for index in range(3):
        QTimer.singleShot(0, lambda i=index: _raise_in_slot(f"error {i}"))
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.error_count == 3)
    dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog"]
    assert len([d for d in dialogs if d.isVisible()]) == 1
    assert "3 erreurs se sont produites à la suite." in reporter.dialog.message.text()
    assert all(f"error {i}" in reporter.dialog.details_text() for i in range(3))


def test_exception_in_another_thread_is_shown(reporter: ErrorReporter, qtbot: QtBot) -> None:
    def crash() -> None:
        raise KeyError("from a thread")

    with qtbot.waitSignal(reporter.sig_error_shown) as shown:
        thread = threading.Thread(target=crash, name="crasher")
        thread.start()
        thread.join()
    assert "KeyError" in shown.args[0]


def test_uninstall_restores_the_hooks(french: None) -> None:
    import sys

    before = (sys.excepthook, threading.excepthook)
    reporter = ErrorReporter()
    reporter.install()
    assert sys.excepthook != before[0]
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
