"""The quotes list and the quote editor, driven through their widgets (French, offscreen)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from artisan_crm.domain.enums import LineKind, QuoteStatus
from artisan_crm.services import quotes as svc
from artisan_crm.storage.database import Database, open_database
from artisan_crm.storage.models import Client, ClientAddress
from artisan_crm.ui.quotes import lines_model as lm
from artisan_crm.ui.quotes.client_picker import ClientPickerDialog
from artisan_crm.ui.quotes.common import parse_decimal
from artisan_crm.ui.quotes.editor import QuoteEditor, open_quote_editor
from artisan_crm.ui.quotes.list_view import QuotesView
from artisan_crm.ui.views.base import ViewContext

YEAR = date.today().year


# ---- Helpers ------------------------------------------------------------------------------------


def add_client(db: Database, last: str = "Dupont", first: str = "Marie") -> int:
    with db.write() as session:
        client = Client(first_name=first, last_name=last)
        client.addresses.append(
            ClientAddress(kind="site", line1="12 rue des Lilas", postcode="44000", city="Nantes")
        )
        session.add(client)
        session.flush()
        return client.id


def euros(text: str) -> str:
    """Qt's French money text with plain spaces, for readable assertions."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def idle(qtbot: QtBot, context: ViewContext) -> None:
    qtbot.waitUntil(context.tasks.is_idle, timeout=10_000)


def click_box(box: QMessageBox, text: str) -> None:
    for button in box.buttons():
        if button.text() == text:
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")


def open_editor(qtbot: QtBot, context: ViewContext, **kwargs: Any) -> QuoteEditor:
    editor = open_quote_editor(context, None, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    return editor


def type_in_cell(qtbot: QtBot, editor: QuoteEditor, row: int, column: int, text: str) -> None:
    """Open the cell's editor like a user and type ``text`` (replacing what was there)."""
    index = editor.lines_model.index(row, column)
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    widget = QApplication.focusWidget()
    if not isinstance(widget, QLineEdit):
        widget = editor.table.findChild(QLineEdit)
    assert isinstance(widget, QLineEdit)
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def set_cell(editor: QuoteEditor, row: int, column: int, value: Any) -> None:
    assert editor.lines_model.setData(editor.lines_model.index(row, column), value)


def fill_line(
    editor: QuoteEditor,
    row: int,
    kind: str,
    text: str,
    qty: str,
    unit: str,
    price: str,
    vat: str,
    cost: str = "",
) -> None:
    for column, value in (
        (lm.KIND, kind),
        (lm.DESCRIPTION, text),
        (lm.QUANTITY, qty),
        (lm.UNIT, unit),
        (lm.UNIT_PRICE, price),
        (lm.VAT, vat),
        (lm.UNIT_COST, cost),
    ):
        set_cell(editor, row, column, value)


def save(qtbot: QtBot, editor: QuoteEditor) -> svc.QuoteView:
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000) as blocker:
        assert editor.save()
    return blocker.args[0]


def make_quote(
    db: Database,
    client_id: int,
    status: QuoteStatus = QuoteStatus.DRAFT,
    title: str = "Salle de bains",
) -> svc.QuoteView:
    draft = svc.QuoteDraft(
        client_id=client_id,
        title=title,
        lines=(
            svc.QuoteLineDraft("Pose", Decimal("4"), "h", Decimal("50"), Decimal("10")),
            svc.QuoteLineDraft(
                "Mitigeur",
                Decimal("1"),
                "u",
                Decimal("120"),
                Decimal("20"),
                kind=LineKind.MATERIAL,
                unit_cost=Decimal("70"),
            ),
        ),
    )
    with db.write() as session:
        quote = svc.create_quote(session, draft)
        if status in (QuoteStatus.SENT, QuoteStatus.ACCEPTED, QuoteStatus.REFUSED):
            quote = svc.send_quote(session, quote.id, version=quote.version)
        if status == QuoteStatus.ACCEPTED:
            quote = svc.accept_quote(session, quote.id, version=quote.version)
        if status == QuoteStatus.REFUSED:
            quote = svc.refuse_quote(session, quote.id, version=quote.version)
        return quote


# ---- Pure helpers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12,5", "12.5"),
        ("1 234,50 €", "1234.50"),
        ("20 %", "20"),
        ("3.75", "3.75"),
        ("1\u202f000", "1000"),
        ("", None),
        ("2,x", None),
        ("abc", None),
    ],
)
def test_parse_decimal_reads_what_french_users_type(text: str, value: str | None) -> None:
    assert parse_decimal(text) == (Decimal(value) if value else None)


