"""SQLite backups that are never half-written.

The copy is made with ``VACUUM INTO`` (a consistent snapshot of a live
database, never a plain file copy) into a temporary file in the target folder,
flushed to disk, checked with ``PRAGMA quick_check``, and only then renamed to
its final name: a file named ``*.sqlite3`` in the backups folder is always a
complete, verified backup.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from artisan_crm.domain.errors import StorageError

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
    """Write a verified backup of ``source`` into ``target_dir``; return its path."""
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
            raise StorageError(f"La sauvegarde écrite dans « {partial} » est invalide : {result}.")
        os.replace(partial, final)
        _fsync_dir(target_dir)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"La sauvegarde de la base a échoué : {exc}.") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return final
