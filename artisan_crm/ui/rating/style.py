"""Colours and small widgets shared by the rating view and the quote guard dialog."""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Iterable

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QLabel, QWidget

from artisan_crm.domain.rating import Category

#: one colour per category (the issue's palette)
CATEGORY_COLOURS: dict[Category, str] = {
    Category.GEM: "#2e7d32",
    Category.GOOD: "#66bb6a",
    Category.WATCH: "#f9a825",
    Category.VAMPIRE: "#c62828",
    Category.NOT_ENOUGH_DATA: "#9e9e9e",
}
#: the fair side of a verdict ("À son crédit") and what speaks against a client
FAIR_COLOUR = "#2e7d32"
FAIR_BACKGROUND = "#edf7ee"
AGAINST_COLOUR = "#b23b1e"
AGAINST_BACKGROUND = "#fdf1ec"
NEUTRAL_BACKGROUND = "#f3f6f9"
DARK_TEXT = "#1b1b1b"
LIGHT_TEXT = "#ffffff"


def category_colour(category: Category) -> QColor:
    return QColor(CATEGORY_COLOURS[category])


def readable_text_colour(background: QColor) -> QColor:
    """Dark or white text, whichever contrasts more with ``background`` (WCAG luminance)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    lum = (
        0.2126 * channel(background.redF())
        + 0.7152 * channel(background.greenF())
        + 0.0722 * channel(background.blueF())
    )
    dark = QColor(DARK_TEXT)
    dark_lum = 0.0118  # luminance of #1b1b1b
    contrast_dark = (lum + 0.05) / (dark_lum + 0.05)
    contrast_white = 1.05 / (lum + 0.05)
    return dark if contrast_dark >= contrast_white else QColor(LIGHT_TEXT)


def category_text_colour(category: Category) -> QColor:
    return readable_text_colour(category_colour(category))


def badge_style(category: Category, *, font_size: str = "10pt") -> str:
    """A style sheet making a QLabel a rounded badge of the category's colour."""
    back = CATEGORY_COLOURS[category]
    fore = category_text_colour(category).name()
    return (
        f"QLabel {{ background: {back}; color: {fore}; border-radius: 10px; "
        f"padding: 2px 10px; font-weight: 600; font-size: {font_size}; }}"
    )


class CategoryBadge(QLabel):
    """The category's name on its colour (plain text, never markup)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("ratingCategoryBadge")
        self.category: Category | None = None
        self.hide()

    def set_category(self, category: Category | None) -> None:
        self.category = category
        if category is None:
            self.hide()
            return
        self.setText(category.label)
        self.setStyleSheet(badge_style(category))
        self.show()


def paint_badge(painter: QPainter, rect: QRect, text: str, category: Category, font: QFont) -> None:
    """A rounded badge inside ``rect`` (left-aligned, vertically centred)."""
    metrics = QFontMetrics(font)
    height = min(rect.height() - 4, metrics.height() + 6)
    width = min(rect.width() - 8, metrics.horizontalAdvance(text) + 20)
    if width <= 0 or height <= 0:
        return
    badge = QRectF(rect.left() + 4, rect.top() + (rect.height() - height) / 2, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(category_colour(category))
    painter.drawRoundedRect(badge, height / 2, height / 2)
    painter.setPen(category_text_colour(category))
    painter.setFont(font)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width) - 12)
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, shown)
    painter.restore()


#: a space inside an amount or a duration ("6 181 €", "57 h 20"): never a line break
_NUMBER_SPACE = re.compile(r"(?<=\d) (?=\d|€|h\b|%|j\b)")
#: characters per line of an explanation (Qt would wrap rich text into a narrow column)
EXPLANATION_WIDTH = 64


def explain_tooltip(text: str) -> str:
    """An explanation as a tool tip: escaped, in lines of about EXPLANATION_WIDTH
    characters, never breaking an amount."""
    text = _NUMBER_SPACE.sub("\u00a0", text)
    lines = textwrap.wrap(text, EXPLANATION_WIDTH, break_long_words=False, break_on_hyphens=False)
    return rich_tooltip(lines)


def rich_tooltip(lines: Iterable[str]) -> str:
    """Plain lines as a tool tip: escaped, so a client's name is never read as markup
    (Qt guesses rich text in tool tips)."""
    body = "<br>".join(html.escape(line) for line in lines)
    return f"<p style='white-space:pre'>{body}</p>"
