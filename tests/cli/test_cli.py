"""The `artisan-crm` command line: what support and scripts rely on."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from artisan_crm import __version__
from artisan_crm.cli import main


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version_through_the_real_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "artisan_crm", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"artisan-crm {__version__}"


def test_db_upgrade_then_check_and_stats(
    private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "upgrade"]) == 0
    assert "Base à jour" in capsys.readouterr().out
    assert (private_home / "artisan_crm.sqlite3").exists()
    assert main(["db", "check"]) == 0
    assert capsys.readouterr().out.strip() == "OK"
    assert main(["db", "stats"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["clients"] == 0 and "quotes" in stats and "reminders" in stats


def test_db_check_reports_a_missing_database(
    capsys: pytest.CaptureFixture[str], private_home: Path
) -> None:
    code = main(["db", "check"])
    assert code != 0
    assert "Aucune base de données" in capsys.readouterr().err
    assert not (private_home / "artisan_crm.sqlite3").exists()


def test_db_check_refuses_a_text_file_and_leaves_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("ceci n'est pas une base", encoding="utf-8")
    before = _digest(path)
    for command in (["db", "check"], ["db", "stats"], ["db", "upgrade"]):
        code = main(["--database", f"sqlite:///{path}", *command])
        assert code == 11
        assert "n'est pas une base de données Artisan CRM" in capsys.readouterr().err
    assert _digest(path) == before


def test_unreachable_postgres_is_explained(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--database", "postgresql+psycopg://x@127.0.0.1:1/atelier", "db", "stats"])
    assert code == 14
    assert "Impossible de joindre la base partagée PostgreSQL" in capsys.readouterr().err


def test_environment_variable_selects_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "partagee.sqlite3"
    monkeypatch.setenv("ARTISAN_CRM_DATABASE_URL", f"sqlite:///{target}")
    assert main(["db", "upgrade"]) == 0
    assert str(target) in capsys.readouterr().out
    assert target.exists()


def test_unwritable_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("ARTISAN_CRM_HOME", str(blocker / "data"))
    assert main(["db", "stats"]) == 15
    assert "n'est pas accessible en écriture" in capsys.readouterr().err


def test_bad_usage_is_answered_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["db", "frob"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "choix invalide" in err and "utilisation" in err


def test_postgres_shared_database_through_the_cli(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", pg_url, "db", "upgrade"]) == 0
    assert "PostgreSQL" in capsys.readouterr().out
    assert main(["--database", pg_url, "db", "check"]) == 0
    assert capsys.readouterr().out.strip() == "OK"


def test_database_file_created_private(private_home: Path) -> None:
    assert main(["db", "upgrade"]) == 0
    mode = os.stat(private_home / "artisan_crm.sqlite3").st_mode & 0o777
    assert mode == 0o600
