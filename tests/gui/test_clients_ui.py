"""The client list: search as you type, SQL sorting, filters, keyboard, delete + undo."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from artisan_crm.config import Settings
from artisan_crm.demo import generate_demo
from artisan_crm.domain.changes import ChangeSet
from artisan_crm.services.clients import (
    ClientDraft,
    create_client,
    get_client,
    list_clients,
    search_clients,
)
from artisan_crm.storage.database import Database, open_database
from artisan_crm.ui.clients.list_model import ClientListModel
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
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "clients.sqlite3"
    shutil.copy(demo_template, path)
    db = open_database(f"sqlite:///{path}", backups_dir=tmp_path / "backups")
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
    widget.resize(1200, 800)
    with qtbot.waitSignal(widget.list_page.sig_loaded, timeout=WAIT):
        widget.show()
    try:
        yield widget
    finally:
        widget.card.loaded_draft = widget.card.form.to_draft()
        tasks.shutdown()


def names(view: ClientsView) -> list[str]:
    return [row.display_name for row in view.list_page.model.rows]


def type_search(qtbot: QtBot, view: ClientsView, text: str) -> None:
    """Type like a user (no pause between keys); returns once the list answers the full text."""
    search = view.list_page.search
    search.clear()
    qtbot.keyClicks(search, text)
    qtbot.waitUntil(
        lambda: view.list_page.model.query.search == text.strip() and settled(view),
        timeout=WAIT,
    )


def settled(view: ClientsView) -> bool:
    return view.list_page.model.is_current()


def test_the_list_model_passes_the_model_tester(view: ClientsView, qtmodeltester) -> None:
    assert view.list_page.model.rowCount() > 0
    qtmodeltester.check(view.list_page.model)


def test_the_list_shows_name_city_phone_last_contact_quotes_and_due(view: ClientsView) -> None:
    model = view.list_page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Nom",
        "Ville",
        "Téléphone",
        "Dernier contact",
        "Devis en attente",
        "Reste dû",
        "Catégorie",
    ]
    assert view.list_page.count_label.text() == "60 clients"


def test_typing_helene_finds_helene_lefevre(qtbot: QtBot, view: ClientsView) -> None:
    type_search(qtbot, view, "helene")
    # accents and case ignored; other matches come from e-mails or notes
    assert "Hélène Lefèvre" in names(view) and len(names(view)) < 10
    assert view.list_page.count_label.text().endswith("trouvés") or len(names(view)) == 1


def test_search_by_phone_ignores_its_format(
    qtbot: QtBot, view: ClientsView, demo_db: Database
) -> None:
    demo_db.run_write(create_client, ClientDraft(last_name="Téléphoné", phones=("0612345678",)))
    view.list_page.model.reload()
    type_search(qtbot, view, "06 12 34")
    qtbot.waitUntil(lambda: "Téléphoné" in names(view), timeout=WAIT)
    type_search(qtbot, view, "06.12.34.56")
    qtbot.waitUntil(lambda: names(view) == ["Téléphoné"], timeout=WAIT)


def test_the_first_key_searches_at_once(qtbot: QtBot, view: ClientsView) -> None:
    page = view.list_page
    page.search.setFocus()
    qtbot.keyClick(page.search, "z")
    # no typing pause: the query is on the worker before the event loop runs again
    assert page.model.query.search == "z" and page.model.is_loading()
    qtbot.waitUntil(lambda: settled(view), timeout=WAIT)


def test_fast_typing_shows_the_last_answer_never_an_older_one(
    qtbot: QtBot, view: ClientsView, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keys typed while a query runs fold into one follow-up query with the latest text;
    the query for older text is stopped, and its answer never shows over a newer one."""
    import threading

    from artisan_crm.ui.clients import data

    page = view.list_page
    asked: list[str] = []
    blocking = threading.Event()
    block_next = [False]

    def list_clients_spy(session, **criteria):  # type: ignore[no-untyped-def]
        asked.append(criteria["search"])
        if block_next[0]:
            block_next[0] = False
            blocking.set()
            # a query far slower than the typist (half a minute, unless stopped)
            session.connection().exec_driver_sql(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                "SELECT count(*) FROM (SELECT i FROM n LIMIT 100000000)"
            ).all()
        return list_clients(session, **criteria)

    monkeypatch.setattr(data, "list_clients", list_clients_spy)
    shown: list[tuple[str, list[int]]] = []
    page.model.modelReset.connect(
        lambda: shown.append((page.search.text(), [r.id for r in page.model.rows]))
    )
    page.search.clear()
    page.search.setFocus()
    qtbot.keyClicks(page.search, "hel")  # every key searches; no typing pause
    qtbot.waitUntil(lambda: settled(view), timeout=WAIT)
    assert page.model.query.search == "hel" and "Hélène Lefèvre" in names(view)

    block_next[0] = True
    asked.clear()
    qtbot.keyClick(page.search, "e")
    qtbot.waitUntil(blocking.is_set, timeout=WAIT)  # "hele" is stuck on the worker
    qtbot.keyClicks(page.search, "ne lef")
    qtbot.waitUntil(lambda: settled(view), timeout=WAIT)

    assert names(view) == ["Hélène Lefèvre"]
    assert page.model.query.search == "helene lef"
    assert asked == ["hele", "helene lef"]  # the six keys typed meanwhile: one query
    # Whatever the list showed on the way answered the text in the box at that moment.
    assert shown
    for text, ids in shown:
        expected = demo_db.run_read(list_clients, search=text, limit=page.model.page_size)
        assert ids == [r.id for r in expected.rows], text


