"""Small pieces shared by the Clients feature: formatting, message boxes, field errors.

Client text is shown as plain text everywhere: labels use ``Qt.PlainText`` and
tooltips go through :func:`plain_tooltip` (Qt would otherwise read ``<b>`` as markup).
"""

from __future__ import annotations

import html
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QLabel, QWidget

from artisan_crm.ui.common import alive, error_text, guarded  # noqa: F401 - re-exported
from artisan_crm.ui.dialogs import (  # noqa: F401 - re-exported
    ERROR_COLOUR,
    ask,
    error_label,
    tell,
)

MUTED_COLOUR = "#5a6b78"
#: style of a field holding a wrong value (the message is in the label under it)
INVALID_STYLE = "border: 1px solid #b3261e; border-radius: 3px; background: #fff6f5;"


def tr(text: str) -> str:
    return QCoreApplication.translate("ClientsCommon", text)


# ---- Formatting -------------------------------------------------------------------------------


def money(amount: Decimal | None) -> str:
    """``1234.5 -> "1 234,50 €"`` in the current locale."""
    if amount is None:
        return ""
    return QLocale().toCurrencyString(float(amount), "€", 2)


def short_date(day: date | datetime | None) -> str:
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.astimezone().date()
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def long_date(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def plain_tooltip(text: str) -> str:
    """A tooltip showing ``text`` literally (escaped, line breaks kept)."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text).replace("\n", "<br>") + "</p>"


# ---- Worker answers ---------------------------------------------------------------------------


# ---- Message boxes ----------------------------------------------------------------------------


# ---- Field errors -----------------------------------------------------------------------------


def show_field_error(field: QWidget | None, label: QLabel, message: str) -> None:
    """Show (or clear, with "") ``message`` under ``field`` and outline the field in red."""
    label.setText(message)
    label.setVisible(bool(message))
    if field is not None:
        field.setStyleSheet(INVALID_STYLE if message else "")
        field.setProperty("invalid", bool(message))
