"""Small message boxes that never interpret their text as markup."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


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
