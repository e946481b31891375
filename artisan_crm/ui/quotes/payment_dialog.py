"""Recording a payment received: date, amount (what remains due, prefilled) and method."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.domain.enums import PaymentMethod
from artisan_crm.domain.errors import BusinessRuleError, ValidationError
from artisan_crm.ui.quotes.common import (
    amount_text,
    error_label,
    error_text,
    from_qdate,
    guarded,
    money,
    parse_decimal,
    set_error,
)
from artisan_crm.ui.views.base import ViewContext, plain_label


def method_label(method: PaymentMethod) -> str:
    labels = {
        PaymentMethod.TRANSFER: QCoreApplication.translate("Payments", "Bank transfer"),
        PaymentMethod.CHEQUE: QCoreApplication.translate("Payments", "Cheque"),
        PaymentMethod.CASH: QCoreApplication.translate("Payments", "Cash"),
        PaymentMethod.CARD: QCoreApplication.translate("Payments", "Card"),
        PaymentMethod.OTHER: QCoreApplication.translate("Payments", "Other"),
    }
    return labels[PaymentMethod(method)]


def _record(
    session: Any, invoice_id: int, paid_on: date, amount: Any, method: str, note: str
) -> Any:
    from artisan_crm.services.invoices import PaymentDraft, record_payment

    draft = PaymentDraft(paid_on=paid_on, amount=amount, method=PaymentMethod(method), note=note)
    return record_payment(session, invoice_id, draft)


class PaymentDialog(QDialog):
    """Enter a payment of an issued invoice; the service refuses more than what is due.

    Signals:
        sig_recorded(object): the ``InvoiceView`` with the new payment.
    """

    sig_recorded = Signal(object)

    def __init__(self, context: ViewContext, invoice: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.invoice = invoice
        self.setObjectName("paymentDialog")
        self.setWindowTitle(self.tr("Record a payment"))

        remaining = invoice.payment.remaining
        intro = self.tr("Invoice {number} – {client}\nTotal {total}, still due {due}").format(
            number=invoice.display_number,
            client=invoice.billed_name or invoice.client_name,
            total=money(invoice.totals.incl_vat),
            due=money(remaining),
        )
        self.paid_on = QDateEdit(QDate.currentDate(), self)
        self.paid_on.setCalendarPopup(True)
        self.amount = QLineEdit(amount_text(remaining), self)
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setMaximumWidth(160)
        self.amount.selectAll()
        self.method = QComboBox(self)
        for method in PaymentMethod:
            self.method.addItem(method_label(method), method.value)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Cheque number, bank reference…"))
        self.errors = {name: error_label() for name in ("paid_on", "amount", "method", "note")}
        self.general_error = error_label()

        form = QFormLayout()
        form.addRow(self.tr("Date"), self.paid_on)
        form.addRow("", self.errors["paid_on"])
        form.addRow(self.tr("Amount (€)"), self.amount)
        form.addRow("", self.errors["amount"])
        form.addRow(self.tr("Method"), self.method)
        form.addRow("", self.errors["method"])
        form.addRow(self.tr("Note"), self.note)

        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("Record the payment"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(intro, self, object_name="dialogText"))
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.setMinimumWidth(580)
        self.amount.setFocus()

    def accept(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            set_error(label, "")
        amount = parse_decimal(self.amount.text())
        if amount is None:
            set_error(self.errors["amount"], self.tr("Type the amount received, e.g. 250,00."))
            self.amount.setFocus()
            return
        self.ok_button.setEnabled(False)
        self.context.tasks.run_write(
            _record,
            self.invoice.id,
            from_qdate(self.paid_on.date()),
            amount,
            self.method.currentData(),
            self.note.text(),
            on_done=guarded(self, self._on_recorded),
            on_error=guarded(self, self._on_failed),
        )

    def _over_due(self) -> bool:
        amount = parse_decimal(self.amount.text())
        return amount is not None and amount > self.invoice.payment.remaining

    def _on_recorded(self, invoice: Any) -> None:
        self.sig_recorded.emit(invoice)
        super().accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            for field, message in exc.field_errors.items():
                set_error(self.errors.get(field, self.general_error), message)
        elif isinstance(exc, BusinessRuleError) and self._over_due():
            # The service's own words: "Le paiement (…) dépasse le reste à payer (…)".
            set_error(self.errors["amount"], str(exc))
            self.amount.setFocus()
            self.amount.selectAll()
        else:
            set_error(self.general_error, error_text(exc))
        self.adjustSize()  # room for the message under the field
