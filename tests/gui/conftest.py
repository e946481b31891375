"""GUI fixtures: a French main window on a real SQLite database, without ``run_gui``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from artisan_crm.config import Settings
from artisan_crm.storage import models
from artisan_crm.storage.database import Database
from artisan_crm.ui.events import AppEvents
from artisan_crm.ui.i18n import install_translators, remove_translators
from artisan_crm.ui.main_window import MainWindow
from artisan_crm.ui.taskman import TaskManager
from artisan_crm.ui.views.base import ViewContext


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The French translations installed for the test (as ``run_gui`` does)."""
    previous = QLocale()
    translators = install_translators(qapp, "fr")
    try:
        yield
    finally:
        remove_translators(qapp, translators)
        QLocale.setDefault(previous)


@dataclass
class Gui:
    window: MainWindow
    context: ViewContext

    @property
    def tasks(self) -> TaskManager:
        return self.context.tasks

    @property
    def db(self) -> Database:
        return self.context.db


@pytest.fixture
def context(sqlite_db: Database, private_home: Path) -> Iterator[ViewContext]:
    private_home.mkdir(parents=True, exist_ok=True)
    events = AppEvents()
    tasks = TaskManager(events)
    tasks.db = sqlite_db
    settings = Settings(private_home / "settings.ini")
    try:
        yield ViewContext(
            settings=settings, db=sqlite_db, events=events, tasks=tasks, data_dir=private_home
        )
    finally:
        tasks.shutdown()


@pytest.fixture
def gui(qtbot: QtBot, french: None, context: ViewContext) -> Gui:
    """The main window, shown, with the Today summary loaded."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.today.sig_loaded, timeout=10_000):
        window.show()
        window.today.refresh()
    return Gui(window=window, context=context)


def create_client(session: Session, last_name: str = "Durand") -> int:
    """A minimal client row, written the way a service would."""
    client = models.Client(last_name=last_name)
    session.add(client)
    session.flush()
    return client.id


@pytest.fixture
def new_client() -> Callable[..., int]:
    return create_client
