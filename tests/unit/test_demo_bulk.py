"""The bulk writer stores exactly what SQLAlchemy's own column types would store."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Boolean, Date, Enum
from sqlalchemy.dialects.postgresql import psycopg
from sqlalchemy.dialects.sqlite import pysqlite

from artisan_crm.demo.bulk import BulkInserter, converter_for
from artisan_crm.demo.render import LOCAL_TABLES
from artisan_crm.storage.models import Base
from artisan_crm.storage.types import Money, Percent, Quantity, UTCDateTime

DIALECTS = [pysqlite.dialect(), psycopg.dialect()]
PARIS = timezone(timedelta(hours=2))

SAMPLES: dict[type, list[Any]] = {
    Money: [Decimal("0"), Decimal("1234.56"), Decimal("-35.10"), Decimal("0.01")],
    Quantity: [Decimal("1"), Decimal("12.5"), Decimal("0.125")],
    Percent: [Decimal("5.5"), Decimal("20"), Decimal("0")],
    UTCDateTime: [
        datetime(2026, 5, 20, 7, 0, tzinfo=UTC),
        datetime(2025, 12, 31, 23, 59, 59, 123456, tzinfo=UTC),
        datetime(2026, 3, 29, 3, 30, tzinfo=PARIS),
    ],
    Date: [date(2026, 5, 20), date(2023, 1, 1)],
    Boolean: [True, False],
}


def _sample_for(column_type: Any) -> list[Any]:
    if isinstance(column_type, Enum):
        return list(column_type.enum_class) if column_type.enum_class else []
    for kind, values in SAMPLES.items():
        if isinstance(column_type, kind):
            return values
    return []


@pytest.mark.parametrize("dialect", DIALECTS, ids=lambda d: d.name)
def test_converters_match_sqlalchemy_bind_processing(dialect: Any) -> None:
    checked = 0
    for table in Base.metadata.tables.values():
        for column in table.columns:
            expected_processor = column.type._cached_bind_processor(dialect)
            # what Core does before the driver: TypeDecorator.process_bind_param + impl
            convert = converter_for(column.type, dialect)
            for value in _sample_for(column.type):
                expected = expected_processor(value) if expected_processor else value
                got = convert(value) if convert else value
                assert got == expected, (table.name, column.name, value)
                assert (
                    type(got) is type(expected)
                    or isinstance(got, bool)
                    or (isinstance(got, str) and isinstance(expected, str))
                ), (table.name, column.name, type(got), type(expected))
                checked += 1
    assert checked > 100


def test_naive_datetimes_are_refused() -> None:
    convert = converter_for(UTCDateTime(), pysqlite.dialect())
    assert convert is not None
    with pytest.raises(ValueError, match="naive"):
        convert(datetime(2026, 5, 20, 7, 0))


def test_local_ids_are_shifted_in_the_insert() -> None:
    table = Base.metadata.tables["quote_line"]
    inserter = BulkInserter(table, pysqlite.dialect(), LOCAL_TABLES)
    sql = inserter.sql({"quote_line": 100, "quote": 40})
    values = sql.split("VALUES ")[1]
    assert values.startswith("(? + 100, ? + 40, ")
    assert "catalog_item_id" in sql and values.count("+") == 2
    assert "? + " not in inserter.sql({})
    pg = BulkInserter(table, psycopg.dialect(), LOCAL_TABLES).sql({"quote_line": 1})
    assert "(%s + 1, %s, " in pg


def test_rows_missing_a_computed_default_are_refused() -> None:
    inserter = BulkInserter(Base.metadata.tables["tag"], pysqlite.dialect())
    assert inserter.encode([{"id": 1, "name": "x"}]) == [(1, "x")]
    client = BulkInserter(Base.metadata.tables["client"], pysqlite.dialect())
    with pytest.raises(KeyError, match="created_at"):
        client.encode([{"id": 1, "last_name": "Durand"}])
