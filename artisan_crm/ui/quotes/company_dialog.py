"""Fichier ▸ Mon entreprise…: the identity printed on quotes and invoices, and the default terms."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.domain.errors import ConflictError, ValidationError
from artisan_crm.domain.money import VAT_RATES
from artisan_crm.ui.quotes.common import (
    amount_text,
    error_label,
    error_text,
    guarded,
    number_text,
    parse_decimal,
    percent_text,
    set_error,
)
from artisan_crm.ui.views.base import ViewContext, plain_label

LOGO_PREVIEW = QSize(220, 90)


def _read(session: Any) -> Any:
    from artisan_crm.services.company import get_company

    return get_company(session)


def _save(session: Any, draft: Any, version: int) -> Any:
    from artisan_crm.services.company import update_company

    return update_company(session, draft, version=version)


def company_action(context: ViewContext, parent: QWidget) -> QAction:
    """The "My company…" menu action (Fichier ▸ Mon entreprise…)."""
    action = QAction(QCoreApplication.translate("CompanyDialog", "My &company…"), parent)
    action.setObjectName("companyAction")

    def open_dialog() -> None:
        dialog = CompanyDialog(context, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action.triggered.connect(open_dialog)
    return action


class CompanyDialog(QDialog):
    """Identity, bank details, logo and default terms, with each field's French error.

    Signals:
        sig_loaded(object): the settings read from the database (``CompanyView``).
        sig_saved(object): the settings just saved.
    """

    sig_loaded = Signal(object)
    sig_saved = Signal(object)

    TEXT_FIELDS = (
        "name",
        "legal_form",
        "address_line1",
        "address_line2",
        "postcode",
        "city",
        "phone",
        "email",
        "siret",
        "vat_number",
        "iban",
        "bic",
    )

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.company: Any = None
        self.logo_png: bytes | None = None
        self.setObjectName("companyDialog")
        self.setWindowTitle(self.tr("My company"))

        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, Any] = {}
        placeholders = {
            "name": self.tr("e.g. Plomberie Martin"),
            "legal_form": self.tr("e.g. EI, EURL, SARL"),
            "siret": self.tr("14 digits"),
            "vat_number": self.tr("e.g. FR40303265045"),
            "iban": self.tr("FR76 …"),
            "bic": self.tr("8 or 11 characters"),
        }
        for name in self.TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"company_{name}")
            edit.setPlaceholderText(placeholders.get(name, ""))
            self.edits[name] = edit
        self.insurance = QPlainTextEdit(self)
        self.insurance.setObjectName("company_insurance_mention")
        self.insurance.setPlaceholderText(
            self.tr("Ten-year liability insurance: insurer, policy number, area covered")
        )
        self.insurance.setMaximumHeight(70)
        self.validity = QSpinBox(self)
        self.validity.setRange(1, 365)
        self.validity.setSuffix(self.tr(" days"))
        self.terms = QSpinBox(self)
        self.terms.setRange(0, 60)
        self.terms.setSuffix(self.tr(" days"))
        self.vat = QComboBox(self)
        for rate in VAT_RATES:
            self.vat.addItem(percent_text(rate), str(rate))
        self.deposit = QLineEdit(self)
        self.deposit.setMaximumWidth(90)
        self.hourly = QLineEdit(self)
        self.hourly.setMaximumWidth(120)
        for name in (
            *self.TEXT_FIELDS,
            "insurance_mention",
            "logo_png",
            "default_validity_days",
            "payment_terms_days",
            "default_vat_rate",
            "default_deposit_percent",
            "target_hourly_rate",
        ):
            self.errors[name] = error_label()

        self.logo_preview = plain_label("", self, object_name="logoPreview")
        self.logo_preview.setFixedSize(LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px dashed #b8c6d2; color: #5a6b78;")
        self.logo_button = QPushButton(self.tr("Choose a PNG image…"), self)
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_remove = QPushButton(self.tr("Remove the logo"), self)
        self.logo_remove.clicked.connect(self.remove_logo)

        identity = QFormLayout()
        self._row(identity, self.tr("Company name"), "name")
        self._row(identity, self.tr("Legal form"), "legal_form")
        self._row(identity, self.tr("Address"), "address_line1")
        self._row(identity, self.tr("Address (continued)"), "address_line2")
        town = QHBoxLayout()
        self.edits["postcode"].setMaximumWidth(90)
        town.addWidget(self.edits["postcode"])
        town.addWidget(self.edits["city"], 1)
        identity.addRow(self.tr("Postcode and town"), town)
        identity.addRow("", self.errors["postcode"])
        identity.addRow("", self.errors["city"])
        self._row(identity, self.tr("Phone"), "phone")
        self._row(identity, self.tr("Email"), "email")
        self._row(identity, self.tr("SIRET"), "siret")
        self._row(identity, self.tr("VAT number"), "vat_number")
        identity.addRow(self.tr("Insurance"), self.insurance)
        identity.addRow("", self.errors["insurance_mention"])

        bank = QFormLayout()
        self._row(bank, self.tr("IBAN"), "iban")
        self._row(bank, self.tr("BIC"), "bic")

        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.logo_button)
        logo_buttons.addWidget(self.logo_remove)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        logo_box = QVBoxLayout()
        logo_box.addLayout(logo_row)
        logo_box.addWidget(self.errors["logo_png"])

        defaults = QFormLayout()
        defaults.addRow(self.tr("Quotes valid for"), self.validity)
        defaults.addRow("", self.errors["default_validity_days"])
        defaults.addRow(self.tr("Payment terms"), self.terms)
        defaults.addRow("", self.errors["payment_terms_days"])
        defaults.addRow(self.tr("Default VAT rate"), self.vat)
        defaults.addRow("", self.errors["default_vat_rate"])
        deposit_row = QHBoxLayout()
        deposit_row.addWidget(self.deposit)
        deposit_row.addWidget(plain_label("%", self))
        deposit_row.addStretch(1)
        defaults.addRow(self.tr("Default deposit"), deposit_row)
        defaults.addRow("", self.errors["default_deposit_percent"])
        hourly_row = QHBoxLayout()
        hourly_row.addWidget(self.hourly)
        hourly_row.addWidget(plain_label(self.tr("€ excl. VAT per hour"), self))
        hourly_row.addStretch(1)
        defaults.addRow(self.tr("Target hourly rate"), hourly_row)
        defaults.addRow("", self.errors["target_hourly_rate"])

        content = QWidget(self)
        columns = QHBoxLayout(content)
        left = QVBoxLayout()
        left.addWidget(self._group(self.tr("Identity printed on your documents"), identity))
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._group(self.tr("Logo"), logo_box))
        right.addWidget(self._group(self.tr("Bank details (printed on invoices)"), bank))
        right.addWidget(self._group(self.tr("Default terms"), defaults))
        right.addStretch(1)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)

        self.general_error = error_label()
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.resize(1060, 600)
        self.reload()

    def _row(self, form: QFormLayout, caption: str, name: str) -> None:
        form.addRow(caption, self.edits[name])
        form.addRow("", self.errors[name])

    def _group(self, title: str, layout: Any) -> QGroupBox:
        box = QGroupBox(title, self)
        box.setLayout(layout)
        return box

    # ---- Loading --------------------------------------------------------------------------

    def reload(self) -> None:
        self.context.tasks.run_read(
            _read,
            on_done=guarded(self, self.show_company),
            on_error=guarded(self, self._on_failed),
        )

    def show_company(self, company: Any) -> None:
        self.company = company
        for name in self.TEXT_FIELDS:
            self.edits[name].setText(getattr(company, name) or "")
        self.insurance.setPlainText(company.insurance_mention or "")
        self.validity.setValue(int(company.default_validity_days))
        self.terms.setValue(int(company.payment_terms_days))
        position = next(
            (i for i, rate in enumerate(VAT_RATES) if rate == Decimal(company.default_vat_rate)),
            len(VAT_RATES) - 1,
        )
        self.vat.setCurrentIndex(position)
        self.deposit.setText(number_text(Decimal(company.default_deposit_percent)))
        self.hourly.setText(amount_text(Decimal(company.target_hourly_rate)))
        self.set_logo(company.logo_png)
        self.save_button.setEnabled(True)
        self.sig_loaded.emit(company)

    def _on_failed(self, exc: BaseException) -> None:
        set_error(self.general_error, error_text(exc))

    # ---- Logo -----------------------------------------------------------------------------

    def set_logo(self, data: bytes | None) -> None:
        self.logo_png = data
        set_error(self.errors["logo_png"], "")
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    LOGO_PREVIEW,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        self.logo_remove.setEnabled(data is not None)

    @Slot()
    def choose_logo(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), "", self.tr("PNG images (*.png)")
        )
        if chosen:
            self.load_logo_file(Path(chosen))

    def load_logo_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            set_error(
                self.errors["logo_png"],
                self.tr("The file could not be read: {error}").format(error=exc.strerror or exc),
            )
            return
        self.set_logo(data)

    @Slot()
    def remove_logo(self) -> None:
        self.set_logo(None)

    # ---- Saving ---------------------------------------------------------------------------

    def draft(self) -> tuple[Any, dict[str, str]]:
        from artisan_crm.services.company import CompanyDraft

        problems: dict[str, str] = {}
        values: dict[str, Any] = {name: self.edits[name].text() for name in self.TEXT_FIELDS}
        values["insurance_mention"] = self.insurance.toPlainText()
        values["logo_png"] = self.logo_png
        values["default_validity_days"] = self.validity.value()
        values["payment_terms_days"] = self.terms.value()
        values["default_vat_rate"] = Decimal(self.vat.currentData())
        for name, edit, message in (
            ("default_deposit_percent", self.deposit, self.tr("Type a percentage, e.g. 30.")),
            ("target_hourly_rate", self.hourly, self.tr("Type an amount, e.g. 45,00.")),
        ):
            value = parse_decimal(edit.text()) if edit.text().strip() else Decimal(0)
            if value is None:
                problems[name] = message
            values[name] = value
        base = self.company.draft() if self.company is not None else CompanyDraft()
        return dataclasses.replace(base, **values), problems

    def accept(self) -> None:
        if self.company is None:
            return
        for label in (*self.errors.values(), self.general_error):
            set_error(label, "")
        draft, problems = self.draft()
        if problems:
            self._show_problems(problems)
            return
        self.save_button.setEnabled(False)
        self.context.tasks.run_write(
            _save,
            draft,
            self.company.version,
            on_done=guarded(self, self._on_saved),
            on_error=guarded(self, self._on_save_failed),
        )

    def _on_saved(self, company: Any) -> None:
        self.company = company
        self.sig_saved.emit(company)
        super().accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._show_problems(exc.field_errors)
        elif isinstance(exc, ConflictError):
            set_error(
                self.general_error,
                self.tr(
                    "These settings were changed on another workstation meanwhile. Your "
                    "entries are still here: note them, then close and reopen this window."
                ),
            )
        else:
            set_error(self.general_error, error_text(exc))

    def _show_problems(self, problems: dict[str, str]) -> None:
        first = None
        for field, message in problems.items():
            set_error(self.errors.get(field, self.general_error), message)
            if first is None and field in self.edits:
                first = self.edits[field]
        if first is not None:
            first.setFocus()
