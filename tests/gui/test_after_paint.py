"""ui.after_paint: work waits for the window's paint, and is never lost."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from artisan_crm.ui.after_paint import AfterPaint


class PaintLog(QObject):
    """Appends "paint" to ``log`` each time ``widget`` is painted."""

    def __init__(self, widget: QWidget, log: list[str]) -> None:
        super().__init__(widget)
        self.log = log
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.log.append("paint")
        return False


def test_the_work_runs_after_the_paint_not_before(qtbot: QtBot) -> None:
    label = QLabel("Calcul…")
    qtbot.addWidget(label)
    log: list[str] = []
    PaintLog(label, log)
    gate = AfterPaint(label)
    gate.call(label, lambda: log.append("first"), timeout_ms=5_000)
    gate.call(label, lambda: log.append("second"), timeout_ms=5_000)
    assert gate.pending()
    label.show()
    qtbot.waitUntil(lambda: not gate.pending(), timeout=4_000)  # well before the timeout
    assert log[:3] == ["paint", "first", "second"]


def test_a_widget_that_is_never_painted_still_gets_its_work_done(qtbot: QtBot) -> None:
    hidden = QWidget()
    qtbot.addWidget(hidden)
    done: list[float] = []
    gate = AfterPaint(hidden)
    started = time.perf_counter()
    gate.call(hidden, lambda: done.append(time.perf_counter() - started), timeout_ms=80)
    qtbot.waitUntil(lambda: bool(done), timeout=2_000)
    assert done[0] >= 0.07
    assert not gate.pending()
    # Disarmed: a later paint runs nothing again.
    hidden.show()
    qtbot.wait(50)
    assert len(done) == 1
