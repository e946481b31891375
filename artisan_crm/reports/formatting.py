"""Formatting for printed documents: ``1 234,50 €``, ``12,5``, ``5,5 %``, ``10/03/2026``.

Babel gives the rules of the locale; its narrow no-break space (U+202F, French
grouping) is replaced by a plain no-break space, which every PDF font has and
``pdftotext`` reads back.

Every function takes an optional ``locale``: the documents for the artisan himself
(client summary, day sheet) leave it out and follow the interface language
(:func:`artisan_crm.i18n.locale_name`: ``fr_FR`` / ``en_GB``: ``€1,234.50``,
``12.5%``, ``10 March 2026``); quotes and invoices, sent to French clients, pass
:data:`FRENCH` and stay French whatever the interface language.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from artisan_crm.i18n import locale_name

#: quotes and invoices are French documents (French law), whatever the interface language
FRENCH = "fr_FR"
NBSP = "\u00a0"


def _spaces(text: str) -> str:
    return text.replace("\u202f", NBSP)


def _locale(locale: str | None) -> str:
    return locale or locale_name()


def money(amount: Decimal | None, locale: str | None = None) -> str:
    if amount is None:
        return ""
    return _spaces(format_currency(amount, "EUR", locale=_locale(locale)))


def number(value: Decimal | None, locale: str | None = None) -> str:
    """A quantity without useless zeros: ``12.500 -> "12,5"``, ``1234 -> "1 234"``."""
    if value is None:
        return ""
    normal = value.normalize()
    places = max(0, -normal.as_tuple().exponent)  # type: ignore[operator]
    pattern = "#,##0" + ("." + "#" * places if places else "")
    return _spaces(format_decimal(value, format=pattern, locale=_locale(locale)))


def percent(value: Decimal | None, locale: str | None = None) -> str:
    """``5,5 %`` (French: a no-break space before the sign) / ``5.5%``."""
    if value is None:
        return ""
    locale = _locale(locale)
    space = NBSP if locale.startswith("fr") else ""
    return f"{number(value, locale)}{space}%"


def short_date(day: date | None) -> str:
    """``10/03/2026`` (France and the UK both write the day first)."""
    return f"{day:%d/%m/%Y}" if day else ""


def long_date(day: date | None, locale: str | None = None) -> str:
    """``"10 mars 2026"`` / ``"10 March 2026"``."""
    return format_date(day, format="d MMMM y", locale=_locale(locale)) if day else ""
