"""Outils ▸ Paramètres…: every user setting of ``config.Options`` in one dialog.

Pages: the company (opens « Mon entreprise… »), the client rating (target rate, period,
weights, thresholds), reminder delays, backups (folder and rotation), the database
(this PC's file or a shared PostgreSQL, with « Tester la connexion »), the language.

Nothing is written until « Enregistrer »; a wrong field keeps the dialog open with its
French error beside it and everything typed kept. The database and the language take
effect at the next start (the dialog says so); the rest at once: the main window
re-rates clients and regenerates reminders when their settings changed.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.config import (
    DATABASE_URL_ENV,
    Option,
    Options,
    Settings,
    backups_dir,
    default_sqlite_path,
)
from artisan_crm.domain.rating import OPTION_KEYS, RatingSettings
from artisan_crm.i18n import plural
from artisan_crm.ui.common import guarded, show_as_hourly_rate
from artisan_crm.ui.dialogs import error_label
from artisan_crm.ui.views.base import ViewContext, plain_label

log = logging.getLogger(__name__)

# The rating settings the dialog shows (the finer curve parameters stay in the INI file,
# documented in the README).
RATING_WEIGHTS = (
    "weight_hourly_margin",
    "weight_unbilled",
    "weight_quotes",
    "weight_late_payment",
    "weight_reminders",
    "weight_demands",
)
RATING_THRESHOLDS = ("gem_min_score", "good_min_score", "watch_min_score")

BACKUP_KEEP_OPTIONS = (
    Options.BACKUP_KEEP_DAILY,
    Options.BACKUP_KEEP_WEEKLY,
    Options.BACKUP_KEEP_MONTHLY,
)

REMINDER_DAY_OPTIONS = (
    Options.QUOTE_FOLLOWUP_1_DAYS,
    Options.QUOTE_FOLLOWUP_2_DAYS,
    Options.QUOTE_LAST_CALL_DAYS,
    Options.JOB_DEADLINE_DAYS_BEFORE,
    Options.INVOICE_COURTEOUS_DAYS,
    Options.INVOICE_FIRM_DAYS,
    Options.INVOICE_FORMAL_NOTICE_DAYS,
)


def _default(option: Option[Any]) -> Any:
    return option.default


def rating_option(name: str) -> Option[Any]:
    """The declared option of a :class:`RatingSettings` field (key from ``OPTION_KEYS``)."""
    default = getattr(RatingSettings(), name)
    return Option(OPTION_KEYS[name], type(default), default)


@dataclass(frozen=True)
class ConnectionResult:
    ok: bool
    message: str


def postgres_url(host: str, port: int, database: str, user: str, password: str) -> str:
    from sqlalchemy.engine import URL

    url = URL.create(
        "postgresql+psycopg",
        username=user or None,
        password=password or None,
        host=host or "localhost",
        port=port or 5432,
        database=database,
    )
    return url.render_as_string(hide_password=False)


def check_connection(url: str) -> ConnectionResult:
    """Worker thread: can this PC open ``url``, and what is in it? (nothing is written)."""
    from sqlalchemy import create_engine, inspect, text

    try:
        engine = create_engine(url, connect_args={"connect_timeout": 5})
    except Exception as exc:  # a malformed URL, a missing driver
        return ConnectionResult(
            False,
            QCoreApplication.translate(
                "SettingsDialog", "The address is not valid: {error}"
            ).format(error=exc),
        )
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            if "alembic_version" in tables and "client" in tables:
                clients = connection.execute(text("SELECT count(*) FROM client")).scalar_one()
                return ConnectionResult(
                    True,
                    QCoreApplication.translate(
                        "SettingsDialog",
                        "Connection successful: an Artisan CRM database with {n} clients.",
                    ).format(n=clients),
                )
            if tables:
                return ConnectionResult(
                    False,
                    QCoreApplication.translate(
                        "SettingsDialog",
                        "Connected, but this database holds other tables than Artisan CRM's: "
                        "choose an empty database or the one your firm already shares.",
                    ),
                )
            return ConnectionResult(
                True,
                QCoreApplication.translate(
                    "SettingsDialog",
                    "Connection successful: the database is empty; it will be prepared at the next start.",
                ),
            )
    except Exception as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        return ConnectionResult(
            False,
            QCoreApplication.translate("SettingsDialog", "Connection failed: {reason}").format(
                reason=reason[:300]
            ),
        )
    finally:
        engine.dispose()


def _spin(minimum: int, maximum: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setSuffix(suffix)
    box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    return box


def _plural_suffix(box: QSpinBox, one: str, other: str) -> None:
    """« 1 jour », « 2 jours »: the suffix follows the value."""

    def update(value: int) -> None:
        box.setSuffix(plural(value, one, other))

    box.valueChanged.connect(update)
    update(box.value())


class SettingsDialog(QDialog):
    """The settings, read from and saved to :class:`Settings`.

    Signals:
        sig_saved(object): the set of option keys whose value changed (after saving).
        sig_open_company(): « Identité de l'entreprise… » was clicked.
        sig_connection_checked(object): a :class:`ConnectionResult` (for tests).
    """

    sig_saved = Signal(object)
    sig_open_company = Signal()
    sig_connection_checked = Signal(object)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings: Settings = context.settings
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.errors: dict[str, QLabel] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._company_page(), self.tr("Company"))
        rating = self._rating_page()
        self.tabs.addTab(rating, self.tr("Client rating"))
        reminders = self._reminders_page()
        self.tabs.addTab(reminders, self.tr("Reminders"))
        backups = self._backups_page()
        self.tabs.addTab(backups, self.tr("Backups"))
        database = self._database_page()
        self.tabs.addTab(database, self.tr("Database"))
        language = self._language_page()
        self.tabs.addTab(language, self.tr("Language"))
        # « Valeurs par défaut de cette page »: each page shown as an empty settings file shows it.
        defaults = RatingSettings()
        self._page_defaults: dict[QWidget, Any] = {
            rating: lambda: self._load_rating(lambda name: getattr(defaults, name)),
            reminders: lambda: self._load_reminders(_default),
            backups: lambda: self._load_backups(_default),
            database: lambda: self._load_database(Options.DATABASE_URL.default),
            language: lambda: self._load_language(Options.LANGUAGE.default),
        }
        self.general_error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.defaults_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.defaults_button.setText(self.tr("Defaults for this page"))
        self.defaults_button.setToolTip(
            self.tr("Put this page's default values back (nothing is saved until Save).")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.defaults_button.clicked.connect(self.restore_page_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.load()
        self.resize(720, 560)

    # ---- Pages ---------------------------------------------------------------------------------

    def _page(self, intro: str) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.addWidget(plain_label(intro))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(form)
        outer.addStretch(1)
        return page, form

    def _add(
        self, form: QFormLayout, name: str, label: str, widget: QWidget, tip: str = ""
    ) -> None:
        widget.setObjectName(name)
        if tip:
            widget.setToolTip(tip)
        form.addRow(label, widget)
        self.errors[name] = error_label()
        form.addRow("", self.errors[name])

    def _company_page(self) -> QWidget:
        page, form = self._page(
            self.tr(
                "Your firm's name, address, SIRET, VAT number, insurance, bank details and logo "
                "appear on quotes and invoices. They are kept in the database, so every PC of "
                "a shared database uses the same."
            )
        )
        self.company_button = QPushButton(self.tr("Company identity…"))
        self.company_button.setObjectName("companyButton")
        self.company_button.clicked.connect(self.sig_open_company)
        form.addRow(self.company_button)
        return page

    def _rating_page(self) -> QWidget:
        page, form = self._page(
            self.tr(
                "How clients are rated (Client rating view). The score (0 to 100) adds up six "
                "components; a weight says how many of the 100 points each one is worth. "
                "The README explains the formula."
            )
        )
        self.target_rate = QDoubleSpinBox()
        self.target_rate.setRange(1, 1000)
        self.target_rate.setDecimals(0)
        show_as_hourly_rate(self.target_rate)
        self._add(
            form,
            "target_hourly_rate",
            self.tr("Target hourly margin"),
            self.target_rate,
            self.tr(
                "What an hour of your time should earn after materials. A client's effective "
                "hourly margin (margin ÷ all hours spent on them) is compared with it."
            ),
        )
        self.period = QComboBox()
        for months, text in (
            (12, self.tr("Last 12 months")),
            (24, self.tr("Last 24 months")),
            (0, self.tr("All history")),
        ):
            self.period.addItem(text, months)
        self._add(form, "period_months", self.tr("Period rated"), self.period)
        titles = {
            "weight_hourly_margin": (
                self.tr("Weight: hourly margin"),
                self.tr("Points for earning the target per hour or more."),
            ),
            "weight_unbilled": (
                self.tr("Weight: unbilled time"),
                self.tr("Points lost as the share of time you could not bill grows."),
            ),
            "weight_quotes": (
                self.tr("Weight: quotes"),
                self.tr("Points for quotes accepted, lost for hours spent on refused quotes."),
            ),
            "weight_late_payment": (
                self.tr("Weight: late payment"),
                self.tr("Points lost as the average days of late payment grow."),
            ),
            "weight_reminders": (
                self.tr("Weight: payment reminders"),
                self.tr("Points lost for each reminder an unpaid invoice needed."),
            ),
            "weight_demands": (
                self.tr("Weight: demands"),
                self.tr("Points lost for discount and change requests and unresolved complaints."),
            ),
        }
        self.weights: dict[str, QSpinBox] = {}
        for name in RATING_WEIGHTS:
            box = _spin(0, 100, self.tr(" pts"))
            self.weights[name] = box
            title, tip = titles[name]
            self._add(form, name, title, box, tip)
        self.thresholds: dict[str, QSpinBox] = {}
        for name, title in (
            ("gem_min_score", self.tr("Gem from a score of")),
            ("good_min_score", self.tr("Good client from")),
            ("watch_min_score", self.tr("To watch from (below: Vampire)")),
        ):
            box = _spin(0, 100)
            self.thresholds[name] = box
            self._add(form, name, title, box)
        return page

    def _reminders_page(self) -> QWidget:
        page, form = self._page(
            self.tr(
                "When Artisan CRM reminds you. Changes apply at once to the reminders not yet done."
            )
        )
        titles = {
            Options.QUOTE_FOLLOWUP_1_DAYS: self.tr("First follow-up of a sent quote after"),
            Options.QUOTE_FOLLOWUP_2_DAYS: self.tr("Second follow-up after"),
            Options.QUOTE_LAST_CALL_DAYS: self.tr("Last call before a quote expires"),
            Options.JOB_DEADLINE_DAYS_BEFORE: self.tr("Job deadline warning"),
            Options.INVOICE_COURTEOUS_DAYS: self.tr("Courteous reminder of an unpaid invoice"),
            Options.INVOICE_FIRM_DAYS: self.tr("Firm reminder"),
            Options.INVOICE_FORMAL_NOTICE_DAYS: self.tr("Formal notice"),
        }
        before = {Options.QUOTE_LAST_CALL_DAYS, Options.JOB_DEADLINE_DAYS_BEFORE}
        after_due = {
            Options.INVOICE_COURTEOUS_DAYS,
            Options.INVOICE_FIRM_DAYS,
            Options.INVOICE_FORMAL_NOTICE_DAYS,
        }
        self.reminder_days: dict[str, QSpinBox] = {}
        for option in REMINDER_DAY_OPTIONS:
            box = _spin(0 if option in before else 1, 365)
            if option in before:
                suffixes = (self.tr(" day before"), self.tr(" days before"))
            elif option in after_due:
                suffixes = (self.tr(" day after the due date"), self.tr(" days after the due date"))
            else:
                suffixes = (self.tr(" day"), self.tr(" days"))
            _plural_suffix(box, *suffixes)
            self.reminder_days[option.key] = box
            self._add(form, option.key, titles[option], box)
        self.check_in = _spin(0, 60)
        _plural_suffix(self.check_in, self.tr(" month after a job"), self.tr(" months after a job"))
        self.check_in.setSpecialValueText(self.tr("Never"))
        self._add(
            form,
            Options.CHECK_IN_MONTHS.key,
            self.tr("Get in touch with past clients"),
            self.check_in,
            self.tr("A « prendre des nouvelles » reminder; 0 = never."),
        )
        self.appointment_before = _spin(0, 24 * 60, self.tr(" min before"))
        self._add(
            form,
            Options.APPOINTMENT_MINUTES_BEFORE.key,
            self.tr("Appointment reminder"),
            self.appointment_before,
        )
        self.reminder_time = QLineEdit()
        self.reminder_time.setPlaceholderText("08:00")
        self.reminder_time.setMaximumWidth(90)
        self._add(
            form,
            Options.REMINDER_TIME.key,
            self.tr("Time of day reminders fall due"),
            self.reminder_time,
            self.tr("Reminders counted in days are shown from this time (24-hour clock, HH:MM)."),
        )
        return page

    def _backups_page(self) -> QWidget:
        page, form = self._page(
            self.tr(
                "A verified backup is made every day at start and before every update of the "
                "database. Put them on a USB key or a synced folder to survive a broken PC."
            )
        )
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.backup_dir = QLineEdit()
        self.backup_dir.setPlaceholderText(str(backups_dir(self.context.data_dir)))
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("browseBackupDir")
        browse.clicked.connect(self._browse_backup_dir)
        row_layout.addWidget(self.backup_dir, 1)
        row_layout.addWidget(browse)
        self._add(
            form,
            Options.BACKUP_DIR.key,
            self.tr("Backup folder"),
            row,
            self.tr("Empty: the backups folder inside the data folder."),
        )
        self.keep: dict[str, QSpinBox] = {}
        for option, title in (
            (Options.BACKUP_KEEP_DAILY, self.tr("Daily backups kept")),
            (Options.BACKUP_KEEP_WEEKLY, self.tr("Weekly backups kept")),
            (Options.BACKUP_KEEP_MONTHLY, self.tr("Monthly backups kept")),
        ):
            box = _spin(1, 365)
            self.keep[option.key] = box
            self._add(form, option.key, title, box)
        return page

    def _database_page(self) -> QWidget:
        page, form = self._page(
            self.tr(
                "Alone on one PC, keep the local file. Several PCs of the firm share one "
                "PostgreSQL database: enter the server given by whoever set it up, test the "
                "connection, save, then restart Artisan CRM on each PC."
            )
        )
        self.use_local = QRadioButton(
            self.tr("Local file on this PC: {path}").format(
                path=default_sqlite_path(self.context.data_dir)
            )
        )
        self.use_local.setObjectName("useLocal")
        self.use_shared = QRadioButton(self.tr("Shared PostgreSQL database"))
        self.use_shared.setObjectName("useShared")
        group = QButtonGroup(self)
        group.addButton(self.use_local)
        group.addButton(self.use_shared)
        form.addRow(self.use_local)
        form.addRow(self.use_shared)
        self.pg_host = QLineEdit()
        self.pg_host.setPlaceholderText("192.168.1.10")
        self.pg_port = _spin(1, 65535)
        self.pg_port.setValue(5432)
        self.pg_name = QLineEdit()
        self.pg_user = QLineEdit()
        self.pg_password = QLineEdit()
        self.pg_password.setEchoMode(QLineEdit.EchoMode.Password)
        self._add(form, "pg_host", self.tr("Server"), self.pg_host)
        self._add(form, "pg_port", self.tr("Port"), self.pg_port)
        self._add(form, "pg_name", self.tr("Database name"), self.pg_name)
        self._add(form, "pg_user", self.tr("User"), self.pg_user)
        self._add(
            form,
            "pg_password",
            self.tr("Password"),
            self.pg_password,
            self.tr("Kept in the settings file of this PC; leave empty if the server needs none."),
        )
        self.test_button = QPushButton(self.tr("Test the connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.connection_result = plain_label("", object_name="connectionResult")
        form.addRow(self.test_button)
        form.addRow(self.connection_result)
        env = os.environ.get(DATABASE_URL_ENV, "").strip()
        self.env_note = plain_label(
            self.tr(
                "The {variable} variable is set on this PC: it wins over this page until it is removed."
            ).format(variable=DATABASE_URL_ENV)
            if env
            else ""
        )
        self.env_note.setVisible(bool(env))
        form.addRow(self.env_note)
        form.addRow(plain_label(self.tr("A change of database applies at the next start.")))
        for button in (self.use_local, self.use_shared):
            button.toggled.connect(self._update_database_fields)
        return page

    def _language_page(self) -> QWidget:
        page, form = self._page(
            self.tr("The language of the windows, lists and printed summaries.")
        )
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "system")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self._add(form, Options.LANGUAGE.key, self.tr("Language"), self.language)
        form.addRow(plain_label(self.tr("A change of language applies at the next start.")))
        return page

    # ---- Loading -------------------------------------------------------------------------------

    def load(self) -> None:
        """Show the saved settings (or their defaults)."""
        s = self.settings
        self._load_rating(lambda name: s.get(rating_option(name)))
        self._load_reminders(s.get)
        self._load_backups(s.get)
        self._load_database(s.get(Options.DATABASE_URL).strip())
        stored = s.raw().value(Options.LANGUAGE.key)
        self._load_language(str(stored) if stored else Options.LANGUAGE.default)

    def _load_reminders(self, value: Callable[[Option[Any]], Any]) -> None:
        for option in REMINDER_DAY_OPTIONS:
            self.reminder_days[option.key].setValue(value(option))
        self.check_in.setValue(value(Options.CHECK_IN_MONTHS))
        self.appointment_before.setValue(value(Options.APPOINTMENT_MINUTES_BEFORE))
        self.reminder_time.setText(value(Options.REMINDER_TIME))

    def _load_backups(self, value: Callable[[Option[Any]], Any]) -> None:
        self.backup_dir.setText(value(Options.BACKUP_DIR))
        for option in BACKUP_KEEP_OPTIONS:
            self.keep[option.key].setValue(value(option))

    def _load_language(self, choice: str) -> None:
        index = self.language.findData(choice.strip().lower())
        self.language.setCurrentIndex(index if index >= 0 else 0)

    def _load_rating(self, value: Any) -> None:
        self.target_rate.setValue(float(value("target_hourly_rate")))
        index = self.period.findData(int(value("period_months")))
        if index < 0:
            self.period.addItem(
                self.tr("Last {n} months").format(n=int(value("period_months"))),
                int(value("period_months")),
            )
            index = self.period.count() - 1
        self.period.setCurrentIndex(index)
        for name, box in {**self.weights, **self.thresholds}.items():
            box.setValue(round(float(value(name))))

    def _load_database(self, url: str) -> None:
        if url.startswith("postgresql"):
            from sqlalchemy.engine import make_url

            try:
                parsed = make_url(url)
            except Exception:
                parsed = None
            if parsed is not None:
                self.pg_host.setText(parsed.host or "")
                self.pg_port.setValue(parsed.port or 5432)
                self.pg_name.setText(parsed.database or "")
                self.pg_user.setText(parsed.username or "")
                self.pg_password.setText(parsed.password or "")
            self.use_shared.setChecked(True)
        else:
            self.use_local.setChecked(True)
        self._update_database_fields()

    @Slot()
    def _update_database_fields(self) -> None:
        shared = self.use_shared.isChecked()
        for widget in (self.pg_host, self.pg_port, self.pg_name, self.pg_user, self.pg_password):
            widget.setEnabled(shared)
        self.test_button.setEnabled(shared)

    @Slot()
    def restore_page_defaults(self) -> None:
        reset = self._page_defaults.get(self.tabs.currentWidget())
        if reset is not None:
            reset()

    @Slot()
    def _browse_backup_dir(self) -> None:
        start = self.backup_dir.text().strip() or str(backups_dir(self.context.data_dir))
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if chosen:
            self.backup_dir.setText(chosen)

    # ---- Connection test -----------------------------------------------------------------------

    def shared_url(self) -> str:
        return postgres_url(
            self.pg_host.text().strip(),
            self.pg_port.value(),
            self.pg_name.text().strip(),
            self.pg_user.text().strip(),
            self.pg_password.text(),
        )

    @Slot()
    def test_connection(self) -> None:
        problems = self._database_problems()
        self._show_errors({k: v for k, v in problems.items() if k.startswith("pg_")})
        if problems:
            return
        self.test_button.setEnabled(False)
        self.connection_result.setText(self.tr("Connecting…"))
        self.context.tasks.run(
            check_connection,
            self.shared_url(),
            on_done=guarded(self, self._on_connection_checked),
            on_error=guarded(
                self,
                lambda exc: self._on_connection_checked(ConnectionResult(False, str(exc))),
            ),
        )

    def _on_connection_checked(self, result: ConnectionResult) -> None:
        self.test_button.setEnabled(self.use_shared.isChecked())
        color = "#1b5e20" if result.ok else "#b3261e"
        self.connection_result.setStyleSheet(f"color: {color};")
        self.connection_result.setText(result.message)
        self.sig_connection_checked.emit(result)

    # ---- Saving --------------------------------------------------------------------------------

    def _database_problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.use_shared.isChecked():
            if not self.pg_host.text().strip():
                problems["pg_host"] = self.tr("Enter the server's name or address.")
            if not self.pg_name.text().strip():
                problems["pg_name"] = self.tr("Enter the name of the shared database.")
        return problems

    def problems(self) -> dict[str, str]:
        """Field name -> French message, for every wrong field (empty: all good)."""
        problems = self._database_problems()
        if sum(box.value() for box in self.weights.values()) <= 0:
            problems["weight_hourly_margin"] = self.tr("At least one weight must be above 0.")
        gem, good, watch = (self.thresholds[n].value() for n in RATING_THRESHOLDS)
        if not watch <= good <= gem:
            problems["good_min_score"] = self.tr(
                "The thresholds must go up: To watch ≤ Good client ≤ Gem."
            )
        days = self.reminder_days
        if (
            days[Options.QUOTE_FOLLOWUP_2_DAYS.key].value()
            <= days[Options.QUOTE_FOLLOWUP_1_DAYS.key].value()
        ):
            problems[Options.QUOTE_FOLLOWUP_2_DAYS.key] = self.tr(
                "The second follow-up must come after the first."
            )
        invoice = [
            days[o.key].value()
            for o in (
                Options.INVOICE_COURTEOUS_DAYS,
                Options.INVOICE_FIRM_DAYS,
                Options.INVOICE_FORMAL_NOTICE_DAYS,
            )
        ]
        if not invoice[0] < invoice[1] < invoice[2]:
            problems[Options.INVOICE_FIRM_DAYS.key] = self.tr(
                "Invoice reminders must follow each other: courteous, then firm, then formal notice."
            )
        text = self.reminder_time.text().strip()
        try:
            hours, minutes = (int(part) for part in text.split(":", 1))
            if not (0 <= hours < 24 and 0 <= minutes < 60):
                raise ValueError
        except ValueError:
            problems[Options.REMINDER_TIME.key] = self.tr(
                "Write a time of day as HH:MM, for example 08:00."
            )
        folder = self.backup_dir.text().strip()
        if folder:
            problem = _folder_problem(Path(folder).expanduser())
            if problem:
                problems[Options.BACKUP_DIR.key] = problem
        return problems

    def _show_errors(self, problems: dict[str, str]) -> None:
        for name, label in self.errors.items():
            message = problems.get(name, "")
            label.setText(message)
            label.setVisible(bool(message))

    def values(self) -> dict[Option[Any], Any]:
        """Every option the dialog edits, with the value shown."""
        values: dict[Option[Any], Any] = {
            rating_option("target_hourly_rate"): Decimal(str(int(self.target_rate.value()))),
            rating_option("period_months"): int(self.period.currentData()),
        }
        for name, box in {**self.weights, **self.thresholds}.items():
            option = rating_option(name)
            values[option] = option.type(box.value())
        for option in REMINDER_DAY_OPTIONS:
            values[option] = self.reminder_days[option.key].value()
        values[Options.CHECK_IN_MONTHS] = self.check_in.value()
        values[Options.APPOINTMENT_MINUTES_BEFORE] = self.appointment_before.value()
        hours, minutes = (int(p) for p in self.reminder_time.text().strip().split(":", 1))
        values[Options.REMINDER_TIME] = f"{hours:02d}:{minutes:02d}"
        values[Options.BACKUP_DIR] = self.backup_dir.text().strip()
        for option in BACKUP_KEEP_OPTIONS:
            values[option] = self.keep[option.key].value()
        values[Options.DATABASE_URL] = self.shared_url() if self.use_shared.isChecked() else ""
        values[Options.LANGUAGE] = str(self.language.currentData())
        return values

    @Slot()
    def save(self) -> None:
        problems = self.problems()
        self._show_errors(problems)
        if problems:
            self.general_error.setText(
                self.tr("Some fields need correcting (in red); nothing was saved yet.")
            )
            self.general_error.show()
            first = next(iter(problems))
            for index in range(self.tabs.count()):
                page = self.tabs.widget(index)
                if page is not None and page.findChild(QWidget, first) is not None:
                    self.tabs.setCurrentIndex(index)
                    break
            return
        self.general_error.hide()
        changed: set[str] = set()
        raw = self.settings.raw()
        for option, value in self.values().items():
            before = raw.value(option.key)
            if before is None or str(before) != str(value):
                if before is None and value == option.default:
                    continue  # unset stays unset: a later default change still applies
                self.settings.set(option, value)
                changed.add(option.key)
        self.settings.sync()
        log.info("settings saved: %s", ", ".join(sorted(changed)) or "no change")
        self.sig_saved.emit(changed)
        self.accept()


def _folder_problem(folder: Path) -> str:
    """A French message if backups cannot be written to ``folder`` (created if missing)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".artisan-crm-write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        return QCoreApplication.translate(
            "SettingsDialog", "Backups cannot be written to this folder ({reason})."
        ).format(reason=exc.strerror or exc)
    return ""
