"""Settings declared once, stored as INI, and which database the app opens."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from artisan_crm import config
from artisan_crm.config import Options, Settings


def test_settings_round_trip_and_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    assert settings.get(Options.TARGET_HOURLY_RATE) == Decimal("45")
    assert settings.get(Options.FIRST_START_DONE) is False
    settings.set(Options.TARGET_HOURLY_RATE, Decimal("52.50"))
    settings.set(Options.FIRST_START_DONE, True)
    settings.set(Options.BACKUP_KEEP_DAILY, 10)
    settings.sync()
    again = Settings(path)
    assert again.get(Options.TARGET_HOURLY_RATE) == Decimal("52.50")
    assert again.get(Options.FIRST_START_DONE) is True
    assert again.get(Options.BACKUP_KEEP_DAILY) == 10
    assert "target_hourly_rate=52.50" in path.read_text()


def test_hand_edited_garbage_falls_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[rating]\ntarget_hourly_rate=beaucoup\n[backup]\nkeep_daily=sept\n")
    settings = Settings(path)
    assert settings.get(Options.TARGET_HOURLY_RATE) == Decimal("45")
    assert settings.get(Options.BACKUP_KEEP_DAILY) == 7


def test_every_option_has_a_unique_key() -> None:
    keys = [o.key for o in Options.all()]
    assert len(keys) == len(set(keys)) and len(keys) >= 8


def test_database_url_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(tmp_path / "settings.ini")
    assert (
        config.resolve_database_url(settings, tmp_path)
        == f"sqlite:///{tmp_path / 'artisan_crm.sqlite3'}"
    )
    settings.set(Options.DATABASE_URL, "postgresql+psycopg://bureau/artisan")
    assert config.resolve_database_url(settings, tmp_path) == "postgresql+psycopg://bureau/artisan"
    monkeypatch.setenv("ARTISAN_CRM_DATABASE_URL", "postgresql+psycopg://atelier/artisan")
    assert config.resolve_database_url(settings, tmp_path) == "postgresql+psycopg://atelier/artisan"


def test_data_dir_follows_artisan_crm_home(private_home: Path) -> None:
    assert config.data_dir() == private_home.resolve()
    assert config.default_sqlite_path() == private_home.resolve() / "artisan_crm.sqlite3"