def test_no_match_says_so(qtbot: QtBot, view: ClientsView) -> None:
    type_search(qtbot, view, "zzzzqqq")
    qtbot.waitUntil(
        lambda: view.list_page.stack.currentWidget() is view.list_page.empty, timeout=WAIT
    )
    assert "zzzzqqq" in view.list_page.empty.text()
    assert view.list_page.empty.textFormat() == Qt.TextFormat.PlainText


def test_sorting_is_done_in_sql(qtbot: QtBot, view: ClientsView, demo_db: Database) -> None:
    page = view.list_page
    with qtbot.waitSignal(page.model.sig_loaded, timeout=WAIT):
        page.table.horizontalHeader().setSortIndicator(
            ClientListModel.CITY, Qt.SortOrder.AscendingOrder
        )
    expected = demo_db.run_read(list_clients, sort="city", limit=page.model.page_size)
    assert [r.id for r in page.model.rows] == [r.id for r in expected.rows]
    with qtbot.waitSignal(page.model.sig_loaded, timeout=WAIT):
        page.table.horizontalHeader().setSortIndicator(
            ClientListModel.AMOUNT_DUE, Qt.SortOrder.DescendingOrder
        )
    dues = [r.amount_due for r in page.model.rows]
    assert dues == sorted(dues, reverse=True)
    assert dues[0] > 0


def test_more_rows_are_fetched_when_scrolling(qtbot: QtBot, view: ClientsView) -> None:
    model = view.list_page.model
    model.page_size = 20
    with qtbot.waitSignal(model.sig_loaded, timeout=WAIT):
        model.reload()
    assert model.rowCount() == 20 and model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 40, timeout=WAIT)


def test_the_category_column_shows_the_rating(qtbot: QtBot, view: ClientsView) -> None:
    model = view.list_page.model
    qtbot.waitUntil(lambda: bool(model.categories), timeout=WAIT)
    labels = {model.data(model.index(r, ClientListModel.CATEGORY)) for r in range(model.rowCount())}
    assert labels & {"Pépite", "Bon client", "À surveiller", "Vampire"}


