"""Fast bulk insert: rows encoded once to what the column types would store, then executemany.

A Core ``insert()`` runs every value through its ``TypeDecorator`` (Money,
UTCDateTime...) plus SQLAlchemy's per-row parameter machinery; for the
millions of rows of the scale data set that costs more than the database work
itself. Here each column gets one small converter producing exactly what
SQLAlchemy would have bound (``tests/unit/test_demo_bulk.py`` checks it against
SQLAlchemy's own bind processors on SQLite and PostgreSQL), and the rows go to
the driver's ``executemany`` through ``exec_driver_sql``, inside the caller's
transaction.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Boolean, Date, Enum, Table
from sqlalchemy.engine import Connection, Dialect

from artisan_crm.storage.types import UTCDateTime, _ScaledDecimal

Converter = Callable[[Any], Any]


def _scaled(scale: int) -> Converter:
    factor = Decimal(scale)

    def convert(value: Decimal) -> int:
        # Decimal * float raises TypeError: floats never reach the database
        return int((value * factor).to_integral_value(ROUND_HALF_UP))

    return convert


def _sqlite_datetime(value: datetime) -> str:
    if value.tzinfo is not UTC:
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime refused; use an aware datetime (UTC)")
        value = value.astimezone(UTC)
    # "2026-05-20 07:00:00.000000+00:00" without its offset, as SQLAlchemy stores it
    return value.isoformat(" ", "microseconds")[:26]


def _aware_utc(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("naive datetime refused; use an aware datetime (UTC)")
    return value.astimezone(UTC)


def _sqlite_date(value: date) -> str:
    return value.isoformat()


#: A StrEnum member to its plain value (psycopg would dump an Enum by *name*).
_enum_value: Converter = str.__str__


def _memoised(convert: Converter) -> Converter:
    """Demo values repeat a lot (dates, prices, times of day): convert each one once."""
    cache: dict[Any, Any] = {}

    def cached(value: Any) -> Any:
        found = cache.get(value)
        if found is None:
            if len(cache) > 100_000:
                cache.clear()
            found = cache[value] = convert(value)
        return found

    return cached


def converter_for(column_type: Any, dialect: Dialect) -> Converter | None:
    """The converter of one column type for ``dialect`` (None: the driver takes the value)."""
    convert = _converter_for(column_type, dialect)
    return _memoised(convert) if convert is not None and convert is not _enum_value else convert


def _converter_for(column_type: Any, dialect: Dialect) -> Converter | None:
    sqlite = dialect.name == "sqlite"
    if isinstance(column_type, _ScaledDecimal):
        return _scaled(column_type.scale)
    if isinstance(column_type, UTCDateTime):
        return _sqlite_datetime if sqlite else _aware_utc
    if isinstance(column_type, Enum):
        return _enum_value
    if isinstance(column_type, Boolean):
        return None  # both drivers bind Python booleans as the dialect expects
    if isinstance(column_type, Date):
        return _sqlite_date if sqlite else None
    return None


_MISSING = object()


def _default_of(column: Any) -> Any:
    """What a row that does not name ``column`` gets: its scalar default, NULL, or an error."""
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        return default.arg
    if column.nullable and default is None:
        return None
    return _MISSING


class BulkInserter:
    """``executemany`` of dict rows into one table.

    A column a row does not name gets its scalar default (or NULL when nullable);
    a column with a computed default (``created_at``...) must be given, so that the
    data never depends on the wall clock.

    Ids of ``local_tables`` may be chunk-local (numbered from 0): :meth:`insert`
    adds each table's offset in the INSERT itself (``VALUES (? + 1200, ...)``), to
    the row's own id and to every foreign key pointing at such a table, so rows
    rendered elsewhere (another process) are placed without touching them in Python.
    """

    def __init__(self, table: Table, dialect: Dialect, local_tables: Iterable[str] = ()) -> None:
        self.table = table
        self.columns = [column.name for column in table.columns]
        self._pairs = [(column.name, _default_of(column)) for column in table.columns]
        self._getter = operator.itemgetter(*self.columns)
        self._marker = "?" if dialect.paramstyle == "qmark" else "%s"
        preparer = dialect.identifier_preparer
        names = ", ".join(preparer.quote(name) for name in self.columns)
        self._head = f"INSERT INTO {preparer.format_table(table)} ({names}) VALUES "
        local = set(local_tables)
        #: for each column, the table whose offset it takes (None: inserted as is)
        self._shifted_by: list[str | None] = []
        for column in table.columns:
            shifted = None
            if column.primary_key and table.name in local and column.name == "id":
                shifted = table.name
            for fk in column.foreign_keys:
                if fk.column.table.name in local:
                    shifted = fk.column.table.name
            self._shifted_by.append(shifted)
        self.converters = [
            (index, converter)
            for index, column in enumerate(table.columns)
            if (converter := converter_for(column.type, dialect)) is not None
        ]

    def sql(self, offsets: dict[str, int] | None = None) -> str:
        parts = []
        for shifted in self._shifted_by:
            offset = offsets.get(shifted, 0) if offsets and shifted else 0
            parts.append(f"{self._marker} + {int(offset)}" if offset else self._marker)
        return f"{self._head}({', '.join(parts)})"

    def encode(self, rows: Iterable[Mapping[str, Any]]) -> list[tuple[Any, ...]]:
        getter = self._getter
        converters = self.converters
        encoded = []
        for row in rows:
            try:
                values = list(getter(row))
            except KeyError:
                values = self._with_defaults(row)
            for index, convert in converters:
                value = values[index]
                if value is not None:
                    values[index] = convert(value)
            encoded.append(tuple(values))
        return encoded

    def _with_defaults(self, row: Mapping[str, Any]) -> list[Any]:
        get = row.get
        values = [get(name, default) for name, default in self._pairs]
        if any(v is _MISSING for v in values):
            missing = [n for (n, _), v in zip(self._pairs, values, strict=True) if v is _MISSING]
            raise KeyError(f"{self.table.name}: no value for {', '.join(missing)}")
        return values

    def insert_encoded(
        self,
        connection: Connection,
        rows: list[tuple[Any, ...]],
        offsets: dict[str, int] | None = None,
    ) -> int:
        if rows:
            connection.exec_driver_sql(self.sql(offsets), rows)
        return len(rows)

    def insert(self, connection: Connection, rows: Sequence[Mapping[str, Any]]) -> int:
        return self.insert_encoded(connection, self.encode(rows))
