"""Backups: verified, rotated, listed, restored without ever losing the current database."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from artisan_crm.cli import main
from artisan_crm.domain.errors import StorageError
from artisan_crm.storage import backup
from artisan_crm.storage.database import Database, open_database
from artisan_crm.storage.models import Client


def _add(db: Database, name: str) -> None:
    with db.write() as session:
        session.add(Client(last_name=name))


def _names(path: Path) -> list[str]:
    db = open_database(f"sqlite:///{path}")
    try:
        with db.read() as session:
            return list(session.scalars(select(Client.last_name).order_by(Client.id)))
    finally:
        db.dispose()


def _fake(folder: Path, when: datetime, reason: str = "quotidienne") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"artisan_crm-{when:%Y%m%d-%H%M%S-%f}-{reason}.sqlite3"
    path.write_bytes(b"x")
    return path


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path: Path) -> None:
    now = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
    made = [_fake(tmp_path, now - timedelta(days=d)) for d in range(0, 400)]
    removed = backup.rotate_backups(tmp_path)
    kept = {b.path for b in backup.list_backups(tmp_path)}
    assert made[0] in kept  # newest
    assert all(made[d] in kept for d in range(7))  # the last 7 days
    assert len(kept) <= 7 + 4 + 12
    assert len(kept) >= 12  # at least one per month for a year
    months = {(b.created_at.year, b.created_at.month) for b in backup.list_backups(tmp_path)}
    assert len(months) >= 12
    assert len(removed) == 400 - len(kept)


def test_half_written_backups_are_never_listed_and_are_cleaned(tmp_path: Path) -> None:
    partial = tmp_path / "artisan_crm-20261122-010000-000000-quotidienne.sqlite3.partial"
    partial.write_bytes(b"half")
    assert backup.list_backups(tmp_path) == []
    backup.rotate_backups(tmp_path)
    assert not partial.exists()


def test_backup_if_due_only_once_a_day(sqlite_db: Database, tmp_path: Path) -> None:
    assert sqlite_db.sqlite_path is not None
    folder = tmp_path / "saves"
    first = backup.backup_if_due(sqlite_db.sqlite_path, folder)
    assert first is not None
    assert backup.backup_if_due(sqlite_db.sqlite_path, folder) is None
    later = datetime.now(UTC) + timedelta(days=1, minutes=1)
    assert backup.backup_if_due(sqlite_db.sqlite_path, folder, now=later) is not None


def test_restore_round_trip_keeps_the_current_database(sqlite_db: Database, tmp_path: Path) -> None:
    live = sqlite_db.sqlite_path
    assert live is not None
    _add(sqlite_db, "Avant")
    saved = backup.backup_sqlite(live, tmp_path / "saves")
    _add(sqlite_db, "Après")
    sqlite_db.dispose()
    safety = backup.restore_backup(saved, live, tmp_path / "saves")
    assert _names(live) == ["Avant"]
    assert safety is not None and _names(safety) == ["Avant", "Après"]


def test_restore_refuses_a_bad_backup_and_leaves_the_live_database(
    sqlite_db: Database, tmp_path: Path
) -> None:
    live = sqlite_db.sqlite_path
    assert live is not None
    _add(sqlite_db, "Intact")
    sqlite_db.dispose()
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_text("pas une sauvegarde")
    with pytest.raises(StorageError, match="n'est pas une sauvegarde"):
        backup.restore_backup(bogus, live, tmp_path / "saves")
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(StorageError, match="n'est pas une sauvegarde Artisan CRM"):
        backup.restore_backup(other, live, tmp_path / "saves")
    assert _names(live) == ["Intact"]


def test_restore_over_a_damaged_database_keeps_it_aside(
    sqlite_db: Database, tmp_path: Path
) -> None:
    live = sqlite_db.sqlite_path
    assert live is not None
    _add(sqlite_db, "Bon")
    saved = backup.backup_sqlite(live, tmp_path / "saves")
    sqlite_db.dispose()
    live.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    safety = backup.restore_backup(saved, live, tmp_path / "saves")
    assert safety is not None and ".damaged-" in safety.name and safety.exists()
    assert _names(live) == ["Bon"]


def test_cli_backup_and_restore(private_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "upgrade"]) == 0
    db = open_database(f"sqlite:///{private_home / 'artisan_crm.sqlite3'}")
    _add(db, "Dupont")
    db.dispose()
    capsys.readouterr()
    assert main(["backup"]) == 0
    out = capsys.readouterr().out
    assert "Sauvegarde vérifiée écrite" in out
    (saved,) = backup.list_backups(private_home / "backups")
    db = open_database(f"sqlite:///{private_home / 'artisan_crm.sqlite3'}")
    _add(db, "Erreur")
    db.dispose()
    assert main(["restore", str(saved.path)]) == 0
    assert "Base restaurée" in capsys.readouterr().out
    assert _names(private_home / "artisan_crm.sqlite3") == ["Dupont"]


def test_cli_restore_refuses_while_the_app_runs(
    private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtCore import QLockFile

    assert main(["db", "upgrade"]) == 0
    assert main(["backup"]) == 0
    (saved,) = backup.list_backups(private_home / "backups")
    lock = QLockFile(str(private_home / "artisan-crm.lock"))
    assert lock.tryLock(0)
    try:
        capsys.readouterr()
        assert main(["restore", str(saved.path)]) != 0
        assert "fermez-le" in capsys.readouterr().err
    finally:
        lock.unlock()


def test_cli_backup_of_shared_database_uses_pg_dump(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", pg_url, "backup", str(tmp_path / "dumps")]) == 0
    dumps = list((tmp_path / "dumps").glob("*.dump"))
    assert len(dumps) == 1 and dumps[0].stat().st_size > 1000
    assert dumps[0].read_bytes()[:5] == b"PGDMP"


def _canonical_dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_round_trip_on_the_demo_database_restores_every_row(tmp_path: Path) -> None:
    """Backup, change everything, restore: the canonical dump is identical to the start."""
    from datetime import date

    from artisan_crm.demo import generate_demo

    live = tmp_path / "live.sqlite3"
    db = open_database(f"sqlite:///{live}")
    generate_demo(db, clients=60, seed=42, today=date(2026, 11, 23))
    db.dispose()
    before = _canonical_dump(live)
    assert sum(line.startswith('INSERT INTO "quote"') for line in before) > 100
    saved = backup.backup_sqlite(live, tmp_path / "saves")
    db = open_database(f"sqlite:///{live}")
    with db.write() as session:
        session.execute(Client.__table__.update().values(notes="modifié après la sauvegarde"))
    db.dispose()
    assert _canonical_dump(live) != before
    backup.restore_backup(saved, live, tmp_path / "saves")
    assert _canonical_dump(live) == before
