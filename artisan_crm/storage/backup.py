"""SQLite backups that are never half-written.

The copy is made with ``VACUUM INTO`` (a consistent snapshot of a live
database, never a plain file copy) into a temporary file in the target folder,
flushed to disk, checked with ``PRAGMA quick_check``, and only then renamed to
its final name: a file named ``*.sqlite3`` in the backups folder is always a
complete, verified backup.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from artisan_crm.domain.errors import StorageError
from artisan_crm.i18n import translate

BACKUP_SUFFIX = ".sqlite3"
PARTIAL_SUFFIX = ".partial"


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return  # not supported on this platform (Windows)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_sqlite(source: Path, target_dir: Path, *, reason: str = "manuelle") -> Path:
    """Write a verified backup of ``source`` into ``target_dir``; return its path.

    ``reason`` goes into the file name: an identifier ("manuelle", "quotidienne",
    "avant-restauration", "avant-mise-a-jour-<revision>"), never translated (existing
    backups keep their names; the backup dialog shows a label for each)."""
    target_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    final = target_dir / f"artisan_crm-{stamp}-{reason}{BACKUP_SUFFIX}"
    partial = final.with_name(final.name + PARTIAL_SUFFIX)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            src.execute("VACUUM INTO ?", (str(partial),))
        finally:
            src.close()
        os.chmod(partial, 0o600)
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        check = sqlite3.connect(f"{partial.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = check.execute("PRAGMA quick_check").fetchone()
        finally:
            check.close()
        if not result or result[0] != "ok":
            raise StorageError(
                translate("Backup", "The backup written to “{path}” is invalid: {result}.").format(
                    path=partial, result=result
                )
            )
        os.replace(partial, final)
        _fsync_dir(target_dir)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(
            translate("Backup", "The database backup failed: {error}.").format(error=exc)
        ) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return final


# ---- Listing, rotation, restore -------------------------------------------------------------

_NAME = re.compile(r"^artisan_crm-(\d{8}-\d{6}-\d{6})-(.+)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    size: int
    reason: str


def list_backups(folder: Path) -> list[BackupInfo]:
    """Complete backups in ``folder``, newest first (half-written ``.partial`` files never appear)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
        found.append(BackupInfo(path, created, path.stat().st_size, match.group(2)))
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def backups_to_keep(
    backups: list[BackupInfo], *, daily: int = 7, weekly: int = 4, monthly: int = 12
) -> set[Path]:
    """Grandfather-father-son rotation: the newest backup of each of the last ``daily`` days
    that have one, of the last ``weekly`` ISO weeks and of the last ``monthly`` months.
    The newest backup is always kept."""
    keep: set[Path] = set()
    newest_first = sorted(backups, key=lambda b: b.created_at, reverse=True)
    if newest_first:
        keep.add(newest_first[0].path)
    for count, period in (
        (daily, lambda d: d.date()),
        (weekly, lambda d: tuple(d.isocalendar())[:2]),
        (monthly, lambda d: (d.year, d.month)),
    ):
        seen: list[object] = []
        for backup in newest_first:
            key = period(backup.created_at)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(key)
            keep.add(backup.path)
    return keep


def rotate_backups(
    folder: Path, *, daily: int = 7, weekly: int = 4, monthly: int = 12
) -> list[Path]:
    """Delete backups the rotation does not keep; return what was deleted."""
    backups = list_backups(folder)
    keep = backups_to_keep(backups, daily=daily, weekly=weekly, monthly=monthly)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    for stale in folder.glob(f"*{PARTIAL_SUFFIX}") if folder.is_dir() else ():
        stale.unlink(missing_ok=True)  # left by a backup killed half-way
    return removed


def backup_if_due(
    source: Path,
    folder: Path,
    *,
    max_age: timedelta = timedelta(days=1),
    now: datetime | None = None,
) -> Path | None:
    """The start-up backup: only when the newest one is older than ``max_age``."""
    now = now or datetime.now(UTC)
    if not source.exists() or source.stat().st_size == 0:
        return None
    existing = list_backups(folder)
    if existing and now - existing[0].created_at < max_age:
        return None
    return backup_sqlite(source, folder, reason="quotidienne")


