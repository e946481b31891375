"""French formatting for printed documents: ``1 234,50 €``, ``12,5``, ``5,5 %``, ``10/03/2026``.

Babel gives the French rules; its narrow no-break space (U+202F) is replaced by a
plain no-break space, which every PDF font has and ``pdftotext`` reads back.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

LOCALE = "fr_FR"
NBSP = "\u00a0"


def _spaces(text: str) -> str:
    return text.replace("\u202f", NBSP)


def money(amount: Decimal | None) -> str:
    if amount is None:
        return ""
    return _spaces(format_currency(amount, "EUR", locale=LOCALE))


def number(value: Decimal | None) -> str:
    """A quantity without useless zeros: ``12.500 -> "12,5"``, ``1234 -> "1 234"``."""
    if value is None:
        return ""
    normal = value.normalize()
    places = max(0, -normal.as_tuple().exponent)  # type: ignore[operator]
    pattern = "#,##0" + ("." + "#" * places if places else "")
    return _spaces(format_decimal(value, format=pattern, locale=LOCALE))


def percent(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{number(value)}{NBSP}%"


def short_date(day: date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


def long_date(day: date | None) -> str:
    """``"10 mars 2026"``."""
    return format_date(day, format="d MMMM y", locale=LOCALE) if day else ""
