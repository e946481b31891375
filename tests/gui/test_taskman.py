"""The background worker: off the GUI thread, results and errors back on it, one writer."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from artisan_crm.domain.changes import ChangeSet
from artisan_crm.ui.taskman import ProgressRelay
from artisan_crm.ui.views.base import ViewContext


def test_work_runs_off_the_gui_thread_and_comes_back_on_it(
    context: ViewContext, qtbot: QtBot
) -> None:
    seen: dict[str, object] = {}

    def work(x: int) -> int:
        seen["worker"] = threading.current_thread()
        return x * 2

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.current_thread()

    context.tasks.run(work, 21, on_done=done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()


def test_one_worker_thread_in_submission_order(context: ViewContext, qtbot: QtBot) -> None:
    order: list[tuple[int, str]] = []
    for index in range(5):
        context.tasks.run(
            lambda i=index: (i, threading.current_thread().name), on_done=order.append
        )
    qtbot.waitUntil(lambda: len(order) == 5)
    assert [i for i, _ in order] == [0, 1, 2, 3, 4]
    assert len({name for _, name in order}) == 1


def test_errors_come_back_to_on_error(context: ViewContext, qtbot: QtBot) -> None:
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("boom")

    context.tasks.run(fail, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)


def test_unhandled_errors_go_to_the_reporter(context: ViewContext, qtbot: QtBot) -> None:
    reported: list[BaseException] = []
    context.tasks.on_unhandled_error = reported.append
    context.tasks.run(lambda: 1 / 0)
    qtbot.waitUntil(lambda: bool(reported))
    assert isinstance(reported[0], ZeroDivisionError)


def test_run_write_publishes_the_changeset_before_on_done(
    context: ViewContext, qtbot: QtBot, new_client: Callable[..., int]
) -> None:
    events: list[object] = []
    context.events.data_changed.connect(lambda changes: events.append(changes))
    context.tasks.run_write(new_client, "Petit", on_done=lambda cid: events.append(cid))
    qtbot.waitUntil(lambda: len(events) == 2)
    changes, client_id = events
    assert isinstance(changes, ChangeSet)
    assert changes.touches("client")
    assert client_id in changes.ids("client")


def test_run_read_uses_a_session(context: ViewContext, qtbot: QtBot) -> None:
    results: list[object] = []
    context.tasks.run_read(lambda session: isinstance(session, Session), on_done=results.append)
    qtbot.waitUntil(lambda: bool(results))
    assert results == [True]


def test_idle_signal(context: ViewContext, qtbot: QtBot) -> None:
    gate = threading.Event()
    with qtbot.waitSignal(context.tasks.sig_idle_changed) as busy:
        context.tasks.run(gate.wait, 10)
    assert busy.args == [False] and not context.tasks.is_idle()
    with qtbot.waitSignal(context.tasks.sig_idle_changed) as idle:
        gate.set()
    assert idle.args == [True] and context.tasks.is_idle()


def test_progress_relay_reports_on_the_gui_thread(context: ViewContext, qtbot: QtBot) -> None:
    relay = ProgressRelay()
    received: list[tuple[int, int, bool]] = []
    relay.sig_progress.connect(
        lambda done, total: received.append(
            (done, total, threading.current_thread() is threading.main_thread())
        )
    )

    def work(progress: Callable[[int, int], None]) -> None:
        for step in range(1, 4):
            progress(step, 3)

    context.tasks.run(work, relay)
    qtbot.waitUntil(lambda: len(received) == 3)
    assert received == [(1, 3, True), (2, 3, True), (3, 3, True)]


def test_no_work_after_shutdown(context: ViewContext) -> None:
    context.tasks.shutdown()
    with pytest.raises(RuntimeError):
        context.tasks.submit(lambda: None)
    ran: list[int] = []
    future = context.tasks.run(lambda: ran.append(1), on_done=lambda _r: ran.append(2))
    assert future.cancelled() and ran == []
    assert context.tasks.is_idle()
