"""The client card: timeline and totals, edit in place with validation, duplicates,
contacts and complaints, time and stopwatch, conflict, GDPR."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from artisan_crm.config import Settings
from artisan_crm.demo import generate_demo
from artisan_crm.domain.enums import InteractionChannel, TimeKind
from artisan_crm.services.clients import (
    ClientDraft,
    create_client,
    get_client,
    search_clients,
    update_client,
)
from artisan_crm.services.feedback import list_feedback
from artisan_crm.services.time_entries import list_time_entries
from artisan_crm.storage.database import Database, open_database
from artisan_crm.ui.clients.dialogs import (
    AnonymiseDialog,
    DuplicateDialog,
    FeedbackDialog,
    LogContactDialog,
    TimeEntryDialog,
)
from artisan_crm.ui.clients.view import ClientsView
from artisan_crm.ui.events import AppEvents
from artisan_crm.ui.taskman import TaskManager
from artisan_crm.ui.views.base import ViewContext

WAIT = 10_000


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    db = open_database(f"sqlite:///{folder / 'demo.sqlite3'}", backups_dir=folder / "b")
    try:
        generate_demo(db, clients=60, seed=42)
    finally:
        db.dispose()
    return folder / "demo.sqlite3"


@pytest.fixture
def db_path(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "card.sqlite3"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def demo_db(db_path: Path, tmp_path: Path) -> Iterator[Database]:
    db = open_database(f"sqlite:///{db_path}", backups_dir=tmp_path / "backups")
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def view(
    qtbot: QtBot, french: None, demo_db: Database, private_home: Path
) -> Iterator[ClientsView]:
    private_home.mkdir(parents=True, exist_ok=True)
    events = AppEvents()
    tasks = TaskManager(events)
    tasks.db = demo_db
    context = ViewContext(
        settings=Settings(private_home / "settings.ini"),
        db=demo_db,
        events=events,
        tasks=tasks,
        data_dir=private_home,
    )
    widget = ClientsView(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    with qtbot.waitSignal(widget.list_page.sig_loaded, timeout=WAIT):
        widget.show()
    try:
        yield widget
    finally:
        widget.card.loaded_draft = widget.card.form.to_draft()
        tasks.shutdown()


def client_id(db: Database, query: str) -> int:
    return db.run_read(search_clients, query)[0].id


def open_card(qtbot: QtBot, view: ClientsView, cid: int) -> None:
    with qtbot.waitSignal(view.card.sig_loaded, timeout=WAIT):
        view.open_client(cid)


def test_the_card_shows_identity_timeline_and_totals(
    qtbot: QtBot, view: ClientsView, demo_db: Database, qtmodeltester
) -> None:
    open_card(qtbot, view, client_id(demo_db, "Hélène Lefèvre"))
    card = view.card
    assert card.title.text() == "Hélène Lefèvre"
    assert card.form.first_name.text() == "Hélène"
    assert card.form.phones.values()
    items = card.timeline_model.items
    assert len(items) > 5
    assert [i.sort_key() for i in items] == sorted((i.sort_key() for i in items), reverse=True)
    assert card.revenue.number.text().endswith("€")
    assert "h" in card.hours.number.text()
    assert card.last_contact.number.text() not in ("—", "")
    qtmodeltester.check(card.timeline_model)
    kinds = {card.timeline_model.data(card.timeline_model.index(r, 1)) for r in range(len(items))}
    assert {"Devis", "Contact"} <= kinds


def test_an_invalid_phone_is_shown_next_to_its_field_and_nothing_is_saved(
    qtbot: QtBot, view: ClientsView, demo_db: Database
) -> None:
    cid = client_id(demo_db, "Hélène Lefèvre")
    open_card(qtbot, view, cid)
    card = view.card
    before = demo_db.run_read(get_client, cid)
    phone = card.form.phones.edits()[0]
    phone.setFocus()
    phone.selectAll()
    qtbot.keyClicks(phone, "06 12 34")
    card.form.notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(card.form.notes, " Nouvelle note.")
    assert card.is_dirty() and card.save_button.isEnabled()
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    row = card.form.phones.rows[0]
    qtbot.waitUntil(lambda: row.error.isVisible(), timeout=WAIT)
    assert "06 12 34" in row.error.text() and "numéro" in row.error.text()
    assert phone.text() == "06 12 34"  # the typed text is kept
    assert card.form.notes.toPlainText().endswith("Nouvelle note.")
    assert "Rien n'a été enregistré" in card.status.text()
    assert demo_db.run_read(get_client, cid).version == before.version

    # fixed: saved, and shown the French way
    phone.selectAll()
    qtbot.keyClicks(phone, "0612345678")
    with qtbot.waitSignal(card.sig_saved, timeout=WAIT):
        qtbot.keyClick(phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert card.form.phones.edits()[0].text() == "06 12 34 56 78"
    assert not row.error.isVisible() or not row.error.text()
    saved = demo_db.run_read(get_client, cid)
    assert saved.phones[0] == "06 12 34 56 78"
    assert saved.notes.endswith("Nouvelle note.")
    assert not card.is_dirty()


def test_siret_email_and_postcode_errors_sit_next_to_their_fields(
    qtbot: QtBot, view: ClientsView, demo_db: Database
) -> None:
    open_card(qtbot, view, client_id(demo_db, "Électricité Générale Martin"))
    form = view.card.form
    form.siret.setText("123")
    form.emails.edits()[0].setText("pas-un-email")
    form.addresses[0].postcode.setText("7501")
    form.sig_changed.emit()
    view.card.save()
    qtbot.waitUntil(lambda: form.siret_box.error.isVisible(), timeout=WAIT)
    assert "14 chiffres" in form.siret_box.error.text()
    assert form.emails.rows[0].error.isVisible()
    assert form.addresses[0].postcode_error.isVisible()
    assert form.siret.text() == "123"


def test_leaving_with_unsaved_changes_asks_first(
    qtbot: QtBot, view: ClientsView, demo_db: Database
) -> None:
    open_card(qtbot, view, client_id(demo_db, "Hélène Lefèvre"))
    card = view.card
    card.form.first_name.setText("Hélène-Marie")
    card.form.sig_changed.emit()
    card.back_button.click()
    box = card.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    next(b for b in box.buttons() if b.text() == "Annuler").click()
    assert view.is_card_shown() and card.form.first_name.text() == "Hélène-Marie"
    card.back_button.click()
    next(b for b in card.dialog.buttons() if b.text() == "Ne pas enregistrer").click()
    assert not view.is_card_shown()


def test_creating_a_look_alike_shows_the_duplicate(
    qtbot: QtBot, view: ClientsView, demo_db: Database
) -> None:
    existing = demo_db.run_read(search_clients, "Hélène Lefèvre")[0]
    view.new_client()
    form = view.card.form
    qtbot.keyClicks(form.first_name, "Helene")
    qtbot.keyClicks(form.last_name, "Lefevre")
    qtbot.keyClicks(form.phones.edits()[0], existing.phone.replace(" ", ""))
    view.card.save()
    qtbot.waitUntil(lambda: isinstance(view.card.dialog, DuplicateDialog), timeout=WAIT)
    dialog = view.card.dialog
    assert isinstance(dialog, DuplicateDialog)
    texts = [label.text() for label in dialog.findChildren(type(view.card.title))]
    assert any("Hélène Lefèvre" in t for t in texts)
    assert any("Même numéro de téléphone" in t for t in texts)
    with qtbot.waitSignal(view.card.sig_loaded, timeout=WAIT):
        dialog.open_buttons[0].click()
    assert view.card.client_id == existing.id


def test_create_anyway_creates_the_client(
    qtbot: QtBot, view: ClientsView, demo_db: Database
) -> None:
    existing = demo_db.run_read(search_clients, "Hélène Lefèvre")[0]
    view.new_client()
    form = view.card.form
    form.last_name.setText("Homonyme")
    form.phones.edits()[0].setText(existing.phone)
    view.card.save()
    qtbot.waitUntil(lambda: isinstance(view.card.dialog, DuplicateDialog), timeout=WAIT)
    with qtbot.waitSignal(view.card.sig_saved, timeout=WAIT):
        view.card.dialog.create_button.click()
    assert demo_db.run_read(search_clients, "Homonyme")[0].id == view.card.client_id
    assert view.card.title.text() == "Homonyme"


def test_log_a_call_with_a_complaint_then_find_it_in_customer_feedback(
    qtbot: QtBot, view: ClientsView, demo_db: Database
) -> None:
    cid = client_id(demo_db, "Hélène Lefèvre")
    open_card(qtbot, view, cid)
    card = view.card
    card.contact_buttons[InteractionChannel.CALL].click()
    dialog = card.dialog
    assert isinstance(dialog, LogContactDialog)
    # QTest types ASCII only: accented text is inserted as an input method would
    dialog.summary.insertPlainText("Le joint de la douche fuit déjà")
    dialog.minutes.setValue(12)
    dialog.complaint.setChecked(True)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: isinstance(card.dialog, FeedbackDialog), timeout=WAIT)
    feedback = card.dialog
    assert feedback.criticism.toPlainText() == "Le joint de la douche fuit déjà"
    feedback.category.setCurrentText("Qualité du travail")
    qtbot.keyClicks(feedback.resolution, "Joint refait gratuitement")
    qtbot.keyClicks(feedback.lesson, "Poser du ruban de masquage avant le silicone")
    assert feedback.resolved.isChecked()
    with qtbot.waitSignal(feedback.sig_saved, timeout=WAIT):
        feedback.save_button.click()
    rows = demo_db.run_read(list_feedback, search="ruban masquage")
    assert len(rows) == 1 and rows[0].is_resolved and rows[0].client_id == cid
    qtbot.waitUntil(
        lambda: any(i.kind_label == "Réclamation" for i in card.timeline_model.items),
        timeout=WAIT,
    )
    assert any(e.minutes == 12 for e in demo_db.run_read(list_time_entries, client_id=cid))

    # "Retours clients": the complaint is there, searchable
    card.back_button.click()
    view.tabs.setCurrentWidget(view.feedback_page)
    page = view.feedback_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT)
    qtbot.keyClicks(page.search, "douche fuit")
    qtbot.waitUntil(
        lambda: [r.criticism for r in page.model.rows] == ["Le joint de la douche fuit déjà"],
        timeout=WAIT,
    )
    assert page.model.data(page.model.index(0, page.model.STATUS)) == "Réglée"
    page.table.setCurrentIndex(page.model.index(0, 0))
    with qtbot.waitSignal(view.card.sig_loaded, timeout=WAIT):
        page.open_button.click()
    assert view.card.client_id == cid


def test_feedback_model_passes_the_model_tester(
    qtbot: QtBot, view: ClientsView, qtmodeltester
) -> None:
    view.tabs.setCurrentWidget(view.feedback_page)
    qtbot.waitUntil(lambda: view.feedback_page.count.text() != "", timeout=WAIT)
    qtmodeltester.check(view.feedback_page.model)


def test_the_stopwatch_proposes_the_time_entry(
    qtbot: QtBot, view: ClientsView, demo_db: Database
) -> None:
    cid = client_id(demo_db, "Hélène Lefèvre")
    open_card(qtbot, view, cid)
    card = view.card
    now = [1000.0]
    card.timer.clock = lambda: now[0]
    card.timer.kind.setCurrentIndex(card.timer.kind.findData(TimeKind.ON_SITE))
    card.timer.button.click()
    assert card.timer.is_running()
    now[0] += 7 * 60 + 5  # 7 min 5 s
    card.timer._on_tick()
    assert card.timer.elapsed.text() == "07:05"
    card.timer.button.click()
    assert not card.timer.is_running()
    dialog = card.dialog
    assert isinstance(dialog, TimeEntryDialog)
    assert dialog.minutes.value() == 8
    assert dialog.kind.currentData() == TimeKind.ON_SITE
    assert dialog.billable.isChecked()  # on site: billable by default
    with qtbot.waitSignal(dialog.sig_saved, timeout=WAIT):
        dialog.save_button.click()
    entries = demo_db.run_read(list_time_entries, client_id=cid, kind=TimeKind.ON_SITE, limit=1)
    assert entries[0].minutes == 8 and entries[0].billable


def test_time_entry_billable_follows_the_kind_and_errors_show(
    qtbot: QtBot, view: ClientsView, demo_db: Database
) -> None:
    open_card(qtbot, view, client_id(demo_db, "Hélène Lefèvre"))
    dialog = view.card.add_time(kind=TimeKind.TRAVEL)
    assert dialog is not None and dialog.billable.isChecked()
    dialog.kind.setCurrentIndex(dialog.kind.findData(TimeKind.QUOTE_PREPARATION))
    assert not dialog.billable.isChecked()
    labels = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert "Préparation de devis" in labels
    dialog.minutes.setValue(0)
    dialog.save_button.click()
    _widget, label = dialog.fields["minutes"]
    qtbot.waitUntil(label.isVisible, timeout=WAIT)
    assert "durée" in label.text()
    dialog.reject()


def test_conflict_on_save_offers_to_reload_keeping_the_typed_text(
    qtbot: QtBot, view: ClientsView, demo_db: Database, db_path: Path, tmp_path: Path
) -> None:
    cid = client_id(demo_db, "Hélène Lefèvre")
    open_card(qtbot, view, cid)
    card = view.card
    # another workstation changes the client first
    other = open_database(f"sqlite:///{db_path}", backups_dir=tmp_path / "other")
    try:
        theirs = other.run_read(get_client, cid)
        draft = ClientDraft(
            first_name=theirs.first_name,
            last_name=theirs.last_name,
            phones=theirs.phones,
            emails=theirs.emails,
            notes="Modifié sur le poste du bureau",
        )
        other.run_write(update_client, cid, draft, expected_version=theirs.version)
    finally:
        other.dispose()
    card.form.notes.setPlainText("Ma note tapée sur le chantier")
    card.save()
    qtbot.waitUntil(lambda: isinstance(card.dialog, QMessageBox), timeout=WAIT)
    box = card.dialog
    assert "modifié sur un autre poste" in box.text()  # the card's own message
    assert card.form.notes.toPlainText() == "Ma note tapée sur le chantier"
    with qtbot.waitSignal(card.sig_loaded, timeout=WAIT):
        next(b for b in box.buttons() if b.text() == "Recharger").click()
    assert card.form.notes.toPlainText() == "Modifié sur le poste du bureau"
    assert card.conflict_banner.isVisible()
    assert "Ma note tapée sur le chantier" in card.conflict_typed.toPlainText()
    card.reapply_button.click()
    assert card.form.notes.toPlainText() == "Ma note tapée sur le chantier"
    with qtbot.waitSignal(card.sig_saved, timeout=WAIT):
        card.save()
    assert demo_db.run_read(get_client, cid).notes == "Ma note tapée sur le chantier"


def test_anonymise_needs_the_name_typed(qtbot: QtBot, view: ClientsView, demo_db: Database) -> None:
    cid = demo_db.run_write(
        create_client, ClientDraft(first_name="Oublié", last_name="Durable", phones=("0611223344",))
    )[0].id
    open_card(qtbot, view, cid)
    card = view.card
    card.anonymise_action.trigger()
    dialog = card.dialog
    assert isinstance(dialog, AnonymiseDialog)
    assert not dialog.erase_button.isEnabled()
    dialog.confirm.insert("Oublié")
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.confirm, " durable")
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(card.sig_loaded, timeout=WAIT):
        dialog.erase_button.click()
    after = demo_db.run_read(get_client, cid)
    assert "Oublié" not in after.display_name and not after.phones
    assert card.title.text() == after.display_name


def test_gdpr_export_writes_json_and_html(
    qtbot: QtBot, view: ClientsView, demo_db: Database, tmp_path: Path
) -> None:
    cid = client_id(demo_db, "Hélène Lefèvre")
    open_card(qtbot, view, cid)
    target = tmp_path / "rgpd"
    view.card.choose_directory = lambda: str(target)  # type: ignore[method-assign]
    view.card.export_action.trigger()
    qtbot.waitUntil(lambda: (target / f"client-{cid}-donnees.html").exists(), timeout=WAIT)
    assert (target / f"client-{cid}-donnees.json").exists()
    qtbot.waitUntil(lambda: "exportées" in view.card.status.text(), timeout=WAIT)


def test_delete_from_the_card_then_undo(qtbot: QtBot, view: ClientsView, demo_db: Database) -> None:
    cid = demo_db.run_write(create_client, ClientDraft(last_name="Passager"))[0].id
    open_card(qtbot, view, cid)
    view.card.delete_action.trigger()
    box = view.card.dialog
    next(b for b in box.buttons() if b.text() == "Supprimer").click()
    qtbot.waitUntil(view.undo_bar.isVisible, timeout=WAIT)
    assert not view.is_card_shown()
    assert demo_db.run_read(search_clients, "Passager") == ()
    view.undo_bar.undo_button.click()
    qtbot.waitUntil(lambda: bool(demo_db.run_read(search_clients, "Passager")), timeout=WAIT)


def test_a_client_with_invoices_is_archived_instead(
    qtbot: QtBot, view: ClientsView, demo_db: Database
) -> None:
    cid = client_id(demo_db, "Hélène Lefèvre")
    open_card(qtbot, view, cid)
    view.card.delete(cid)
    qtbot.waitUntil(
        lambda: isinstance(view.card.dialog, QMessageBox) and "factures" in view.card.dialog.text(),
        timeout=WAIT,
    )
    next(b for b in view.card.dialog.buttons() if b.text() == "Archiver").click()
    qtbot.waitUntil(lambda: demo_db.run_read(get_client, cid).archived, timeout=WAIT)
    qtbot.waitUntil(view.card.badge.isVisible, timeout=WAIT)
    assert view.card.badge.text() == "Archivé"


def test_ctrl_p_on_the_card_prints_this_clients_summary(
    qtbot: QtBot, view: ClientsView, demo_db: Database
) -> None:
    from artisan_crm.ui.summary import SummaryOptionsDialog

    cid = client_id(demo_db, "Hélène Lefèvre")
    open_card(qtbot, view, cid)
    assert view.card.print_button.defaultAction().text() == "Imprimer la fiche…"
    view.card.setFocus()
    qtbot.keyClick(view.card, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(view.card, "print_job", None) is not None, timeout=WAIT)
    dialog = view.card.print_job.options_dialog
    assert isinstance(dialog, SummaryOptionsDialog) and dialog.isVisible()
    assert view.card.print_job.client_ids == [cid]
    dialog.reject()
