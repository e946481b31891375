"""The editable lines of the quote editor, with undo.

The model keeps each line as the user typed it (``"12,5"``, ``"2,x"``): a wrong value
stays on screen, marked in red with a French message, until corrected; nothing typed
is lost. Every change (a cell, lines added, moved, duplicated, deleted) is a command
on a ``QUndoStack``; keystrokes in one cell merge into one step. The figures come from
the services' pure checks (:func:`artisan_crm.services.quotes.check_lines`): no
database on a keystroke.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QUndoCommand, QUndoStack

from artisan_crm.domain.enums import LineKind
from artisan_crm.domain.money import ZERO, LineAmounts
from artisan_crm.services.quotes import QuoteLineDraft, QuoteLineView, check_lines
from artisan_crm.ui.quotes.common import (
    amount_text,
    money,
    number_text,
    parse_decimal,
    percent_text,
)

INDEX = QModelIndex | QPersistentModelIndex
ERROR_BACKGROUND = QColor("#fde7e6")
ERROR_FOREGROUND = QColor("#b3261e")

# Columns
KIND, DESCRIPTION, QUANTITY, UNIT, UNIT_PRICE, VAT, DISCOUNT, UNIT_COST, TOTAL = range(9)
#: the service's field name of each editable column
FIELDS = {
    KIND: "kind",
    DESCRIPTION: "description",
    QUANTITY: "quantity",
    UNIT: "unit",
    UNIT_PRICE: "unit_price",
    VAT: "vat_rate",
    DISCOUNT: "discount_percent",
    UNIT_COST: "unit_cost",
}
COLUMN_OF_FIELD = {field: column for column, field in FIELDS.items()}
NUMERIC_COLUMNS = (QUANTITY, UNIT_PRICE, DISCOUNT, UNIT_COST, TOTAL)
UNITS = ("h", "u", "m²", "m³", "ml", "forfait", "jour", "kg", "lot", "km")


def kind_label(kind: LineKind) -> str:
    labels = {
        LineKind.LABOUR: QCoreApplication.translate("QuoteLines", "Labour"),
        LineKind.MATERIAL: QCoreApplication.translate("QuoteLines", "Material"),
        LineKind.TRAVEL: QCoreApplication.translate("QuoteLines", "Travel"),
        LineKind.OTHER: QCoreApplication.translate("QuoteLines", "Other"),
    }
    return labels[LineKind(kind)]


@dataclass(frozen=True)
class EditLine:
    """One line as typed: numbers are kept as text until they are valid."""

    kind: LineKind = LineKind.LABOUR
    description: str = ""
    quantity: str = "1"
    unit: str = "h"
    unit_price: str = ""
    vat_rate: Decimal = Decimal("20")
    discount: str = ""
    unit_cost: str = ""
    catalog_item_id: int | None = None

    @classmethod
    def from_draft(cls, line: QuoteLineDraft | QuoteLineView, default_vat: Decimal) -> EditLine:
        return cls(
            kind=LineKind(line.kind),
            description=line.description,
            quantity=number_text(Decimal(line.quantity)),
            unit=line.unit,
            unit_price=amount_text(Decimal(line.unit_price)),
            vat_rate=default_vat if line.vat_rate is None else Decimal(line.vat_rate),
            discount=number_text(Decimal(line.discount_percent)) if line.discount_percent else "",
            unit_cost=amount_text(Decimal(line.unit_cost)) if line.unit_cost else "",
            catalog_item_id=line.catalog_item_id,
        )

    def draft(self) -> tuple[QuoteLineDraft, dict[str, str]]:
        """The service's draft, and the fields this UI could not even read as numbers.

        A value that is not a number is passed through as typed: the service's check
        then says « 2,x » n'est pas un nombre valide, in its own words.
        """
        local: dict[str, str] = {}

        def number(text: str, field: str, *, required: bool = False) -> Any:
            if not text.strip():
                if required:
                    local[field] = QCoreApplication.translate(
                        "QuoteLines", "the quantity is required."
                    )
                return ZERO
            value = parse_decimal(text)
            return text.strip() if value is None else value

        draft = QuoteLineDraft(
            description=self.description,
            quantity=number(self.quantity, "quantity", required=True),
            unit=self.unit,
            unit_price=number(self.unit_price, "unit_price"),
            vat_rate=self.vat_rate,
            kind=self.kind,
            discount_percent=number(self.discount, "discount_percent"),
            unit_cost=number(self.unit_cost, "unit_cost"),
            catalog_item_id=self.catalog_item_id,
        )
        return draft, local

    def value(self, column: int) -> Any:
        return {
            KIND: self.kind,
            DESCRIPTION: self.description,
            QUANTITY: self.quantity,
            UNIT: self.unit,
            UNIT_PRICE: self.unit_price,
            VAT: self.vat_rate,
            DISCOUNT: self.discount,
            UNIT_COST: self.unit_cost,
        }[column]

    def with_value(self, column: int, value: Any) -> EditLine:
        name = {
            KIND: "kind",
            DESCRIPTION: "description",
            QUANTITY: "quantity",
            UNIT: "unit",
            UNIT_PRICE: "unit_price",
            VAT: "vat_rate",
            DISCOUNT: "discount",
            UNIT_COST: "unit_cost",
        }[column]
        if column == KIND:
            value = LineKind(value)
        elif column == VAT:
            value = Decimal(str(value))
        else:
            value = "" if value is None else str(value)
        return dataclasses.replace(self, **{name: value})


# ---- Undo commands ------------------------------------------------------------------------------


class _SetCell(QUndoCommand):
    MERGE_ID = 4242

    def __init__(self, model: QuoteLinesModel, row: int, column: int, value: Any, session: int):
        super().__init__(
            QCoreApplication.translate("QuoteLines", "Edit line {row}").format(row=row + 1)
        )
        self.model = model
        self.row, self.column, self.session = row, column, session
        self.old = model.lines[row].value(column)
        self.new = value

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _SetCell):
            return False
        if (other.row, other.column, other.session) != (self.row, self.column, self.session):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.model._replace(self.row, self.model.lines[self.row].with_value(self.column, self.new))

    def undo(self) -> None:
        self.model._replace(self.row, self.model.lines[self.row].with_value(self.column, self.old))


class _Insert(QUndoCommand):
    def __init__(self, model: QuoteLinesModel, row: int, lines: Sequence[EditLine], text: str):
        super().__init__(text)
        self.model, self.row, self.lines = model, row, list(lines)

    def redo(self) -> None:
        self.model._insert(self.row, self.lines)

    def undo(self) -> None:
        self.model._remove(self.row, len(self.lines))


class _Remove(QUndoCommand):
    def __init__(self, model: QuoteLinesModel, row: int, text: str):
        super().__init__(text)
        self.model, self.row = model, row
        self.lines = [model.lines[row]]

    def redo(self) -> None:
        self.model._remove(self.row, 1)

    def undo(self) -> None:
        self.model._insert(self.row, self.lines)


class _Move(QUndoCommand):
    def __init__(self, model: QuoteLinesModel, row: int, new_row: int, text: str):
        super().__init__(text)
        self.model, self.row, self.new_row = model, row, new_row

    def redo(self) -> None:
        self.model._move(self.row, self.new_row)

    def undo(self) -> None:
        self.model._move(self.new_row, self.row)


# ---- The model ----------------------------------------------------------------------------------


class QuoteLinesModel(QAbstractTableModel):
    """The quote's lines, editable in place, every change undoable.

    Signals:
        sig_lines_changed(): lines were edited, added, moved or removed (figures and
            errors are up to date when it is emitted).
    """

    sig_lines_changed = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.lines: list[EditLine] = []
        self.read_only = False
        self.default_vat_rate = Decimal("20")
        #: (row, field) -> French message; row -1 is not used
        self.errors: dict[tuple[int, str], str] = {}
        #: figures of each valid line, by row
        self.amounts: dict[int, LineAmounts] = {}
        self.valid_drafts: list[QuoteLineDraft] = []
        #: the service's checked version of ``valid_drafts`` (amounts, cost), same order
        self.valid_checked: list[Any] = []
        self._edit_session = 0
        self._headers = [
            self.tr("Type"),
            self.tr("Description"),
            self.tr("Qty"),
            self.tr("Unit"),
            self.tr("Unit price excl. VAT"),
            self.tr("VAT"),
            self.tr("Discount"),
            self.tr("Unit cost"),
            self.tr("Total excl. VAT"),
        ]
        self._tooltips = {
            UNIT_PRICE: self.tr("Price of one unit, excluding VAT"),
            DISCOUNT: self.tr("Discount on the line, in percent"),
            UNIT_COST: self.tr("What one unit costs you (purchase price): counts in the margin"),
        }

    # ---- Loading --------------------------------------------------------------------------

    def set_lines(self, lines: Sequence[EditLine]) -> None:
        """Replace every line (a load, not an edit: the undo history is cleared)."""
        self.beginResetModel()
        self.lines = list(lines)
        self._check()
        self.endResetModel()
        self.undo_stack.clear()
        self.sig_lines_changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, TOTAL))

    def new_edit_session(self) -> None:
        """An editor opened on a cell: its keystrokes make one undo step."""
        self._edit_session += 1

    def drafts(self) -> list[QuoteLineDraft]:
        return [line.draft()[0] for line in self.lines]

    # ---- Editing (undoable) ---------------------------------------------------------------

    def add_line(self, line: EditLine | None = None, row: int | None = None) -> int:
        row = len(self.lines) if row is None else max(0, min(row, len(self.lines)))
        line = line or EditLine(vat_rate=self.default_vat_rate)
        self.undo_stack.push(_Insert(self, row, [line], self.tr("Add a line")))
        return row

    def insert_lines(self, row: int, lines: Sequence[EditLine], text: str) -> None:
        row = max(0, min(row, len(self.lines)))
        self.undo_stack.push(_Insert(self, row, lines, text))

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.undo_stack.push(
                _Remove(self, row, self.tr("Delete line {row}").format(row=row + 1))
            )

    def duplicate_line(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.undo_stack.push(
                _Insert(
                    self,
                    row + 1,
                    [self.lines[row]],
                    self.tr("Duplicate line {row}").format(row=row + 1),
                )
            )

    def move_line(self, row: int, new_row: int) -> bool:
        if not (0 <= row < len(self.lines) and 0 <= new_row < len(self.lines)) or row == new_row:
            return False
        self.undo_stack.push(
            _Move(self, row, new_row, self.tr("Move line {row}").format(row=row + 1))
        )
        return True

    # ---- Internals used by the commands ---------------------------------------------------

    def _replace(self, row: int, line: EditLine) -> None:
        errors_before = dict(self.errors)
        self.lines[row] = line
        self._check()
        self.dataChanged.emit(self.index(row, 0), self.index(row, TOTAL))
        if self.errors != errors_before:
            # Another row's error may have appeared or gone: repaint them all (typing
            # in a valid quote, the common case, repaints only the edited row).
            self._refresh_all_rows()
        self.sig_lines_changed.emit()

    def _insert(self, row: int, lines: Sequence[EditLine]) -> None:
        self.beginInsertRows(QModelIndex(), row, row + len(lines) - 1)
        self.lines[row:row] = list(lines)
        self.endInsertRows()
        self._check()
        self._refresh_all_rows()
        self.sig_lines_changed.emit()

    def _remove(self, row: int, count: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self.lines[row : row + count]
        self.endRemoveRows()
        self._check()
        self._refresh_all_rows()
        self.sig_lines_changed.emit()

    def _move(self, row: int, new_row: int) -> None:
        destination = new_row + 1 if new_row > row else new_row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.lines.insert(new_row, self.lines.pop(row))
        self.endMoveRows()
        self._check()
        self._refresh_all_rows()
        self.sig_lines_changed.emit()

    def _refresh_all_rows(self) -> None:
        # Error messages say "Ligne 3": a change may renumber or fix other rows.
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, TOTAL))

    def _check(self) -> None:
        drafts: list[QuoteLineDraft] = []
        errors: dict[tuple[int, str], str] = {}
        for row, line in enumerate(self.lines):
            draft, local = line.draft()
            drafts.append(draft)
            for field, message in local.items():
                errors[(row, field)] = self.tr("Line {row}: {message}").format(
                    row=row + 1, message=message
                )
        checked, service_errors = check_lines(drafts, self.default_vat_rate)
        rejected = set()
        for key, message in service_errors.items():
            # "lines[3].quantity" -> (3, "quantity")
            position, _, field = key.partition("].")
            row = int(position.removeprefix("lines["))
            rejected.add(row)
            errors.setdefault((row, field), message)
        self.errors = errors
        self.valid_drafts = []
        self.valid_checked = []
        self.amounts = {}
        # check_lines returns the lines it accepted, in order.
        accepted = iter(checked)
        for row, draft in enumerate(drafts):
            if row in rejected:
                continue
            result = next(accepted)
            if any(key[0] == row for key in errors):
                continue
            self.amounts[row] = result.amounts
            self.valid_drafts.append(draft)
            self.valid_checked.append(result)

    def error_messages(self) -> list[str]:
        """Every message, in line order."""
        return [self.errors[key] for key in sorted(self.errors, key=lambda k: (k[0], k[1]))]

    def first_error_index(self) -> QModelIndex:
        if not self.errors:
            return QModelIndex()
        row, field = min(self.errors)
        return self.index(row, COLUMN_OF_FIELD.get(field, DESCRIPTION))

    # ---- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else TOTAL + 1

    def flags(self, index: INDEX) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and index.column() != TOTAL:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        row, column = index.row(), index.column()
        line = self.lines[row]
        error = self.errors.get((row, FIELDS.get(column, "")))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, line, error)
        if role == Qt.ItemDataRole.EditRole:
            if column == TOTAL:
                return self._display(row, column, line, error)
            value = line.value(column)
            return value.value if column == KIND else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight
                if column in NUMERIC_COLUMNS or column == VAT
                else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and error:
            return QBrush(ERROR_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            if error:
                return error
            if column == DESCRIPTION and line.description:
                return line.description
            return None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and error:
            return error
        return None

    def _display(self, row: int, column: int, line: EditLine, error: str | None) -> str:
        if column == KIND:
            return kind_label(line.kind)
        if column == VAT:
            return percent_text(line.vat_rate)
        if column == TOTAL:
            amounts = self.amounts.get(row)
            return money(amounts.excl_vat) if amounts is not None else "—"
        text = str(line.value(column))
        if error or column in (DESCRIPTION, UNIT):
            return text
        value = parse_decimal(text)
        if value is None:
            return text
        if column in (UNIT_PRICE, UNIT_COST):
            return money(value)
        if column == DISCOUNT:
            return percent_text(value) if value else ""
        return number_text(value)

    def setData(self, index: INDEX, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or self.read_only
            or index.column() == TOTAL
        ):
            return False
        row, column = index.row(), index.column()
        try:
            candidate = self.lines[row].with_value(column, value)
        except (ValueError, ArithmeticError):
            return False
        if candidate == self.lines[row]:
            return True
        self.undo_stack.push(_SetCell(self, row, column, value, self._edit_session))
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.lines):
                return str(section + 1)
            return None
        if not 0 <= section <= TOTAL:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltips.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = section in NUMERIC_COLUMNS or section == VAT
            horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None
