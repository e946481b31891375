"""The card's stopwatch: start it when the call or the visit begins, stop it at the end;
the time entry is then proposed, pre-filled (kind, minutes rounded up)."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from artisan_crm.domain.enums import TimeKind
from artisan_crm.services.time_entries import TIME_KIND_LABELS
from artisan_crm.ui.views.base import plain_label

#: what the stopwatch usually measures, first the default
TIMED_KINDS = (TimeKind.PHONE, TimeKind.ON_SITE, TimeKind.TRAVEL, TimeKind.QUOTE_PREPARATION)


class ContactTimer(QWidget):
    """Start/stop stopwatch for one client.

    Signals:
        sig_stopped(int, int, object): ``(client_id, minutes, TimeKind)`` when stopped
            (minutes rounded up, at least 1).
    """

    sig_stopped = Signal(int, int, object)

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactTimer")
        self.clock = clock
        self.client_id: int | None = None
        self.started_at: float | None = None
        #: the card sets this: which client a new stopwatch is for
        self.current_client: Callable[[], int | None] = lambda: None
        self.kind = QComboBox(self)
        self.kind.setObjectName("timerKind")
        for kind in TIMED_KINDS:
            self.kind.addItem(TIME_KIND_LABELS[kind], kind)
        self.kind.setToolTip(self.tr("What the stopwatch measures"))
        self.button = QPushButton(self.tr("Start the stopwatch"), self)
        self.button.setObjectName("timerButton")
        self.button.setToolTip(
            self.tr("For a call or a visit: the time spent is proposed when you stop it")
        )
        self.button.clicked.connect(self._on_clicked)
        self.elapsed = plain_label("", self, object_name="timerElapsed")
        self.elapsed.setWordWrap(False)
        self.elapsed.setStyleSheet("font-size: 12pt; font-weight: 600; color: #1f5f8c;")
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._on_tick)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.button)
        layout.addWidget(self.elapsed)

    def is_running(self) -> bool:
        return self.started_at is not None

    def seconds(self) -> float:
        return 0.0 if self.started_at is None else max(0.0, self.clock() - self.started_at)

    def start(self, client_id: int) -> None:
        self.client_id = client_id
        self.started_at = self.clock()
        self.button.setText(self.tr("Stop"))
        self.kind.setEnabled(False)
        self._on_tick()
        self.tick.start()

    def stop(self) -> None:
        if self.started_at is None or self.client_id is None:
            return
        minutes = max(1, math.ceil(self.seconds() / 60))
        client_id = self.client_id
        self.started_at = None
        self.client_id = None
        self.tick.stop()
        self.elapsed.setText("")
        self.button.setText(self.tr("Start the stopwatch"))
        self.kind.setEnabled(True)
        self.sig_stopped.emit(client_id, minutes, TimeKind(self.kind.currentData()))

    @Slot()
    def _on_clicked(self) -> None:
        if self.is_running():
            self.stop()
        else:
            client_id = self.current_client()
            if client_id is not None:
                self.start(client_id)

    @Slot()
    def _on_tick(self) -> None:
        total = int(self.seconds())
        hours, rest = divmod(total, 3600)
        minutes, seconds = divmod(rest, 60)
        text = f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"
        self.elapsed.setText(text)
