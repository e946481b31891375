"""`artisan-crm backup [DIR]` and `artisan-crm restore FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path

from artisan_crm import config
from artisan_crm.commands.common import open_from_args
from artisan_crm.domain.errors import StorageError
from artisan_crm.i18n import translate
from artisan_crm.storage import backup


def _backup_dir(args: argparse.Namespace, home: Path) -> Path:
    if args.dir:
        return Path(args.dir).expanduser().resolve()
    return config.backup_folder(config.Settings(home / config.SETTINGS_FILENAME), home)


def _cmd_backup(args: argparse.Namespace) -> int:
    home = config.ensure_data_dir()
    target = _backup_dir(args, home)
    db = open_from_args(args)
    try:
        if db.is_sqlite:
            assert db.sqlite_path is not None
            made = backup.backup_sqlite(db.sqlite_path, target, reason="manuelle")
        else:
            made = backup.pg_dump_backup(
                db.engine.url.render_as_string(hide_password=False), target
            )
    finally:
        db.dispose()
    print(
        translate("SafetyCommands", "Verified backup written: {path} ({size} KB)").format(
            path=made, size=f"{made.stat().st_size / 1024:.0f}"
        )
    )
    return 0


def _app_is_running(home: Path) -> bool:
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(home / config.LOCK_FILENAME))
    lock.setStaleLockTime(0)
    if lock.tryLock(0) or (lock.removeStaleLockFile() and lock.tryLock(0)):
        lock.unlock()
        return False
    return True


def _cmd_restore(args: argparse.Namespace) -> int:
    home = config.ensure_data_dir()
    url = args.database or config.resolve_database_url(
        config.Settings(home / config.SETTINGS_FILENAME), home
    )
    if not url.startswith("sqlite"):
        raise StorageError(
            translate(
                "SafetyCommands",
                "A shared PostgreSQL database is restored with pg_restore on the server "
                "(pg_restore --clean --dbname=NAME backup.dump).",
            )
        )
    if _app_is_running(home):
        raise StorageError(
            translate("SafetyCommands", "Artisan CRM is open: close it before restoring a backup.")
        )
    from sqlalchemy.engine import make_url

    live = Path(make_url(url).database or "").expanduser().resolve()
    source = Path(args.file).expanduser().resolve()
    safety = backup.restore_backup(source, live, _backup_dir(args, home))
    print(translate("SafetyCommands", "Database restored from {path}.").format(path=source))
    if safety is not None:
        print(
            translate("SafetyCommands", "The previous database is kept: {path}").format(path=safety)
        )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "backup", help=translate("SafetyCommands", "write a verified backup of the database")
    )
    p.add_argument(
        "dir",
        nargs="?",
        help=translate("SafetyCommands", "destination folder (default: the one in the settings)"),
    )
    p.set_defaults(func=_cmd_backup)
    r = sub.add_parser(
        "restore",
        help=translate("SafetyCommands", "replace the database with a backup (application closed)"),
    )
    r.add_argument("file", help=translate("SafetyCommands", ".sqlite3 backup file"))
    r.add_argument(
        "--dir",
        help=translate("SafetyCommands", "folder where the copy of the current database is kept"),
    )
    r.set_defaults(func=_cmd_restore)
