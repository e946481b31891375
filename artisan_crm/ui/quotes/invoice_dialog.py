"""One invoice: its lines, totals and payments; issue, record a payment, cancel, print."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.domain.enums import InvoiceKind, InvoiceStatus
from artisan_crm.domain.quotes import PaymentState
from artisan_crm.ui.quotes.common import (
    LATE_COLOUR,
    Column,
    RowsModel,
    ask,
    error_label,
    error_text,
    guarded,
    make_table,
    money,
    number_text,
    percent_text,
    set_error,
    short_date,
    tell,
)
from artisan_crm.ui.quotes.payment_dialog import PaymentDialog, method_label
from artisan_crm.ui.views.base import ViewContext, plain_label

log = logging.getLogger(__name__)


def _read(session: Any, invoice_id: int) -> Any:
    from artisan_crm.services.invoices import get_invoice

    return get_invoice(session, invoice_id)


def _issue(session: Any, invoice_id: int, version: int) -> Any:
    from artisan_crm.services.invoices import issue_invoice

    return issue_invoice(session, invoice_id, version=version)


def _cancel(session: Any, invoice_id: int, version: int, reason: str) -> Any:
    from artisan_crm.services.invoices import cancel_invoice

    return cancel_invoice(session, invoice_id, version=version, reason=reason)


def _delete(session: Any, invoice_id: int, version: int) -> None:
    from artisan_crm.services.invoices import delete_invoice

    delete_invoice(session, invoice_id, version=version)


def _delete_payment(session: Any, payment_id: int, version: int) -> Any:
    from artisan_crm.services.invoices import delete_payment

    return delete_payment(session, payment_id, version=version)


def state_text(state: PaymentState, days_late: int, label: str) -> str:
    """The payment state in the interface language (the service's label is French)."""
    from PySide6.QtCore import QCoreApplication

    texts = {
        PaymentState.DRAFT: QCoreApplication.translate("InvoiceState", "Draft"),
        PaymentState.UNPAID: QCoreApplication.translate("InvoiceState", "To be paid"),
        PaymentState.PARTIALLY_PAID: QCoreApplication.translate("InvoiceState", "Partly paid"),
        PaymentState.PAID: QCoreApplication.translate("InvoiceState", "Paid"),
        PaymentState.CANCELLED: QCoreApplication.translate(
            "InvoiceState", "Cancelled by credit note"
        ),
        PaymentState.CREDIT_NOTE: QCoreApplication.translate("InvoiceState", "Credit note"),
    }
    if state == PaymentState.OVERDUE:
        if days_late == 1:
            return QCoreApplication.translate("InvoiceState", "1 day late")
        return QCoreApplication.translate("InvoiceState", "{days} days late").format(days=days_late)
    return texts.get(state, label)


def kind_text(kind: InvoiceKind) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        InvoiceKind.STANDARD: QCoreApplication.translate("InvoiceState", "Invoice"),
        InvoiceKind.DEPOSIT: QCoreApplication.translate("InvoiceState", "Deposit invoice"),
        InvoiceKind.FINAL: QCoreApplication.translate("InvoiceState", "Final invoice"),
        InvoiceKind.CREDIT_NOTE: QCoreApplication.translate("InvoiceState", "Credit note"),
    }[InvoiceKind(kind)]


