"""Alembic owns the schema; this module runs it programmatically (no alembic.ini needed).

For SQLite, foreign keys are switched off while a migration runs (a batch
migration recreates tables, and with foreign keys on that would cascade-delete
rows) and ``PRAGMA foreign_key_check`` must come back empty afterwards.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from artisan_crm.domain.errors import StorageError

MIGRATIONS_DIR = Path(__file__).resolve().parent
# A PostgreSQL advisory lock key: two workstations starting at once never migrate together.
_PG_MIGRATION_LOCK = 0x41525449  # "ARTI"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head() -> str:
    heads = _script().get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {heads}")
    return heads[0]


def is_known(revision: str) -> bool:
    return any(rev.revision == revision for rev in _script().walk_revisions())


def is_head(revision: str) -> bool:
    return revision == head()


def upgrade_to_head(engine: Engine) -> None:
    cfg = alembic_config()
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            # Outside any transaction: the driver is in autocommit mode (see database.py).
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")
            try:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                conn.commit()
                broken = raw.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StorageError(
                        f"La mise à jour du schéma a laissé {len(broken)} référence(s) cassée(s) ; "
                        "restaurez la sauvegarde faite juste avant."
                    )
            finally:
                raw.execute("PRAGMA foreign_keys=ON")
        else:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
            conn.commit()
            try:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                conn.commit()
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_MIGRATION_LOCK})
                conn.commit()
