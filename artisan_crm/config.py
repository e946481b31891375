"""Where data lives and which database to use; the user settings, declared once.

Paths come from ``QStandardPaths.AppDataLocation`` unless ``ARTISAN_CRM_HOME``
is set (tests, portable installs). The database is
``ARTISAN_CRM_DATABASE_URL`` if set, else the ``database/url`` setting, else
``artisan_crm.sqlite3`` in the data folder.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from artisan_crm import APP_ID, ORG_NAME
from artisan_crm.domain.errors import DataDirError

if TYPE_CHECKING:
    from artisan_crm.domain.rating import RatingSettings
    from artisan_crm.domain.reminder_rules import RuleSettings

HOME_ENV = "ARTISAN_CRM_HOME"
DATABASE_URL_ENV = "ARTISAN_CRM_DATABASE_URL"
DATABASE_FILENAME = "artisan_crm.sqlite3"
SETTINGS_FILENAME = "settings.ini"
#: the single-instance lock (a separate file, never the database: DESIGN.md §3)
LOCK_FILENAME = "artisan-crm.lock"

T = TypeVar("T")


def data_dir() -> Path:
    """The data folder (not created)."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser().resolve()
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    # AppDataLocation is built from the organisation and application names;
    # they are set here too so that the CLI (no QApplication) finds the same folder.
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_ID)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def ensure_data_dir(path: Path | None = None) -> Path:
    """Create the data folder (private to the user) and check it is writable."""
    path = path or data_dir()
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        # One probe per process: simultaneous starts must not delete each other's probe.
        probe = path / f".write-test-{os.getpid()}"
        with open(probe, "w") as fh:
            fh.write("ok")
        probe.unlink(missing_ok=True)
    except OSError as exc:
        raise DataDirError(
            f"Le dossier de données « {path} » n'est pas accessible en écriture "
            f"({exc.strerror or exc}). Vérifiez ses droits ou choisissez un autre dossier "
            f"avec la variable {HOME_ENV}."
        ) from exc
    return path


def backups_dir(base: Path | None = None) -> Path:
    return (base or data_dir()) / "backups"


def backup_folder(settings: Settings, base: Path | None = None) -> Path:
    """Where backups go: the ``backup/dir`` setting (a USB key, a synced folder), else
    ``backups/`` in the data folder."""
    configured = settings.get(Options.BACKUP_DIR).strip()
    return Path(configured).expanduser() if configured else backups_dir(base)


def logs_dir(base: Path | None = None) -> Path:
    return (base or data_dir()) / "logs"


def default_sqlite_path(base: Path | None = None) -> Path:
    return (base or data_dir()) / DATABASE_FILENAME