class InvoiceDialog(QDialog):
    """Signals:
    sig_loaded(object): the ``InvoiceView`` on screen (after a load or an action).
    """

    sig_loaded = Signal(object)

    def __init__(self, context: ViewContext, invoice_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.invoice_id = invoice_id
        self.invoice: Any = None
        self.last_box: Any = None
        self.preview_dialog: Any = None
        self.payment_dialog: PaymentDialog | None = None
        self.setObjectName("invoiceDialog")
        self.setWindowTitle(self.tr("Invoice"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.heading = plain_label(self.tr("Invoice"), self, object_name="dialogTitle")
        self.heading.setWordWrap(False)
        self.state_label = plain_label("", self, object_name="invoiceState")
        self.state_label.setWordWrap(False)
        self.facts = QFormLayout()
        self.client_value = plain_label("", self)
        self.title_value = plain_label("", self)
        self.dates_value = plain_label("", self)
        self.reference_value = plain_label("", self)
        self.facts.addRow(self.tr("Client"), self.client_value)
        self.facts.addRow(self.tr("Subject"), self.title_value)
        self.facts.addRow(self.tr("Dates"), self.dates_value)
        self.facts.addRow(self.tr("Reference"), self.reference_value)

        self.lines_model: RowsModel[Any] = RowsModel(
            [
                Column(self.tr("Description"), lambda r: r.description),
                Column(self.tr("Qty"), lambda r: number_text(r.quantity), numeric=True),
                Column(self.tr("Unit"), lambda r: r.unit),
                Column(
                    self.tr("Unit price excl. VAT"), lambda r: money(r.unit_price), numeric=True
                ),
                Column(self.tr("VAT"), lambda r: percent_text(r.vat_rate), numeric=True),
                Column(self.tr("Total excl. VAT"), lambda r: money(r.excl_vat), numeric=True),
            ],
            self,
        )
        self.lines_table = make_table(self.lines_model, "invoiceLines")
        self.lines_table.setSortingEnabled(False)
        self.lines_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 70), (2, 80), (3, 140), (4, 80), (5, 130)):
            self.lines_table.setColumnWidth(column, width)

        self.totals = QGridLayout()
        self.totals.setHorizontalSpacing(24)
        self.total_values: dict[str, Any] = {}
        for row, (key, caption) in enumerate(
            (
                ("excl", self.tr("Total excl. VAT")),
                ("vat", self.tr("VAT")),
                ("incl", self.tr("Total incl. VAT")),
                ("paid", self.tr("Paid")),
                ("remaining", self.tr("Still due")),
            )
        ):
            value = plain_label("", self, object_name=f"invoice_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            value.setWordWrap(False)
            self.totals.addWidget(plain_label(caption, self), row, 0)
            self.totals.addWidget(value, row, 1)
            self.total_values[key] = value

        self.payments_model: RowsModel[Any] = RowsModel(
            [
                Column(self.tr("Date"), lambda p: short_date(p.paid_on), lambda p: p.paid_on),
                Column(
                    self.tr("Amount"), lambda p: money(p.amount), lambda p: p.amount, numeric=True
                ),
                Column(self.tr("Method"), lambda p: method_label(p.method)),
                Column(self.tr("Note"), lambda p: p.note),
            ],
            self,
        )
        self.payments_table = make_table(self.payments_model, "paymentsTable")
        self.payments_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch
        )
        self.payments_table.setMaximumHeight(150)
        self.payments_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons()
        )

        self.issue_button = QPushButton(self.tr("Issue the invoice"), self)
        self.issue_button.clicked.connect(self.issue)
        self.delete_button = QPushButton(self.tr("Delete the draft"), self)
        self.delete_button.clicked.connect(self.delete_draft)
        self.pay_button = QPushButton(self.tr("Record a payment…"), self)
        self.pay_button.clicked.connect(self.record_payment)
        self.delete_payment_button = QPushButton(self.tr("Remove the payment"), self)
        self.delete_payment_button.clicked.connect(self.delete_selected_payment)
        self.cancel_button = QPushButton(self.tr("Cancel by a credit note…"), self)
        self.cancel_button.clicked.connect(self.cancel_by_credit_note)
        self.preview_button = QPushButton(self.tr("Print preview"), self)
        self.preview_button.setToolTip(self.tr("Print preview (Ctrl+P)"))
        self.preview_button.clicked.connect(self.print_preview)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.pdf_button.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        print_action = QAction(self.tr("Print preview"), self)
        print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        print_action.triggered.connect(self.print_preview)
        self.addAction(print_action)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.error = error_label()

        actions = QHBoxLayout()
        for button in (self.issue_button, self.delete_button, self.pay_button, self.cancel_button):
            actions.addWidget(button)
        actions.addStretch(1)
        title_row = QHBoxLayout()
        title_row.addWidget(self.heading)
        title_row.addSpacing(16)
        title_row.addWidget(self.state_label, 1)
        middle = QHBoxLayout()
        middle.addLayout(self.facts, 3)
        middle.addSpacing(24)
        middle.addLayout(self.totals, 2)
        payments_row = QHBoxLayout()
        payments_row.addWidget(
            plain_label(self.tr("Payments received"), self, object_name="sectionTitle")
        )
        payments_row.addStretch(1)
        payments_row.addWidget(self.delete_payment_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.preview_button)
        bottom.addWidget(self.pdf_button)
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addLayout(title_row)
        layout.addLayout(actions)
        layout.addLayout(middle)
        layout.addWidget(self.lines_table, 1)
        layout.addLayout(payments_row)
        layout.addWidget(self.payments_table)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.resize(980, 700)
        self._update_buttons()

    @classmethod
    def open_invoice(
        cls, context: ViewContext, invoice_id: int, parent: QWidget | None = None
    ) -> InvoiceDialog:
        """Show the invoice (brought to the front when already open)."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, InvoiceDialog) and widget.invoice_id == invoice_id:
                widget.raise_()
                widget.activateWindow()
                return widget
        dialog = cls(context, invoice_id, parent)
        dialog.reload()
        dialog.show()
        return dialog

    # ---- Loading --------------------------------------------------------------------------

    def reload(self) -> None:
        self.context.tasks.run_read(
            _read,
            self.invoice_id,
            on_done=guarded(self, self.show_invoice),
            on_error=guarded(self, self._on_failed),
        )

    def show_invoice(self, invoice: Any) -> None:
        self.invoice = invoice
        self.invoice_id = invoice.id
        set_error(self.error, "")
        number = invoice.number or self.tr("draft")
        self.heading.setText(f"{kind_text(invoice.kind)} {number}")
        self.setWindowTitle(f"{kind_text(invoice.kind)} {number} – {invoice.client_name}")
        payment = invoice.payment
        self.state_label.setText(state_text(payment.state, payment.days_late, payment.label))
        colour = {
            PaymentState.OVERDUE: LATE_COLOUR.name(),
            PaymentState.PAID: "#2e7d32",
        }.get(payment.state, "#3d4f5c")
        self.state_label.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.client_value.setText(invoice.billed_name or invoice.client_name)
        self.title_value.setText(invoice.title)
        if invoice.issued_on:
            dates = self.tr("issued on {issued}, due on {due}").format(
                issued=short_date(invoice.issued_on), due=short_date(invoice.due_on)
            )
        else:
            dates = self.tr("not issued yet (no number)")
        self.dates_value.setText(dates)
        references = []
        if invoice.quote_number:
            references.append(self.tr("quote {number}").format(number=invoice.quote_number))
        if invoice.credit_note_for_number:
            references.append(
                self.tr("cancels invoice {number}").format(number=invoice.credit_note_for_number)
            )
        if invoice.cancelled_by:
            references.append(
                self.tr("cancelled by {numbers}").format(numbers=", ".join(invoice.cancelled_by))
            )
        self.reference_value.setText(" · ".join(references) or "—")
        self.lines_model.set_rows(invoice.lines)
        self.payments_model.set_rows(invoice.payments)
        totals = invoice.totals
        values = {
            "excl": money(totals.excl_vat),
            "vat": money(totals.vat),
            "incl": money(totals.incl_vat),
            "paid": money(payment.paid),
            "remaining": money(payment.remaining),
        }
        for key, text in values.items():
            self.total_values[key].setText(text)
        self._update_buttons()
        self.sig_loaded.emit(invoice)

    def _on_failed(self, exc: BaseException) -> None:
        set_error(self.error, error_text(exc))

    def _update_buttons(self) -> None:
        invoice = self.invoice
        draft = invoice is not None and invoice.status == InvoiceStatus.DRAFT
        issued = invoice is not None and invoice.status == InvoiceStatus.ISSUED
        credit = invoice is not None and invoice.kind == InvoiceKind.CREDIT_NOTE
        due = invoice is not None and invoice.payment.remaining > 0
        self.issue_button.setVisible(draft)
        self.delete_button.setVisible(draft)
        self.pay_button.setVisible(issued and not credit)
        self.pay_button.setEnabled(issued and not credit and due)
        self.cancel_button.setVisible(issued and not credit)
        has_payment = self.payments_table.currentIndex().isValid()
        self.delete_payment_button.setVisible(issued and not credit)
        self.delete_payment_button.setEnabled(has_payment)
        self.preview_button.setEnabled(invoice is not None)
        self.pdf_button.setEnabled(invoice is not None)

    # ---- Actions --------------------------------------------------------------------------

    def _write(self, fn: Any, *args: Any, after: Any = None) -> None:
        def done(result: Any) -> None:
            if after is not None:
                after(result)
            else:
                self.reload()

        self.context.tasks.run_write(
            fn, *args, on_done=guarded(self, done), on_error=guarded(self, self._on_action_failed)
        )

    def _on_action_failed(self, exc: BaseException) -> None:
        self.last_box = tell(self, self.tr("Invoice"), error_text(exc))
        self.reload()

    @Slot()
    def issue(self) -> None:
        if self.invoice is None:
            return
        self.last_box = ask(
            self,
            self.tr("Issue the invoice"),
            self.tr(
                "Issue this invoice today? It receives its final number and can no longer be "
                "changed (only cancelled by a credit note)."
            ),
            self.tr("Issue"),
            lambda: self._write(_issue, self.invoice.id, self.invoice.version),
            reject_text=self.tr("Back"),
        )

    @Slot()
    def delete_draft(self) -> None:
        if self.invoice is None:
            return
        self.last_box = ask(
            self,
            self.tr("Delete the draft"),
            self.tr("Delete this draft invoice?"),
            self.tr("Delete"),
            lambda: self._write(
                _delete, self.invoice.id, self.invoice.version, after=lambda _r: self._deleted()
            ),
            reject_text=self.tr("Back"),
            destructive=True,
        )

    def _deleted(self) -> None:
        self.invoice = None
        self.close()

    @Slot()
    def record_payment(self) -> None:
        if self.invoice is None:
            return
        dialog = PaymentDialog(self.context, self.invoice, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_recorded.connect(self.show_invoice)
        self.payment_dialog = dialog
        dialog.open()

    @Slot()
    def delete_selected_payment(self) -> None:
        index = self.payments_table.currentIndex()
        payment = self.payments_model.row_at(index.row()) if index.isValid() else None
        if payment is None:
            return
        self.last_box = ask(
            self,
            self.tr("Remove the payment"),
            self.tr("Remove the payment of {amount} of {day}?").format(
                amount=money(payment.amount), day=short_date(payment.paid_on)
            ),
            self.tr("Remove"),
            lambda: self._write(
                _delete_payment, payment.id, payment.version, after=self.show_invoice
            ),
            reject_text=self.tr("Back"),
            destructive=True,
        )

    @Slot()
    def cancel_by_credit_note(self) -> None:
        if self.invoice is None:
            return

        def confirmed() -> None:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Cancel by a credit note"),
                self.tr("Reason (printed on the credit note, optional):"),
            )
            if ok:
                self._write(
                    _cancel,
                    self.invoice.id,
                    self.invoice.version,
                    reason,
                    after=lambda credit: self._cancelled(credit),
                )

        self.last_box = ask(
            self,
            self.tr("Cancel by a credit note"),
            self.tr(
                "Cancel invoice {number}? A credit note of the same amount is issued today; "
                "this cannot be undone."
            ).format(number=self.invoice.display_number),
            self.tr("Issue the credit note"),
            confirmed,
            reject_text=self.tr("Back"),
            destructive=True,
        )

    def _cancelled(self, credit: Any) -> None:
        self.reload()
        self.credit_note_dialog = InvoiceDialog.open_invoice(
            self.context, credit.id, self.parentWidget()
        )

    # ---- Documents ------------------------------------------------------------------------

    @Slot()
    def print_preview(self) -> None:
        if self.invoice is None:
            return
        from artisan_crm.ui.quotes.printing import open_preview, read_invoice_document

        def show(document: Any) -> None:
            self.preview_dialog = open_preview(self, document)

        self.context.tasks.run_read(
            read_invoice_document,
            self.invoice.id,
            on_done=guarded(self, show),
            on_error=guarded(self, self._on_failed),
        )

    @Slot()
    def save_pdf(self) -> None:
        if self.invoice is None:
            return
        from artisan_crm.ui.quotes.printing import ask_pdf_path, read_invoice_document, write_pdf

        name = f"{self.invoice.number or self.tr('draft-invoice')}.pdf"

        def write(document: Any) -> None:
            path = ask_pdf_path(self, self.context.settings, name)
            if path is not None and write_pdf(self, document, path):
                self.last_pdf = path

        self.context.tasks.run_read(
            read_invoice_document,
            self.invoice.id,
            on_done=guarded(self, write),
            on_error=guarded(self, self._on_failed),
        )
