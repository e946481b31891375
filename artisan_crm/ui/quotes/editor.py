"""The quote editor: header, lines edited in place, live totals, status and documents.

Totals follow the typing through the pure :func:`checked_totals` (no database on a
keystroke). Saving, status changes, the job and the invoices go through the
background worker (``run_write``). A save refused because another workstation saved
the quote meanwhile keeps the user's edits on screen and lets them choose: reload,
keep editing, or save their version as a new quote.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.domain.enums import QuoteStatus
from artisan_crm.domain.errors import BusinessRuleError, ConflictError, ValidationError
from artisan_crm.domain.money import HUNDRED, ZERO, DocumentTotals
from artisan_crm.domain.quotes import STATUS_TIMESTAMP, status_age_text
from artisan_crm.services.quotes import QuoteDraft, QuoteLineDraft, QuoteView, checked_totals
from artisan_crm.ui.quotes import lines_model as lm
from artisan_crm.ui.quotes.common import (
    alive,
    ask,
    error_label,
    error_text,
    from_qdate,
    guarded,
    money,
    number_text,
    parse_decimal,
    percent_text,
    set_error,
    short_date,
    tell,
    to_qdate,
)
from artisan_crm.ui.quotes.delegates import (
    LiveTextDelegate,
    UnitDelegate,
    kind_delegate,
    vat_delegate,
)
from artisan_crm.ui.quotes.lines_model import EditLine, QuoteLinesModel
from artisan_crm.ui.views.base import ViewContext, plain_label

log = logging.getLogger(__name__)


# ---- Worker side --------------------------------------------------------------------------------


@dataclass(frozen=True)
class EditorData:
    quote: QuoteView | None
    company: Any
    client_id: int
    client_name: str
    addresses: tuple[Any, ...]


def read_editor_data(session: Any, quote_id: int | None, client_id: int | None) -> EditorData:
    from artisan_crm.services.clients import get_client
    from artisan_crm.services.company import get_company
    from artisan_crm.services.quotes import get_quote

    quote = get_quote(session, quote_id) if quote_id is not None else None
    cid = quote.client_id if quote is not None else client_id
    assert cid is not None
    client = get_client(session, cid)
    # Site addresses first: a quote is usually for a job site.
    addresses = sorted(client.addresses, key=lambda a: (a.kind != "site", a.id))
    return EditorData(quote, get_company(session), cid, client.display_name, tuple(addresses))


def _save(session: Any, quote_id: int | None, draft: QuoteDraft, version: int) -> QuoteView:
    from artisan_crm.services.quotes import create_quote, update_quote

    if quote_id is None:
        return create_quote(session, draft)
    return update_quote(session, quote_id, draft, version=version)


def _change_status(session: Any, quote_id: int, target: str, version: int) -> QuoteView:
    from artisan_crm.services.quotes import change_quote_status

    return change_quote_status(session, quote_id, QuoteStatus(target), version=version)


def _duplicate(session: Any, quote_id: int) -> QuoteView:
    from artisan_crm.services.quotes import duplicate_quote

    return duplicate_quote(session, quote_id)


def _deposit_invoice(session: Any, quote_id: int) -> Any:
    from artisan_crm.services.invoices import create_deposit_invoice

    return create_deposit_invoice(session, quote_id)


def _final_invoice(session: Any, quote_id: int) -> Any:
    from artisan_crm.services.invoices import create_final_invoice

    return create_final_invoice(session, quote_id=quote_id)


# ---- Totals panel -------------------------------------------------------------------------------


class TotalsPanel(QFrame):
    """Total excl. VAT, VAT per rate, total incl. VAT, deposit, material cost, margin."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totalsPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#totalsPanel { background: #f3f6f9; border: 1px solid #d5dee6;"
            " border-radius: 8px; }"
        )
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(16, 10, 16, 10)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(3)
        #: what each row shows, for tests and accessibility: key -> text
        self.values: dict[str, str] = {}
        self.note = plain_label("", self, object_name="totalsNote")
        self.note.setStyleSheet("color: #b3261e;")
        self.setMinimumWidth(330)

    def show_totals(
        self,
        totals: DocumentTotals,
        material: Decimal,
        deposit_percent: Decimal,
        note: str = "",
    ) -> None:
        rows: list[tuple[str, str, str, bool]] = [
            ("excl", self.tr("Total excl. VAT"), money(totals.excl_vat), False)
        ]
        for vat_row in totals.vat_breakdown:
            rows.append(
                (
                    f"vat:{number_text(vat_row.rate)}",
                    self.tr("VAT {rate} on {base}").format(
                        rate=percent_text(vat_row.rate), base=money(vat_row.base)
                    ),
                    money(vat_row.vat),
                    False,
                )
            )
        if not totals.vat_breakdown:
            rows.append(("vat", self.tr("VAT"), money(ZERO), False))
        rows.append(("incl", self.tr("Total incl. VAT"), money(totals.incl_vat), True))
        rows.append(
            (
                "deposit",
                self.tr("Deposit ({percent})").format(percent=percent_text(deposit_percent)),
                money(totals.deposit),
                False,
            )
        )
        rows.append(("material", self.tr("Material cost"), money(material), False))
        margin = totals.excl_vat - material
        rows.append(("margin", self.tr("Margin"), money(margin), False))
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.note:
                widget.deleteLater()
        self.values = {}
        for position, (key, caption, value, strong) in enumerate(rows):
            left = plain_label(caption, self)
            left.setWordWrap(False)
            right = plain_label(value, self, object_name=f"total_{key}")
            right.setWordWrap(False)
            right.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if strong:
                font = QFont(right.font())
                font.setBold(True)
                font.setPointSizeF(font.pointSizeF() * 1.15)
                left.setFont(font)
                right.setFont(font)
            if key == "margin" and margin < 0:
                right.setStyleSheet("color: #b3261e;")
            self.grid.addWidget(left, position, 0)
            self.grid.addWidget(right, position, 1)
            self.values[key] = value
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.grid.addWidget(self.note, len(rows), 0, 1, 2)


