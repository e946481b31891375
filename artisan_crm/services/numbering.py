"""Gapless document numbers: ``DEV-YYYY-NNNN`` for quotes, ``FAC-YYYY-NNNN`` for invoices.

The counter is one ``number_sequence`` row per (prefix, year), incremented by a
single upsert ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING`` inside the
caller's transaction:

- on PostgreSQL the upsert locks the row until the transaction ends, so two
  workstations issuing at the same moment get distinct consecutive numbers (the
  second waits for the first to commit, then reads its value);
- on SQLite every write transaction starts with ``BEGIN IMMEDIATE``, which
  already serialises writers.

Because the increment commits or rolls back with the document itself, a failed
save never burns a number: the series has no gap and a number is never reused.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from artisan_crm.domain.quotes import INVOICE_PREFIX, QUOTE_PREFIX, format_number
from artisan_crm.storage.models import NumberSequence

__all__ = [
    "INVOICE_PREFIX",
    "QUOTE_PREFIX",
    "last_number",
    "next_number",
    "next_value",
]


def next_value(session: Session, prefix: str, year: int) -> int:
    """Increment and return the counter of ``prefix``/``year`` (1 for the first document)."""
    dialect = session.get_bind().dialect.name
    table = cast(Table, NumberSequence.__table__)
    insert: Any
    # Imported here: the PostgreSQL dialect module (and asyncpg's) is not needed at start.
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        insert = pg_insert(table)
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        insert = sqlite_insert(table)
    else:  # pragma: no cover - only the two supported backends
        raise NotImplementedError(dialect)
    statement = (
        insert.values(prefix=prefix, year=year, last_value=1)
        .on_conflict_do_update(
            index_elements=[table.c.prefix, table.c.year],
            set_={"last_value": table.c.last_value + 1},
        )
        .returning(table.c.last_value)
    )
    value = session.execute(statement).scalar_one()
    return int(value)


def next_number(session: Session, prefix: str, year: int) -> str:
    """The next document number, e.g. ``FAC-2026-0008``."""
    return format_number(prefix, year, next_value(session, prefix, year))


def last_number(session: Session, prefix: str, year: int) -> str | None:
    """The last number given for ``prefix``/``year`` (None when none yet); read-only."""
    value = session.scalar(
        select(NumberSequence.last_value).where(
            NumberSequence.prefix == prefix, NumberSequence.year == year
        )
    )
    return format_number(prefix, year, value) if value else None
