"""Crash safety: SIGKILL a writer at random moments; nothing committed is lost, nothing corrupt."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from artisan_crm.storage.database import open_database
from tests.safety.crash_writer import write_until_killed

KILLS = int(os.environ.get("ARTISAN_CRM_CRASH_KILLS", "200"))


@pytest.mark.slow
def test_sigkill_during_writes_loses_nothing_committed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "crash.sqlite3"
    url = f"sqlite:///{path}"
    open_database(url).dispose()
    log = tmp_path / "committed.log"
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.safety.crash_writer"])
    rng = random.Random(20261123)
    corrupt = lost = 0
    checked: set[str] = set()
    for kill in range(KILLS):
        child = context.Process(
            target=write_until_killed, args=(url, str(log), f"k{kill}"), daemon=True
        )
        child.start()
        time.sleep(rng.uniform(0.02, 0.5))  # the random moment of the crash
        assert child.pid is not None
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        assert child.exitcode == -signal.SIGKILL
        conn = sqlite3.connect(path)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                corrupt += 1
            stored = {row[0] for row in conn.execute("SELECT notes FROM client")}
        finally:
            conn.close()
        reported = set(log.read_text().split()) if log.exists() else set()
        lost += len(reported - stored)
        checked |= reported
    with capsys.disabled():
        print(
            f"\n[crash safety] kills={KILLS} committed transactions checked={len(checked)} "
            f"lost={lost} corrupt={corrupt}"
        )
    assert corrupt == 0
    assert lost == 0
    assert len(checked) > KILLS // 2  # the writer really wrote between kills


def _seed_database(path: Path, clients: int) -> None:
    from artisan_crm.services.clients import ClientDraft, create_client

    db = open_database(f"sqlite:///{path}")
    try:
        with db.write() as session:
            for i in range(clients):
                create_client(session, ClientDraft(last_name=f"Client {i}", notes="x" * 300))
    finally:
        db.dispose()


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.slow
def test_sigkill_during_backup_and_restore_never_leaves_a_bad_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from artisan_crm.storage.backup import backup_sqlite, list_backups, verify_backup
    from tests.safety.crash_writer import backup_until_killed, restore_until_killed

    live = tmp_path / "live.sqlite3"
    folder = tmp_path / "backups"
    _seed_database(live, 400)
    good = backup_sqlite(live, tmp_path / "kept", reason="bonne")
    good_bytes = good.read_bytes()
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.safety.crash_writer"])
    rng = random.Random(7)
    kills = max(KILLS // 2, 20)
    listed_bad = live_bad = 0
    for _ in range(kills):
        child = context.Process(
            target=backup_until_killed, args=(str(live), str(folder)), daemon=True
        )
        child.start()
        time.sleep(rng.uniform(0.005, 0.15))
        os.kill(child.pid or 0, signal.SIGKILL)
        child.join()
        for info in list_backups(folder):
            try:
                verify_backup(info.path)
            except Exception:
                listed_bad += 1
        if _integrity(live) != "ok":
            live_bad += 1
    backups_checked = len(list_backups(folder))
    for _ in range(kills):
        child = context.Process(
            target=restore_until_killed, args=(str(good), str(live), str(folder)), daemon=True
        )
        child.start()
        time.sleep(rng.uniform(0.005, 0.15))
        os.kill(child.pid or 0, signal.SIGKILL)
        child.join()
        if _integrity(live) != "ok":
            live_bad += 1
        for info in list_backups(folder):
            try:
                verify_backup(info.path)
            except Exception:
                listed_bad += 1
    with capsys.disabled():
        print(
            f"\n[backup/restore kills] kills during backup={kills} during restore={kills} "
            f"backups listed and verified={backups_checked} bad listed backups={listed_bad} "
            f"corrupt live database={live_bad}"
        )
    assert good.read_bytes() == good_bytes  # the last good backup is intact
    assert listed_bad == 0
    assert live_bad == 0
