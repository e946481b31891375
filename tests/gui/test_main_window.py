"""The main window shell: French, navigation, status bar, Today view, saved layout."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from artisan_crm import __version__
from artisan_crm.domain.changes import ChangeSet
from artisan_crm.ui.main_window import GEOMETRY_KEY, SPLITTER_KEY, MainWindow, default_size
from artisan_crm.ui.views.base import EmptyStateView, ViewContext

NAV_FR = ["Aujourd'hui", "Clients", "Devis", "Chantiers", "Factures", "Rappels", "Notation clients"]


def nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def test_window_opens_in_french(gui) -> None:
    window = gui.window
    assert nav_texts(window) == NAV_FR
    assert window.windowTitle() == "Artisan CRM — suivi clients"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fichier", "&Affichage", "&Outils", "&Aide"]
    assert window.settings_action.text() == "&Paramètres…"
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    assert window.quit_action.text() == "&Quitter"
    assert window.about_action.text() == "À &propos d'Artisan CRM"
    clients = window.view("clients")
    if isinstance(clients, EmptyStateView):  # until the Clients view lands
        assert clients.empty_text.text() == (
            "La liste de vos clients, avec recherche instantanée, apparaîtra ici."
        )
    assert window.today.header.title.text() == "Aujourd'hui"
    assert "Votre base est vide" in window.today.summary.text()


def test_each_view_says_in_french_what_will_be_there(gui) -> None:
    for row, view_id in enumerate(gui.window.view_ids[1:], start=1):
        view = gui.window.view(view_id)
        assert view.header.title.text() == NAV_FR[row]
        if isinstance(view, EmptyStateView):  # a feature not built yet says what will come
            assert view.empty_text.text().endswith(("apparaîtra ici.", "apparaîtront ici."))
        # Data labels never interpret markup.
        for label in view.findChildren(QLabel):
            assert label.textFormat() == Qt.TextFormat.PlainText


def test_navigation_by_click(gui, qtbot: QtBot) -> None:
    window = gui.window
    for row in (3, 1, 6, 0):
        rect = window.nav.visualItemRect(window.nav.item(row))
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.stack.currentIndex() == row
    assert window.current_view_id() == "today"


def test_navigation_by_ctrl_number(gui, qtbot: QtBot) -> None:
    window = gui.window
    window.activateWindow()
    qtbot.waitActive(window)
    expected = ["today", "clients", "quotes", "jobs", "invoices", "reminders", "rating"]
    for number in (2, 5, 7, 3, 4, 6, 1):
        qtbot.keyClick(
            window, Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.ControlModifier
        )
        assert window.current_view_id() == expected[number - 1]
        assert window.nav.currentRow() == number - 1


def test_status_bar_shows_the_database(gui) -> None:
    label = gui.window.database_label
    assert label.text() == gui.db.describe()
    assert label.text().startswith("SQLite : ")
    assert str(gui.db.sqlite_path) in label.text()


def test_today_counts_refresh_on_data_changed(gui, qtbot: QtBot, new_client: Callable) -> None:
    today = gui.window.today
    assert today.stats is not None and today.stats["clients"] == 0
    assert today.cards["clients"].number.text() == "0"
    done: list[int] = []
    with qtbot.waitSignal(today.sig_loaded, timeout=10_000):
        gui.tasks.run_write(new_client, "Martin", on_done=done.append)
    assert done and today.stats["clients"] == 1
    assert today.cards["clients"].number.text() == "1"
    assert today.summary.text() == "Bonjour ! Rien d'urgent aujourd'hui."


def test_data_changed_bursts_are_coalesced(gui, qtbot: QtBot) -> None:
    today = gui.window.today
    loads: list[dict] = []
    today.sig_loaded.connect(loads.append)
    for _ in range(5):
        gui.context.events.data_changed.emit(ChangeSet.of([("client", None)]))
    qtbot.waitUntil(lambda: gui.tasks.is_idle() and len(loads) >= 1, timeout=10_000)
    assert len(loads) <= 2


def test_about_shows_version_folder_and_database(gui, qtbot: QtBot) -> None:
    text = gui.window.about_text()
    assert __version__ in text
    assert f"Dossier de données : {gui.context.data_dir}" in text
    assert f"Base de données : {gui.db.describe()}" in text
    gui.window.about_action.trigger()
    qtbot.waitUntil(lambda: gui.window.about_box.isVisible())
    assert gui.window.about_box.textFormat() == Qt.TextFormat.PlainText
    gui.window.about_box.close()


def test_geometry_and_splitter_saved_and_restored(gui, qtbot: QtBot, context: ViewContext) -> None:
    window = gui.window
    window.resize(700, 500)
    saved_size = window.size()
    window.splitter.setSizes([300, 700])
    window.close()
    raw = context.settings.raw()
    assert isinstance(raw.value(GEOMETRY_KEY), QByteArray)
    assert isinstance(raw.value(SPLITTER_KEY), QByteArray)

    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    assert again.size() == saved_size
    assert again.splitter.sizes()[0] == window.splitter.sizes()[0]


def test_default_size_is_roomy_but_fits_the_screen() -> None:
    assert default_size(QSize(1920, 1080)) == QSize(1200, 800)
    assert default_size(QSize(1024, 700)) == QSize(921, 630)


def test_only_the_first_view_is_built_at_start(gui) -> None:
    """The other views (and their imports) wait until they are shown: the window opens fast."""
    window = gui.window
    assert set(window._built) == {"today"}
    window.show_view(window.view_ids.index("rating"))
    assert window.stack.currentWidget() is window.view("rating")
    assert set(window._built) == {"today", "rating"}
    assert window.view("rating") is window.view("rating")


def test_open_the_card_from_the_rating_view(gui, new_client) -> None:
    """ "Voir la fiche" in the rating panel switches to the Clients view on that card."""
    window = gui.window
    with gui.db.write() as session:
        client_id = new_client(session, "Lefèvre")
    window.view("rating").sig_open_client.emit(client_id)
    assert window.current_view_id() == "clients"
    assert window.view("clients").card.client_id == client_id
