"""Cell editors of the quote lines: text that commits as you type, and combo boxes.

Text editors hand every keystroke to the model (``commitData`` on ``textEdited``) so
that the line total and the quote's totals follow the typing; the model merges the
keystrokes of one editor into one undo step.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from artisan_crm.domain.enums import LineKind
from artisan_crm.domain.money import VAT_RATES
from artisan_crm.ui.quotes.common import percent_text
from artisan_crm.ui.quotes.lines_model import UNITS, QuoteLinesModel, kind_label

INDEX = QModelIndex | QPersistentModelIndex


def _lines_model(index: INDEX) -> QuoteLinesModel | None:
    model = index.model()
    return model if isinstance(model, QuoteLinesModel) else None


class LiveTextDelegate(QStyledItemDelegate):
    """A line edit whose text reaches the model at each keystroke."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: INDEX) -> QWidget:
        model = _lines_model(index)
        if model is not None:
            model.new_edit_session()
        editor = QLineEdit(parent)
        editor.setFrame(False)
        alignment = index.data(Qt.ItemDataRole.TextAlignmentRole)
        if alignment is not None:
            editor.setAlignment(Qt.AlignmentFlag(int(alignment)))
        editor.textEdited.connect(lambda _text, e=editor: self._on_text_edited(e))
        return editor

    @Slot()
    def _on_text_edited(self, editor: QLineEdit) -> None:
        self.commitData.emit(editor)

    def setEditorData(self, editor: QWidget, index: INDEX) -> None:
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QLineEdit) and editor.text() != text:
            # Only when it differs: resetting the text would move the cursor under the
            # user's fingers (the model echoes every keystroke back).
            editor.setText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: INDEX) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class UnitDelegate(LiveTextDelegate):
    """An editable combo box of the usual units (h, m², ml, u, forfait...)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: INDEX) -> QWidget:
        model = _lines_model(index)
        if model is not None:
            model.new_edit_session()
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(list(UNITS))
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line_edit = combo.lineEdit()
        assert line_edit is not None  # editable combo
        line_edit.textEdited.connect(lambda _text, c=combo: self.commitData.emit(c))
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: INDEX) -> None:
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox) and editor.currentText() != text:
            editor.setEditText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: INDEX) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over fixed values (line kind, VAT rate); the choice commits at once."""

    def __init__(self, choices: list[tuple[str, Any]], parent: Any = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: INDEX) -> QWidget:
        model = _lines_model(index)
        if model is not None:
            model.new_edit_session()
        combo = QComboBox(parent)
        for text, value in self.choices:
            combo.addItem(text, value)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: INDEX) -> None:
        if not isinstance(editor, QComboBox):
            return
        value = index.data(Qt.ItemDataRole.EditRole)
        for position, (_text, choice) in enumerate(self.choices):
            if _same(choice, value):
                editor.setCurrentIndex(position)
                return

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: INDEX) -> None:
        if isinstance(editor, QComboBox) and editor.currentIndex() >= 0:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def kind_delegate(parent: Any = None) -> ChoiceDelegate:
    return ChoiceDelegate([(kind_label(kind), kind.value) for kind in LineKind], parent)


def vat_delegate(parent: Any = None) -> ChoiceDelegate:
    return ChoiceDelegate([(percent_text(rate), str(rate)) for rate in VAT_RATES], parent)


def vat_choices() -> list[tuple[str, Decimal]]:
    return [(percent_text(rate), rate) for rate in VAT_RATES]


def _same(choice: Any, value: Any) -> bool:
    if choice == value or str(choice) == str(value):
        return True
    try:
        return Decimal(str(choice)) == Decimal(str(value))
    except ArithmeticError:
        return False