def verify_backup(path: Path) -> None:
    """Raise a StorageError unless ``path`` is a complete Artisan CRM database."""
    if not path.is_file():
        raise StorageError(
            translate("Backup", "The backup “{path}” does not exist.").format(path=path)
        )
    with open(path, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise StorageError(_not_a_backup(path))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            translate("Backup", "The backup “{path}” cannot be read ({error}).").format(
                path=path, error=exc
            )
        ) from exc
    if not result or result[0] != "ok":
        raise StorageError(
            translate("Backup", "The backup “{path}” is damaged ({detail}).").format(
                path=path, detail=result[0] if result else "?"
            )
        )
    if "alembic_version" not in tables or "client" not in tables:
        raise StorageError(_not_a_backup(path))


def _not_a_backup(path: Path) -> str:
    return translate("Backup", "“{path}” is not an Artisan CRM backup.").format(path=path)


def restore_backup(backup: Path, live: Path, folder: Path, *, damaged: bool = False) -> Path | None:
    """Replace the live database by ``backup``; the application must be closed.

    The chosen backup is verified first. The current database is kept: backed up
    if it is readable, else moved aside as ``*.damaged-<date>`` (never deleted).
    The copy goes through a temporary file renamed over the live one, so a crash
    leaves either the old or the new database, never a mixture. Returns the
    safety copy of the previous database (or None if there was none).
    ``damaged``: the live file is known to be broken; it is moved aside untouched
    (no checkpoint, no copy attempt that could write to it).
    """
    verify_backup(backup)
    safety: Path | None = None
    if live.exists() and live.stat().st_size > 0:
        try:
            if damaged:
                raise StorageError("known to be damaged")
            conn = sqlite3.connect(live)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
            safety = backup_sqlite(live, folder, reason="avant-restauration")
        except (sqlite3.Error, StorageError):
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            safety = live.with_name(f"{live.name}.damaged-{stamp}")
            os.replace(live, safety)
            for suffix in ("-wal", "-shm"):
                side = Path(f"{live}{suffix}")
                if side.exists():
                    os.replace(side, Path(f"{safety}{suffix}"))
    temporary = live.with_name(live.name + ".restoring")
    shutil.copyfile(backup, temporary)
    os.chmod(temporary, 0o600)
    with open(temporary, "rb+") as fh:
        os.fsync(fh.fileno())
    for suffix in ("-wal", "-shm"):
        # The old database's WAL must never be replayed onto the restored file.
        Path(f"{live}{suffix}").unlink(missing_ok=True)
    os.replace(temporary, live)
    _fsync_dir(live.parent)
    return safety


def pg_dump_backup(url: str, folder: Path) -> Path:
    """Shared mode: a ``pg_dump`` custom-format dump (restore with ``pg_restore``)."""
    from sqlalchemy.engine import make_url

    executable = shutil.which("pg_dump")
    if executable is None:
        raise StorageError(
            translate(
                "Backup",
                "pg_dump cannot be found: install the PostgreSQL client tools, or let the "
                "server make its own backups (pg_dump -Fc DATABASE_NAME > backup.dump).",
            )
        )
    parsed = make_url(url)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    final = folder / f"artisan_crm-{stamp}-{parsed.database}.dump"
    partial = final.with_name(final.name + PARTIAL_SUFFIX)
    libpq = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
    result = subprocess.run(
        [executable, "--format=custom", f"--file={partial}", f"--dbname={libpq}"],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        partial.unlink(missing_ok=True)
        raise StorageError(
            translate("Backup", "pg_dump failed: {error}").format(error=result.stderr.strip())
        )
    os.chmod(partial, 0o600)
    os.replace(partial, final)
    return final
