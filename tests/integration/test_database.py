"""Opening databases: creation, storage rules, and refusing bad files without touching them."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text

from artisan_crm.config import ensure_data_dir
from artisan_crm.domain.errors import (
    ConflictError,
    DatabaseCorruptError,
    DatabaseTooNewError,
    DatabaseUnreachableError,
    DataDirError,
    NotADatabaseError,
    StorageError,
)
from artisan_crm.storage import migrations
from artisan_crm.storage.backup import backup_sqlite
from artisan_crm.storage.database import Database, current_revision, open_database
from artisan_crm.storage.models import Base, Client, Payment, Quote


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make_client(db: Database, **fields: object) -> int:
    with db.write() as session:
        client = Client(last_name="Durand", **fields)
        session.add(client)
        session.flush()
        return client.id


# ---- Creation and storage rules ----------------------------------------------------------------


def test_new_sqlite_database_is_private_and_follows_the_rules(sqlite_db: Database) -> None:
    assert sqlite_db.sqlite_path is not None
    mode = stat.S_IMODE(os.stat(sqlite_db.sqlite_path).st_mode)
    assert mode == 0o600, oct(mode)
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    assert current_revision(sqlite_db.engine) == migrations.head()


def test_schema_at_head_matches_the_models(db: Database) -> None:
    """An empty database upgraded to head has exactly the tables and columns of the models."""
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_money_and_datetimes_round_trip_exactly(db: Database) -> None:
    client_id = _make_client(db)
    paris = timezone(timedelta(hours=1))
    sent = datetime(2026, 3, 29, 2, 30, tzinfo=paris)
    with db.write() as session:
        quote = Quote(
            number="DEV-2026-0001",
            client_id=client_id,
            issued_on=sent.date(),
            total_excl_vat=Decimal("1234.56"),
            total_vat=Decimal("0.10") + Decimal("0.20"),
            total_incl_vat=Decimal("1234.86"),
            sent_at=sent,
        )
        session.add(quote)
    with db.read() as session:
        stored = session.scalars(select(Quote)).one()
        assert stored.total_excl_vat == Decimal("1234.56")
        assert stored.total_vat == Decimal("0.30")  # not 0.30000000000000004
        assert stored.sent_at == sent
        assert stored.sent_at.tzinfo is not None
        assert stored.sent_at.utcoffset() == timedelta(0)
        raw = session.execute(text("SELECT total_excl_vat FROM quote")).scalar()
        assert raw == 123456  # integer cents in the database


def test_naive_datetime_is_refused(sqlite_db: Database) -> None:
    with pytest.raises(Exception, match="naive datetime"), sqlite_db.write() as session:
        session.add(Client(last_name="X", consent_at=datetime(2026, 1, 1)))


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(Exception), db.write() as session:  # noqa: B017 - driver-specific type
        session.add(Payment(invoice_id=999, paid_on=datetime.now(UTC).date(), amount=Decimal("1")))
    with db.read() as session:
        assert session.scalar(select(Payment.id)) is None


def test_write_reports_what_changed(db: Database) -> None:
    client_id, changes = db.run_write(lambda s: _add_and_flush(s))
    assert ("client", client_id) in changes.entities
    assert changes.touches("client")
    assert not changes.touches("quote")


def _add_and_flush(session) -> int:  # type: ignore[no-untyped-def]
    client = Client(last_name="Martin")
    session.add(client)
    session.flush()
    return client.id


def test_two_workstations_cannot_silently_overwrite(database_url: str, tmp_path: Path) -> None:
    """Two Database objects on one database, as two PCs: the second save is refused."""
    first = open_database(database_url, backups_dir=tmp_path / "b1")
    second = open_database(database_url, backups_dir=tmp_path / "b2")
    try:
        client_id = _make_client(first)
        with first.read() as s1, second.read() as s2:
            on_pc1 = s1.get(Client, client_id)
            on_pc2 = s2.get(Client, client_id)
            assert on_pc1 is not None and on_pc2 is not None
            s1.expunge(on_pc1)
            s2.expunge(on_pc2)
        with first.write() as session:
            mine = session.merge(on_pc1, load=False)
            mine.notes = "Portail à repeindre"
        with (
            pytest.raises(ConflictError, match=r"^Un autre poste a modifié"),
            second.write() as session,
        ):
            theirs = session.merge(on_pc2, load=False)
            theirs.notes = "Appeler avant de passer"
        with first.read() as session:
            assert session.get(Client, client_id).notes == "Portail à repeindre"  # type: ignore[union-attr]
    finally:
        first.dispose()
        second.dispose()


# ---- Bad input: refused clearly, file untouched ---------------------------------------------------


def test_text_file_is_not_a_database_and_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "clients.sqlite3"
    path.write_text("Nom;Téléphone\nDupont;0612345678\n", encoding="utf-8")
    before = _digest(path)
    with pytest.raises(NotADatabaseError, match="n'est pas une base de données Artisan CRM"):
        open_database(f"sqlite:///{path}")
    assert _digest(path) == before
    assert not Path(f"{path}-wal").exists()


@pytest.mark.parametrize("damage", ["truncated", "random_after_header", "zeroed_header"])
def test_damaged_database_is_refused_and_untouched(sqlite_db: Database, damage: str) -> None:
    for i in range(200):
        _make_client(sqlite_db, notes="x" * 500 + str(i))
    path = sqlite_db.sqlite_path
    assert path is not None
    sqlite_db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    if damage == "truncated":
        data = data[: len(data) // 3]
    elif damage == "random_after_header":
        data[4096:12288] = os.urandom(8192)
    else:
        data[:100] = bytes(100)
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises((DatabaseCorruptError, NotADatabaseError)) as info:
        open_database(f"sqlite:///{path}")
    assert "n'a pas été modifié" in str(info.value)
    assert _digest(path) == before


def test_database_from_a_newer_version_is_refused_untouched(sqlite_db: Database) -> None:
    path = sqlite_db.sqlite_path
    assert path is not None
    with sqlite_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    sqlite_db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _digest(path)
    with pytest.raises(DatabaseTooNewError, match="version plus récente"):
        open_database(f"sqlite:///{path}")
    assert _digest(path) == before


def test_postgres_database_from_a_newer_version_is_refused(pg_url: str) -> None:
    db = open_database(pg_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    db.dispose()
    with pytest.raises(DatabaseTooNewError):
        open_database(pg_url)


def test_other_applications_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    before = _digest(path)
    with pytest.raises(NotADatabaseError, match="pas une base Artisan CRM"):
        open_database(f"sqlite:///{path}")
    assert _digest(path) == before


def test_unreachable_postgres_gives_a_clear_message() -> None:
    with pytest.raises(DatabaseUnreachableError, match="Impossible de joindre la base partagée"):
        open_database("postgresql+psycopg://artisan@127.0.0.1:1/atelier")


def test_unsupported_url_is_refused() -> None:
    with pytest.raises(DatabaseUnreachableError, match="non pris en charge"):
        open_database("mysql://root@localhost/x")


def test_unwritable_data_folder_is_reported(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):  # running as root: permissions do not apply
            blocker = tmp_path / "file"
            blocker.write_text("")
            target = blocker / "data"  # a folder inside a regular file cannot exist
        else:
            target = locked / "data"
        with pytest.raises(DataDirError, match="n'est pas accessible en écriture"):
            ensure_data_dir(target)
    finally:
        locked.chmod(0o700)


def test_check_only_never_creates_a_database(tmp_path: Path) -> None:
    path = tmp_path / "absent.sqlite3"
    with pytest.raises(StorageError, match="Aucune base de données"):
        open_database(f"sqlite:///{path}", upgrade=False)
    assert not path.exists()


# ---- Backups ------------------------------------------------------------------------------------


def test_backup_is_complete_verified_and_private(sqlite_db: Database, tmp_path: Path) -> None:
    _make_client(sqlite_db, notes="à garder")
    assert sqlite_db.sqlite_path is not None
    made = backup_sqlite(sqlite_db.sqlite_path, tmp_path / "saves")
    assert made.exists() and made.suffix == ".sqlite3"
    assert stat.S_IMODE(os.stat(made).st_mode) == 0o600
    assert not list((tmp_path / "saves").glob("*.partial"))
    restored = open_database(f"sqlite:///{made}")
    try:
        with restored.read() as session:
            assert session.scalars(select(Client.notes)).all() == ["à garder"]
    finally:
        restored.dispose()
