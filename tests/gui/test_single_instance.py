"""One instance per data folder: lock file, stale lock take-over, "raise" to the running one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QProcessEnvironment
from pytestqt.qtbot import QtBot

from artisan_crm.ui.single_instance import (
    LOCK_FILENAME,
    SingleInstance,
    ask_running_instance_to_raise,
    server_name,
)

ROOT = Path(__file__).resolve().parents[2]


def test_second_lock_on_the_same_folder_is_refused(tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    assert (tmp_path / LOCK_FILENAME).exists()
    second = SingleInstance(tmp_path)
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()


def test_other_folders_are_independent(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a, b = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "b")
    assert a.acquire() and b.acquire()
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    a.release()
    b.release()


def test_lock_left_by_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    # A child takes the lock and dies without releasing it (as a killed app would).
    code = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1])\n"
        "assert lock.tryLock(0)\n"
        "os._exit(0)\n"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / LOCK_FILENAME)], check=True, timeout=60
    )
    assert (tmp_path / LOCK_FILENAME).exists()
    instance = SingleInstance(tmp_path)
    assert instance.acquire()
    instance.release()


def test_raise_request_reaches_the_running_instance(tmp_path: Path, qtbot: QtBot) -> None:
    running = SingleInstance(tmp_path)
    assert running.acquire() and running.listen()
    with qtbot.waitSignal(running.sig_raise_requested, timeout=5000):
        assert ask_running_instance_to_raise(tmp_path)
    running.release()
    assert not ask_running_instance_to_raise(tmp_path, timeout_ms=200, patience_s=0.3)


def test_second_start_in_another_process_exits_0_and_raises_the_first(
    private_home: Path, qtbot: QtBot, gui
) -> None:
    window = gui.window
    running = SingleInstance(private_home)
    assert running.acquire() and running.listen()
    running.sig_raise_requested.connect(window.bring_to_front)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)

    process = QProcess()
    env = QProcessEnvironment.systemEnvironment()
    env.insert("ARTISAN_CRM_HOME", str(private_home))
    env.insert("QT_QPA_PLATFORM", "offscreen")
    env.insert(
        "PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    )
    process.setProcessEnvironment(env)
    process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedChannels)
    with qtbot.waitSignals(
        [process.finished, running.sig_raise_requested], timeout=60_000, order="none"
    ):
        process.start(
            sys.executable,
            ["-c", "import sys; from artisan_crm.app import run_gui; sys.exit(run_gui([]))"],
        )
    assert process.exitStatus() == QProcess.ExitStatus.NormalExit
    assert process.exitCode() == 0
    qtbot.waitUntil(lambda: not window.isMinimized() and window.isVisible())
    running.release()
