"""Alembic environment: run against the connection handed over by ``upgrade_to_head``."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine

from artisan_crm.storage.models import Base

config = context.config
target_metadata = Base.metadata

# Full-text search tables are maintained by hand-written migrations, not autogenerate.
_FTS_PREFIX = "client_fts"


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(_FTS_PREFIX))


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(_FTS_PREFIX))


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
        with engine.connect() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=include_object,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
