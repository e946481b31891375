"""Start heavy background work only once the window has painted what it just changed.

While the worker runs Python (reading and rating thousands of clients, importing
pyqtgraph), every Python call the GUI thread makes must win the GIL back from it: a repaint
that calls a model's ``data()`` a few hundred times then takes 100-130 ms instead of
20-30 ms (measured on the rating view's first opening, 600 clients; see
``gc_policy.share_the_gil_with_the_window``). Painting first and computing after keeps
the two apart: the window shows « Calcul en cours… » at once, and the worker has the GIL to itself
while the window waits.

:class:`AfterPaint` calls a function in the event-loop turn after a widget's next paint
(a 0 ms timer started during the paint fires once the whole window has been painted), or
after ``timeout_ms`` if the widget is not painted by then (covered, minimised, or already
up to date), so that the work is never lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

#: how long to wait for a paint before running the work anyway
DEFAULT_TIMEOUT_MS = 150


class AfterPaint(QObject):
    """Runs callbacks once a watched widget has been painted (see the module's docstring).

    Several calls before the paint share it: their callbacks run in the order given."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callbacks: list[Callable[[], None]] = []
        self._watched: QWidget | None = None
        self._go = QTimer(self)
        self._go.setSingleShot(True)
        self._go.setInterval(0)
        self._go.timeout.connect(self._fire)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._fire)

    def call(
        self, widget: QWidget, callback: Callable[[], None], timeout_ms: int = DEFAULT_TIMEOUT_MS
    ) -> None:
        """Call ``callback`` after ``widget``'s next paint (or after ``timeout_ms``)."""
        self._callbacks.append(callback)
        if self._watched is None:
            self._watched = widget
            widget.installEventFilter(self)
            self._fallback.start(timeout_ms)

    def pending(self) -> bool:
        """Some callback still waits for its paint."""
        return bool(self._callbacks)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            self._go.start()  # fires after the rest of this paint pass
        return False

    @Slot()
    def _fire(self) -> None:
        self._go.stop()
        self._fallback.stop()
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()
