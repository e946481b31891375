"""Column types that keep money exact and datetimes in UTC on every backend.

SQLite stores ``Numeric`` as a float and drops timezone offsets, so money is
stored as integer cents (rates and quantities as scaled integers) and datetimes
are normalised to UTC on the way in and made aware on the way out.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Integer
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class _ScaledDecimal(TypeDecorator[Decimal]):
    """A Decimal stored as an integer number of ``1/scale`` units."""

    impl: Any = BigInteger
    cache_ok = True
    scale: int = 100
    places: Decimal = Decimal("0.01")

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError(f"{type(self).__name__} refuses floats; pass a Decimal")
        value = Decimal(value).quantize(self.places, rounding=ROUND_HALF_UP)
        return int(value * self.scale)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / self.scale).quantize(self.places)


class Money(_ScaledDecimal):
    """Euros as integer cents."""

    cache_ok = True
    scale = 100
    places = Decimal("0.01")


class Quantity(_ScaledDecimal):
    """A quantity with three decimals (m², ml, hours), stored in thousandths."""

    cache_ok = True
    scale = 1000
    places = Decimal("0.001")


class Percent(_ScaledDecimal):
    """A percentage with two decimals (VAT 5.5, discount 12.5), stored in basis points."""

    impl = Integer
    cache_ok = True
    scale = 100
    places = Decimal("0.01")


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime, always stored and returned in UTC.

    Naive datetimes are refused: a naive value is ambiguous and would silently
    be read back in the wrong zone.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError("UTCDateTime expects a datetime")
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime refused; use an aware datetime (UTC)")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)
