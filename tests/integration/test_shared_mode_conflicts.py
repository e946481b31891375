"""Shared mode: two workstations editing the same record of every editable table.

Found from the schema (every mapper with a version column), so a new editable table is
covered without touching this test: the second save is refused, nothing is lost.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Enum, String, inspect, select

from artisan_crm.demo import generate_demo
from artisan_crm.domain.errors import ConflictError
from artisan_crm.storage.database import open_database
from artisan_crm.storage.models import Base

VERSIONED = sorted(
    (m.class_ for m in Base.registry.mappers if m.version_id_col is not None),
    key=lambda cls: cls.__tablename__,
)


def _editable_text_column(model: type) -> str:
    for column in model.__table__.columns:
        if (
            isinstance(column.type, String)
            and not isinstance(column.type, Enum)
            and not column.primary_key
            and not column.foreign_keys
            and not column.unique
            and (column.type.length is None or column.type.length >= 20)
            and column.name not in {"search_text"}
        ):
            return column.name
    raise AssertionError(f"{model.__name__}: no free text column to edit")


def test_every_editable_table_is_versioned() -> None:
    names = {cls.__tablename__ for cls in VERSIONED}
    assert {"client", "quote", "job", "invoice", "payment", "reminder", "time_entry"} <= names
    assert len(VERSIONED) == 14


@pytest.mark.postgres
@pytest.mark.parametrize("model", VERSIONED, ids=lambda cls: cls.__tablename__)
def test_second_workstation_save_is_refused_on_postgres(
    pg_url: str, tmp_path: Path, model: type
) -> None:
    office = open_database(pg_url, backups_dir=tmp_path / "b1")
    workshop = open_database(pg_url, backups_dir=tmp_path / "b2")
    try:
        generate_demo(office, clients=8, seed=1, today=date(2026, 11, 23))
        column = _editable_text_column(model)
        key = inspect(model).primary_key[0]
        with office.read() as session:
            row_id = session.scalar(select(key).order_by(key).limit(1))
        assert row_id is not None, f"the demo has no {model.__tablename__} row"
        # Both workstations open the same record.
        with office.read() as s1, workshop.read() as s2:
            mine, theirs = s1.get(model, row_id), s2.get(model, row_id)
            s1.expunge(mine)
            s2.expunge(theirs)
        with office.write() as session:
            setattr(session.merge(mine, load=False), column, "saisi au bureau")
        with (
            pytest.raises(ConflictError, match=r"^Un autre poste a modifié .* entre-temps"),
            workshop.write() as session,
        ):
            setattr(session.merge(theirs, load=False), column, "saisi à l'atelier")
        with workshop.read() as session:
            assert getattr(session.get(model, row_id), column) == "saisi au bureau"
    finally:
        office.dispose()
        workshop.dispose()


@pytest.mark.postgres
def test_a_dropped_connection_gives_a_message_and_the_retry_works(
    pg_url: str, tmp_path: Path
) -> None:
    """The server drops the connection in the middle of a save: a French message, nothing
    half-written, and saving again works (the pool reconnects)."""
    from sqlalchemy import create_engine, text

    from artisan_crm.domain.errors import DatabaseUnreachableError
    from artisan_crm.services.clients import ClientDraft, create_client, list_clients

    db = open_database(pg_url, backups_dir=tmp_path / "b")
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    draft = ClientDraft(first_name="Hélène", last_name="Lefèvre", notes="tapé avant la coupure")
    try:
        with (
            pytest.raises(
                DatabaseUnreachableError, match="connexion à la base partagée a été perdue"
            ),
            db.write() as session,
        ):
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
            with admin.connect() as conn:
                conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            create_client(session, draft)
        assert db.run_read(list_clients).total == 0  # nothing half-saved
        created, _ = db.run_write(create_client, draft)  # the user presses "Enregistrer" again
        assert created.notes == "tapé avant la coupure"
        assert db.run_read(list_clients).total == 1
    finally:
        admin.dispose()
        db.dispose()
