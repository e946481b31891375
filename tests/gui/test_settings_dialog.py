"""Outils ▸ Paramètres… and Aide ▸ Premiers pas, driven like a user would."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from artisan_crm.config import Options, Settings
from artisan_crm.ui.settings_dialog import SettingsDialog, rating_option


def _open(gui) -> SettingsDialog:
    gui.window.settings_action.trigger()
    dialog = gui.window.settings_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    return dialog


def _error(dialog: SettingsDialog, name: str) -> str:
    label: QLabel = dialog.errors[name]
    return label.text() if not label.isHidden() else ""


def test_settings_round_trip(qtbot: QtBot, gui, tmp_path: Path) -> None:
    dialog = _open(gui)
    assert dialog.windowTitle() == "Paramètres"
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Entreprise",
        "Notation clients",
        "Rappels",
        "Sauvegardes",
        "Base de données",
        "Langue",
    ]
    # The defaults are shown before anything was saved.
    assert dialog.target_rate.value() == 45
    assert dialog.reminder_days[Options.QUOTE_FOLLOWUP_1_DAYS.key].value() == 7
    assert dialog.use_local.isChecked() and not dialog.pg_host.isEnabled()
    assert dialog.language.currentText() == "Suivre le système"

    dialog.target_rate.setValue(60)
    dialog.weights["weight_unbilled"].setValue(25)
    dialog.reminder_days[Options.QUOTE_FOLLOWUP_1_DAYS.key].setValue(5)
    dialog.reminder_time.setText("7:30")
    backups = tmp_path / "clé USB" / "sauvegardes"
    dialog.backup_dir.setText(str(backups))
    dialog.keep[Options.BACKUP_KEEP_DAILY.key].setValue(10)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    with qtbot.waitSignal(dialog.sig_saved) as saved:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert {
        "rating/target_hourly_rate",
        "rating/weight_unbilled",
        "reminders/quote_followup_1_days",
        "reminders/reminder_time",
        "backup/dir",
        "backup/keep_daily",
        "ui/language",
    } <= saved.args[0]
    assert "database/url" not in saved.args[0]  # untouched settings stay unset
    # The language waits for a restart, and the user is told.
    box = gui.window.restart_box
    assert isinstance(box, QMessageBox) and "Redémarrez Artisan CRM" in box.text()
    box.close()

    # Written to the INI file: a fresh reader (the next start) sees the same.
    again = Settings(gui.context.settings.path)
    assert again.get(rating_option("target_hourly_rate")) == Decimal(60)
    assert again.get(rating_option("weight_unbilled")) == 25.0
    assert again.get(Options.QUOTE_FOLLOWUP_1_DAYS) == 5
    assert again.get(Options.REMINDER_TIME) == "07:30"
    assert again.get(Options.BACKUP_DIR) == str(backups) and backups.is_dir()
    assert again.get(Options.BACKUP_KEEP_DAILY) == 10
    assert again.get(Options.LANGUAGE) == "en"

    reopened = _open(gui)
    assert reopened.target_rate.value() == 60
    assert reopened.weights["weight_unbilled"].value() == 25
    assert reopened.reminder_time.text() == "07:30"
    assert reopened.language.currentData() == "en"
    reopened.reject()


def test_wrong_fields_are_explained_and_nothing_is_saved(qtbot: QtBot, gui) -> None:
    dialog = _open(gui)
    path = gui.context.settings.path
    before = path.read_text(encoding="utf-8") if path.exists() else ""
    dialog.reminder_days[Options.QUOTE_FOLLOWUP_1_DAYS.key].setValue(20)
    dialog.reminder_days[Options.QUOTE_FOLLOWUP_2_DAYS.key].setValue(10)
    dialog.reminder_time.setText("25h")
    dialog.thresholds["watch_min_score"].setValue(90)
    dialog.use_shared.setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()
    assert _error(dialog, Options.QUOTE_FOLLOWUP_2_DAYS.key) == (
        "La deuxième relance doit venir après la première."
    )
    assert "HH:MM" in _error(dialog, Options.REMINDER_TIME.key)
    assert "Les seuils doivent monter" in _error(dialog, "good_min_score")
    assert _error(dialog, "pg_host") == "Saisissez le nom ou l'adresse du serveur."
    assert "rien n'a encore été enregistré" in dialog.general_error.text()
    # What was typed is still there, and nothing reached the settings file.
    assert dialog.reminder_time.text() == "25h"
    assert dialog.reminder_days[Options.QUOTE_FOLLOWUP_1_DAYS.key].value() == 20
    assert (path.read_text(encoding="utf-8") if path.exists() else "") == before
    # Corrected, it saves.
    dialog.reminder_time.setText("08:15")
    dialog.reminder_days[Options.QUOTE_FOLLOWUP_2_DAYS.key].setValue(30)
    dialog.thresholds["watch_min_score"].setValue(35)
    dialog.use_local.setChecked(True)
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert Settings(path).get(Options.REMINDER_TIME) == "08:15"


def test_defaults_button_resets_only_the_page_shown(gui) -> None:
    dialog = _open(gui)
    dialog.target_rate.setValue(80)
    dialog.reminder_days[Options.INVOICE_FIRM_DAYS.key].setValue(20)
    dialog.tabs.setCurrentIndex(1)  # Notation clients
    dialog.defaults_button.click()
    assert dialog.target_rate.value() == 45
    assert dialog.reminder_days[Options.INVOICE_FIRM_DAYS.key].value() == 20
    dialog.tabs.setCurrentIndex(2)  # Rappels
    dialog.defaults_button.click()
    assert dialog.reminder_days[Options.INVOICE_FIRM_DAYS.key].value() == 15
    # The language page's default is what a fresh settings file shows: follow the system.
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.tabs.setCurrentIndex(5)
    dialog.defaults_button.click()
    assert dialog.language.currentData() == "system"
    dialog.reject()


def test_shared_database_connection_test(qtbot: QtBot, gui, pg_url: str) -> None:
    dialog = _open(gui)
    dialog.tabs.setCurrentIndex(4)
    dialog.use_shared.setChecked(True)
    url = make_url(pg_url)
    dialog.pg_host.setText(url.host or "127.0.0.1")
    dialog.pg_port.setValue(url.port or 5432)
    dialog.pg_name.setText(url.database or "")
    dialog.pg_user.setText(url.username or "")
    with qtbot.waitSignal(dialog.sig_connection_checked, timeout=15_000) as checked:
        dialog.test_button.click()
    assert checked.args[0].ok
    assert dialog.connection_result.text() == (
        "Connexion réussie : la base est vide ; elle sera préparée au prochain démarrage."
    )
    dialog.pg_name.setText("artisan_crm_no_such_database")
    with qtbot.waitSignal(dialog.sig_connection_checked, timeout=15_000) as checked:
        dialog.test_button.click()
    assert not checked.args[0].ok
    assert dialog.connection_result.text().startswith("Échec de la connexion : ")
    assert "artisan_crm_no_such_database" in dialog.connection_result.text()
    # Saved, the shared database is what the next start opens.
    dialog.pg_name.setText(url.database or "")
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    saved = make_url(Settings(gui.context.settings.path).get(Options.DATABASE_URL))
    assert (saved.drivername, saved.host, saved.database) == (
        "postgresql+psycopg",
        url.host,
        url.database,
    )
    gui.window.restart_box.close()


def test_first_steps_page_and_its_links(qtbot: QtBot, gui) -> None:
    window = gui.window
    window.first_steps_action.trigger()
    page = window.first_steps_dialog
    assert page.windowTitle() == "Premiers pas"
    text = page.browser.toPlainText()
    assert "Bienvenue dans Artisan CRM" in text and "4. Chaque matin : Aujourd'hui" in text
    assert window.first_steps_action.shortcut().toString() == "F1"
    page.browser.anchorClicked.emit(QUrl("go:view:rating"))
    qtbot.waitUntil(lambda: window.current_view_id() == "rating", timeout=5000)
    page.browser.anchorClicked.emit(QUrl("go:settings"))
    assert isinstance(window.settings_dialog, SettingsDialog)
    assert window.settings_dialog.isVisible()
    window.settings_dialog.reject()
    page.close()
