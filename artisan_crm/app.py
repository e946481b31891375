"""Composition root of the desktop application.

settings -> data folder -> logging -> single instance -> QApplication ->
translators -> database (opened on the background worker while Qt starts) ->
main window. Only what the first screen needs is imported here: heavy
libraries (Faker, Jinja, pyqtgraph) are imported by the features that use them.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sqlite3
import sys
from collections.abc import Callable
from concurrent.futures import Future
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any

from artisan_crm import APP_ID, APP_NAME, ORG_NAME, __version__
from artisan_crm.config import (
    Options,
    Settings,
    backup_folder,
    ensure_data_dir,
    logs_dir,
    resolve_database_url,
    resources_dir,
)
from artisan_crm.domain.errors import (
    DatabaseCorruptError,
    NotADatabaseError,
    StorageError,
    UserFacingError,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from artisan_crm.storage.database import Database

log = logging.getLogger(__name__)

LOG_FILENAME = "artisan-crm.log"
LOG_MAX_BYTES = 2 * 1024 * 1024
LOG_BACKUPS = 5
#: exit status of ``--smoke`` when the first view never loaded
SMOKE_TIMEOUT_EXIT = 3
SMOKE_TIMEOUT_MS = 60_000
#: exit status when another instance holds the data folder but does not answer
INSTANCE_BUSY_EXIT = 16


# ---- Logging -------------------------------------------------------------------------------


def setup_logging(data_dir: Path) -> logging.Handler:
    """Log to ``logs/artisan-crm.log`` in the data folder (rotated); returns the handler."""
    folder = logs_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    handler = logging.handlers.RotatingFileHandler(
        folder / LOG_FILENAME, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    # Alembic announces each of its plugins at INFO: noise in a user's log.
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    return handler


def teardown_logging(handler: logging.Handler) -> None:
    logging.getLogger().removeHandler(handler)
    handler.close()


# ---- Helpers ---------------------------------------------------------------------------------


def _application(argv: list[str]) -> QApplication:
    """The QApplication (reused when one exists already, as under pytest-qt)."""
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else None
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else APP_ID, *argv])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_ID)
    app.setApplicationVersion(__version__)
    return app


def _show_startup_error(
    argv: list[str], settings: Settings, message: str | Callable[[], str]
) -> None:
    """A French critical box; ``message`` may be a callable, translated once translators are in."""
    from artisan_crm.ui.dialogs import show_critical, startup_error_title
    from artisan_crm.ui.i18n import install_translators, remove_translators, resolve_language

    app = _application(argv)
    # The error may come before the translators of the session were installed.
    translators = install_translators(app, resolve_language(settings))
    try:
        text = message() if callable(message) else message
        show_critical(None, startup_error_title(), text)
    finally:
        remove_translators(app, translators)


def _open_database(url: str, backups: Path) -> Database:
    """Runs on the worker thread while Qt starts on the GUI thread.

    The read-only check of the SQLite file (``PRAGMA quick_check`` reads all of it) starts
    first, on a thread of its own, so that it runs while SQLAlchemy is imported: SQLite
    works without the GIL. ``open_database`` waits for its verdict before creating anything.
    """
    from artisan_crm.storage.sqlite_file import start_inspection

    inspection = start_inspection(url)
    from artisan_crm.storage.database import open_database

    return open_database(url, backups_dir=backups, inspection=inspection)


def _dispose_opened(future: Future[Database]) -> None:
    if future.done() and not future.cancelled() and future.exception() is None:
        future.result().dispose()


# ---- Entry point -------------------------------------------------------------------------------


def run_gui(argv: list[str], *, smoke: bool = False) -> int:
    """Start the desktop application; return the process exit status.

    ``smoke``: start for real, wait until the main window shows its first view
    with data read from the database, then quit with 0 (no first-start dialog).
    """
    from PySide6.QtCore import QCoreApplication

    # No QApplication yet: this start ends with the process (not so under pytest-qt).
    owns_process = QCoreApplication.instance() is None
    settings = Settings()
    try:
        data = ensure_data_dir()
    except UserFacingError as exc:
        _show_startup_error(argv, settings, str(exc))
        return exc.exit_code
    handler = setup_logging(data)
    try:
        log.info(
            "%s %s starting (Python %s, SQLite %s, %s)%s",
            APP_NAME,
            __version__,
            platform.python_version(),
            sqlite3.sqlite_version,
            # Not platform.platform(): it scans the Python executable for the libc version.
            " ".join(
                (platform.system(), platform.release(), platform.version(), platform.machine())
            ),
            " [smoke]" if smoke else "",
        )
        with ExitStack() as cleanup:
            status = _run(argv, settings, data, smoke, cleanup)
        # The database is closed and the lock released: a restore chosen in the window
        # (Fichier ▸ Sauvegardes…) can replace the file now, then the app starts again.
        backup = _take_restore_request()
        if backup is not None:
            return _restore_and_restart(argv, settings, data, backup)
        return status
    except Exception:
        log.exception("fatal error during start-up")
        raise
    finally:
        log.info("%s stopped", APP_NAME)
        teardown_logging(handler)
        if owns_process:
            _spare_the_exit_collection(settings)


def _spare_the_exit_collection(settings: Settings) -> None:
    """The process ends now: the settings are written, then every object still alive is
    put out of the garbage collector's reach (``gc.freeze``), so that the interpreter's
    shutdown does not walk the whole heap of Qt and SQLAlchemy objects again (0.3 s).
    Nothing waits for a finalizer at exit: the database, the log file and the lock were
    closed explicitly above."""
    import gc

    settings.sync()
    gc.freeze()


def _run(argv: list[str], settings: Settings, data: Path, smoke: bool, cleanup: ExitStack) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer

    from artisan_crm.ui.single_instance import SingleInstance, ask_running_instance_to_raise
    from artisan_crm.ui.taskman import TaskManager

    instance = SingleInstance(data)
    if not instance.acquire():
        if ask_running_instance_to_raise(data):
            log.info("already running for %s: asked it to come to the front", data)
            return 0
        _show_startup_error(
            argv,
            settings,
            lambda: QCoreApplication.translate(
                "Startup",
                "Artisan CRM is already open on this computer for the data folder "
                "“{folder}”, but it does not answer. Close it (or wait for it to finish "
                "what it is doing), then start again.",
            ).format(folder=data),
        )
        return INSTANCE_BUSY_EXIT
    cleanup.callback(instance.release)

    # The database opens on the worker before the QApplication exists: its refusals
    # (damaged file, newer version...) must already speak the user's language.
    from artisan_crm.ui.i18n import install_standalone, resolve_language

    install_standalone(resolve_language(settings))
    tasks = TaskManager()
    url = resolve_database_url(settings)
    database_future = tasks.submit(_open_database, url, backup_folder(settings, data))
    # If start-up fails after the database opened, it is still closed (runs after shutdown).
    cleanup.callback(_dispose_opened, database_future)
    cleanup.callback(tasks.shutdown)

    from PySide6.QtWidgets import QApplication

    # Under pytest-qt the QApplication outlives this start: what we change on it is undone.
    shared_app = QApplication.instance() is not None
    app = _application(argv)
    instance.listen()

    from artisan_crm.ui.errors import ErrorReporter
    from artisan_crm.ui.i18n import install_translators, remove_translators

    translators = install_translators(app, resolve_language(settings))
    cleanup.callback(remove_translators, app, translators)
    previous_sheet = app.styleSheet()
    app.setStyleSheet(_style_sheet())
    if shared_app:
        # Not when the application is ours and ends with us: changing the style sheet
        # restyles every widget still alive (0.7 s on quitting with the Today view full).
        cleanup.callback(app.setStyleSheet, previous_sheet)

    reporter = ErrorReporter()
    reporter.install()
    cleanup.callback(reporter.uninstall)
    tasks.on_unhandled_error = reporter.report

    try:
        db = database_future.result()
    except (DatabaseCorruptError, NotADatabaseError) as exc:
        # Never overwritten: the damaged file is kept aside and the newest good backup
        # offered (Zotero's way); without a backup, or if the user declines, we stop.
        log.warning("database refused: %s", exc)
        if not _offer_restore(argv, settings, str(exc), url, backup_folder(settings, data)):
            return exc.exit_code
        try:
            db = _open_database(url, backup_folder(settings, data))
        except UserFacingError as again:
            _show_startup_error(argv, settings, str(again))
            return again.exit_code
    except UserFacingError as exc:
        log.warning("database refused: %s", exc)
        _show_startup_error(argv, settings, str(exc))
        return exc.exit_code
    except Exception as exc:
        log.exception("cannot open the database %s", url)
        _show_startup_error(
            argv,
            settings,
            QCoreApplication.translate(
                "Startup",
                "The database could not be opened because of an unexpected error. "
                "The details are in the log file “{log}”.\n\n{error}",
            ).format(log=logs_dir(data) / LOG_FILENAME, error=f"{type(exc).__name__}: {exc}"),
        )
        return 1
    # ExitStack is LIFO: the worker is stopped (its running write finished) before the
    # engine is disposed.
    cleanup.callback(db.dispose)
    cleanup.callback(tasks.shutdown)

    from artisan_crm.ui.events import AppEvents
    from artisan_crm.ui.main_window import MainWindow
    from artisan_crm.ui.views.base import ViewContext

    events = AppEvents()
    tasks.events = events
    tasks.db = db
    context = ViewContext(settings=settings, db=db, events=events, tasks=tasks, data_dir=data)
    window = MainWindow(context)
    cleanup.callback(window.deleteLater)
    cleanup.callback(window.hide)
    reporter.parent_widget = window
    instance.sig_raise_requested.connect(window.bring_to_front)
    window.sig_closed.connect(app.quit)
    from artisan_crm.ui.gc_policy import share_the_gil_with_the_window

    share_the_gil_with_the_window()
    window.show()
    window.today.refresh()
    _freeze_after_first_view(window)

    if not smoke:
        _daily_backup_after_first_view(context, window, backup_folder(settings, data))
        # The reminders start once the first view is on screen: the import of APScheduler,
        # the rule regeneration and the away panel never delay the window.
        _start_reminders_after_first_view(context, window, cleanup)

    if smoke:
        _arm_smoke(app, window, QTimer)
    else:
        from artisan_crm.ui.first_start import FirstStart

        first_start = FirstStart(context, window)
        QTimer.singleShot(0, first_start.start)

    status = app.exec()
    if not smoke and window.isVisible():
        window.save_state()
    return status


def _take_restore_request() -> Path | None:
    from PySide6.QtCore import QCoreApplication

    # Only the backup dialog asks for a restore: if it was never loaded, there is none
    # (and quitting does not load it just to read a constant).
    if "artisan_crm.ui.backup_dialog" not in sys.modules:
        return None
    from artisan_crm.ui.backup_dialog import RESTORE_PROPERTY

    app = QCoreApplication.instance()
    value = app.property(RESTORE_PROPERTY) if app is not None else None
    if not value:
        return None
    app.setProperty(RESTORE_PROPERTY, None)  # type: ignore[union-attr]
    return Path(str(value))


def _restore_and_restart(argv: list[str], settings: Settings, data: Path, backup: Path) -> int:
    from sqlalchemy.engine import make_url

    from artisan_crm.storage.backup import restore_backup

    url = resolve_database_url(settings, data)
    live = Path(make_url(url).database or "").expanduser().resolve()
    try:
        kept = restore_backup(backup, live, backup_folder(settings, data))
    except UserFacingError as exc:
        log.warning("restore of %s refused: %s", backup, exc)
        _show_startup_error(argv, settings, str(exc))
        return exc.exit_code
    log.warning("restored %s (previous database kept as %s); restarting", backup, kept)
    return _restart(argv)


def _restart(argv: list[str]) -> int:
    """Start the application again in a new process (the restored database opens there)."""
    import subprocess

    command = (
        [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "artisan_crm"]
    )
    subprocess.Popen([*command, *argv], start_new_session=True)
    return 0


def _offer_restore(
    argv: list[str], settings: Settings, problem: str, url: str, backups: Path
) -> bool:
    """Offer the newest backup that verifies; True once it has replaced the damaged file."""
    if not url.startswith("sqlite"):
        return False
    from PySide6.QtCore import QCoreApplication, QLocale, Qt
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy.engine import make_url

    from artisan_crm.storage.backup import list_backups, restore_backup, verify_backup
    from artisan_crm.ui.dialogs import startup_error_title
    from artisan_crm.ui.i18n import install_translators, remove_translators, resolve_language

    candidate = None
    for info in list_backups(backups):
        try:
            verify_backup(info.path)
        except StorageError:
            continue
        candidate = info
        break
    if candidate is None:
        _show_startup_error(argv, settings, problem)
        return False
    app = _application(argv)
    translators = install_translators(app, resolve_language(settings))
    try:
        from PySide6.QtCore import QDateTime

        local = candidate.created_at.astimezone()
        when = QLocale().toString(
            QDateTime.fromSecsSinceEpoch(int(local.timestamp())), "dddd d MMMM yyyy, HH:mm"
        )
        box = QMessageBox()
        box.setObjectName("restoreOfferBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(startup_error_title())
        box.setText(
            problem
            + "\n\n"
            + QCoreApplication.translate(
                "Startup",
                "The newest good backup dates from {when}. Restore it now? "
                "The damaged file is kept aside, never deleted.",
            ).format(when=when)
        )
        restore = box.addButton(
            QCoreApplication.translate("Startup", "Restore this backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is not restore:
            return False
        live = Path(make_url(url).database or "").expanduser().resolve()
        kept = restore_backup(candidate.path, live, backups, damaged=True)
        log.warning("restored %s over a damaged database (kept as %s)", candidate.path, kept)
        return True
    finally:
        remove_translators(app, translators)


def _daily_backup_after_first_view(context: Any, window: Any, backups: Path) -> None:
    """The start-up backup (when the newest is over a day old) and the rotation, on the
    worker once the first view is on screen; a failure is logged and shown in the status
    bar, never in the way."""
    db = context.db
    if not db.is_sqlite or db.sqlite_path is None:
        return  # shared mode: the server's backups (pg_dump), see the README
    settings = context.settings

    def work() -> Path | None:
        from artisan_crm.storage.backup import backup_if_due, rotate_backups

        made = backup_if_due(db.sqlite_path, backups)
        rotate_backups(
            backups,
            daily=settings.get(Options.BACKUP_KEEP_DAILY),
            weekly=settings.get(Options.BACKUP_KEEP_WEEKLY),
            monthly=settings.get(Options.BACKUP_KEEP_MONTHLY),
        )
        return made

    def done(made: Path | None) -> None:
        if made is not None:
            log.info("start-up backup written: %s", made)

    def failed(exc: BaseException) -> None:
        log.warning("start-up backup failed: %s", exc)
        window.statusBar().showMessage(
            QCoreApplication.translate("Startup", "Automatic backup failed: {error}").format(
                error=exc
            ),
            15_000,
        )

    from PySide6.QtCore import QCoreApplication

    def start(_stats: Any = None) -> None:
        window.today.sig_loaded.disconnect(start)
        context.tasks.run(work, on_done=done, on_error=failed)

    window.today.sig_loaded.connect(start)


def _freeze_after_first_view(window: Any) -> None:
    """Once the first view is on screen, what start-up loaded (modules, mappers, widgets)
    leaves the garbage collector's walk: see ``ui/gc_policy.py``."""
    from artisan_crm.ui.gc_policy import freeze_long_lived

    def freeze(_stats: Any = None) -> None:
        window.today.sig_loaded.disconnect(freeze)
        freeze_long_lived()

    window.today.sig_loaded.connect(freeze)


