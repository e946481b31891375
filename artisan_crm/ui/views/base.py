"""What every view receives, and the building blocks shared by the views."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from artisan_crm.config import Settings
    from artisan_crm.storage.database import Database
    from artisan_crm.ui.events import AppEvents
    from artisan_crm.ui.taskman import TaskManager


@dataclass(frozen=True)
class ViewContext:
    """The services a view may use; views never reach into each other."""

    settings: Settings
    db: Database
    events: AppEvents
    tasks: TaskManager
    data_dir: Path


def plain_label(text: str = "", parent: QWidget | None = None, *, object_name: str = "") -> QLabel:
    """A word-wrapped label that never interprets its text as markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    if object_name:
        label.setObjectName(object_name)
    return label


class PageHeader(QWidget):
    """A view's title and one line saying what it is for."""

    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = plain_label(title, self, object_name="pageTitle")
        self.subtitle = plain_label(subtitle, self, object_name="pageSubtitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)


class EmptyStateView(QWidget):
    """A view whose feature is not built yet: it says honestly what will be there.

    Subclasses pass already-translated text (``tr`` lives in each subclass so the
    translation context is the subclass's own).
    """

    view_id = ""

    def __init__(
        self,
        context: ViewContext,
        *,
        title: str,
        subtitle: str,
        empty_text: str,
        coming_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"view_{self.view_id}")
        self.header = PageHeader(title, subtitle, self)
        self.empty_text = plain_label(empty_text, self, object_name="emptyStateText")
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.coming_text = plain_label(coming_text, self, object_name="emptyStateHint")
        self.coming_text.setAlignment(Qt.AlignmentFlag.AlignCenter)

        box = QFrame(self)
        box.setObjectName("emptyState")
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(32, 32, 32, 32)
        box_layout.setSpacing(12)
        box_layout.addWidget(self.empty_text)
        box_layout.addWidget(self.coming_text)

        # Stretches rather than an alignment flag: an aligned widget gets its size hint
        # and the word-wrapped labels inside are then cut (no height-for-width).
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(box, 4)
        centred.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)
        layout.addWidget(self.header)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)
