"""The main window: a thin shell of navigation, a stack of views, menus and a status bar.

No business logic here: each view lives in its own module under ``ui/views/``
and talks to the services through the ``ViewContext`` it receives.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from artisan_crm import APP_NAME, __version__
from artisan_crm.config import resources_dir
from artisan_crm.ui.views.base import ViewContext, plain_label
from artisan_crm.ui.views.today import TodayView

#: The views in navigation order: (view id, module under ``artisan_crm.ui.views``, class).
#: Only the first is built at start; the others (and their imports: charts, editors,
#: services) are built the first time they are shown, so the window opens fast.
VIEWS: tuple[tuple[str, str, str], ...] = (
    ("today", "today", "TodayView"),
    ("clients", "clients", "ClientsView"),
    ("quotes", "quotes", "QuotesView"),
    ("jobs", "jobs", "JobsView"),
    ("invoices", "invoices", "InvoicesView"),
    ("reminders", "reminders", "RemindersView"),
    ("rating", "rating", "RatingView"),
)

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SPLITTER_KEY = "window/splitter"
DEFAULT_SIZE = QSize(1200, 800)
NAV_WIDTH = 220
#: record kind -> the view that opens it (``open_<kind>(id)`` when it can)
OPEN_VIEWS = {"client": "clients", "quote": "quotes", "job": "jobs", "invoice": "invoices"}


def icon(name: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def default_size(available: QSize) -> QSize:
    """1200x800, or 90 % of a smaller screen."""
    return DEFAULT_SIZE.boundedTo(QSize(available.width() * 9 // 10, available.height() * 9 // 10))


class MainWindow(QMainWindow):
    """Navigation on the left (Ctrl+1..Ctrl+7), the current view on the right.

    Signals:
        sig_closed(): the user closed the window (the application should quit).
    """

    sig_closed = Signal()

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Artisan CRM — client follow-up"))
        self.setWindowIcon(icon("artisan-crm"))

        self.today = TodayView(context)
        labels = [
            self.tr("Today"),
            self.tr("Clients"),
            self.tr("Quotes"),
            self.tr("Jobs"),
            self.tr("Invoices"),
            self.tr("Reminders"),
            self.tr("Client rating"),
        ]

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setMinimumWidth(180)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.stack = QStackedWidget()
        self.stack.setObjectName("viewStack")
        self.view_ids: list[str] = [view_id for view_id, _module, _cls in VIEWS]
        self._built: dict[str, QWidget] = {"today": self.today}
        for (view_id, _module, _cls), label in zip(VIEWS, labels, strict=True):
            item = QListWidgetItem(icon(view_id), label)
            item.setData(Qt.ItemDataRole.UserRole, view_id)
            item.setSizeHint(QSize(0, 40))
            self.nav.addItem(item)
            self.stack.addWidget(self.today if view_id == "today" else QWidget())
        views = list(zip(self.view_ids, labels, strict=True))
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([NAV_WIDTH, DEFAULT_SIZE.width() - NAV_WIDTH])
        self.setCentralWidget(self.splitter)

        self._build_menus(views)
        self.database_label = plain_label(context.db.describe(), object_name="databaseLabel")
        self.database_label.setWordWrap(False)
        self.database_label.setToolTip(self.tr("Database in use"))
        self.busy_label = plain_label("", object_name="busyLabel")
        self.busy_label.setWordWrap(False)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.busy_label)
        context.tasks.sig_idle_changed.connect(self._on_idle_changed)
        # Reminders: the always-present notification area (bell, list, toast; the tray and
        # the "Pendant votre absence" panel are wired in app.py), and the planning views'
        # requests to open a client, quote, job or invoice.
        from artisan_crm.ui.planning.notifications import NotificationArea

        self.notifications = NotificationArea(context, self)
        self.statusBar().addPermanentWidget(self.notifications.bell)
        for source in (self.today, self.notifications):
            self._connect_open_requests(source)

        self.nav.setCurrentRow(0)
        self.resize(default_size(self.screen().availableGeometry().size()))
        self.restore_state()

    # ---- Menus -----------------------------------------------------------------------------

    def _build_menus(self, views: list[tuple[str, str]]) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        from artisan_crm.ui.clients.actions import client_file_actions

        self.client_files = client_file_actions(self.context, self)
        file_menu.addAction(self.client_files.import_action)
        file_menu.addAction(self.client_files.export_action)
        file_menu.addSeparator()
        from artisan_crm.ui.quotes.company_dialog import company_action

        self.company_action = company_action(self.context, self)
        file_menu.addAction(self.company_action)
        file_menu.addSeparator()
        self.backups_action = QAction(self.tr("&Backups…"), self)
        self.backups_action.triggered.connect(self.show_backups)
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_actions: list[QAction] = []
        for index, (_view, label) in enumerate(views):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, row=index: self.show_view(row))
            view_menu.addAction(action)
            self.view_actions.append(action)

        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        tools_menu.addAction(self.settings_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.first_steps_action = QAction(self.tr("&First steps"), self)
        self.first_steps_action.setObjectName("firstStepsAction")
        self.first_steps_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.first_steps_action.triggered.connect(self.show_first_steps)
        help_menu.addAction(self.first_steps_action)
        help_menu.addSeparator()
        self.about_action = QAction(self.tr("&About Artisan CRM"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    # ---- Navigation ------------------------------------------------------------------------

    def show_view(self, row: int) -> None:
        self.nav.setCurrentRow(row)

    def current_view_id(self) -> str:
        return self.view_ids[self.stack.currentIndex()]

    @Slot(int)
    def _on_nav_row_changed(self, row: int) -> None:
        if row >= 0:
            self.view(self.view_ids[row])
            self.stack.setCurrentIndex(row)

    def view(self, view_id: str) -> QWidget:
        """The view ``view_id``, built (and its module imported) on first use."""
        built = self._built.get(view_id)
        if built is not None:
            return built
        import importlib

        row = self.view_ids.index(view_id)
        _id, module_name, class_name = VIEWS[row]
        module = importlib.import_module(f"artisan_crm.ui.views.{module_name}")
        built = getattr(module, class_name)(self.context)
        placeholder = self.stack.widget(row)
        self.stack.insertWidget(row, built)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self._built[view_id] = built
        self._connect_open_requests(built)
        return built

    @property
    def reminders(self) -> QWidget:
        return self.view("reminders")

    def _connect_open_requests(self, source: QWidget | QObject) -> None:
        """Route a view's ``sig_open_<kind>(id)`` requests (those it has) to :meth:`open_record`."""
        for kind in OPEN_VIEWS:
            signal = getattr(source, f"sig_open_{kind}", None)
            if signal is not None:
                signal.connect(lambda record_id, k=kind: self.open_record(k, record_id))

    @Slot(int)
    def open_client(self, client_id: int) -> None:
        """Show the Clients view with this client's card (for any view's "open the card")."""
        self.open_record("client", client_id)

    def open_record(self, kind: str, record_id: int) -> bool:
        """Show the view of ``kind`` (client, quote, job, invoice) and open the record there
        when that view offers ``open_<kind>(id)``; True when it did."""
        view_id = OPEN_VIEWS.get(kind)
        if view_id not in self.view_ids:
            return False
        row = self.view_ids.index(view_id)
        self.show_view(row)
        opener = getattr(self.view(view_id), f"open_{kind}", None)
        if not callable(opener):
            return False
        opener(record_id)
        return True

    @Slot(bool)
    def _on_idle_changed(self, idle: bool) -> None:
        self.busy_label.setText("" if idle else self.tr("Working…"))

    def bring_to_front(self) -> None:
        """Answer to a second start: show this window above the others."""
        if self.isMinimized():
            self.showNormal()
        else:
            self.show()
        self.raise_()
        self.activateWindow()

    # ---- About -----------------------------------------------------------------------------

    def about_text(self) -> str:
        return self.tr(
            "{app} {version}\n\n"
            "Client follow-up for craftsmen, working offline.\n\n"
            "Data folder: {folder}\n"
            "Database: {database}"
        ).format(
            app=APP_NAME,
            version=__version__,
            folder=self.context.data_dir,
            database=self.context.db.describe(),
        )

    @Slot()
    def show_backups(self) -> Any:
        """Fichier ▸ Sauvegardes…: back up now or restore (the app restarts on it)."""
        from artisan_crm.config import backup_folder
        from artisan_crm.ui.backup_dialog import BackupDialog, request_restore_and_quit

        folder = backup_folder(self.context.settings, self.context.data_dir)
        dialog = BackupDialog(self.context, folder, self)
        dialog.sig_restore_chosen.connect(lambda path: request_restore_and_quit(self, path))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.backup_dialog = dialog
        return dialog

    # ---- Settings and help -------------------------------------------------------------------

    @Slot()
    def show_settings(self) -> Any:
        """Outils ▸ Paramètres… (Ctrl+,)."""
        from artisan_crm.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        dialog.sig_open_company.connect(self.company_action.trigger)
        dialog.sig_saved.connect(self.apply_settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.settings_dialog = dialog
        return dialog

    @Slot(object)
    def apply_settings(self, changed: set[str]) -> None:
        """Settings were saved: the built views and the reminders take what concerns them;
        the database and the language wait for the next start (said once here)."""
        if not changed:
            return
        for receiver in [*self._built.values(), getattr(self, "planning", None)]:
            hook = getattr(receiver, "on_settings_changed", None)
            if callable(hook):
                hook(set(changed))
        if changed & {"database/url", "ui/language"}:
            box = QMessageBox(self)
            box.setObjectName("restartNeededBox")
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(self.tr("Settings saved"))
            box.setText(self.tr("Restart Artisan CRM to use the new database or language."))
            box.open()
            self.restart_box = box

    @Slot()
    def show_first_steps(self) -> Any:
        """Aide ▸ Premiers pas (F1)."""
        from artisan_crm.ui.first_steps import FirstStepsDialog

        dialog = FirstStepsDialog(self)
        dialog.sig_go.connect(self.go_to)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.first_steps_dialog = dialog
        return dialog

    @Slot(str)
    def go_to(self, target: str) -> None:
        """Follow a « Premiers pas » link: a view, or the dialog where a step is done."""
        if target.startswith("view:"):
            view_id = target.removeprefix("view:")
            if view_id in self.view_ids:
                self.show_view(self.view_ids.index(view_id))
            self.raise_()
            self.activateWindow()
            return
        actions = {
            "company": self.company_action,
            "import": self.client_files.import_action,
            "settings": self.settings_action,
            "backups": self.backups_action,
        }
        action = actions.get(target)
        if action is not None:
            action.trigger()

    @Slot()
    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setWindowTitle(self.tr("About Artisan CRM"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.about_text())
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()
        self.about_box = box

    # ---- State -----------------------------------------------------------------------------

    def restore_state(self) -> None:
        raw = self.context.settings.raw()
        geometry = raw.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = raw.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = raw.value(SPLITTER_KEY)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        raw = self.context.settings.raw()
        raw.setValue(GEOMETRY_KEY, self.saveGeometry())
        raw.setValue(STATE_KEY, self.saveState())
        raw.setValue(SPLITTER_KEY, self.splitter.saveState())
        self.context.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
        if event.isAccepted():
            self.sig_closed.emit()