def test_rating_the_file_gives_way_to_the_search(
    qtbot: QtBot, view: ClientsView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rating a big file takes seconds of the single worker: a search stops it at once,
    and the rating starts again once the list is quiet."""
    import threading

    from artisan_crm.ui.clients import data

    page = view.list_page
    model = page.model
    qtbot.waitUntil(lambda: bool(model.categories), timeout=WAIT)
    assert not page.table.isColumnHidden(ClientListModel.CATEGORY)
    real_sums = data.aggregate_sums
    started = threading.Event()

    def endless_sums(session, *args):  # type: ignore[no-untyped-def]
        # SQL running for half a minute unless stopped, like the sums of a huge file
        started.set()
        session.connection().exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
            "SELECT count(*) FROM (SELECT i FROM n LIMIT 100000000)"
        ).all()
        return real_sums(session, *args)

    monkeypatch.setattr(data, "aggregate_sums", endless_sums)
    model.invalidate_categories()
    model.start_categories()
    assert started.wait(5) and model.categories_running()
    type_search(qtbot, view, "helene lef")
    assert names(view) == ["Hélène Lefèvre"]
    monkeypatch.setattr(data, "aggregate_sums", real_sums)
    with qtbot.waitSignal(model.sig_categories_loaded, timeout=WAIT):
        pass  # armed again by the quiet list, with the real sums this time
    assert not model.categories_running()
    label = model.data(model.index(0, ClientListModel.CATEGORY))
    assert label in {"", "Pépite", "Bon client", "À surveiller", "Vampire"}


def test_tag_filter_and_archived_clients(
    qtbot: QtBot, view: ClientsView, demo_db: Database
) -> None:
    page = view.list_page
    created = demo_db.run_write(
        create_client, ClientDraft(last_name="Étiqueté", tags=("piscine-test",))
    )[0]
    view.context.tasks.publish(ChangeSet.of([("client", created.id), ("tag", None)]))
    qtbot.waitUntil(lambda: page.tag_filter.findData("piscine-test") >= 0, timeout=WAIT)
    page.tag_filter.setCurrentIndex(page.tag_filter.findData("piscine-test"))
    qtbot.waitUntil(lambda: names(view) == ["Étiqueté"], timeout=WAIT)
    assert page.count_label.text() == "1 client trouvé"
    page.tag_filter.setCurrentIndex(0)
    everyone = demo_db.run_read(list_clients, limit=500).total
    qtbot.waitUntil(lambda: len(names(view)) == everyone, timeout=WAIT)

    from artisan_crm.services.clients import archive_client

    view.context.tasks.run_write(archive_client, created.id)
    qtbot.waitUntil(lambda: "Étiqueté" not in names(view), timeout=WAIT)
    page.show_archived.setChecked(True)
    qtbot.waitUntil(lambda: "Étiqueté" in names(view), timeout=WAIT)
    model = page.model
    row = names(view).index("Étiqueté")
    assert model.data(model.index(row, 0)) == "Étiqueté (archivé)"


def test_enter_opens_the_card(qtbot: QtBot, view: ClientsView) -> None:
    type_search(qtbot, view, "helene lef")
    qtbot.waitUntil(lambda: names(view) == ["Hélène Lefèvre"], timeout=WAIT)
    qtbot.keyClick(view.list_page.search, Qt.Key.Key_Down)
    assert view.list_page.table.hasFocus() or view.list_page.table.currentIndex().isValid()
    with qtbot.waitSignal(view.card.sig_loaded, timeout=WAIT):
        qtbot.keyClick(view.list_page.table, Qt.Key.Key_Return)
    assert view.is_card_shown()
    assert view.card.title.text() == "Hélène Lefèvre"
    # Esc goes back to the list, on the same client
    qtbot.keyClick(view.card.form.first_name, Qt.Key.Key_Escape)
    assert not view.is_card_shown()


def test_enter_typed_before_the_list_answers_opens_the_match(
    qtbot: QtBot, view: ClientsView
) -> None:
    page = view.list_page
    page.search.setFocus()
    qtbot.keyClicks(page.search, "helene lef")
    assert not page.model.is_current()
    with qtbot.waitSignal(view.card.sig_loaded, timeout=WAIT):
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert view.card.title.text() == "Hélène Lefèvre"


def test_enter_in_the_search_box_opens_the_first_match(qtbot: QtBot, view: ClientsView) -> None:
    type_search(qtbot, view, "electricite generale")
    qtbot.waitUntil(
        lambda: names(view) == ["Électricité Générale Martin (Julien Martin)"], timeout=WAIT
    )
    with qtbot.waitSignal(view.card.sig_loaded, timeout=WAIT):
        qtbot.keyClick(view.list_page.search, Qt.Key.Key_Return)
    assert view.card.form.company.isChecked()
    assert view.card.form.siret.text()


def test_ctrl_n_and_ctrl_f(qtbot: QtBot, view: ClientsView) -> None:
    view.activateWindow()
    qtbot.keyClick(view.list_page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.is_card_shown() and view.card.is_new()
    assert view.card.title.text() == "Nouveau client"
    qtbot.keyClick(view.card.form.last_name, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert not view.is_card_shown()
    assert view.list_page.search.hasFocus()


def _plain_client(demo_db: Database, name: str) -> int:
    return demo_db.run_write(create_client, ClientDraft(last_name=name))[0].id


def test_delete_key_then_undo(qtbot: QtBot, view: ClientsView, demo_db: Database) -> None:
    client_id = _plain_client(demo_db, "Aeffacer")
    page = view.list_page
    type_search(qtbot, view, "aeffacer")
    qtbot.waitUntil(lambda: names(view) == ["Aeffacer"], timeout=WAIT)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = view.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "Aeffacer" in box.text()
    delete = next(b for b in box.buttons() if b.text() == "Supprimer")
    delete.click()
    qtbot.waitUntil(view.undo_bar.isVisible, timeout=WAIT)
    assert "Aeffacer" in view.undo_bar.message.text()
    assert demo_db.run_read(search_clients, "aeffacer") == ()
    qtbot.waitUntil(lambda: names(view) == [], timeout=WAIT)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: names(view) == ["Aeffacer"], timeout=WAIT)
    assert demo_db.run_read(get_client, client_id).last_name == "Aeffacer"


def test_delete_key_can_archive(qtbot: QtBot, view: ClientsView, demo_db: Database) -> None:
    client_id = _plain_client(demo_db, "Aarchiver")
    type_search(qtbot, view, "aarchiver")
    qtbot.waitUntil(lambda: names(view) == ["Aarchiver"], timeout=WAIT)
    view.ask_remove(client_id)
    box = view.dialog
    assert isinstance(box, QMessageBox)
    next(b for b in box.buttons() if b.text() == "Archiver").click()
    qtbot.waitUntil(lambda: demo_db.run_read(get_client, client_id).archived, timeout=WAIT)
    qtbot.waitUntil(lambda: names(view) == [], timeout=WAIT)
    view.undo_bar.undo_button.click()
    qtbot.waitUntil(lambda: not demo_db.run_read(get_client, client_id).archived, timeout=WAIT)


def test_client_text_is_shown_literally(qtbot: QtBot, view: ClientsView, demo_db: Database) -> None:
    demo_db.run_write(create_client, ClientDraft(last_name="<b>Dupont</b>", notes="<i>x</i>"))
    type_search(qtbot, view, "dupont")
    qtbot.waitUntil(lambda: "<b>Dupont</b>" in names(view), timeout=WAIT)
    model = view.list_page.model
    row = names(view).index("<b>Dupont</b>")
    tooltip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Dupont&lt;/b&gt;" in tooltip
    with qtbot.waitSignal(view.card.sig_loaded, timeout=WAIT):
        view.open_client(model.rows[row].id)
    assert view.card.title.text() == "<b>Dupont</b>"
    assert view.card.title.textFormat() == Qt.TextFormat.PlainText


def test_the_main_window_opens_a_card_and_has_the_file_actions(gui, qtbot: QtBot) -> None:
    from artisan_crm.services.clients import create_client as create

    client = gui.db.run_write(create, ClientDraft(first_name="Ouvert", last_name="Ailleurs"))[0]
    window = gui.window
    window.open_client(client.id)
    clients = window.stack.currentWidget()
    assert isinstance(clients, ClientsView)
    qtbot.waitUntil(lambda: clients.card.title.text() == "Ouvert Ailleurs", timeout=WAIT)
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Importer des clients…" in texts
    assert "&Exporter les clients…" in texts


def test_several_selected_clients_print_together(
    qtbot: QtBot, french: None, context: ViewContext
) -> None:
    from PySide6.QtCore import QItemSelectionModel

    from artisan_crm.services.clients import ClientDraft, create_client
    from artisan_crm.ui.clients.view import ClientsView

    with context.db.write() as session:
        ids = [
            create_client(session, ClientDraft(last_name=n)).id
            for n in ("Arnaud", "Bernard", "Colin")
        ]
    view = ClientsView(context)
    qtbot.addWidget(view)
    view.show()
    page = view.list_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    selection = page.table.selectionModel()
    for row in (0, 2):
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert page.selected_client_ids() == [ids[0], ids[2]]
    page.print_button.click()
    job = page.print_job
    assert job is not None and job.options_dialog.isVisible()
    assert job.client_ids == [ids[0], ids[2]]
    job.options_dialog.reject()
