"""Fichier ▸ Sauvegardes…: back up now, then restore a backup and restart on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from artisan_crm import app as app_module
from artisan_crm.storage.backup import list_backups
from artisan_crm.storage.database import open_database
from artisan_crm.storage.models import Client


def _names(path: Path) -> list[str]:
    db = open_database(f"sqlite:///{path}")
    try:
        with db.read() as session:
            return list(session.scalars(select(Client.last_name).order_by(Client.id)))
    finally:
        db.dispose()


def test_back_up_now_then_restore_and_restart(
    qtbot: QtBot, gui, new_client, monkeypatch: pytest.MonkeyPatch, qtmodeltester
) -> None:
    window, context = gui.window, gui.context
    with context.db.write() as session:
        new_client(session, "Avant")
    # run_gui reopens the database named by the settings/environment: this test's file.
    monkeypatch.setenv("ARTISAN_CRM_DATABASE_URL", f"sqlite:///{context.db.sqlite_path}")
    dialog = window.show_backups()
    assert dialog.windowTitle() == "Sauvegardes"
    assert dialog.status.text() == "Aucune sauvegarde pour l'instant."
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(dialog.model)
    assert "Sauvegarde écrite et vérifiée" in dialog.status.text()
    assert dialog.model.data(dialog.model.index(0, 2)) == "Faite à la main"
    (saved,) = list_backups(context.data_dir / "backups")

    with context.db.write() as session:  # a mistake made after the backup
        new_client(session, "Erreur")

    box = dialog.ask_restore()
    assert isinstance(box, QMessageBox) and "redémarre" in box.text()
    with qtbot.waitSignal(dialog.sig_restore_chosen, timeout=10_000) as chosen:
        [restore] = [b for b in box.buttons() if b.text() == "Restaurer et redémarrer"]
        restore.click()
    assert chosen.args == [str(saved.path)]
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)

    # What run_gui does once the window is closed and the database disposed.
    context.tasks.shutdown()
    context.db.dispose()
    restarted: list[list[str]] = []
    monkeypatch.setattr(app_module, "_restart", lambda argv: restarted.append(argv) or 0)
    backup = app_module._take_restore_request()
    assert backup == saved.path
    assert app_module._take_restore_request() is None  # asked once
    live = context.db.sqlite_path
    assert live is not None
    status = app_module._restore_and_restart([], context.settings, context.data_dir, backup)
    assert status == 0 and restarted == [[]]
    assert _names(live) == ["Avant"]
    kept = [
        b for b in list_backups(context.data_dir / "backups") if b.reason == "avant-restauration"
    ]
    assert len(kept) == 1 and _names(kept[0].path) == ["Avant", "Erreur"]
