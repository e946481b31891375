"""The editable part of the client card: identity, phones, e-mails, addresses, follow-up.

The form never loses what was typed: a wrong value stays in its field, outlined in
red with the French message under it, until the user fixes it. Phones are put in the
"06 12 34 56 78" form when the field is left; the service normalises again on save.
Error keys are those of :class:`ValidationError.field_errors` ("phones.0",
"addresses.1.postcode"...): indexes count the non-empty rows, as the service does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QStringListModel, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.domain.enums import AddressKind, ClientKind
from artisan_crm.domain.validation import (
    FieldError,
    normalise_email,
    normalise_phone,
    normalise_postcode,
    normalise_siret,
)
from artisan_crm.services.clients import (
    AddressDraft,
    ClientDraft,
    ClientRow,
    ClientView,
    search_clients,
)
from artisan_crm.ui.clients.common import error_label, show_field_error
from artisan_crm.ui.taskman import TaskManager
from artisan_crm.ui.views.base import plain_label

TITLES = ("", "M.", "Mme", "M. et Mme", "Mlle", "Dr", "Me")
SOURCES = (
    "",
    "Bouche-à-oreille",
    "Recommandation",
    "Site internet",
    "Pages jaunes",
    "Réseaux sociaux",
    "Salon / foire",
    "Panneau de chantier",
    "Ancien client",
)
NO_DATE = QDate(2000, 1, 1)


def _section(title: str) -> QLabel:
    label = plain_label(title, object_name="cardSection")
    label.setStyleSheet("font-size: 11.5pt; font-weight: 600; color: #1f3b52; margin-top: 8px;")
    return label


class _Checked(QWidget):
    """A field with its error label under it."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error)

    def set_error(self, message: str) -> None:
        show_field_error(self.field, self.error, message)


