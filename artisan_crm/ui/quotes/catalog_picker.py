"""Inserting a line from the catalogue (labour rates, usual materials with their cost)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.services.quotes import QuoteLineDraft
from artisan_crm.ui.quotes.common import (
    SEARCH_DELAY_MS,
    Column,
    RowsModel,
    error_label,
    error_text,
    guarded,
    make_table,
    money,
    parse_decimal,
    percent_text,
    set_error,
)
from artisan_crm.ui.quotes.lines_model import kind_label
from artisan_crm.ui.views.base import ViewContext, plain_label


def _read_items(session: Any, search: str) -> list[Any]:
    from artisan_crm.services.catalog import list_catalog_items

    return list_catalog_items(session, search=search or None)


def _line_from(session: Any, item_id: int, quantity: Decimal) -> QuoteLineDraft:
    from artisan_crm.services.catalog import line_from_catalog

    return line_from_catalog(session, item_id, quantity)


class CatalogPickerDialog(QDialog):
    """Search the catalogue, give a quantity, insert the line.

    Signals:
        sig_loaded(int): the list shows this many items.
        sig_line_ready(object): the :class:`QuoteLineDraft` made from the chosen item.
    """

    sig_loaded = Signal(int)
    sig_line_ready = Signal(object)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("catalogPicker")
        self.setWindowTitle(self.tr("Insert from the catalogue"))
        self._loading = False
        self._again = False

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the catalogue…"))
        self.search.setClearButtonEnabled(True)
        self.model: RowsModel[Any] = RowsModel(
            [
                Column(self.tr("Type"), lambda r: kind_label(r.kind)),
                Column(self.tr("Description"), lambda r: r.description),
                Column(self.tr("Unit"), lambda r: r.unit),
                Column(
                    self.tr("Price excl. VAT"),
                    lambda r: money(r.unit_price),
                    lambda r: r.unit_price,
                    numeric=True,
                ),
                Column(
                    self.tr("Cost"),
                    lambda r: money(r.unit_cost),
                    lambda r: r.unit_cost,
                    numeric=True,
                ),
                Column(
                    self.tr("VAT"),
                    lambda r: percent_text(r.vat_rate),
                    lambda r: r.vat_rate,
                    numeric=True,
                ),
            ],
            self,
        )
        self.table = make_table(self.model, "catalogTable")
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.quantity = QLineEdit("1", self)
        self.quantity.setMaximumWidth(100)
        self.quantity_error = error_label()
        self.message = plain_label("", self)
        form = QFormLayout()
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow("", self.quantity_error)

        buttons = QDialogButtonBox(self)
        self.insert_button = buttons.addButton(
            self.tr("Insert"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(760, 480)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.refresh()

    def refresh(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.context.tasks.run_read(
            _read_items,
            self.search.text().strip(),
            on_done=guarded(self, self._on_loaded),
            on_error=guarded(self, self._on_failed),
        )

    def _on_loaded(self, items: list[Any]) -> None:
        self._loading = False
        self.model.set_rows(items)
        if items:
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.message.setText("" if items else self.tr("The catalogue has no matching item."))
        self.insert_button.setEnabled(bool(items))
        self.sig_loaded.emit(len(items))
        if self._again:
            self._again = False
            self.refresh()

    def _on_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.message.setText(error_text(exc))

    @Slot(QModelIndex)
    def _on_double_clicked(self, _index: QModelIndex) -> None:
        self.accept()

    def accept(self) -> None:
        index = self.table.currentIndex()
        item = self.model.row_at(index.row()) if index.isValid() else None
        if item is None:
            return
        quantity = parse_decimal(self.quantity.text())
        if quantity is None or quantity <= 0:
            set_error(self.quantity_error, self.tr("Give a quantity greater than zero."))
            self.quantity.setFocus()
            return
        set_error(self.quantity_error, "")
        self.context.tasks.run_read(
            _line_from,
            item.id,
            quantity,
            on_done=guarded(self, self._on_line),
            on_error=guarded(self, self._on_failed),
        )

    def _on_line(self, line: QuoteLineDraft) -> None:
        self.sig_line_ready.emit(line)
        super().accept()
