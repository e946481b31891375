"""The first start: demonstration data (on the worker, with progress) or an empty base, once."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from artisan_crm.config import Options
from artisan_crm.storage.database import Database
from artisan_crm.ui import first_start
from artisan_crm.ui.first_start import FirstStart, FirstStartDialog


def _start(gui: Any) -> FirstStart:
    flow = FirstStart(gui.context, gui.window)
    flow.start()
    return flow


def _dialog(qtbot: QtBot, flow: FirstStart) -> FirstStartDialog:
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible())
    assert flow.dialog is not None
    return flow.dialog


def test_the_dialog_is_french(gui, qtbot: QtBot) -> None:
    flow = _start(gui)
    dialog = _dialog(qtbot, flow)
    assert dialog.windowTitle() == "Bienvenue dans Artisan CRM"
    assert dialog.demo_button.text() == "Charger des données de démonstration"
    assert dialog.empty_button.text() == "Commencer avec une base vide"
    with qtbot.waitSignal(flow.sig_finished) as finished:
        dialog.reject()  # closed without choosing: asked again next time
    assert finished.args == ["skipped"]
    assert gui.context.settings.get(Options.FIRST_START_DONE) is False


def test_empty_base_is_not_asked_again(gui, qtbot: QtBot) -> None:
    flow = _start(gui)
    dialog = _dialog(qtbot, flow)
    with qtbot.waitSignal(flow.sig_finished) as finished:
        dialog.empty_button.click()
    assert finished.args == ["empty"]
    assert gui.context.settings.get(Options.FIRST_START_DONE) is True
    assert gui.window.today.stats["clients"] == 0
    # The first start ends on « Premiers pas », shown once (Help ▸ First steps keeps it).
    steps = gui.window.first_steps_dialog
    assert steps.isVisible() and steps.windowTitle() == "Premiers pas"
    steps.close()

    again = FirstStart(gui.context, gui.window)
    with qtbot.waitSignal(again.sig_finished) as finished:
        again.start()
    assert finished.args == ["skipped"] and again.dialog is None


def test_existing_data_skips_the_offer(gui, qtbot: QtBot, new_client: Callable[..., int]) -> None:
    gui.db.run_write(new_client)
    flow = FirstStart(gui.context, gui.window)
    with qtbot.waitSignal(flow.sig_finished) as finished:
        flow.start()
    assert finished.args == ["skipped"] and flow.dialog is None
    assert gui.context.settings.get(Options.FIRST_START_DONE) is True


def test_demo_data_loads_on_the_worker_with_progress(
    gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, new_client: Callable[..., int]
) -> None:
    gate = threading.Event()
    threads: list[threading.Thread] = []

    def fake_generate(db: Database, progress: Callable[[int, int], None]) -> str:
        threads.append(threading.current_thread())
        progress(0, 3)
        gate.wait(10)  # the test looks at the progress dialog meanwhile
        for index in range(3):
            db.run_write(new_client, f"Client {index}")
            progress(index + 1, 3)
        return "summary"

    monkeypatch.setattr(first_start, "_generate_demo", fake_generate)
    flow = _start(gui)
    dialog = _dialog(qtbot, flow)
    dialog.demo_button.click()

    qtbot.waitUntil(lambda: flow.progress_dialog is not None and flow.progress_dialog.isVisible())
    progress = flow.progress_dialog
    assert progress.labelText() == "Création des données de démonstration…"
    qtbot.waitUntil(lambda: progress.maximum() == 3)
    # The window stays responsive while the worker generates.
    with qtbot.waitSignal(QApplication.instance().applicationNameChanged, timeout=2000):
        QApplication.setApplicationName("responsive")

    with qtbot.waitSignals([flow.sig_finished, gui.window.today.sig_loaded], timeout=10_000):
        gate.set()
    assert threads and threads[0] is not threading.main_thread()
    assert flow.progress_dialog is None
    assert gui.window.today.stats["clients"] == 3
    assert gui.window.today.cards["clients"].number.text() == "3"
    assert gui.context.settings.get(Options.FIRST_START_DONE) is True


def test_demo_failure_says_so_and_asks_again_later(
    gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_db: Database, _progress: Callable[[int, int], None]) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(first_start, "_generate_demo", broken)
    flow = _start(gui)
    with qtbot.waitSignal(flow.sig_finished) as finished:
        _dialog(qtbot, flow).demo_button.click()
    assert finished.args == ["failed"]
    box = flow.failure_box
    assert box is not None and box.isVisible()
    assert box.text().startswith("Les données de démonstration n'ont pas pu être créées.")
    assert "disk full" in box.text()
    box.close()
    assert gui.context.settings.get(Options.FIRST_START_DONE) is False


def test_real_demo_generator(gui, qtbot: QtBot) -> None:
    demo = pytest.importorskip("artisan_crm.demo")
    if not hasattr(demo, "generate_demo"):
        pytest.skip("the demo generator has not landed yet")
    flow = _start(gui)
    dialog = _dialog(qtbot, flow)
    with qtbot.waitSignal(flow.sig_finished, timeout=120_000) as finished:
        dialog.demo_button.click()
        qtbot.waitUntil(lambda: flow.progress_dialog is not None, timeout=5000)
    assert finished.args == ["demo"]
    qtbot.waitUntil(lambda: (gui.window.today.stats or {}).get("clients", 0) > 0, timeout=10_000)
    stats = gui.window.today.stats
    assert stats["clients"] == 60
    assert stats["quotes"] > 0 and stats["invoices"] > 0
    assert gui.window.today.cards["clients"].number.text() == "60"