class ValueListEditor(QWidget):
    """Phones or e-mails: one line each, a remove button, "+ Add" below.

    Signals:
        sig_changed(): a value was typed, added or removed.
    """

    sig_changed = Signal()

    def __init__(
        self,
        add_text: str,
        placeholder: str,
        check: Callable[[str], str],
        *,
        reformat: bool = False,
        object_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.placeholder = placeholder
        self.check = check
        self.reformat = reformat
        self.rows: list[_Checked] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(4)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setFlat(True)
        self.add_button.setStyleSheet("text-align: left; color: #1f5f8c; padding: 2px 0;")
        self.add_button.clicked.connect(lambda: self.add_row("", focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._rows_layout)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self, value: str = "", *, focus: bool = False) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setPlaceholderText(self.placeholder)
        checked = _Checked(edit)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove"))
        remove.setAutoRaise(True)
        line = QWidget()
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(checked, 1)
        row.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        self._rows_layout.addWidget(line)
        self.rows.append(checked)
        edit.textEdited.connect(self.sig_changed)
        edit.editingFinished.connect(lambda c=checked: self._on_left(c))
        remove.clicked.connect(lambda _=False, c=checked, w=line: self._remove(c, w))
        if focus:
            edit.setFocus()
        return edit

    def _remove(self, checked: _Checked, line: QWidget) -> None:
        self.rows.remove(checked)
        line.hide()
        line.deleteLater()
        if not self.rows:
            self.add_row()
        self.sig_changed.emit()

    def _on_left(self, checked: _Checked) -> None:
        edit = checked.field
        assert isinstance(edit, QLineEdit)
        text = edit.text()
        if not text.strip():
            checked.set_error("")
            return
        try:
            clean = self.check(text)
        except FieldError as exc:
            checked.set_error(str(exc))
            return
        checked.set_error("")
        if self.reformat and clean != text:
            edit.setText(clean)
            self.sig_changed.emit()

    def set_values(self, values: tuple[str, ...]) -> None:
        for checked in list(self.rows):
            line = checked.parentWidget()
            self.rows.remove(checked)
            if line is not None:
                line.hide()
                line.deleteLater()
        for value in values or ("",):
            self.add_row(value)

    def edits(self) -> list[QLineEdit]:
        return [r.field for r in self.rows if isinstance(r.field, QLineEdit)]

    def values(self) -> tuple[str, ...]:
        return tuple(e.text().strip() for e in self.edits() if e.text().strip())

    def filled_rows(self) -> list[_Checked]:
        """Rows holding a value, in the order the service numbers them."""
        return [r for r in self.rows if isinstance(r.field, QLineEdit) and r.field.text().strip()]

    def clear_errors(self) -> None:
        for row in self.rows:
            row.set_error("")


class AddressEditor(QFrame):
    """One address: billing or job site, with an optional label."""

    sig_changed = Signal()
    sig_remove = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addressEditor")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#addressEditor { border: 1px solid #d5dee6; border-radius: 6px; }"
        )
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Billing address"), AddressKind.BILLING)
        self.kind.addItem(self.tr("Job site"), AddressKind.SITE)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("Label (e.g. holiday home)"))
        self.line1 = QLineEdit()
        self.line1.setPlaceholderText(self.tr("Number and street"))
        self.line2 = QLineEdit()
        self.line2.setPlaceholderText(self.tr("Building, floor, access code…"))
        self.postcode = QLineEdit()
        self.postcode.setPlaceholderText(self.tr("Postcode"))
        self.postcode.setMaximumWidth(110)
        self.postcode_error = error_label()
        self.city = QLineEdit()
        self.city.setPlaceholderText(self.tr("Town"))
        self.country = "FR"
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(self.tr("Remove this address"))
        self.remove.clicked.connect(lambda: self.sig_remove.emit(self))

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 6, 6)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.kind, 0, 0)
        grid.addWidget(self.label, 0, 1)
        grid.addWidget(self.remove, 0, 2)
        grid.addWidget(self.line1, 1, 0, 1, 2)
        grid.addWidget(self.line2, 2, 0, 1, 2)
        grid.addWidget(self.postcode, 3, 0)
        grid.addWidget(self.city, 3, 1)
        grid.addWidget(self.postcode_error, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        for edit in (self.label, self.line1, self.line2, self.postcode, self.city):
            edit.textEdited.connect(self.sig_changed)
        self.kind.currentIndexChanged.connect(self.sig_changed)
        self.postcode.editingFinished.connect(self._on_postcode_left)

    def _on_postcode_left(self) -> None:
        text = self.postcode.text()
        message = ""
        if text.strip() and self.country == "FR":
            try:
                normalise_postcode(text)
            except FieldError as exc:
                message = str(exc)
        self.set_postcode_error(message)

    def set_postcode_error(self, message: str) -> None:
        show_field_error(self.postcode, self.postcode_error, message)

    def load(self, draft: AddressDraft) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(draft.kind), 0))
        self.label.setText(draft.label)
        self.line1.setText(draft.line1)
        self.line2.setText(draft.line2)
        self.postcode.setText(draft.postcode)
        self.city.setText(draft.city)
        self.country = draft.country or "FR"

    def draft(self) -> AddressDraft:
        return AddressDraft(
            line1=self.line1.text().strip(),
            line2=self.line2.text().strip(),
            postcode=self.postcode.text().strip(),
            city=self.city.text().strip(),
            kind=AddressKind(self.kind.currentData()),
            label=self.label.text().strip(),
            country=self.country,
        )


