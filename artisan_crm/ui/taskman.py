"""The single background worker (Anki's ``qt/aqt/taskman.py``).

Slow work runs on one worker thread so the window stays responsive; its result
or exception comes back on the GUI thread through a queued signal. Worker code
never touches widgets. Because there is only one worker thread, every write of
the process goes through it (DESIGN.md §3, "one writer").
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from artisan_crm.domain.changes import ChangeSet
    from artisan_crm.storage.database import Database
    from artisan_crm.ui.events import AppEvents

log = logging.getLogger(__name__)

T = TypeVar("T")
DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class ProgressRelay(QObject):
    """Carries progress reports from the worker thread to the GUI thread.

    Pass the instance itself as the ``progress(done, total)`` callback of worker code.

    Signals:
        sig_progress(int, int): ``(done, total)``, delivered on the GUI thread.
    """

    sig_progress = Signal(int, int)

    def __call__(self, done: int, total: int) -> None:
        self.sig_progress.emit(int(done), int(total))


class TaskManager(QObject):
    """Runs callables on one worker thread and reports back on the GUI thread.

    Signals:
        sig_idle_changed(bool): True when no task is queued or running any more.
    """

    sig_idle_changed = Signal(bool)
    # Carries a closure from the worker thread; the queued connection runs it on the GUI thread.
    _sig_deliver = Signal(object)

    def __init__(
        self,
        events: AppEvents | None = None,
        *,
        on_unhandled_error: ErrorCallback | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.events = events
        self.db: Database | None = None
        self.on_unhandled_error = on_unhandled_error
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="artisan-worker")
        self._pending = 0
        self._lock = threading.Lock()
        self._closed = False
        self._sig_deliver.connect(self._on_deliver)

    # ---- Public API ---------------------------------------------------------------------

    def submit(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> Future[T]:
        """Queue ``fn`` on the worker and return its future (no GUI callback)."""
        if self._closed:
            raise RuntimeError("the task manager is shut down")
        return self._executor.submit(fn, *args, **kwargs)

    def run(
        self,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorCallback | None = None,
        **kwargs: Any,
    ) -> Future[T]:
        """Run ``fn(*args, **kwargs)`` on the worker; call ``on_done(result)`` or
        ``on_error(exc)`` on the GUI thread. Without ``on_error`` an exception goes
        to the unexpected-error handler (the French error dialog).

        After :meth:`shutdown` (the window is closing) the work is dropped: a view's
        timer may still fire during teardown, and that must not raise in a slot."""
        if self._closed:
            log.debug("task dropped after shutdown: %r", fn)
            dropped: Future[T] = Future()
            dropped.cancel()
            return dropped
        self._set_pending(+1)
        future = self.submit(fn, *args, **kwargs)
        future.add_done_callback(lambda fut: self._hand_back(fut, on_done, on_error))
        return future

    def run_read(
        self,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorCallback | None = None,
        **kwargs: Any,
    ) -> Future[T]:
        """Run ``fn(session, *args)`` in a read session of the open database."""
        db = self._database()
        return self.run(db.run_read, fn, *args, on_done=on_done, on_error=on_error, **kwargs)

    def run_write(
        self,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorCallback | None = None,
        **kwargs: Any,
    ) -> Future[tuple[T, ChangeSet]]:
        """Run ``fn(session, *args)`` in a write unit of work on the worker.

        On the GUI thread, ``AppEvents.data_changed(changeset)`` is emitted (when
        something was written) before ``on_done(result)``.
        """
        db = self._database()

        def deliver(outcome: tuple[T, ChangeSet]) -> None:
            result, changes = outcome
            self.publish(changes)
            if on_done is not None:
                on_done(result)

        return self.run(db.run_write, fn, *args, on_done=deliver, on_error=on_error, **kwargs)

    def publish(self, changes: ChangeSet) -> None:
        """Tell every view that ``changes`` were committed (GUI thread only)."""
        if changes and self.events is not None:
            self.events.data_changed.emit(changes)

    def is_idle(self) -> bool:
        return self._pending == 0

    def shutdown(self, *, wait: bool = True) -> None:
        """Drop queued tasks, let the running one finish (a write is never cut short)."""
        self._closed = True
        self._executor.shutdown(wait=wait, cancel_futures=True)

    # ---- Internals ----------------------------------------------------------------------

    def _database(self) -> Database:
        if self.db is None:
            raise RuntimeError("no database is open")
        return self.db

    def _hand_back(
        self,
        future: Future[Any],
        on_done: Callable[[Any], None] | None,
        on_error: ErrorCallback | None,
    ) -> None:
        # Runs on the worker thread: only emits, the receiver lives on the GUI thread.
        if self._closed:
            return
        self._sig_deliver.emit(self._closure(future, on_done, on_error))

    def _closure(
        self,
        future: Future[Any],
        on_done: Callable[[Any], None] | None,
        on_error: ErrorCallback | None,
    ) -> Callable[[], None]:
        def deliver() -> None:
            try:
                if future.cancelled():
                    return
                exc = future.exception()
                if exc is None:
                    if on_done is not None:
                        on_done(future.result())
                elif on_error is not None:
                    on_error(exc)
                else:
                    log.error("background task failed", exc_info=exc)
                    if self.on_unhandled_error is not None:
                        self.on_unhandled_error(exc)
                    else:
                        raise exc
            finally:
                self._set_pending(-1)

        return deliver

    def _set_pending(self, delta: int) -> None:
        with self._lock:
            before = self._pending
            self._pending += delta
            after = self._pending
        if (before == 0) != (after == 0):
            self.sig_idle_changed.emit(after == 0)

    @Slot(object)
    def _on_deliver(self, closure: Callable[[], None]) -> None:
        closure()
