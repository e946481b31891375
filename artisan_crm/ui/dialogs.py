"""Small message boxes and field-error labels that never interpret their text as markup.

Shared by every feature package (their ``common`` modules re-export them).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from artisan_crm.ui.views.base import plain_label

ERROR_COLOUR = "#b3261e"


def show_critical(parent: QWidget | None, title: str, text: str) -> None:
    """A blocking error box in plain text (for start-up errors, before any window exists)."""
    box = QMessageBox(parent)
    box.setObjectName("criticalBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Dialogs", "OK"))
    box.exec()
    box.deleteLater()


def startup_error_title() -> str:
    return QCoreApplication.translate("Dialogs", "Artisan CRM cannot start")


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    accept_text: str,
    on_accept: Callable[[], None],
    *,
    reject_text: str = "",
    destructive: bool = False,
) -> QMessageBox:
    """A window-modal question (plain text); ``on_accept`` runs when the user confirms.

    ``destructive``: a warning icon and « Annuler » as the default button.
    ``open()``, never ``exec()``: no nested event loop (worker answers keep arriving in
    order), and tests click the returned box's buttons.
    """
    icon = QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question
    box = _plain_text_box(parent, "questionBox", icon, title, text)
    accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
    reject = box.addButton(
        reject_text or QCoreApplication.translate("Dialogs", "Cancel"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(reject if destructive else accept)
    box.setEscapeButton(reject)

    def finished() -> None:
        if box.clickedButton() is accept:
            on_accept()

    box.finished.connect(finished)
    box.open()
    return box


def tell(parent: QWidget | None, title: str, text: str, *, error: bool = True) -> QMessageBox:
    """A window-modal message (plain text) with one OK button (no nested event loop)."""
    icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
    box = _plain_text_box(parent, "messageBox", icon, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Dialogs", "OK"))
    box.open()
    return box


def _plain_text_box(
    parent: QWidget | None, object_name: str, icon: QMessageBox.Icon, title: str, text: str
) -> QMessageBox:
    """The message box ``ask`` and ``tell`` share: plain text, window-modal, deleted once
    closed; the caller adds its buttons and shows it with ``open()``."""
    box = QMessageBox(parent)
    box.setObjectName(object_name)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    return box


def error_label(object_name: str = "fieldError") -> QLabel:
    """A red, word-wrapped, plain-text label for a field's message, hidden while empty."""
    label = plain_label("", object_name=object_name)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.hide()
    return label


def set_error(label: QLabel, message: str) -> None:
    """Show ``message`` in ``label`` (hidden when empty)."""
    label.setText(message)
    label.setVisible(bool(message))
