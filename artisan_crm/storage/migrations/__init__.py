"""Alembic owns the schema; this module runs it programmatically (no alembic.ini needed).

For SQLite, foreign keys are switched off while a migration runs (a batch
migration recreates tables, and with foreign keys on that would cascade-delete
rows) and ``PRAGMA foreign_key_check`` must come back empty afterwards.

Alembic (and Mako, Pygments behind it) is only imported when a migration must
run: opening an up-to-date database, the common case at every start, reads the
revision ids from the file names in ``versions/`` (convention: a revision file
is named ``<revision id>.py``, ids sort in order; a test checks it against
Alembic's own view).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

from artisan_crm.domain.errors import StorageError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent
VERSIONS_DIR = MIGRATIONS_DIR / "versions"
# A PostgreSQL advisory lock key: two workstations starting at once never migrate together.
_PG_MIGRATION_LOCK = 0x41525449  # "ARTI"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@cache
def known_revisions() -> tuple[str, ...]:
    """Every revision id, oldest first (from the file names of ``versions/``)."""
    return tuple(sorted(p.stem for p in VERSIONS_DIR.glob("*.py") if not p.stem.startswith("_")))


def head() -> str:
    return known_revisions()[-1]


def is_known(revision: str) -> bool:
    return revision in known_revisions()


def is_head(revision: str) -> bool:
    return revision == head()


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to head; does not even import Alembic when it is there already."""
    from artisan_crm.storage.database import current_revision

    if current_revision(engine) == head():
        return
    from alembic import command

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
                    from artisan_crm.i18n import plural, translate

                    raise StorageError(
                        plural(
                            len(broken),
                            translate(
                                "Migrations",
                                "The schema update left {n} broken reference; restore the "
                                "backup made just before.",
                            ),
                            translate(
                                "Migrations",
                                "The schema update left {n} broken references; restore the "
                                "backup made just before.",
                            ),
                        ).format(n=len(broken))
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
