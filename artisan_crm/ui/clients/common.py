"""Small pieces shared by the Clients feature: formatting, message boxes, field errors.

Client text is shown as plain text everywhere: labels use ``Qt.PlainText`` and
tooltips go through :func:`plain_tooltip` (Qt would otherwise read ``<b>`` as markup).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from artisan_crm.ui.common import alive, error_text, guarded  # noqa: F401 - re-exported
from artisan_crm.ui.views.base import plain_label

ERROR_COLOUR = "#b3261e"
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


def ask(
    parent: QWidget,
    title: str,
    text: str,
    accept_text: str,
    on_accept: Callable[[], None],
    *,
    reject_text: str = "",
    destructive: bool = False,
) -> QMessageBox:
    """A window-modal question (plain text); ``on_accept`` runs when the user confirms.

    ``open()``, never ``exec()``: no nested event loop, and tests click the returned box.
    """
    box = QMessageBox(parent)
    box.setObjectName("clientsQuestion")
    box.setIcon(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
    reject = box.addButton(reject_text or tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reject if destructive else accept)
    box.setEscapeButton(reject)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished() -> None:
        if box.clickedButton() is accept:
            on_accept()

    box.finished.connect(finished)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def tell(parent: QWidget, title: str, text: str, *, error: bool = True) -> QMessageBox:
    """A window-modal message (plain text) with one OK button."""
    box = QMessageBox(parent)
    box.setObjectName("clientsMessage")
    box.setIcon(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


# ---- Field errors -----------------------------------------------------------------------------


def error_label(object_name: str = "fieldError") -> QLabel:
    """A red, word-wrapped, plain-text label under a field, hidden while empty."""
    label = plain_label("", object_name=object_name)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.hide()
    return label


def show_field_error(field: QWidget | None, label: QLabel, message: str) -> None:
    """Show (or clear, with "") ``message`` under ``field`` and outline the field in red."""
    label.setText(message)
    label.setVisible(bool(message))
    if field is not None:
        field.setStyleSheet(INVALID_STYLE if message else "")
        field.setProperty("invalid", bool(message))