# ---- The editor ---------------------------------------------------------------------------------


class QuoteEditor(QDialog):
    """Writes one quote. Non-modal: several quotes may be open side by side.

    Signals:
        sig_loaded(object): the quote (``QuoteView`` or None for a new one) is on screen.
        sig_saved(object): the ``QuoteView`` just saved or moved to a new status.
        sig_totals_changed(object): the live ``DocumentTotals`` of the valid lines.
        sig_invoice_created(object): a deposit or final invoice draft (``InvoiceView``).
        sig_job_created(object): the job made from the quote (``JobView``).
        sig_quote_opened(int): another quote (a duplicate) should be opened.
    """

    sig_loaded = Signal(object)
    sig_saved = Signal(object)
    sig_totals_changed = Signal(object)
    sig_invoice_created = Signal(object)
    sig_job_created = Signal(object)
    sig_quote_opened = Signal(int)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("quoteEditor")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowMinimizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.quote: QuoteView | None = None
        self.company: Any = None
        self.client_id: int | None = None
        #: (deposit %, validity days) suggested by the quote guard for a new quote
        self.suggested_terms: tuple[Decimal | None, int | None] = (None, None)
        self._guard_passed = False
        self.client_name = ""
        self.addresses: tuple[Any, ...] = ()
        self.loaded = False
        self.saving = False
        self.current_totals: DocumentTotals | None = None
        self.current_material = ZERO
        self.last_box: QMessageBox | None = None
        self.conflict_box: QMessageBox | None = None
        self.preview_dialog: Any = None
        self._saved_key: Any = None
        self._discarding = False
        self._after_save: list[Any] = []

        self.undo_stack = QUndoStack(self)
        self.lines_model = QuoteLinesModel(self.undo_stack, self)
        self._build()
        self.lines_model.sig_lines_changed.connect(self._on_lines_changed)
        self.undo_stack.cleanChanged.connect(self._on_field_changed)
        self.resize(1180, 820)
        self._set_enabled(False)

    # ---- Building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = plain_label(self.tr("New quote"), self, object_name="dialogTitle")
        self.heading.setWordWrap(False)
        self.status_label = plain_label("", self, object_name="quoteStatus")
        self.status_label.setWordWrap(False)
        self.banner = plain_label("", self, object_name="readOnlyBanner")
        self.banner.setStyleSheet(
            "background: #fff4d6; border: 1px solid #e6c66b; border-radius: 6px; padding: 6px;"
        )
        self.banner.hide()

        # Status and follow-up actions
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setToolTip(
            self.tr("Mark the quote as sent to the client (it can no longer be changed)")
        )
        self.accept_button = QPushButton(self.tr("Accepted"), self)
        self.refuse_button = QPushButton(self.tr("Refused"), self)
        self.cancel_quote_button = QPushButton(self.tr("Cancel the quote"), self)
        self.duplicate_button = QPushButton(self.tr("Duplicate"), self)
        self.job_button = QPushButton(self.tr("Create the job…"), self)
        self.deposit_button = QPushButton(self.tr("Deposit invoice"), self)
        self.final_button = QPushButton(self.tr("Final invoice"), self)
        self.send_button.clicked.connect(lambda: self.change_status(QuoteStatus.SENT))
        self.accept_button.clicked.connect(lambda: self.change_status(QuoteStatus.ACCEPTED))
        self.refuse_button.clicked.connect(lambda: self.change_status(QuoteStatus.REFUSED))
        self.cancel_quote_button.clicked.connect(lambda: self.change_status(QuoteStatus.CANCELLED))
        self.duplicate_button.clicked.connect(self.duplicate)
        self.job_button.clicked.connect(self.create_job)
        self.deposit_button.clicked.connect(self.create_deposit_invoice)
        self.final_button.clicked.connect(self.create_final_invoice)
        self.status_buttons = {
            QuoteStatus.SENT: self.send_button,
            QuoteStatus.ACCEPTED: self.accept_button,
            QuoteStatus.REFUSED: self.refuse_button,
            QuoteStatus.CANCELLED: self.cancel_quote_button,
        }
        actions = QHBoxLayout()
        actions.setSpacing(6)
        for button in (
            self.send_button,
            self.accept_button,
            self.refuse_button,
            self.cancel_quote_button,
            self.duplicate_button,
            self.job_button,
            self.deposit_button,
            self.final_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)

        title_row = QHBoxLayout()
        title_row.addWidget(self.heading)
        title_row.addSpacing(16)
        title_row.addWidget(self.status_label, 1)

        # Header fields
        self.client_label = plain_label("", self, object_name="clientName")
        self.client_label.setWordWrap(False)
        self.client_button = QPushButton(self.tr("Change…"), self)
        self.client_button.clicked.connect(self.choose_client)
        client_row = QHBoxLayout()
        client_row.addWidget(self.client_label, 1)
        client_row.addWidget(self.client_button)
        self.site_combo = QComboBox(self)
        self.site_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.site_combo.setMinimumContentsLength(24)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("e.g. Bathroom renovation"))
        self.issued_label = plain_label("", self)
        self.valid_until = QDateEdit(self)
        self.valid_until.setCalendarPopup(True)
        self.deposit_edit = QLineEdit(self)
        self.deposit_edit.setMaximumWidth(90)
        self.deposit_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        deposit_row = QHBoxLayout()
        deposit_row.addWidget(self.deposit_edit)
        deposit_row.addWidget(plain_label("%", self))
        deposit_row.addStretch(1)
        self.field_errors = {
            name: error_label()
            for name in ("client_id", "title", "valid_until", "deposit_percent", "issued_on")
        }

        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        left.addRow(self.tr("Client"), client_row)
        left.addRow("", self.field_errors["client_id"])
        left.addRow(self.tr("Site address"), self.site_combo)
        left.addRow(self.tr("Subject"), self.title_edit)
        left.addRow("", self.field_errors["title"])
        right = QFormLayout()
        right.addRow(self.tr("Date"), self.issued_label)
        right.addRow("", self.field_errors["issued_on"])
        right.addRow(self.tr("Valid until"), self.valid_until)
        right.addRow("", self.field_errors["valid_until"])
        right.addRow(self.tr("Deposit"), deposit_row)
        right.addRow("", self.field_errors["deposit_percent"])
        header = QHBoxLayout()
        header.addLayout(left, 3)
        header.addSpacing(24)
        header.addLayout(right, 2)

        # Lines
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Y"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)

        self.add_line_button = self._line_button(self.tr("Add a line"), "Ctrl+L", self.add_line)
        self.catalog_button = self._line_button(
            self.tr("From the catalogue…"), "Ctrl+K", self.insert_from_catalog
        )
        self.up_button = self._line_button(self.tr("Up"), "Alt+Up", lambda: self.move_line(-1))
        self.down_button = self._line_button(self.tr("Down"), "Alt+Down", lambda: self.move_line(1))
        self.duplicate_line_button = self._line_button(
            self.tr("Duplicate the line"), "Ctrl+D", self.duplicate_line
        )
        self.delete_line_button = self._line_button(
            self.tr("Delete the line"), "Ctrl+Del", self.delete_line
        )
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setToolTip(self.tr("Undo the last change of the lines (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button = QPushButton(self.tr("Redo"), self)
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Y)"))
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        line_tools = QHBoxLayout()
        line_tools.setSpacing(6)
        for button in (
            self.add_line_button,
            self.catalog_button,
            self.up_button,
            self.down_button,
            self.duplicate_line_button,
            self.delete_line_button,
        ):
            line_tools.addWidget(button)
        line_tools.addStretch(1)
        line_tools.addWidget(self.undo_button)
        line_tools.addWidget(self.redo_button)

        self.table = QTableView(self)
        self.table.setObjectName("quoteLines")
        self.table.setModel(self.lines_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(30)
        # Fixed row heights: Qt then does not ask every row's header on each keystroke.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._delegates = [
            (lm.KIND, kind_delegate(self.table)),
            (lm.VAT, vat_delegate(self.table)),
            (lm.UNIT, UnitDelegate(self.table)),
        ]
        live = LiveTextDelegate(self.table)
        for column in (lm.DESCRIPTION, lm.QUANTITY, lm.UNIT_PRICE, lm.DISCOUNT, lm.UNIT_COST):
            self._delegates.append((column, live))
        for column, delegate in self._delegates:
            self.table.setItemDelegateForColumn(column, delegate)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header_view.setSectionResizeMode(lm.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        widths = {
            lm.KIND: 120,
            lm.QUANTITY: 70,
            lm.UNIT: 80,
            lm.UNIT_PRICE: 130,
            lm.VAT: 80,
            lm.DISCOUNT: 80,
            lm.UNIT_COST: 100,
            lm.TOTAL: 120,
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentChanged.connect(self._on_current_cell_changed)
        self.lines_error = error_label("linesError")

        # Notes and totals
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setPlaceholderText(
            self.tr("Notes printed on the quote (conditions, access to the site…)")
        )
        self.notes_edit.setMaximumHeight(110)
        self.totals_panel = TotalsPanel(self)
        bottom = QHBoxLayout()
        notes_box = QVBoxLayout()
        notes_box.addWidget(plain_label(self.tr("Notes"), self))
        notes_box.addWidget(self.notes_edit)
        bottom.addLayout(notes_box, 3)
        bottom.addSpacing(16)
        bottom.addWidget(self.totals_panel, 2, Qt.AlignmentFlag.AlignTop)

        # Documents and saving
        self.preview_button = QPushButton(self.tr("Print preview"), self)
        self.preview_button.setToolTip(self.tr("Print preview (Ctrl+P)"))
        self.preview_button.clicked.connect(self.print_preview)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(lambda: self.save())
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        self.general_error = error_label("generalError")
        self.save_state = plain_label("", self, object_name="saveState")
        self.save_state.setWordWrap(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_state)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)

        for text, keys, slot in (
            (self.tr("Save"), QKeySequence.StandardKey.Save, lambda: self.save()),
            (self.tr("Print preview"), QKeySequence.StandardKey.Print, self.print_preview),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        layout.addLayout(title_row)
        layout.addLayout(actions)
        layout.addWidget(self.banner)
        layout.addLayout(header)
        layout.addLayout(line_tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.lines_error)
        layout.addLayout(bottom)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)

        for signal in (
            self.title_edit.textChanged,
            self.deposit_edit.textChanged,
            self.notes_edit.textChanged,
            self.valid_until.dateChanged,
            self.site_combo.currentIndexChanged,
        ):
            signal.connect(self._on_field_changed)
        self.deposit_edit.textChanged.connect(self._on_deposit_changed)

    # Bound methods, not lambdas: Qt drops them when the editor is deleted (the undo
    # stack still signals while it is destroyed).
    def _on_field_changed(self, *_args: Any) -> None:
        self._update_modified()

    def _on_deposit_changed(self, *_args: Any) -> None:
        self._update_totals()

    def _on_current_cell_changed(self, *_args: Any) -> None:
        self._update_line_buttons()

    def _line_button(self, text: str, keys: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(
            f"{text} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        button.clicked.connect(slot)
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.addAction(action)
        return button

    # ---- Opening --------------------------------------------------------------------------

    def load(self, quote_id: int | None = None, client_id: int | None = None) -> None:
        """Read the quote (or, for a new one, the client) on the worker, then show it."""
        self.context.tasks.run_read(
            read_editor_data,
            quote_id,
            client_id,
            on_done=guarded(self, self._on_data),
            on_error=guarded(self, self._on_load_failed),
        )

    def _on_data(self, data: EditorData) -> None:
        self.company = data.company
        self.client_id = data.client_id
        self.client_name = data.client_name
        self.addresses = data.addresses
        self.lines_model.default_vat_rate = Decimal(data.company.default_vat_rate)
        self._fill_sites(data.quote.site_address_id if data.quote else None)
        if data.quote is not None:
            self.show_quote(data.quote)
        else:
            self._show_new()
        self.loaded = True
        self._set_enabled(True)
        self.sig_loaded.emit(data.quote)

    def _on_load_failed(self, exc: BaseException) -> None:
        log.warning("quote editor: loading failed: %s", exc)
        self.heading.setText(self.tr("Quote"))
        set_error(self.general_error, error_text(exc))

    def _fill_sites(self, selected: int | None) -> None:
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        self.site_combo.addItem(self.tr("No site address (billing address)"), None)
        for address in self.addresses:
            self.site_combo.addItem(address.one_line, address.id)
        self.site_combo.setCurrentIndex(max(0, self.site_combo.findData(selected)))
        self.site_combo.blockSignals(False)

    def _show_new(self) -> None:
        company = self.company
        today = date.today()
        self.quote = None
        self.client_label.setText(self.client_name)
        self.title_edit.setText("")
        self.issued_label.setText(short_date(today))
        deposit, validity_days = self.suggested_terms
        if validity_days is None:
            validity_days = company.default_validity_days
        self.valid_until.setDate(to_qdate(today + timedelta(days=validity_days)))
        if deposit is None:
            deposit = Decimal(company.default_deposit_percent)
        self.deposit_edit.setText(number_text(deposit))
        self.notes_edit.setPlainText("")
        self.lines_model.set_lines([EditLine(vat_rate=Decimal(company.default_vat_rate))])
        self._apply_status()
        self._saved_key = None  # never saved: always "modified"
        self._update_modified()
        self.title_edit.setFocus()

    def show_quote(self, quote: QuoteView) -> None:
        """Put ``quote`` on screen (a load or a reload: the undo history is cleared)."""
        self.quote = quote
        self.client_id = quote.client_id
        self.client_name = quote.client_name
        self.client_label.setText(quote.client_name)
        position = self.site_combo.findData(quote.site_address_id)
        self.site_combo.setCurrentIndex(max(0, position))
        self.title_edit.setText(quote.title)
        self.issued_label.setText(short_date(quote.issued_on))
        if quote.valid_until is not None:
            self.valid_until.setDate(to_qdate(quote.valid_until))
        self.deposit_edit.setText(number_text(quote.deposit_percent))
        self.notes_edit.setPlainText(quote.notes)
        default_vat = self.lines_model.default_vat_rate
        self.lines_model.set_lines([EditLine.from_draft(line, default_vat) for line in quote.lines])
        self._apply_status()
        self._mark_saved()

    def _apply_status(self) -> None:
        quote = self.quote
        editable = quote is None or quote.is_editable
        if quote is None:
            self.heading.setText(self.tr("New quote"))
            self.status_label.setText(self.tr("Draft – not saved yet"))
            self.setWindowTitle(self.tr("New quote – {client}[*]").format(client=self.client_name))
        else:
            self.heading.setText(self.tr("Quote {number}").format(number=quote.number))
            self.status_label.setText(f"{quote.status_label} · {self._age_text(quote)}")
            self.setWindowTitle(
                self.tr("Quote {number} – {client}[*]").format(
                    number=quote.number, client=quote.client_name
                )
            )
        self.lines_model.set_read_only(not editable)
        for text_widget in (self.title_edit, self.deposit_edit, self.notes_edit):
            text_widget.setReadOnly(not editable)
        for widget in (
            self.valid_until,
            self.site_combo,
            self.client_button,
            self.add_line_button,
            self.catalog_button,
            self.save_button,
        ):
            widget.setEnabled(editable)
        self.undo_action.setEnabled(editable)
        self.redo_action.setEnabled(editable)
        self.undo_button.setVisible(editable)
        self.redo_button.setVisible(editable)
        if editable:
            self.banner.hide()
        else:
            assert quote is not None
            self.banner.setText(
                self.tr(
                    "This quote is “{status}”: it can no longer be changed. Duplicate it to "
                    "make a new draft."
                ).format(status=quote.status_label.lower())
            )
            self.banner.show()
        allowed = quote.allowed_transitions if quote is not None else frozenset({QuoteStatus.SENT})
        for target, button in self.status_buttons.items():
            button.setVisible(target in allowed)
        if quote is not None and quote.status == QuoteStatus.DRAFT:
            self.cancel_quote_button.setVisible(True)
        accepted = quote is not None and quote.status == QuoteStatus.ACCEPTED
        self.duplicate_button.setVisible(quote is not None)
        self.job_button.setVisible(accepted and quote is not None and quote.job_id is None)
        self.deposit_button.setVisible(accepted and quote is not None and quote.deposit_percent > 0)
        self.final_button.setVisible(accepted)
        self.pdf_button.setEnabled(True)
        self._update_line_buttons()

    def _age_text(self, quote: QuoteView) -> str:
        from artisan_crm.services.quotes import local_date

        column = STATUS_TIMESTAMP.get(quote.status)
        moment = getattr(quote, column) if column else None
        since = local_date(moment or quote.created_at)
        return status_age_text(quote.status, since, date.today())

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.table, self.title_edit, self.notes_edit, self.deposit_edit):
            widget.setEnabled(enabled)

    # ---- State ----------------------------------------------------------------------------

    @property
    def is_editable(self) -> bool:
        return self.loaded and (self.quote is None or self.quote.is_editable)

    def _key(self) -> Any:
        return (
            self.client_id,
            self.site_combo.currentData(),
            self.title_edit.text(),
            self.valid_until.date().toString(Qt.DateFormat.ISODate),
            self.deposit_edit.text(),
            self.notes_edit.toPlainText(),
            tuple(self.lines_model.lines),
        )

    def is_dirty(self) -> bool:
        return self.loaded and self.is_editable and self._key() != self._saved_key

    def _mark_saved(self, key: Any = None) -> None:
        self._saved_key = self._key() if key is None else key
        if key is None or key == self._key():
            self.undo_stack.setClean()
        self._update_modified()

    def _update_modified(self) -> None:
        if not alive(self):
            return
        dirty = self.is_dirty()
        self.setWindowModified(dirty)
        if not self.loaded:
            return
        if self.quote is None:
            self.save_state.setText(self.tr("Not saved yet"))
        elif dirty:
            self.save_state.setText(self.tr("Unsaved changes"))
        elif self.is_editable:
            self.save_state.setText(self.tr("Saved"))
        else:
            self.save_state.setText("")

    # ---- Lines ----------------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _update_line_buttons(self) -> None:
        row = self.current_row()
        editable = self.is_editable or (self.quote is None)
        count = self.lines_model.rowCount()
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)
        self.duplicate_line_button.setEnabled(editable and row >= 0)
        self.delete_line_button.setEnabled(editable and row >= 0)

    def _focus_cell(self, row: int, column: int = lm.DESCRIPTION, *, edit: bool = False) -> None:
        index = self.lines_model.index(row, column)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()
        if edit:
            self.table.edit(index)

    @Slot()
    def add_line(self) -> None:
        if not self.is_editable:
            return
        row = self.lines_model.add_line(
            row=self.current_row() + 1 if self.current_row() >= 0 else None
        )
        self._focus_cell(row, lm.DESCRIPTION, edit=True)

    @Slot()
    def insert_from_catalog(self) -> None:
        if not self.is_editable:
            return
        from artisan_crm.ui.quotes.catalog_picker import CatalogPickerDialog

        dialog = CatalogPickerDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_line_ready.connect(self.insert_catalog_line)
        self.catalog_dialog = dialog
        dialog.open()

    @Slot(object)
    def insert_catalog_line(self, line: QuoteLineDraft) -> None:
        row = self.current_row() + 1 if self.current_row() >= 0 else self.lines_model.rowCount()
        # A new quote starts with one empty line: the catalogue line takes its place.
        lines = self.lines_model.lines
        if len(lines) == 1 and not lines[0].description and not lines[0].unit_price:
            self.lines_model.remove_line(0)
            row = 0
        edit_line = EditLine.from_draft(line, self.lines_model.default_vat_rate)
        self.lines_model.insert_lines(row, [edit_line], self.tr("Insert from the catalogue"))
        self._focus_cell(row, lm.QUANTITY)

    def move_line(self, step: int) -> None:
        row = self.current_row()
        if not self.is_editable or row < 0:
            return
        column = max(0, self.table.currentIndex().column())
        if self.lines_model.move_line(row, row + step):
            self._focus_cell(row + step, column)

    @Slot()
    def duplicate_line(self) -> None:
        row = self.current_row()
        if self.is_editable and row >= 0:
            self.lines_model.duplicate_line(row)
            self._focus_cell(row + 1)

    @Slot()
    def delete_line(self) -> None:
        row = self.current_row()
        if self.is_editable and row >= 0:
            column = max(0, self.table.currentIndex().column())
            self.lines_model.remove_line(row)
            if self.lines_model.rowCount():
                self._focus_cell(min(row, self.lines_model.rowCount() - 1), column)

    @Slot()
    def _on_lines_changed(self) -> None:
        messages = self.lines_model.error_messages()
        set_error(self.lines_error, "\n".join(messages))
        self._update_totals()
        self._update_modified()
        self._update_line_buttons()

    def deposit_percent(self) -> Decimal | None:
        text = self.deposit_edit.text()
        if not text.strip():
            return ZERO
        value = parse_decimal(text)
        if value is None or not ZERO <= value <= HUNDRED:
            return None
        return value

    def _update_totals(self) -> None:
        deposit = self.deposit_percent()
        if deposit is None:
            set_error(
                self.field_errors["deposit_percent"],
                self.tr("The deposit is a percentage between 0 and 100 (e.g. 30)."),
            )
        else:
            set_error(self.field_errors["deposit_percent"], "")
        # The lines were checked once by the model on this keystroke: no second pass.
        totals, material = checked_totals(self.lines_model.valid_checked, deposit or ZERO)
        self.current_totals = totals
        self.current_material = material
        note = ""
        if self.lines_model.errors:
            note = self.tr("Lines with an error are not counted.")
        self.totals_panel.show_totals(totals, material, deposit or ZERO, note)
        self.sig_totals_changed.emit(totals)

    # ---- Client ---------------------------------------------------------------------------

    @Slot()
    def choose_client(self) -> None:
        from artisan_crm.ui.quotes.client_picker import ClientPickerDialog

        picker = ClientPickerDialog(self.context, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.sig_client_chosen.connect(self._on_client_chosen)
        self.client_picker = picker
        picker.open()

    @Slot(int, str)
    def _on_client_chosen(self, client_id: int, _name: str) -> None:
        if client_id == self.client_id:
            return

        def loaded(data: EditorData) -> None:
            self.client_id = data.client_id
            self.client_name = data.client_name
            self.addresses = data.addresses
            self.client_label.setText(data.client_name)
            self._fill_sites(None)
            self._update_modified()

        self.context.tasks.run_read(
            read_editor_data,
            None,
            client_id,
            on_done=guarded(self, loaded),
            on_error=guarded(self, self._on_action_failed),
        )

    # ---- Saving ---------------------------------------------------------------------------

    def draft(self) -> tuple[QuoteDraft | None, dict[str, str]]:
        """The quote as typed, or the French problems that prevent saving it."""
        problems: dict[str, str] = {}
        deposit = self.deposit_percent()
        if deposit is None:
            problems["deposit_percent"] = self.tr(
                "The deposit is a percentage between 0 and 100 (e.g. 30)."
            )
        if self.lines_model.errors:
            problems["lines"] = "\n".join(self.lines_model.error_messages())
        if self.client_id is None:
            problems["client_id"] = self.tr("Choose the client.")
        if problems:
            return None, problems
        assert self.client_id is not None
        return (
            QuoteDraft(
                client_id=self.client_id,
                title=self.title_edit.text(),
                lines=tuple(self.lines_model.drafts()),
                site_address_id=self.site_combo.currentData(),
                issued_on=self.quote.issued_on if self.quote else None,
                valid_until=from_qdate(self.valid_until.date()),
                deposit_percent=deposit,
                notes=self.notes_edit.toPlainText(),
            ),
            {},
        )

    def save(self, then: Any = None) -> bool:
        """Save through the worker; ``then()`` runs after a successful save."""
        if not self.is_editable or self.saving:
            return False
        self._clear_errors()
        draft, problems = self.draft()
        if draft is None:
            self._show_problems(problems)
            return False
        self.saving = True
        self.save_button.setEnabled(False)
        self.save_state.setText(self.tr("Saving…"))
        key = self._key()
        self.context.tasks.run_write(
            _save,
            self.quote.id if self.quote else None,
            draft,
            self.quote.version if self.quote else 0,
            on_done=guarded(self, lambda view: self._on_saved(view, key, then)),
            on_error=guarded(self, self._on_save_failed),
        )
        return True

    def _on_saved(self, view: QuoteView, key: Any, then: Any) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.quote = view
        self._apply_status()
        # What was typed while the save ran stays on screen (and stays "modified").
        self._mark_saved(key)
        self.sig_saved.emit(view)
        if then is not None:
            then()

    def _on_save_failed(self, exc: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self._update_modified()
        if isinstance(exc, ConflictError):
            self._show_conflict()
        elif isinstance(exc, ValidationError):
            self._show_problems(exc.field_errors)
        else:
            self._on_action_failed(exc)

    def _clear_errors(self) -> None:
        for label in self.field_errors.values():
            set_error(label, "")
        set_error(self.general_error, "")
        self._on_lines_changed()

    def _show_problems(self, problems: dict[str, str]) -> None:
        general = []
        for field, message in problems.items():
            if field in self.field_errors:
                set_error(self.field_errors[field], message)
            elif field.startswith("lines"):
                set_error(self.lines_error, message)
            elif field == "site_address_id":
                set_error(self.field_errors["client_id"], message)
            else:
                general.append(message)
        set_error(self.general_error, "\n".join(general))
        if "lines" in problems or any(f.startswith("lines[") for f in problems):
            index = self.lines_model.first_error_index()
            if index.isValid():
                self.table.setCurrentIndex(index)
                self.table.setFocus()
        elif "deposit_percent" in problems:
            self.deposit_edit.setFocus()
        elif "title" in problems:
            self.title_edit.setFocus()

    def _show_conflict(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("conflictBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Quote changed elsewhere"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "This quote was modified on another workstation since you opened it. Your "
                "changes were not saved: they are still on screen."
            )
        )
        box.setInformativeText(
            self.tr(
                "Reload to see the other version (your changes are then lost), keep your "
                "changes on screen, or save them as a new quote."
            )
        )
        reload_button = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.DestructiveRole)
        copy_button = box.addButton(
            self.tr("Save as a new quote"), QMessageBox.ButtonRole.ActionRole
        )
        keep_button = box.addButton(self.tr("Keep my changes"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep_button)
        box.setEscapeButton(keep_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished() -> None:
            clicked = box.clickedButton()
            if clicked is reload_button:
                self.reload()
            elif clicked is copy_button:
                self.save_as_new()

        box.finished.connect(finished)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.conflict_box = box
        set_error(
            self.general_error,
            self.tr("Not saved: this quote was modified on another workstation."),
        )
        box.open()

    def reload(self) -> None:
        """Read the quote again from the database (the edits on screen are dropped)."""
        if self.quote is None:
            return
        self._clear_errors()
        self.context.tasks.run_read(
            read_editor_data,
            self.quote.id,
            None,
            on_done=guarded(self, self._on_data),
            on_error=guarded(self, self._on_action_failed),
        )

    def save_as_new(self) -> None:
        """Save what is on screen as a new draft quote (after a conflict)."""
        draft, problems = self.draft()
        if draft is None:
            self._show_problems(problems)
            return
        draft = dataclasses.replace(draft, issued_on=None)
        self.context.tasks.run_write(
            _save,
            None,
            draft,
            0,
            on_done=guarded(self, self._on_saved_as_new),
            on_error=guarded(self, self._on_save_failed),
        )

    def _on_saved_as_new(self, view: QuoteView) -> None:
        set_error(self.general_error, "")
        self._mark_saved()  # the old quote is left as the other workstation saved it
        self._discarding = True
        self.sig_saved.emit(view)
        self.sig_quote_opened.emit(view.id)
        self.close()

    def _on_action_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ConflictError):
            self._show_conflict()
            return
        if not isinstance(exc, ValidationError | BusinessRuleError):
            log.error("quote editor action failed", exc_info=exc)
        self.last_box = tell(self, self.tr("Quote"), error_text(exc))

    # ---- Status and follow-up -------------------------------------------------------------

    def _when_saved(self, action: Any) -> None:
        """Run ``action`` on the saved quote (saving first when needed)."""
        if self.is_dirty() or self.quote is None:
            self.save(then=action)
        else:
            action()

    def change_status(self, target: QuoteStatus) -> None:
        texts = {
            QuoteStatus.SENT: (
                self.tr("Send the quote"),
                self.tr(
                    "Mark this quote as sent to the client? It can no longer be changed "
                    "afterwards (duplicate it to make a new version)."
                ),
                self.tr("Mark as sent"),
                False,
            ),
            QuoteStatus.ACCEPTED: (
                self.tr("Quote accepted"),
                self.tr("Record that the client accepted this quote?"),
                self.tr("Accepted"),
                False,
            ),
            QuoteStatus.REFUSED: (
                self.tr("Quote refused"),
                self.tr("Record that the client refused this quote? This cannot be undone."),
                self.tr("Refused"),
                True,
            ),
            QuoteStatus.CANCELLED: (
                self.tr("Cancel the quote"),
                self.tr("Cancel this quote? This cannot be undone."),
                self.tr("Cancel the quote"),
                True,
            ),
        }
        title, text, accept_text, destructive = texts[target]
        if target == QuoteStatus.SENT and self.client_id is not None and not self._guard_passed:
            from artisan_crm.ui.rating.guard import check_quote_guard

            def go_on(_decision: Any) -> None:
                self._guard_passed = True
                try:
                    self.change_status(target)
                finally:
                    self._guard_passed = False

            # Sending to a client to watch: show the reasons once more before it leaves.
            self.guard_check = check_quote_guard(self, self.context, self.client_id, go_on)
            return

        def run() -> None:
            assert self.quote is not None
            self.context.tasks.run_write(
                _change_status,
                self.quote.id,
                target.value,
                self.quote.version,
                on_done=guarded(self, self._on_status_changed),
                on_error=guarded(self, self._on_action_failed),
            )

        self.last_box = ask(
            self,
            title,
            text,
            accept_text,
            lambda: self._when_saved(run),
            reject_text=self.tr("Back"),
            destructive=destructive,
        )

    def _on_status_changed(self, view: QuoteView) -> None:
        self.show_quote(view)
        self.sig_saved.emit(view)

    @Slot()
    def duplicate(self) -> None:
        def run() -> None:
            assert self.quote is not None
            self.context.tasks.run_write(
                _duplicate,
                self.quote.id,
                on_done=guarded(self, lambda view: self.sig_quote_opened.emit(view.id)),
                on_error=guarded(self, self._on_action_failed),
            )

        self._when_saved(run)

    @Slot()
    def create_job(self) -> None:
        if self.quote is None:
            return
        from artisan_crm.ui.quotes.job_dialog import JobFromQuoteDialog

        dialog = JobFromQuoteDialog(self.context, self.quote, list(self.addresses), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_job_created.connect(self._on_job_created)
        self.job_dialog = dialog
        dialog.open()

    def _on_job_created(self, job: Any) -> None:
        self.sig_job_created.emit(job)
        self.reload()
        self.last_box = tell(
            self,
            self.tr("Job created"),
            self.tr("The job “{title}” was created. It is listed in the Jobs view.").format(
                title=job.title or job.client_name
            ),
            error=False,
        )

    @Slot()
    def create_deposit_invoice(self) -> None:
        self._make_invoice(_deposit_invoice)

    @Slot()
    def create_final_invoice(self) -> None:
        self._make_invoice(_final_invoice)

    def _make_invoice(self, fn: Any) -> None:
        if self.quote is None:
            return
        self.context.tasks.run_write(
            fn,
            self.quote.id,
            on_done=guarded(self, self._on_invoice_created),
            on_error=guarded(self, self._on_action_failed),
        )

    def _on_invoice_created(self, invoice: Any) -> None:
        self.sig_invoice_created.emit(invoice)
        from artisan_crm.ui.quotes.invoice_dialog import InvoiceDialog

        self.invoice_dialog = InvoiceDialog.open_invoice(self.context, invoice.id, self.window())

    # ---- Documents ------------------------------------------------------------------------

    @Slot()
    def print_preview(self) -> None:
        if not self.loaded:
            return
        from artisan_crm.ui.quotes.printing import open_preview, read_quote_document

        def show(document: Any) -> None:
            self.preview_dialog = open_preview(self, document)

        def run() -> None:
            assert self.quote is not None
            self.context.tasks.run_read(
                read_quote_document,
                self.quote.number,
                on_done=guarded(self, show),
                on_error=guarded(self, self._on_action_failed),
            )

        self._when_saved(run)

    @Slot()
    def save_pdf(self) -> None:
        if not self.loaded:
            return
        from artisan_crm.ui.quotes.printing import ask_pdf_path, read_quote_document, write_pdf

        def write(document: Any) -> None:
            assert self.quote is not None
            path = ask_pdf_path(self, self.context.settings, f"{self.quote.number}.pdf")
            if path is not None and write_pdf(self, document, path):
                self.last_pdf = path
                self.save_state.setText(self.tr("PDF saved: {name}").format(name=path.name))

        def run() -> None:
            assert self.quote is not None
            self.context.tasks.run_read(
                read_quote_document,
                self.quote.number,
                on_done=guarded(self, write),
                on_error=guarded(self, self._on_action_failed),
            )

        self._when_saved(run)

    # ---- Closing --------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape, the close button and the window's cross all come here."""
        if self._discarding or not self.is_dirty():
            super().reject()
            return
        box = QMessageBox(self)
        box.setObjectName("unsavedBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Save the changes made to this quote before closing?"))
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Don't save"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished() -> None:
            clicked = box.clickedButton()
            if clicked is save:
                self.save(then=self._close_now)
            elif clicked is discard:
                self._close_now()

        box.finished.connect(finished)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.last_box = box
        box.open()

    def _close_now(self) -> None:
        self._discarding = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._discarding or not self.is_dirty():
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()


def open_quote_editor(
    context: ViewContext,
    parent: QWidget,
    *,
    quote_id: int | None = None,
    client_id: int | None = None,
    suggested_deposit: Decimal | None = None,
    suggested_validity_days: int | None = None,
) -> QuoteEditor:
    """Open the editor of ``quote_id`` (brought to the front when already open), or a new
    quote for ``client_id`` (with the quote guard's suggested terms, if any)."""
    if quote_id is not None:
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QuoteEditor)
                and widget.quote is not None
                and widget.quote.id == quote_id
                and widget.isVisible()
            ):
                widget.raise_()
                widget.activateWindow()
                return widget
    editor = QuoteEditor(context, parent)
    editor.suggested_terms = (suggested_deposit, suggested_validity_days)
    editor.sig_quote_opened.connect(
        lambda new_id: open_quote_editor(context, parent, quote_id=new_id)
    )
    editor.load(quote_id=quote_id, client_id=client_id)
    editor.show()
    return editor
