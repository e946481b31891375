"""The Invoices view: every invoice with what was paid and what is late; opens an invoice."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHeaderView, QPushButton, QWidget

from artisan_crm.domain.enums import InvoiceKind
from artisan_crm.domain.quotes import PaymentState
from artisan_crm.ui.quotes.common import (
    LATE_COLOUR,
    LIST_LIMIT,
    Column,
    ListPage,
    RowsModel,
    money,
    short_date,
)
from artisan_crm.ui.quotes.invoice_dialog import InvoiceDialog, kind_text, state_text
from artisan_crm.ui.views.base import ViewContext

PAID_COLOUR = QColor("#2e7d32")


@dataclass(frozen=True)
class InvoiceList:
    rows: list[Any]


def read_invoices(session: Any, state: str | None, search: str) -> InvoiceList:
    from artisan_crm.services.invoices import list_invoices

    wanted = PaymentState(state) if state else None
    return InvoiceList(
        list_invoices(session, state=wanted, search=search or None, limit=LIST_LIMIT)
    )


def _state_colour(row: Any) -> Any:
    if row.state == PaymentState.OVERDUE:
        return LATE_COLOUR
    if row.state == PaymentState.PAID:
        return PAID_COLOUR
    return None


class InvoicesView(ListPage):
    """Signals: see :class:`ListPage`."""

    view_id = "invoices"
    watched_tables = ("invoice", "invoice_line", "payment", "client")

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        model: RowsModel[Any] = RowsModel(
            [
                Column(
                    self.tr("Number"),
                    lambda r: r.number or self.tr("draft"),
                    lambda r: r.number or "",
                ),
                Column(self.tr("Type"), lambda r: kind_text(r.kind)),
                Column(self.tr("Client"), lambda r: r.client_name),
                Column(self.tr("Subject"), lambda r: r.title),
                Column(self.tr("Date"), lambda r: short_date(r.issued_on), lambda r: r.issued_on),
                Column(self.tr("Due"), lambda r: short_date(r.due_on), lambda r: r.due_on),
                Column(
                    self.tr("Total incl. VAT"),
                    lambda r: money(r.total_incl_vat),
                    lambda r: r.total_incl_vat,
                    numeric=True,
                ),
                Column(self.tr("Paid"), lambda r: money(r.paid), lambda r: r.paid, numeric=True),
                Column(
                    self.tr("Still due"),
                    lambda r: money(r.remaining) if r.remaining > 0 else "",
                    lambda r: r.remaining,
                    numeric=True,
                    colour=_state_colour,
                ),
                Column(
                    self.tr("State"),
                    lambda r: state_text(r.state, r.days_late, r.state_label),
                    lambda r: (r.state.value, r.days_late),
                    colour=_state_colour,
                ),
            ]
        )
        super().__init__(
            context,
            title=self.tr("Invoices"),
            subtitle=self.tr("What you invoiced and what you are still owed."),
            empty_text=self.tr(
                "No invoice yet. Your deposit and final invoices, made from your quotes, will "
                "appear here."
            ),
            search_placeholder=self.tr("Search: number, client, subject…"),
            model=model,
            parent=parent,
        )
        model.setParent(self)
        self.state_combo = QComboBox(self)
        self.state_combo.setObjectName("invoiceStateFilter")
        for state, text in (
            (None, self.tr("All invoices")),
            (PaymentState.UNPAID.value, self.tr("To be paid")),
            (PaymentState.PARTIALLY_PAID.value, self.tr("Partly paid")),
            (PaymentState.OVERDUE.value, self.tr("Late")),
            (PaymentState.PAID.value, self.tr("Paid invoices")),
            (PaymentState.DRAFT.value, self.tr("Drafts")),
            (PaymentState.CANCELLED.value, self.tr("Cancelled")),
            (PaymentState.CREDIT_NOTE.value, self.tr("Credit notes")),
        ):
            self.state_combo.addItem(text, state)
        self.state_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.filter_bar.addWidget(self.state_combo)
        self.filter_bar.addStretch(1)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setToolTip(self.tr("Open the selected invoice (Enter)"))
        self.open_button.clicked.connect(self._on_open_current)
        self.actions_bar.addWidget(self.open_button)
        self.actions_bar.addStretch(1)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (0, 115),
            (1, 120),
            (2, 170),
            (4, 82),
            (5, 82),
            (6, 95),
            (7, 90),
            (8, 95),
            (9, 150),
        ):
            self.table.setColumnWidth(column, width)
        self.sig_open_requested.connect(self.open_invoice)
        self.update_actions()

    def state_filter(self) -> str | None:
        return self.state_combo.currentData()

    def set_state_filter(self, state: PaymentState | None) -> None:
        index = self.state_combo.findData(state.value if state else None)
        self.state_combo.setCurrentIndex(max(0, index))

    def fetch_args(self) -> tuple[Any, ...]:
        return (self.state_filter(), self.search.text().strip())

    @staticmethod
    def fetch(session: Any, *args: Any) -> InvoiceList:
        return read_invoices(session, *args)

    def filtering(self) -> bool:
        return super().filtering() or self.state_filter() is not None

    def show_result(self, result: InvoiceList) -> None:
        self.model.set_rows(result.rows)
        receivable = [
            r
            for r in result.rows
            if r.kind != InvoiceKind.CREDIT_NOTE
            and r.remaining > 0
            and r.state not in (PaymentState.DRAFT, PaymentState.CANCELLED)
        ]
        due = sum((r.remaining for r in receivable), Decimal(0))
        late = sum((r.remaining for r in receivable if r.state == PaymentState.OVERDUE), Decimal(0))
        text = self.tr("{count} invoice(s) · still due {due}").format(
            count=len(result.rows), due=money(due)
        )
        if late:
            text += " · " + self.tr("{late} of it late").format(late=money(late))
        if len(result.rows) >= LIST_LIMIT:
            text += " · " + self.tr("only the {count} most recent are shown").format(
                count=LIST_LIMIT
            )
        self.status_text.setText(text)

    def update_actions(self) -> None:
        self.open_button.setEnabled(self.current_id() is not None)

    @Slot(int)
    def open_invoice(self, invoice_id: int) -> InvoiceDialog:
        self.dialog = InvoiceDialog.open_invoice(self.context, invoice_id, self.window())
        return self.dialog