class ReferrerPicker(QLineEdit):
    """ "Referred by": type a few letters, pick the client in the completion list.

    The search runs on the worker (debounced); the chosen client's id is kept until
    the text is edited again.

    Signals:
        sig_changed(): the chosen client changed.
    """

    sig_changed = Signal()

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.client_id: int | None = None
        self.exclude_id: int | None = None
        self._ids: dict[str, int] = {}
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated[str].connect(self._on_chosen)  # type: ignore[index]
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Type a client's name…"))
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._on_search)
        self.textEdited.connect(self._on_edited)

    def set_client(self, client_id: int | None, name: str) -> None:
        self.client_id = client_id
        self.setText(name if client_id is not None else "")

    @Slot(str)
    def _on_edited(self, text: str) -> None:
        if self.client_id is not None:
            self.client_id = None
            self.sig_changed.emit()
        if text.strip():
            self._timer.start()

    @Slot()
    def _on_search(self) -> None:
        query = self.text()
        self.tasks.run_read(
            search_clients,
            query,
            limit=12,
            on_done=lambda rows: self._on_found(query, rows),
            on_error=lambda _exc: None,
        )

    def _on_found(self, query: str, rows: tuple[ClientRow, ...]) -> None:
        if query != self.text():
            return
        self._ids = {}
        for row in rows:
            if row.id == self.exclude_id:
                continue
            label = f"{row.display_name} — {row.city}" if row.city else row.display_name
            self._ids[label] = row.id
        self._names.setStringList(list(self._ids))
        if self._ids and self.hasFocus():
            self.completer().complete()

    @Slot(str)
    def _on_chosen(self, label: str) -> None:
        client_id = self._ids.get(label)
        if client_id is not None:
            self.client_id = client_id
            self.sig_changed.emit()


