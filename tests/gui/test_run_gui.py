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
    qapp, monkeypatch: pytest.MonkeyPatch, critical_messages
) -> None:
    monkeypatch.setenv(
        "ARTISAN_CRM_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:1/artisan"
    )
    assert run_gui([]) == DatabaseUnreachableError.exit_code
    [(title, text)] = critical_messages
    assert title == "Artisan CRM ne peut pas démarrer"
    assert text.startswith("Impossible de joindre la base partagée PostgreSQL")


def test_text_file_as_database_is_refused_and_left_untouched(
    qapp, private_home: Path, critical_messages
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
