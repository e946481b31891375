"""File ▸ Import clients (preview, mapping, progress, report) and File ▸ Export clients."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from artisan_crm.config import Settings
from artisan_crm.services.clients import ClientDraft, create_client, list_clients, search_clients
from artisan_crm.services.importing import ImportField
from artisan_crm.storage.database import Database
from artisan_crm.ui.clients.actions import ClientFileActions
from artisan_crm.ui.clients.import_wizard import ImportDialog
from artisan_crm.ui.clients.view import ClientsView
from artisan_crm.ui.events import AppEvents
from artisan_crm.ui.taskman import TaskManager
from artisan_crm.ui.views.base import ViewContext

WAIT = 10_000
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"

CSV = (
    "Prénom;Nom;Téléphone;E-mail;Code postal;Ville\n"  # line 1
    "Hélène;Lefèvre;06 12 34 56 78;helene@exemple.fr;69003;Lyon\n"  # 2 ok
    "Jean;Faux;06 12;;42000;Saint-Étienne\n"  # 3 bad phone
    "Paul;Martin;0478123456;paul@exemple.fr;69001;Lyon\n"  # 4 ok
    ";;;;;Nantes\n"  # 5 no name
    "Zoé;Durand;;pas-un-email;44000;Nantes\n"  # 6 bad e-mail
    "Luc;Déjà;06 98 76 54 32;;75011;Paris\n"  # 7 duplicate of an existing client (phone)
)


@pytest.fixture
def setup(
    qtbot: QtBot, french: None, sqlite_db: Database, private_home: Path
) -> Iterator[tuple[ClientFileActions, ClientsView, Database]]:
    private_home.mkdir(parents=True, exist_ok=True)
    events = AppEvents()
    tasks = TaskManager(events)
    tasks.db = sqlite_db
    context = ViewContext(
        settings=Settings(private_home / "settings.ini"),
        db=sqlite_db,
        events=events,
        tasks=tasks,
        data_dir=private_home,
    )
    view = ClientsView(context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.list_page.sig_loaded, timeout=WAIT):
        view.show()
    actions = ClientFileActions(context, view)
    try:
        yield actions, view, sqlite_db
    finally:
        tasks.shutdown()


def open_dialog(qtbot: QtBot, actions: ClientFileActions, path: Path) -> ImportDialog:
    actions.choose_import_file = lambda: str(path)  # type: ignore[method-assign]
    dialog = actions.start_import()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=WAIT)
    return dialog


def test_import_a_csv_with_bad_rows(qtbot: QtBot, setup, tmp_path: Path, qtmodeltester) -> None:
    actions, view, db = setup
    db.run_write(
        create_client, ClientDraft(first_name="Luc", last_name="Ancien", phones=("0698765432",))
    )
    path = tmp_path / "clients.csv"
    path.write_text(CSV, encoding="utf-8")
    dialog = open_dialog(qtbot, actions, path)
    assert "6 ligne(s)" in dialog.file_info.text()
    assert dialog.mapping()[:3] == (
        ImportField.FIRST_NAME,
        ImportField.LAST_NAME,
        ImportField.PHONE,
    )
    preview = dialog.preview_model
    qtmodeltester.check(preview)
    lines = [row[0] for row in preview.rows]
    assert lines == [2, 3, 4, 5, 6, 7]
    problems = {row[0]: row[2] for row in preview.rows}
    assert "06 12" in problems[3] and problems[2] == ""
    assert preview.data(preview.index(0, 2)) == "OK"

    with qtbot.waitSignal(dialog.sig_finished, timeout=WAIT) as finished:
        dialog.import_button.click()
    report = finished.args[0]
    assert report.imported == 2 and len(report.rejected) == 3 and report.skipped == 1
    assert dialog.pages.currentWidget() is dialog.report_page
    assert "2 client(s) importé(s)" in dialog.summary.text()
    assert "3 ligne(s) refusée(s)" in dialog.summary.text()
    model = dialog.report_model
    qtmodeltester.check(model)
    rows = [
        (model.data(model.index(r, 0)), model.data(model.index(r, 1)))
        for r in range(model.rowCount())
    ]
    assert rows == [("3", "Refusée"), ("5", "Refusée"), ("6", "Refusée"), ("7", "Doublon ignoré")]
    assert "Luc Ancien" in model.data(model.index(3, 2))
    assert db.run_read(search_clients, "helene lefevre")[0].phone == "06 12 34 56 78"
    assert db.run_read(search_clients, "paul martin")[0].phone == "04 78 12 34 56"
    # the list shows the new clients (data_changed)
    qtbot.waitUntil(lambda: view.list_page.model.rowCount() == 3, timeout=WAIT)
    dialog.close_button.click()


def test_changing_the_mapping_updates_the_preview(qtbot: QtBot, setup, tmp_path: Path) -> None:
    actions, _view, db = setup
    path = tmp_path / "clients.csv"
    path.write_text(CSV, encoding="utf-8")
    dialog = open_dialog(qtbot, actions, path)
    combo = dialog.mapping_combos[1]  # "Nom"
    assert combo.currentText() == "Nom"
    combo.setCurrentIndex(0)  # ignore the name column
    qtbot.waitUntil(lambda: "Nom :" not in dialog.preview_model.rows[0][1], timeout=WAIT)
    combo.setCurrentIndex(combo.findData(ImportField.COMPANY_NAME))
    qtbot.waitUntil(lambda: "Société : Lefèvre" in dialog.preview_model.rows[0][1], timeout=WAIT)
    with qtbot.waitSignal(dialog.sig_finished, timeout=WAIT):
        dialog.import_button.click()
    assert db.run_read(search_clients, "lefevre")[0].display_name == "Lefèvre (Hélène)"


def test_import_a_vcard_file(qtbot: QtBot, setup) -> None:
    actions, _view, db = setup
    dialog = open_dialog(qtbot, actions, FIXTURES / "contacts_v3.vcf")
    assert "vCard" in dialog.file_info.text()
    assert dialog.preview_model.rowCount() > 0
    assert not dialog.mapping_scroll.isVisible()
    with qtbot.waitSignal(dialog.sig_finished, timeout=WAIT) as finished:
        dialog.import_button.click()
    assert finished.args[0].imported > 0
    assert db.run_read(list_clients).total == finished.args[0].imported


def test_an_unreadable_file_says_why(qtbot: QtBot, setup, tmp_path: Path) -> None:
    actions, _view, _db = setup
    actions.choose_import_file = lambda: str(tmp_path / "absent.csv")  # type: ignore[method-assign]
    dialog = actions.start_import()
    assert dialog is not None
    qtbot.waitUntil(lambda: "ne peut pas être importé" in dialog.file_info.text(), timeout=WAIT)
    assert not dialog.import_button.isEnabled()
    dialog.reject()


@pytest.mark.parametrize(
    ("fmt", "suffix", "marker"), [("csv", ".csv", "Nom"), ("vcf", ".vcf", "BEGIN:VCARD")]
)
def test_export_clients(
    qtbot: QtBot, setup, tmp_path: Path, fmt: str, suffix: str, marker: str
) -> None:
    actions, _view, db = setup
    db.run_write(create_client, ClientDraft(first_name="Exporté", last_name="Client"))
    target = tmp_path / f"export{suffix}"
    actions.choose_export_file = lambda: (str(target), fmt)  # type: ignore[method-assign]
    actions.export_action.trigger()
    qtbot.waitUntil(target.exists, timeout=WAIT)
    text = target.read_text(encoding="utf-8-sig")
    assert marker in text and "Exporté" in text
    qtbot.waitUntil(lambda: hasattr(actions, "last_message"), timeout=WAIT)
    assert "1 client(s)" in actions.last_message.text()
