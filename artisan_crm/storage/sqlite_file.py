"""Looking at an SQLite file read-only, before anything may write to it (no SQLAlchemy here).

``inspect_sqlite_file`` refuses a file that is not a database, a damaged one
(``PRAGMA quick_check``) or another application's, and reads our schema
revision. The check reads the whole file, so at start it runs on a thread of its
own (:class:`BackgroundInspection`) while SQLAlchemy is being imported: SQLite
releases the GIL while it reads. ``open_database`` still waits for its verdict
before it creates an engine that could write a byte.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from artisan_crm.domain.errors import DatabaseCorruptError, NotADatabaseError, StorageError
from artisan_crm.i18n import translate

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class SqliteInspection:
    exists: bool
    revision: str | None
    has_tables: bool


def inspect_sqlite_file(path: Path, *, full_check: bool = False) -> SqliteInspection:
    """Look at an SQLite file without writing a byte to it."""
    if not path.exists() or path.stat().st_size == 0:
        return SqliteInspection(exists=path.exists(), revision=None, has_tables=False)
    if path.is_dir():
        raise NotADatabaseError(
            translate("Database", "“{path}” is a folder, not a database.").format(path=path)
        )
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(
            translate("Database", "Cannot read “{path}”: {error}.").format(
                path=path, error=exc.strerror or exc
            )
        ) from exc
    if header != SQLITE_HEADER:
        raise NotADatabaseError(
            translate(
                "Database",
                "The file “{path}” is not an Artisan CRM database (its header is not that "
                "of an SQLite file). It was not modified.",
            ).format(path=path)
        )
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise DatabaseCorruptError(damaged_message(path, str(exc))) from exc
    try:
        pragma = "integrity_check" if full_check else "quick_check"
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            detail = "; ".join(str(r[0]) for r in rows[:3])
            raise DatabaseCorruptError(damaged_message(path, detail))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorruptError(damaged_message(path, str(exc))) from exc
    finally:
        conn.close()
    user_tables = {t for t in tables if not t.startswith("sqlite_")}
    if user_tables and revision is None:
        raise NotADatabaseError(
            translate(
                "Database",
                "The file “{path}” is an SQLite database, but not an Artisan CRM one "
                "(it was not modified).",
            ).format(path=path)
        )
    return SqliteInspection(exists=True, revision=revision, has_tables=bool(user_tables))


def damaged_message(path: Path, detail: str) -> str:
    return translate(
        "Database",
        "The database “{path}” is damaged ({detail}). It was not modified. Restore the "
        "latest good backup (File ▸ Backups… ▸ Restore a backup, or “artisan-crm restore "
        "FILE”).",
    ).format(path=path, detail=detail)


def plain_sqlite_path(url: str) -> Path | None:
    """The file of a plain ``sqlite:///PATH`` URL (no driver, no query string), else None.

    Only a shortcut for starting the check early: any other URL is parsed by SQLAlchemy
    in ``open_database`` and checked there.
    """
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url or "#" in url:
        return None
    database = unquote(url[len(prefix) :])
    if not database or database == ":memory:":
        return None
    return Path(database).expanduser().resolve()


class BackgroundInspection:
    """:func:`inspect_sqlite_file` of ``path`` running on a thread of its own."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._result: SqliteInspection | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._work, name="artisan-sqlite-check", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        try:
            self._result = inspect_sqlite_file(self.path)
        except BaseException as exc:  # handed over to the caller of result()
            self._error = exc

    def result(self) -> SqliteInspection:
        """The verdict (waits for it); raises what the inspection raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result


def start_inspection(url: str) -> BackgroundInspection | None:
    """Start the read-only check of the SQLite file of ``url`` on its own thread (None when
    ``url`` is not a plain ``sqlite:///`` file URL: ``open_database`` checks it inline)."""
    path = plain_sqlite_path(url)
    return BackgroundInspection(path) if path is not None else None