def resources_dir() -> Path:
    """``resources/`` beside the package (source checkout) or inside a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


# ---- Settings -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Option(Generic[T]):
    """One user setting: its key in the INI file, its type and default."""

    key: str
    type: Callable[[Any], T]
    default: T
    doc: str = ""


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"1", "true", "yes", "oui", "on"}


SETTINGS_VERSION = 1


class Options:
    """Every setting of the application, declared once (Picard's ``options.py``)."""

    DATABASE_URL = Option("database/url", str, "", "Shared PostgreSQL URL; empty = local file")
    LANGUAGE = Option("ui/language", str, "system", "system, fr or en")
    TARGET_HOURLY_RATE = Option(
        "rating/target_hourly_rate", Decimal, Decimal("45"), "Target margin per hour (EUR)"
    )
    RATING_PERIOD_MONTHS = Option("rating/period_months", int, 24)
    BACKUP_DIR = Option("backup/dir", str, "", "Empty = backups/ in the data folder")
    BACKUP_KEEP_DAILY = Option("backup/keep_daily", int, 7)
    BACKUP_KEEP_WEEKLY = Option("backup/keep_weekly", int, 4)
    BACKUP_KEEP_MONTHLY = Option("backup/keep_monthly", int, 12)
    FIRST_START_DONE = Option("general/first_start_done", _to_bool, False)

    # Reminder rules (domain/reminder_rules.py): delays in days unless said otherwise.
    QUOTE_FOLLOWUP_1_DAYS = Option("reminders/quote_followup_1_days", int, 7)
    QUOTE_FOLLOWUP_2_DAYS = Option("reminders/quote_followup_2_days", int, 14)
    QUOTE_LAST_CALL_DAYS = Option(
        "reminders/quote_last_call_days_before_expiry", int, 3, "Days before a quote expires"
    )
    JOB_DEADLINE_DAYS_BEFORE = Option("reminders/job_deadline_days_before", int, 2)
    INVOICE_COURTEOUS_DAYS = Option("reminders/invoice_courteous_days", int, 1)
    INVOICE_FIRM_DAYS = Option("reminders/invoice_firm_days", int, 15)
    INVOICE_FORMAL_NOTICE_DAYS = Option("reminders/invoice_formal_notice_days", int, 30)
    CHECK_IN_MONTHS = Option(
        "reminders/check_in_months", int, 6, "'Prendre des nouvelles' after a job; 0 = never"
    )
    APPOINTMENT_MINUTES_BEFORE = Option("reminders/appointment_minutes_before", int, 60)
    REMINDER_TIME = Option(
        "reminders/reminder_time", str, "08:00", "Local time day-based reminders fall due"
    )

    @classmethod
    def all(cls) -> list[Option[Any]]:
        return [v for v in vars(cls).values() if isinstance(v, Option)]


class Settings:
    """Typed access to the INI settings file (``QSettings`` in IniFormat).

    Unknown or malformed values fall back to the declared default rather than
    crashing the start-up: a hand-edited settings file must never lock a user out.
    """

    def __init__(self, path: Path | None = None) -> None:
        from PySide6.QtCore import QSettings

        self.path = path or (data_dir() / SETTINGS_FILENAME)
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._upgrade()

    def get(self, option: Option[T]) -> T:
        raw = self._qsettings.value(option.key)
        if raw is None or raw == "":
            return option.default
        try:
            return option.type(raw)
        except Exception:
            return option.default

    def set(self, option: Option[T], value: T) -> None:
        self._qsettings.setValue(option.key, str(value) if isinstance(value, Decimal) else value)

    def raw(self) -> Any:
        """The underlying QSettings (for window geometry and splitter states)."""
        return self._qsettings

    def sync(self) -> None:
        self._qsettings.sync()

    def _upgrade(self) -> None:
        version = self._qsettings.value("meta/settings_version")
        try:
            version = int(version) if version is not None else SETTINGS_VERSION
        except (TypeError, ValueError):
            version = SETTINGS_VERSION
        # Future format changes go here, one step per version (Picard's config_upgrade).
        self._qsettings.setValue("meta/settings_version", max(version, SETTINGS_VERSION))


def reminder_rule_settings(settings: Settings) -> RuleSettings:
    """The reminder rules' delays from the user settings (malformed values: defaults)."""
    from datetime import time

    from artisan_crm.domain.reminder_rules import RuleSettings

    o = Options
    try:
        hours, minutes = (int(p) for p in settings.get(o.REMINDER_TIME).split(":", 1))
        at = time(hours, minutes)
    except ValueError:
        at = time(8, 0)
    return RuleSettings(
        quote_followup_1_days=settings.get(o.QUOTE_FOLLOWUP_1_DAYS),
        quote_followup_2_days=settings.get(o.QUOTE_FOLLOWUP_2_DAYS),
        quote_last_call_days_before_expiry=settings.get(o.QUOTE_LAST_CALL_DAYS),
        job_deadline_days_before=settings.get(o.JOB_DEADLINE_DAYS_BEFORE),
        invoice_courteous_days=settings.get(o.INVOICE_COURTEOUS_DAYS),
        invoice_firm_days=settings.get(o.INVOICE_FIRM_DAYS),
        invoice_formal_notice_days=settings.get(o.INVOICE_FORMAL_NOTICE_DAYS),
        check_in_months=settings.get(o.CHECK_IN_MONTHS),
        appointment_minutes_before=settings.get(o.APPOINTMENT_MINUTES_BEFORE),
        reminder_time=at,
    )


def load_rating_settings(settings: Settings) -> RatingSettings:
    """The client rating settings (target rate, weights, thresholds) from the INI file; a
    malformed or contradictory value falls back to the defaults (``RatingSettings.from_options``)."""
    from artisan_crm.domain.rating import RatingSettings

    def get(key: str, default: Any) -> Any:
        return settings.get(Option(key, type(default), default))

    return RatingSettings.from_options(get)


def resolve_database_url(settings: Settings | None = None, base: Path | None = None) -> str:
    env = os.environ.get(DATABASE_URL_ENV, "").strip()
    if env:
        return env
    if settings is not None:
        configured = settings.get(Options.DATABASE_URL).strip()
        if configured:
            return configured
    return f"sqlite:///{default_sqlite_path(base)}"