# ---- The list -----------------------------------------------------------------------------------


def test_quotes_list_tabs_counts_search_sort_and_open(
    qtbot: QtBot, french: None, context: ViewContext, qtmodeltester: Any
) -> None:
    client = add_client(context.db)
    other = add_client(context.db, "Martin", "Paul")
    make_quote(context.db, client, QuoteStatus.DRAFT, "Cuisine")
    make_quote(context.db, client, QuoteStatus.SENT, "Chauffe-eau")
    make_quote(context.db, other, QuoteStatus.ACCEPTED, "Salle de bains")

    view = QuotesView(context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.show()
    qtmodeltester.check(view.model)
    assert view.header.title.text() == "Devis"
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tabs == [
        "Tous (3)",
        "Brouillons (1)",
        "Envoyés (1)",
        "Acceptés (1)",
        "Refusés (0)",
        "Expirés (0)",
        "Annulés (0)",
    ]
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == ["Numéro", "Client", "Objet", "Statut", "Depuis", "Total HT", "Total TTC"]
    first = view.model.rows[0]
    assert (
        euros(view.model.data(view.model.index(0, 6))) == "364,00 €"
    )  # 200 + 20 VAT, 120 + 24 VAT
    ages = {r.title: view.model.data(view.model.index(n, 4)) for n, r in enumerate(view.model.rows)}
    assert ages["Chauffe-eau"] == "envoyé aujourd'hui"
    assert first.number.startswith(f"DEV-{YEAR}-")

    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.tabs.setCurrentIndex(2)
    assert [r.title for r in view.model.rows] == ["Chauffe-eau"]
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.tabs.setCurrentIndex(0)

    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.search.setText("martin")
    assert [r.client_name for r in view.model.rows] == ["Paul Martin"]
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.search.setText("")

    view.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert [r.title for r in view.model.rows] == ["Chauffe-eau", "Cuisine", "Salle de bains"]
    qtmodeltester.check(view.model)

    view.select_id(view.model.rows[1].id)
    view.table.setFocus()
    opened: list[int] = []
    view.sig_open_requested.disconnect()
    view.sig_open_requested.connect(opened.append)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [view.model.rows[1].id]


def test_empty_quotes_list_says_what_will_be_there(
    qtbot: QtBot, french: None, context: ViewContext
) -> None:
    view = QuotesView(context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.show()
    assert view.stack.currentIndex() == 1
    assert view.empty_text.text().endswith("apparaîtront ici.")


def test_client_picker_searches_and_chooses(
    qtbot: QtBot, french: None, context: ViewContext, qtmodeltester: Any
) -> None:
    from artisan_crm.services.clients import ClientDraft, create_client

    with context.db.write() as session:
        create_client(session, ClientDraft(first_name="Luc", last_name="Durand"))
        wanted = create_client(session, ClientDraft(first_name="Anne", last_name="Lefèvre")).id
    picker = ClientPickerDialog(context)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitUntil(lambda: picker.model.rowCount() == 2, timeout=10_000)
    qtmodeltester.check(picker.model)
    assert picker.windowTitle() == "Choisir le client"
    with qtbot.waitSignal(picker.sig_loaded, timeout=10_000):
        qtbot.keyClicks(picker.search, "lef")
    qtbot.waitUntil(lambda: picker.model.rowCount() == 1, timeout=10_000)
    with qtbot.waitSignal(picker.sig_client_chosen) as blocker:
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert blocker.args == [wanted, "Anne Lefèvre"]


# ---- The editor ---------------------------------------------------------------------------------


def test_new_quote_lines_totals_errors_undo_and_pipeline(
    qtbot: QtBot, french: None, context: ViewContext, qtmodeltester: Any
) -> None:
    client = add_client(context.db)
    editor = open_editor(qtbot, context, client_id=client)
    qtmodeltester.check(editor.lines_model)
    assert editor.windowTitle() == "Nouveau devis – Marie Dupont[*]"
    assert editor.lines_model.rowCount() == 1  # a blank line to start typing
    assert editor.deposit_edit.text() == "30"
    editor.title_edit.setText("Salle de bains")

    # Typed in the cells like a user: the totals follow each keystroke.
    fill_line(editor, 0, "labour", "Dépose baignoire", "1", "h", "45", "10")
    totals: list[Any] = []
    editor.sig_totals_changed.connect(totals.append)
    type_in_cell(qtbot, editor, 0, lm.QUANTITY, "8")
    assert totals and totals[-1].excl_vat == Decimal("360.00")
    assert euros(editor.totals_panel.values["excl"]) == "360,00 €"

    editor.add_line()
    fill_line(editor, 1, "material", "Receveur de douche", "1", "u", "320", "10", "180")
    editor.add_line()
    fill_line(editor, 2, "travel", "Déplacement", "1", "forfait", "30", "20")
    qtmodeltester.check(editor.lines_model)
    values = {k: euros(v) for k, v in editor.totals_panel.values.items()}
    assert values == {
        "excl": "710,00 €",
        "vat:10": "68,00 €",
        "vat:20": "6,00 €",
        "incl": "784,00 €",
        "deposit": "235,20 €",
        "material": "180,00 €",
        "margin": "530,00 €",
    }
    assert euros(editor.lines_model.data(editor.lines_model.index(1, lm.TOTAL))) == "320,00 €"

    # VAT through its combo: 20 % -> 10 % on the travel line.
    set_cell(editor, 2, lm.VAT, "10")
    assert euros(editor.totals_panel.values["vat:10"]) == "71,00 €"
    assert "vat:20" not in editor.totals_panel.values
    assert editor.current_totals is not None
    assert editor.current_totals.incl_vat == Decimal("781.00")

    # A wrong quantity: French message, text kept, line left out of the totals.
    type_in_cell(qtbot, editor, 1, lm.QUANTITY, "2,x")
    assert editor.lines_error.text() == "Ligne 2 : « 2,x » n'est pas un nombre valide."
    assert not editor.lines_error.isHidden()
    assert (
        editor.lines_model.data(editor.lines_model.index(1, lm.QUANTITY), Qt.ItemDataRole.EditRole)
        == "2,x"
    )
    assert editor.current_totals.excl_vat == Decimal("390.00")
    assert euros(editor.totals_panel.note.text()) == "Les lignes en erreur ne sont pas comptées."
    assert editor.save() is False  # refused before reaching the database
    type_in_cell(qtbot, editor, 1, lm.QUANTITY, "1")
    editor.table.setFocus()
    assert editor.lines_error.isHidden()

    # Delete, then Ctrl+Z brings the line back; Ctrl+Y deletes it again; Ctrl+Z again.
    editor.table.setCurrentIndex(editor.lines_model.index(2, lm.DESCRIPTION))
    editor.delete_line()
    assert editor.lines_model.rowCount() == 2
    editor.undo_action.trigger()
    assert [line.description for line in editor.lines_model.lines] == [
        "Dépose baignoire",
        "Receveur de douche",
        "Déplacement",
    ]
    editor.redo_action.trigger()
    assert editor.lines_model.rowCount() == 2
    editor.undo_action.trigger()
    editor.table.setCurrentIndex(editor.lines_model.index(2, lm.DESCRIPTION))
    editor.move_line(-1)
    assert editor.lines_model.lines[1].description == "Déplacement"
    editor.duplicate_line()
    assert editor.lines_model.rowCount() == 4
    editor.undo_action.trigger()
    editor.undo_action.trigger()
    assert editor.lines_model.lines[1].description == "Receveur de douche"

    view = save(qtbot, editor)
    assert view.number == f"DEV-{YEAR}-0001"
    assert view.totals.incl_vat == Decimal("781.00")
    assert view.material_cost == Decimal("180.00")
    assert editor.heading.text() == f"Devis DEV-{YEAR}-0001"
    assert not editor.is_dirty()
    assert editor.save_state.text() == "Enregistré"

    # Send (confirmed), then accepted: the quote is frozen.
    editor.send_button.click()
    # The quote guard rates the client first (on the worker; no dialog for this client).
    qtbot.waitUntil(
        lambda: editor.last_box is not None and editor.last_box.isVisible(), timeout=10_000
    )
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        click_box(editor.last_box, "Marquer comme envoyé")
    assert editor.quote.status == QuoteStatus.SENT
    assert (
        not editor.lines_model.flags(editor.lines_model.index(0, lm.QUANTITY))
        & Qt.ItemFlag.ItemIsEditable
    )
    assert editor.banner.text().startswith("Ce devis est « envoyé »")
    assert editor.send_button.isHidden() and not editor.accept_button.isHidden()
    editor.accept_button.click()
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        click_box(editor.last_box, "Accepté")
    assert editor.quote.status == QuoteStatus.ACCEPTED
    assert not editor.job_button.isHidden()

    # The job of the quote.
    editor.job_button.click()
    dialog = editor.job_dialog
    assert dialog.hours.text() == "8"
    assert dialog.material.text() == "180,00"
    dialog.deadline.set_value(date(YEAR + 1, 1, 15))
    with qtbot.waitSignal(editor.sig_job_created, timeout=10_000) as blocker:
        dialog.create_button.click()
    job = blocker.args[0]
    assert job.quote_number == view.number and job.deadline == date(YEAR + 1, 1, 15)
    qtbot.waitUntil(lambda: editor.quote.job_id == job.id, timeout=10_000)
    assert editor.job_button.isHidden()
    click_box(editor.last_box, "OK")

    # The deposit invoice opens, is issued, then paid in two goes.
    with qtbot.waitSignal(editor.sig_invoice_created, timeout=10_000) as blocker:
        editor.deposit_button.click()
    assert blocker.args[0].totals.incl_vat == Decimal("234.30")  # 30 % of 781,00 per rate
    invoice_dialog = editor.invoice_dialog
    qtbot.addWidget(invoice_dialog)
    qtbot.waitUntil(lambda: invoice_dialog.invoice is not None, timeout=10_000)
    assert invoice_dialog.heading.text() == "Facture d'acompte brouillon"
    invoice_dialog.issue_button.click()
    with qtbot.waitSignal(invoice_dialog.sig_loaded, timeout=10_000):
        click_box(invoice_dialog.last_box, "Émettre")
    assert invoice_dialog.invoice.number == f"FAC-{YEAR}-0001"
    assert invoice_dialog.state_label.text() == "À payer"


def test_print_preview_has_pages_and_pdf_is_written(
    qtbot: QtBot,
    french: None,
    context: ViewContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    quote = make_quote(context.db, add_client(context.db))
    editor = open_editor(qtbot, context, quote_id=quote.id)
    assert editor.heading.text() == f"Devis {quote.number}"
    editor.print_preview()
    qtbot.waitUntil(lambda: editor.preview_dialog is not None, timeout=10_000)
    preview = editor.preview_dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 1, timeout=10_000)
    assert editor.preview_dialog.windowTitle() == f"Aperçu avant impression – Devis {quote.number}"
    # Painting again (a page setup change) asks the document again.
    painted: list[Any] = []
    editor.preview_dialog.paintRequested.connect(painted.append)
    preview.updatePreview()
    assert painted and preview.pageCount() >= 1
    editor.preview_dialog.close()

    target = tmp_path / "devis.pdf"
    asked: list[str] = []

    def fake_save(_parent: Any, _title: str, proposed: str, _filter: str) -> tuple[str, str]:
        asked.append(proposed)
        return str(target), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    editor.save_pdf()
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    assert asked and Path(asked[0]).name == f"{quote.number}.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    assert editor.save_state.text() == "PDF enregistré : devis.pdf"


def test_conflict_with_another_workstation_keeps_the_edits(
    qtbot: QtBot, french: None, context: ViewContext
) -> None:
    quote = make_quote(context.db, add_client(context.db))
    editor = open_editor(qtbot, context, quote_id=quote.id)
    assert editor.title_edit.text() == "Salle de bains"

    # Another workstation: its own connection to the same database file.
    other = open_database(str(context.db.engine.url))
    try:
        with other.write() as session:
            current = svc.get_quote(session, quote.id)
            svc.update_quote(
                session,
                quote.id,
                svc.QuoteDraft(**{**current.draft().__dict__, "title": "Changé ailleurs"}),
                version=current.version,
            )
    finally:
        other.dispose()

    editor.title_edit.setText("Ma salle de bains")
    set_cell(editor, 0, lm.QUANTITY, "6")
    assert editor.save()
    qtbot.waitUntil(
        lambda: editor.conflict_box is not None and editor.conflict_box.isVisible(), timeout=10_000
    )
    assert "modifié sur un autre poste" in editor.conflict_box.text()
    assert "modifié sur un autre poste" in editor.general_error.text()
    # Nothing typed is lost while the user decides.
    assert editor.title_edit.text() == "Ma salle de bains"
    assert editor.lines_model.lines[0].quantity == "6"
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.sig_loaded, timeout=10_000):
        click_box(editor.conflict_box, "Recharger")
    assert editor.title_edit.text() == "Changé ailleurs"
    assert editor.lines_model.lines[0].quantity == "4"
    assert not editor.is_dirty()


def test_conflict_can_save_the_edits_as_a_new_quote(
    qtbot: QtBot, french: None, context: ViewContext
) -> None:
    quote = make_quote(context.db, add_client(context.db))
    editor = open_editor(qtbot, context, quote_id=quote.id)
    with context.db.write() as session:  # the same change from "elsewhere"
        current = svc.get_quote(session, quote.id)
        svc.update_quote(session, quote.id, current.draft(), version=current.version)
    editor.title_edit.setText("Ma version")
    editor.save()
    qtbot.waitUntil(
        lambda: editor.conflict_box is not None and editor.conflict_box.isVisible(), timeout=10_000
    )
    with qtbot.waitSignal(editor.sig_quote_opened, timeout=10_000) as blocker:
        click_box(editor.conflict_box, "Enregistrer comme nouveau devis")
    with context.db.read() as session:
        copy = svc.get_quote(session, blocker.args[0])
    assert copy.title == "Ma version" and copy.number == f"DEV-{YEAR}-0002"
    idle(qtbot, context)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QuoteEditor) and widget.isVisible():
            qtbot.addWidget(widget)