class ClientForm(QWidget):
    """Identity, contacts, addresses and follow-up of one client, editable.

    Signals:
        sig_changed(): the user changed something (compare :meth:`to_draft` to know if
            the form differs from what was loaded).
    """

    sig_changed = Signal()

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientForm")
        self.addresses: list[AddressEditor] = []

        # ---- Identity
        self.person = QRadioButton(self.tr("Individual"))
        self.company = QRadioButton(self.tr("Company"))
        self.person.setChecked(True)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.person)
        self.kind_group.addButton(self.company)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.person)
        kind_row.addWidget(self.company)
        kind_row.addStretch(1)

        self.title = QComboBox()
        self.title.setEditable(True)
        self.title.addItems(TITLES)
        self.title.setMaximumWidth(110)
        self.title.setMinimumContentsLength(4)
        self.title.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.title.setAccessibleName(self.tr("Title"))
        self.first_name = QLineEdit()
        self.first_name.setPlaceholderText(self.tr("First name"))
        self.first_name.setAccessibleName(self.tr("First name"))
        self.last_name = QLineEdit()
        self.last_name.setPlaceholderText(self.tr("Last name"))
        self.last_name.setAccessibleName(self.tr("Last name"))
        self.last_name_box = _Checked(self.last_name)
        name_row = QHBoxLayout()
        name_row.setSpacing(6)
        name_row.addWidget(self.title, 0, Qt.AlignmentFlag.AlignTop)
        name_row.addWidget(self.first_name, 1, Qt.AlignmentFlag.AlignTop)
        name_row.addWidget(self.last_name_box, 1)

        self.company_name = QLineEdit()
        self.company_name.setPlaceholderText(self.tr("Company name"))
        self.company_box = _Checked(self.company_name)
        self.siret = QLineEdit()
        self.siret.setPlaceholderText(self.tr("14 digits"))
        self.siret_box = _Checked(self.siret)
        self.vat_number = QLineEdit()
        self.vat_number.setPlaceholderText(self.tr("FR…"))
        self.siret.editingFinished.connect(self._on_siret_left)

        identity = QFormLayout()
        identity.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        identity.addRow(self.tr("Kind"), kind_row)
        identity.addRow(self.tr("Name"), name_row)
        identity.addRow(self.tr("Company"), self.company_box)
        identity.addRow(self.tr("SIRET"), self.siret_box)
        identity.addRow(self.tr("VAT number"), self.vat_number)
        self.identity_layout = identity

        # ---- Contacts
        self.phones = ValueListEditor(
            self.tr("+ Add a phone number"),
            self.tr("06 12 34 56 78"),
            normalise_phone,
            reformat=True,
            object_name="phones",
        )
        self.emails = ValueListEditor(
            self.tr("+ Add an e-mail address"),
            self.tr("name@example.fr"),
            normalise_email,
            object_name="emails",
        )
        contacts = QFormLayout()
        contacts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        contacts.addRow(self.tr("Phones"), self.phones)
        contacts.addRow(self.tr("E-mails"), self.emails)

        # ---- Addresses
        self._addresses_layout = QVBoxLayout()
        self._addresses_layout.setSpacing(6)
        self.add_site = QPushButton(self.tr("+ Add a job site"))
        self.add_site.setFlat(True)
        self.add_site.setStyleSheet("text-align: left; color: #1f5f8c; padding: 2px 0;")
        self.add_site.clicked.connect(lambda: self.add_address(AddressKind.SITE, focus=True))
        self.add_billing = QPushButton(self.tr("+ Add an address"))
        self.add_billing.setFlat(True)
        self.add_billing.setStyleSheet("text-align: left; color: #1f5f8c; padding: 2px 0;")
        self.add_billing.clicked.connect(lambda: self.add_address(AddressKind.BILLING, focus=True))
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_billing)
        add_row.addWidget(self.add_site)
        add_row.addStretch(1)

        # ---- Follow-up
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("boiler, maintenance… (separated by commas)"))
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.addItems(SOURCES)
        self.source.setMinimumContentsLength(10)
        self.source.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.referrer = ReferrerPicker(tasks)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Access, habits, what matters to this client…"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        self.maintenance = QCheckBox(self.tr("Maintenance contract, due on"))
        self.maintenance_due = QDateEdit()
        self.maintenance_due.setCalendarPopup(True)
        self.maintenance_due.setMinimumDate(NO_DATE)
        self.maintenance_due.setSpecialValueText(self.tr("not set"))
        self.maintenance_due.setDate(NO_DATE)
        self.maintenance_due.setDisplayFormat("dd/MM/yyyy")
        self.maintenance.toggled.connect(self.maintenance_due.setEnabled)
        self.maintenance_due.setEnabled(False)
        maintenance_row = QHBoxLayout()
        maintenance_row.addWidget(self.maintenance)
        maintenance_row.addWidget(self.maintenance_due)
        maintenance_row.addStretch(1)
        self.consent = QCheckBox(self.tr("Accepts offers and news"))
        follow = QFormLayout()
        follow.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        follow.addRow(self.tr("Tags"), self.tags)
        follow.addRow(self.tr("Source"), self.source)
        follow.addRow(self.tr("Referred by"), self.referrer)
        follow.addRow(self.tr("Notes"), self.notes)
        follow.addRow("", maintenance_row)
        follow.addRow("", self.consent)

        self.general_error = error_label("formError")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(self.general_error)
        layout.addWidget(_section(self.tr("Identity")))
        layout.addLayout(identity)
        layout.addWidget(_section(self.tr("Phones and e-mails")))
        layout.addLayout(contacts)
        layout.addWidget(_section(self.tr("Addresses")))
        layout.addLayout(self._addresses_layout)
        layout.addLayout(add_row)
        layout.addWidget(_section(self.tr("Follow-up")))
        layout.addLayout(follow)
        layout.addStretch(1)

        for edit in (self.first_name, self.last_name, self.company_name, self.siret):
            edit.textEdited.connect(self.sig_changed)
        for edit in (self.vat_number, self.tags):
            edit.textEdited.connect(self.sig_changed)
        self.title.editTextChanged.connect(self.sig_changed)
        self.source.editTextChanged.connect(self.sig_changed)
        self.notes.textChanged.connect(self.sig_changed)
        self.person.toggled.connect(self._on_kind_toggled)
        self.maintenance.toggled.connect(self.sig_changed)
        self.maintenance_due.dateChanged.connect(self.sig_changed)
        self.consent.toggled.connect(self.sig_changed)
        self.phones.sig_changed.connect(self.sig_changed)
        self.emails.sig_changed.connect(self.sig_changed)
        self.referrer.sig_changed.connect(self.sig_changed)
        # QFormLayout's own row labels default to AutoText: no label ever reads markup.
        for label in self.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.load(None)

    # ---- Loading ----------------------------------------------------------------------------

    def load(self, client: ClientView | None, referrer_name: str = "") -> None:
        """Show ``client`` (None: an empty form for a new client)."""
        self.blockSignals(True)
        try:
            self.clear_errors()
            is_company = client is not None and client.kind == ClientKind.COMPANY
            self.company.setChecked(is_company)
            self.person.setChecked(not is_company)
            self.title.setCurrentText(client.title if client else "")
            self.first_name.setText(client.first_name if client else "")
            self.last_name.setText(client.last_name if client else "")
            self.company_name.setText(client.company_name if client else "")
            self.siret.setText((client.siret or "") if client else "")
            self.vat_number.setText((client.vat_number or "") if client else "")
            self.phones.set_values(client.phones if client else ())
            self.emails.set_values(client.emails if client else ())
            for editor in list(self.addresses):
                self._remove_address(editor, keep_one=False)
            if client and client.addresses:
                for address in client.addresses:
                    editor = self.add_address(address.kind)
                    editor.load(
                        AddressDraft(
                            line1=address.line1,
                            line2=address.line2,
                            postcode=address.postcode,
                            city=address.city,
                            kind=address.kind,
                            label=address.label,
                            country=address.country,
                        )
                    )
            else:
                self.add_address(AddressKind.BILLING)
            self.tags.setText(", ".join(client.tags) if client else "")
            self.source.setCurrentText(client.source if client else "")
            self.referrer.exclude_id = client.id if client else None
            self.referrer.set_client(client.referred_by_id if client else None, referrer_name)
            self.notes.setPlainText(client.notes if client else "")
            self.maintenance.setChecked(bool(client and client.maintenance_contract))
            due = client.maintenance_due_on if client else None
            self.maintenance_due.setDate(QDate(due.year, due.month, due.day) if due else NO_DATE)
            self.consent.setChecked(bool(client and client.marketing_consent))
        finally:
            self.blockSignals(False)
        self._update_kind()

    def load_draft(self, draft: ClientDraft, referrer_name: str = "") -> None:
        """Put back what the user had typed (after a reload on conflict)."""
        self.blockSignals(True)
        try:
            self.company.setChecked(draft.kind == ClientKind.COMPANY)
            self.person.setChecked(draft.kind != ClientKind.COMPANY)
            self.title.setCurrentText(draft.title)
            self.first_name.setText(draft.first_name)
            self.last_name.setText(draft.last_name)
            self.company_name.setText(draft.company_name)
            self.siret.setText(draft.siret)
            self.vat_number.setText(draft.vat_number)
            self.phones.set_values(draft.phones)
            self.emails.set_values(draft.emails)
            for editor in list(self.addresses):
                self._remove_address(editor, keep_one=False)
            for address in draft.addresses or (AddressDraft(),):
                self.add_address(address.kind).load(address)
            self.tags.setText(", ".join(draft.tags))
            self.source.setCurrentText(draft.source)
            self.referrer.set_client(draft.referred_by_id, referrer_name)
            self.notes.setPlainText(draft.notes)
            self.maintenance.setChecked(draft.maintenance_contract)
            due = draft.maintenance_due_on
            self.maintenance_due.setDate(QDate(due.year, due.month, due.day) if due else NO_DATE)
            self.consent.setChecked(draft.marketing_consent)
        finally:
            self.blockSignals(False)
        self._update_kind()
        self.sig_changed.emit()

    def add_address(self, kind: AddressKind, *, focus: bool = False) -> AddressEditor:
        editor = AddressEditor()
        editor.kind.setCurrentIndex(max(editor.kind.findData(kind), 0))
        editor.sig_changed.connect(self.sig_changed)
        editor.sig_remove.connect(lambda e: self._remove_address(e, keep_one=True))
        self._addresses_layout.addWidget(editor)
        self.addresses.append(editor)
        if focus:
            editor.line1.setFocus()
            self.sig_changed.emit()
        return editor

    def _remove_address(self, editor: AddressEditor, *, keep_one: bool) -> None:
        if editor in self.addresses:
            self.addresses.remove(editor)
        editor.hide()
        editor.deleteLater()
        if keep_one:
            if not self.addresses:
                self.add_address(AddressKind.BILLING)
            self.sig_changed.emit()

    # ---- Kind ---------------------------------------------------------------------------------

    @Slot(bool)
    def _on_kind_toggled(self, _checked: bool) -> None:
        self._update_kind()
        self.sig_changed.emit()

    def _update_kind(self) -> None:
        company = self.company.isChecked()
        self.identity_layout.setRowVisible(self.siret_box, company)
        self.identity_layout.setRowVisible(self.vat_number, company)
        self.identity_layout.setRowVisible(self.company_box, company)
        self.last_name.setPlaceholderText(
            self.tr("Contact's last name") if company else self.tr("Last name")
        )

    # ---- Reading ------------------------------------------------------------------------------

    def kind(self) -> ClientKind:
        return ClientKind.COMPANY if self.company.isChecked() else ClientKind.PERSON

    def to_draft(self) -> ClientDraft:
        due = self.maintenance_due.date()
        company = self.company.isChecked()
        return ClientDraft(
            kind=self.kind(),
            title=self.title.currentText().strip(),
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            company_name=self.company_name.text().strip(),
            siret=self.siret.text().strip() if company else "",
            vat_number=self.vat_number.text().strip() if company else "",
            phones=self.phones.values(),
            emails=self.emails.values(),
            addresses=tuple(e.draft() for e in self.addresses if self._has_text(e)),
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            source=self.source.currentText().strip(),
            referred_by_id=self.referrer.client_id,
            notes=self.notes.toPlainText(),
            marketing_consent=self.consent.isChecked(),
            maintenance_contract=self.maintenance.isChecked(),
            maintenance_due_on=(
                date(due.year(), due.month(), due.day())
                if self.maintenance.isChecked() and due != NO_DATE
                else None
            ),
        )

    @staticmethod
    def _has_text(editor: AddressEditor) -> bool:
        d = editor.draft()
        return any((d.line1, d.line2, d.postcode, d.city, d.label))

    # ---- Errors -------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        show_field_error(None, self.general_error, "")
        for box in (self.last_name_box, self.company_box, self.siret_box):
            box.set_error("")
        self.phones.clear_errors()
        self.emails.clear_errors()
        for editor in self.addresses:
            editor.set_postcode_error("")

    def show_errors(self, field_errors: dict[str, str]) -> QWidget | None:
        """Put each message next to its field; returns the first wrong field (to focus)."""
        self.clear_errors()
        first: QWidget | None = None
        unplaced: list[str] = []
        phones = self.phones.filled_rows()
        emails = self.emails.filled_rows()
        addresses = [e for e in self.addresses if self._has_text(e)]
        for key, message in field_errors.items():
            target: QWidget | None = None
            parts = key.split(".")
            if key == "last_name":
                self.last_name_box.set_error(message)
                target = self.last_name
            elif key == "company_name":
                self.company_box.set_error(message)
                target = self.company_name
            elif key == "siret":
                self.siret_box.set_error(message)
                target = self.siret
            elif parts[0] in ("phones", "emails") and len(parts) == 2 and parts[1].isdigit():
                rows = phones if parts[0] == "phones" else emails
                i = int(parts[1])
                if i < len(rows):
                    rows[i].set_error(message)
                    target = rows[i].field
            elif parts[0] == "addresses" and len(parts) == 3 and parts[1].isdigit():
                i = int(parts[1])
                if i < len(addresses) and parts[2] == "postcode":
                    addresses[i].set_postcode_error(message)
                    target = addresses[i].postcode
            if target is None:
                unplaced.append(message)
            elif first is None:
                first = target
        if unplaced:
            show_field_error(None, self.general_error, "\n".join(unplaced))
            first = first or self.general_error
        return first

    def _on_siret_left(self) -> None:
        text = self.siret.text()
        message = ""
        if text.strip():
            try:
                normalise_siret(text)
            except FieldError as exc:
                message = str(exc)
        self.siret_box.set_error(message)
