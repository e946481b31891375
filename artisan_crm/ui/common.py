"""Small helpers every feature package of the UI shares (one copy, not one per package)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QObject
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

from artisan_crm.domain.errors import UserFacingError


def error_text(exc: BaseException) -> str:
    """What to show for a service error (French for the ones a user can act on)."""
    if isinstance(exc, UserFacingError):
        return str(exc)
    return QCoreApplication.translate("Dialogs", "Unexpected error: {error}").format(
        error=f"{type(exc).__name__}: {exc}"
    )


def alive(obj: QObject) -> bool:
    """False once Qt deleted the object (a worker answer may arrive after its window closed)."""
    return shiboken6.isValid(obj)


def guarded(obj: QObject, fn: Callable[..., object]) -> Callable[..., None]:
    """``fn``, ignored when ``obj`` was deleted before the worker answered."""

    def call(*args: Any) -> None:
        if alive(obj):
            fn(*args)

    return call


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def show_as_hourly_rate(box: QSpinBox | QDoubleSpinBox) -> None:
    """A spin box of euros per hour written as the language writes a rate: « 45 €/h » in
    French, « €45/h » in English (as ``domain.rating.format_rate``)."""
    from artisan_crm.i18n import language

    english = language() == "en"
    box.setPrefix("€" if english else "")
    box.setSuffix("/h" if english else " €/h")