def _start_reminders_after_first_view(context: Any, window: Any, cleanup: ExitStack) -> None:
    """Tray, reminder scheduler and "Pendant votre absence" panel, after ``today.sig_loaded``.

    The regeneration is a write and the away panel a read, both on the background worker;
    ``stop()`` runs before the database is closed (the ExitStack is LIFO).
    """
    from PySide6.QtCore import QTimer

    def start(_stats: Any = None) -> None:
        window.today.sig_loaded.disconnect(start)
        from artisan_crm.ui.planning.notifications import make_tray
        from artisan_crm.ui.planning.runtime import PlanningRuntime

        tray = make_tray(window)
        window.notifications.set_tray(tray)
        if tray is not None:
            cleanup.callback(tray.hide)
        runtime = PlanningRuntime(context, window.notifications, parent=window)
        window.planning = runtime
        cleanup.callback(runtime.stop)
        QTimer.singleShot(0, runtime.start)
        log.info("reminders: scheduler wired (tray %s)", "on" if tray is not None else "absent")

    window.today.sig_loaded.connect(start)


def _arm_smoke(app: QApplication, window: Any, timer_type: Any) -> None:
    def loaded(_stats: dict[str, int]) -> None:
        log.info("smoke: main window shown with its first view loaded")
        timer_type.singleShot(0, lambda: app.exit(0))

    window.today.sig_loaded.connect(loaded)
    timeout = timer_type(window)
    timeout.setSingleShot(True)
    timeout.timeout.connect(lambda: app.exit(SMOKE_TIMEOUT_EXIT))
    timeout.start(SMOKE_TIMEOUT_MS)


def _style_sheet() -> str:
    path = resources_dir() / "artisan_crm.qss"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""