def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot, french: None, context: ViewContext
) -> None:
    quote = make_quote(context.db, add_client(context.db))
    editor = open_editor(qtbot, context, quote_id=quote.id)
    set_cell(editor, 1, lm.UNIT_PRICE, "150")
    assert editor.is_dirty() and editor.isWindowModified()
    editor.close()
    box = editor.last_box
    assert editor.isVisible() and box.isVisible()
    assert sorted(b.text() for b in box.buttons()) == [
        "Annuler",
        "Enregistrer",
        "Ne pas enregistrer",
    ]
    click_box(box, "Annuler")
    assert editor.isVisible()
    editor.close()
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        click_box(editor.last_box, "Enregistrer")
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=10_000)
    with context.db.read() as session:
        assert svc.get_quote(session, quote.id).lines[1].unit_price == Decimal("150.00")


def test_refusing_is_confirmed_and_duplicate_opens_a_draft(
    qtbot: QtBot, french: None, context: ViewContext
) -> None:
    quote = make_quote(context.db, add_client(context.db), QuoteStatus.SENT)
    editor = open_editor(qtbot, context, quote_id=quote.id)
    editor.refuse_button.click()
    box = editor.last_box
    assert box.icon() == QMessageBox.Icon.Warning
    click_box(box, "Retour")
    assert editor.quote.status == QuoteStatus.SENT
    editor.refuse_button.click()
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        click_box(editor.last_box, "Refusé")
    assert editor.quote.status == QuoteStatus.REFUSED
    assert editor.refuse_button.isHidden() and editor.cancel_quote_button.isHidden()
    with qtbot.waitSignal(editor.sig_quote_opened, timeout=10_000) as blocker:
        editor.duplicate_button.click()
    idle(qtbot, context)
    copies = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QuoteEditor) and w.quote and w.quote.id == blocker.args[0]
    ]
    assert copies
    qtbot.addWidget(copies[0])
    qtbot.waitUntil(lambda: copies[0].loaded, timeout=10_000)
    assert copies[0].quote.status == QuoteStatus.DRAFT
    assert copies[0].lines_model.rowCount() == 2


def test_catalogue_line_is_inserted(
    qtbot: QtBot, french: None, context: ViewContext, qtmodeltester: Any
) -> None:
    from artisan_crm.services.catalog import CatalogItemDraft, create_catalog_item

    with context.db.write() as session:
        create_catalog_item(
            session,
            CatalogItemDraft(
                "Mitigeur thermostatique",
                LineKind.MATERIAL,
                "u",
                Decimal("189"),
                Decimal("95"),
                Decimal("10"),
            ),
        )
    editor = open_editor(qtbot, context, client_id=add_client(context.db))
    editor.insert_from_catalog()
    picker = editor.catalog_dialog
    qtbot.waitUntil(lambda: picker.model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(picker.model)
    picker.quantity.setText("2")
    picker.accept()
    qtbot.waitUntil(
        lambda: editor.lines_model.lines[0].description == "Mitigeur thermostatique", timeout=10_000
    )
    assert editor.lines_model.rowCount() == 1  # the blank starting line was replaced
    assert euros(editor.totals_panel.values["excl"]) == "378,00 €"
    assert euros(editor.totals_panel.values["material"]) == "190,00 €"
    assert euros(editor.totals_panel.values["margin"]) == "188,00 €"
