"""``run_gui``: smoke start, start-up errors in French with the file untouched, logging."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from artisan_crm.app import run_gui
from artisan_crm.config import DATABASE_FILENAME, Options, Settings
from artisan_crm.domain.errors import (
    DatabaseUnreachableError,
    DataDirError,
    NotADatabaseError,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def critical_messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes shown with exec(), captured as (title, text) instead of blocking."""
    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text()))
        assert box.textFormat().name == "PlainText"
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_smoke_start_exits_0_and_logs(qapp, private_home: Path, critical_messages) -> None:
    assert run_gui([], smoke=True) == 0
    assert critical_messages == []
    log_text = (private_home / "logs" / "artisan-crm.log").read_text(encoding="utf-8")
    assert "SQLite 3." in log_text
    assert "smoke: main window shown with its first view loaded" in log_text
    # The smoke start never offers the first-start choice nor marks it done.
    assert Settings().get(Options.FIRST_START_DONE) is False
    # A second start on the same folder is possible once the first has quit (lock released).
    assert run_gui([], smoke=True) == 0


def test_smoke_start_in_a_real_process(private_home: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="en_US.UTF-8")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from artisan_crm.app import run_gui; sys.exit(run_gui([], smoke=True))",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (private_home / DATABASE_FILENAME).exists()


def test_unreachable_postgresql_is_explained_in_french(
    qapp, monkeypatch: pytest.MonkeyPatch, critical_messages, english
) -> None:
    monkeypatch.setenv(
        "ARTISAN_CRM_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:1/artisan"
    )
    assert run_gui([]) == DatabaseUnreachableError.exit_code
    [(title, text)] = critical_messages
    assert title == "Artisan CRM ne peut pas démarrer"
    assert text.startswith("Impossible de joindre la base partagée PostgreSQL")


def test_text_file_as_database_is_refused_and_left_untouched(
    qapp, private_home: Path, critical_messages, english
) -> None:
    private_home.mkdir(parents=True)
    database = private_home / DATABASE_FILENAME
    database.write_text("Liste de courses : tuyaux, raccords <b>cuivre</b>\n", encoding="utf-8")
    before = _digest(database)
    assert run_gui([]) == NotADatabaseError.exit_code
    [(title, text)] = critical_messages
    assert title == "Artisan CRM ne peut pas démarrer"
    assert "n'est pas une base de données Artisan CRM" in text
    assert "<b>cuivre</b>" not in text  # the message names the file, never renders its content
    assert _digest(database) == before
    assert sorted(
        p.name for p in private_home.iterdir() if p.name.startswith(DATABASE_FILENAME)
    ) == [DATABASE_FILENAME]


def test_unusable_data_folder_is_explained(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, critical_messages
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("ARTISAN_CRM_HOME", str(blocker / "data"))
    assert run_gui([]) == DataDirError.exit_code
    [(title, text)] = critical_messages
    assert title == "Artisan CRM ne peut pas démarrer"
    assert text.startswith("Le dossier de données")


def _damage(path: Path) -> None:
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)  # a zeroed header: SQLite no longer recognises the file
    path.write_bytes(bytes(data))


def test_damaged_database_offers_the_newest_good_backup(
    qapp, private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Zotero's way: the damaged file is kept aside, the backup restored, the app starts."""
    from artisan_crm.services.clients import ClientDraft, create_client
    from artisan_crm.storage.backup import backup_sqlite
    from artisan_crm.storage.database import open_database

    database = private_home / DATABASE_FILENAME
    private_home.mkdir(parents=True)
    db = open_database(f"sqlite:///{database}")
    with db.write() as session:
        create_client(session, ClientDraft(first_name="Hélène", last_name="Lefèvre"))
    backup_sqlite(database, private_home / "backups", reason="quotidienne")
    db.dispose()
    _damage(database)
    damaged = database.read_bytes()

    offers: list[str] = []

    def answer_restore(box: QMessageBox) -> int:
        offers.append(box.text())
        assert box.textFormat().name == "PlainText"
        [restore] = [b for b in box.buttons() if b.text() == "Restaurer cette sauvegarde"]
        restore.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer_restore)
    assert run_gui([], smoke=True) == 0
    [text] = offers
    assert "La dernière sauvegarde valide date du" in text
    # Kept aside with its -wal/-shm companions, if any; never deleted nor changed.
    kept = [
        p
        for p in private_home.iterdir()
        if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    db = open_database(f"sqlite:///{database}")
    try:
        from artisan_crm.services.clients import search_clients

        assert [r.display_name for r in db.run_read(search_clients, "helene")] == ["Hélène Lefèvre"]
    finally:
        db.dispose()


def test_damaged_database_without_backup_is_refused_untouched(
    qapp, private_home: Path, critical_messages
) -> None:
    from artisan_crm.storage.database import open_database

    database = private_home / DATABASE_FILENAME
    private_home.mkdir(parents=True)
    open_database(f"sqlite:///{database}").dispose()
    _damage(database)
    before = _digest(database)
    assert run_gui([], smoke=True) != 0
    [(title, text)] = critical_messages
    assert title == "Artisan CRM ne peut pas démarrer" and "n'a pas été modifié" in text
    assert _digest(database) == before


def test_start_up_backup_when_the_last_is_over_a_day_old(qtbot, gui) -> None:
    from artisan_crm.app import _daily_backup_after_first_view
    from artisan_crm.storage.backup import list_backups

    folder = gui.context.data_dir / "backups"
    _daily_backup_after_first_view(gui.context, gui.window, folder)
    with qtbot.waitSignal(gui.window.today.sig_loaded, timeout=10_000):
        gui.window.today.refresh()
    qtbot.waitUntil(lambda: len(list_backups(folder)) == 1, timeout=10_000)
    qtbot.waitUntil(gui.context.tasks.is_idle, timeout=10_000)
    # Again at once: the newest is fresh, no second backup.
    _daily_backup_after_first_view(gui.context, gui.window, folder)
    with qtbot.waitSignal(gui.window.today.sig_loaded, timeout=10_000):
        gui.window.today.refresh()
    qtbot.waitUntil(gui.context.tasks.is_idle, timeout=10_000)
    assert len(list_backups(folder)) == 1
