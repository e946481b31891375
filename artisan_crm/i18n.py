"""Translation and locale formatting for the layers below ``ui/`` (pure Python, no Qt).

Source strings are English everywhere (DESIGN.md §4). ``domain/``, ``services/``,
``storage/`` and ``reports/`` cannot call ``QCoreApplication.translate`` (no Qt
below ``ui/``), so they call :func:`translate` here, with the same two arguments::

    from artisan_crm.i18n import translate
    raise ValidationError({"phone": translate("Validation", "Invalid phone number.")})

``pyside6-lupdate`` extracts those calls like Qt's own (it matches the name
``translate``): the French lives in ``resources/translations/<layer>_fr.ts``. At
start the GUI (and the CLI, and the test session) plugs the real lookup in with
:func:`install`; until then :func:`translate` returns the English source.

Strings needed at import time (labels in module-level dicts) are marked with
:func:`QT_TRANSLATE_NOOP` and translated where they are shown, with
``translate(context, label)``.

Money, numbers and dates follow the installed language:
``1 234,50 €`` / ``€1,234.50``, ``lundi 23 novembre 2026`` / ``Monday 23 November 2026``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

K = TypeVar("K")

Translator = Callable[[str, str], str]

SUPPORTED = ("fr", "en")
_LOCALES = {"fr": "fr_FR", "en": "en_GB"}
NBSP = "\u00a0"
NNBSP = "\u202f"

_translator: Translator | None = None
_language = "fr"


def install(language: str, translator: Translator | None) -> None:
    """Use ``translator(context, source)`` for :func:`translate` and format for ``language``.

    ``translator=None`` shows the English source strings."""
    global _translator, _language
    _language = language if language in SUPPORTED else "fr"
    _translator = translator


def current() -> tuple[str, Translator | None]:
    """The installed ``(language, translator)``, to put back later with :func:`install`."""
    return _language, _translator


def language() -> str:
    """``fr`` or ``en``: the language the interface is shown in."""
    return _language


def locale_name() -> str:
    return _LOCALES[_language]


def translate(context: str, source: str) -> str:
    """The translation of ``source`` in ``context`` (the English source if there is none)."""
    if _translator is None:
        return source
    return _translator(context, source) or source


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for extraction; translate it later with ``translate(context, source)``."""
    return source


def plural(n: int, one: str, other: str) -> str:
    """Pick the singular or plural template for ``n`` (both already translated): French
    counts 0 and 1 as singular, English only 1. ``plural(n, translate(c, "{n} quote"),
    translate(c, "{n} quotes")).format(n=n)``."""
    singular = abs(n) <= 1 if _language == "fr" else abs(n) == 1
    return one if singular else other


class Labels(Mapping[K, str]):
    """Labels declared at import time, translated each time they are read::

    STATUS_LABELS = Labels("Quotes", {QuoteStatus.DRAFT: QT_TRANSLATE_NOOP("Quotes", "Draft")})
    STATUS_LABELS[QuoteStatus.DRAFT]  # "Brouillon" in the French interface
    """

    def __init__(self, context: str, items: Mapping[K, str]) -> None:
        self.context = context
        self._items = dict(items)

    def __getitem__(self, key: K) -> str:
        return translate(self.context, self._items[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def source(self, key: K) -> str:
        """The English source label (for logs and stable identifiers)."""
        return self._items[key]


# ---- Numbers, money, dates --------------------------------------------------------------------


def _group(digits: str, separator: str) -> str:
    groups: list[str] = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return separator.join(groups) or "0"


def format_int(n: int) -> str:
    """``12345`` -> ``12 345`` (fr) / ``12,345`` (en)."""
    sign = "−" if n < 0 else ""
    return sign + _group(str(abs(n)), NBSP if _language == "fr" else ",")


def format_decimal(value: Decimal | float | int, places: int = 2) -> str:
    """``1234.5`` -> ``1 234,50`` (fr) / ``1,234.50`` (en)."""
    quantum = Decimal(1).scaleb(-places)
    amount = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if amount < 0 else ""
    whole, _, fraction = f"{abs(amount):f}".partition(".")
    if _language == "fr":
        text = _group(whole, NBSP) + ("," + fraction if fraction else "")
    else:
        text = _group(whole, ",") + ("." + fraction if fraction else "")
    return sign + text


def format_money(amount: Decimal | int | float, *, whole_euros: bool = False) -> str:
    """``1 234,50 €`` (fr) / ``€1,234.50`` (en); ``whole_euros`` drops the cents (rounded)."""
    text = format_decimal(abs(Decimal(str(amount))), 0 if whole_euros else 2)
    negative = Decimal(str(amount)).quantize(Decimal(1) if whole_euros else Decimal("0.01")) < 0
    if _language == "fr":
        return ("-" if negative else "") + f"{text}{NBSP}€"
    return ("-" if negative else "") + f"€{text}"


_DAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
}  # fmt: skip


def format_date(day: date | datetime, style: str = "short") -> str:
    """``short``: ``23/11/2026`` (both: the UK and France write day first);
    ``long``: ``lundi 23 novembre 2026`` / ``Monday 23 November 2026``;
    ``medium``: ``23 nov. 2026``-like without the weekday: ``23 novembre 2026`` / ``23 November 2026``.
    """
    if isinstance(day, datetime):
        day = day.date()
    if style == "short":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    month = _MONTHS[_language][day.month - 1]
    medium = f"{day.day} {month} {day.year}"
    if style == "medium":
        return medium
    weekday = _DAYS[_language][day.weekday()]
    return f"{weekday} {medium}"


def format_time(moment: datetime) -> str:
    """``14:05`` in both languages (a 24-hour clock is usual in France and on UK software)."""
    return f"{moment.hour:02d}:{moment.minute:02d}"
