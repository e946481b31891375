"""Opening the database safely, the unit of work, and the SQLite rules of DESIGN.md §3.

``open_database`` inspects an existing SQLite file *read-only* before anything
may write to it: a file that is not a database, a damaged one, or one made by
a newer version of the application is refused with a French message and left
byte-for-byte untouched. Only then is the engine created, a backup taken if a
migration is due, and the schema upgraded.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from artisan_crm.domain.changes import ChangeSet
from artisan_crm.domain.errors import (
    ConflictError,
    DatabaseTooNewError,
    DatabaseUnreachableError,
    StorageError,
)
from artisan_crm.i18n import translate
from artisan_crm.storage import backup, migrations
from artisan_crm.storage.sqlite_file import (
    BackgroundInspection,
    SqliteInspection,
    inspect_sqlite_file,
    start_inspection,
)

log = logging.getLogger(__name__)

T = TypeVar("T")


# ---- Engine --------------------------------------------------------------------------------


def _install_sqlite_rules(engine: Engine) -> None:
    """Pragmas and the "pysqlite transaction" recipe (Python < 3.12).

    The driver's own transaction handling is switched off (``isolation_level =
    None``) and BEGIN is emitted by us: ``BEGIN IMMEDIATE`` for writes, so that a
    writer takes the lock up front instead of failing later on a stale WAL snapshot.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get("sqlite_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def make_engine(url: str, *, connect_timeout: int = 5) -> Engine:
    """An engine for ``url`` with this application's rules (no connection is made)."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseUnreachableError(
            translate("Database", "Invalid database address: “{url}”.").format(url=url)
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed)
        _install_sqlite_rules(engine)
        return engine
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(
            parsed,
            pool_pre_ping=True,
            connect_args={"connect_timeout": connect_timeout, "application_name": "artisan-crm"},
        )
    raise DatabaseUnreachableError(
        translate(
            "Database",
            "Unsupported kind of database: “{kind}”. Use a local SQLite file or a "
            "PostgreSQL server.",
        ).format(kind=parsed.get_backend_name())
    )


# ---- Unit of work --------------------------------------------------------------------------


def _track_changes(session: Session) -> None:
    @event.listens_for(session, "after_flush")
    def _after_flush(sess: Session, _ctx: Any) -> None:
        changes: set[tuple[str, int | None]] = sess.info.setdefault("changes", set())
        for obj in (*sess.new, *sess.dirty, *sess.deleted):
            table = getattr(obj, "__tablename__", None)
            if table:
                changes.add((table, getattr(obj, "id", None)))


def _first_line(exc: Exception) -> str:
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip()
    return text.splitlines()[0] if text else type(orig).__name__


def _quiet_rollback(session: Session) -> None:
    """Roll back; on a dead connection the rollback itself fails, which changes nothing."""
    try:
        session.rollback()
    except (OperationalError, InterfaceError):
        log.debug("rollback on a lost connection", exc_info=True)


def record_change(session: Session, table: str, row_id: int | None = None) -> None:
    """Declare a change made with Core statements (bulk inserts) for the ChangeSet."""
    session.info.setdefault("changes", set()).add((table, row_id))


class Database:
    """An open database: engine, sessions, and the single writer.

    Reads: ``with db.read() as session``. Writes: ``with db.write() as session``
    (committed on success; the ChangeSet is in ``db.last_changes``), or
    ``db.run_write(fn, *args)`` which returns ``(result, ChangeSet)``.
    """

    def __init__(self, engine: Engine, sqlite_path: Path | None) -> None:
        self.engine = engine
        self.sqlite_path = sqlite_path
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        # One writer per process (DESIGN.md §3: the bundled SQLite has a WAL-reset
        # bug when two connections write or checkpoint at once).
        self._write_lock = threading.RLock()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def describe(self) -> str:
        """Which database is in use, for the status bar and support (no password)."""
        if self.is_sqlite:
            return translate("Database", "SQLite: {path}").format(path=self.sqlite_path)
        url = self.engine.url
        return translate("Database", "PostgreSQL: {server}").format(
            server=f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._connection_errors(), self._sessions() as session:
            try:
                yield session
            finally:
                _quiet_rollback(session)

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._write_lock, self._connection_errors(), self._sessions() as session:
            _track_changes(session)
            try:
                session.connection(execution_options={"sqlite_write": True})
                yield session
                session.commit()
            except StaleDataError as exc:
                _quiet_rollback(session)
                raise ConflictError() from exc
            except BaseException:
                _quiet_rollback(session)
                raise
            self.last_changes = ChangeSet.of(session.info.get("changes", ()))

    @contextmanager
    def _connection_errors(self) -> Iterator[None]:
        """A lost server or a busy file becomes a user's message; the caller keeps what the
        user typed and may simply try again (the pool reconnects: ``pool_pre_ping``)."""
        try:
            yield
        except (OperationalError, InterfaceError) as exc:
            if self.is_sqlite:
                raise StorageError(
                    translate(
                        "Database",
                        "The database is busy or out of reach for the moment ({detail}). "
                        "Nothing was lost: try again in a moment.",
                    ).format(detail=_first_line(exc))
                ) from exc
            raise DatabaseUnreachableError(
                translate(
                    "Database",
                    "The connection to the shared database was lost. What you typed is kept: "
                    "check the network or the server, then try again. Detail: {detail}",
                ).format(detail=_first_line(exc))
            ) from exc

    last_changes: ChangeSet = ChangeSet()

    def run_write(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T, ChangeSet]:
        with self._write_lock:
            with self.write() as session:
                result = fn(session, *args, **kwargs)
            return result, self.last_changes

    def run_read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self.read() as session:
            return fn(session, *args, **kwargs)

    def dispose(self) -> None:
        if self.is_sqlite:
            # SQLite's advice for long-lived connections: refresh the planner's
            # statistics on close (cheap when nothing changed).
            try:
                with self._write_lock, self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA optimize")
            except Exception:  # never let a statistics refresh break a shutdown
                log.debug("PRAGMA optimize failed", exc_info=True)
        self.engine.dispose()


# ---- Opening ---------------------------------------------------------------------------------


def _too_new_message(revision: str) -> str:
    return translate(
        "Database",
        "This database was created by a newer version of Artisan CRM (schema “{revision}”). "
        "Update the application; the database was not modified.",
    ).format(revision=revision)


def _create_private_file(path: Path) -> None:
    """Create the database file readable by its owner only (0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def open_database(
    url: str,
    *,
    backups_dir: Path | None = None,
    upgrade: bool = True,
    inspection: BackgroundInspection | None = None,
) -> Database:
    """Open (and create or upgrade) the database at ``url``; see the module docstring.

    ``inspection``: the read-only check of the SQLite file, already started by the caller
    (:func:`start_inspection`) so that it runs while SQLAlchemy loads. Used only when it
    looks at the file ``url`` names; otherwise the file is checked here.
    """
    if inspection is None:
        inspection = start_inspection(url)
    try:
        engine = make_engine(url)
    except BaseException:
        _settle(inspection)
        raise
    sqlite_path: Path | None = None
    found: SqliteInspection | None = None
    try:
        if engine.dialect.name == "sqlite":
            database = engine.url.database
            if not database or database == ":memory:":
                raise StorageError(
                    translate(
                        "Database", "An in-memory SQLite database keeps nothing: give a file."
                    )
                )
            sqlite_path = Path(database).expanduser().resolve()
            if inspection is not None and inspection.path == sqlite_path:
                found = inspection.result()
            else:
                _settle(inspection)
                found = inspect_sqlite_file(sqlite_path)
            if found.revision is not None and not migrations.is_known(found.revision):
                raise DatabaseTooNewError(_too_new_message(found.revision))
            if not found.exists:
                if not upgrade:
                    raise StorageError(
                        translate(
                            "Database",
                            "No database at “{path}”. Start the application "
                            "(or “artisan-crm db upgrade”) to create it.",
                        ).format(path=sqlite_path)
                    )
                _create_private_file(sqlite_path)
            log.info("SQLite %s, database %s", sqlite3.sqlite_version, sqlite_path)
            if upgrade and found.revision is not None and not migrations.is_head(found.revision):
                target = backups_dir or sqlite_path.parent / "backups"
                made = backup.backup_sqlite(
                    sqlite_path, target, reason=f"avant-mise-a-jour-{found.revision}"
                )
                log.info("pre-upgrade backup written to %s", made)
        else:
            _settle(inspection)
            _check_server(engine)
        db = Database(engine, sqlite_path)
        # An SQLite file already at head (every start but the first after an update): its
        # revision was read above, so neither Alembic nor a second look at the schema.
        if found is None or found.revision is None or not migrations.is_head(found.revision):
            if upgrade:
                migrations.upgrade_to_head(engine)
            else:
                _refuse_too_new(engine)
        return db
    except BaseException:
        _settle(inspection)
        engine.dispose()
        raise


def _settle(inspection: BackgroundInspection | None) -> None:
    """Wait for an inspection whose verdict is not needed: no thread outlives the opening."""
    if inspection is not None:
        try:
            inspection.result()
        except Exception:
            log.debug("early inspection not used", exc_info=True)


def _check_server(engine: Engine) -> None:
    url = engine.url
    where = f"{url.host or 'localhost'}:{url.port or 5432}/{url.database}"
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        raise DatabaseUnreachableError(
            translate(
                "Database",
                "Cannot reach the shared PostgreSQL database ({server}). Check that the "
                "server is on and can be reached from this computer, then try again. "
                "Detail: {detail}",
            ).format(
                server=where,
                detail=str(exc.orig).strip().splitlines()[0] if exc.orig else exc,
            )
        ) from exc
    _refuse_too_new(engine)


def _refuse_too_new(engine: Engine) -> None:
    revision = current_revision(engine)
    if revision is not None and not migrations.is_known(revision):
        raise DatabaseTooNewError(_too_new_message(revision))


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_integrity(db: Database) -> list[str]:
    """Problems found (empty list = OK): SQLite integrity + foreign keys; PostgreSQL reachability."""
    problems: list[str] = []
    with db.engine.connect() as conn:
        if db.is_sqlite:
            rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
            if [r[0] for r in rows] != ["ok"]:
                problems.extend(str(r[0]) for r in rows[:20])
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            problems.extend(
                translate(
                    "Database", "broken reference: table {table}, row {row} -> {parent}"
                ).format(table=r[0], row=r[1], parent=r[2])
                for r in fk[:20]
            )
        else:
            conn.execute(text("SELECT 1"))
        revision = current_revision(db.engine)
        if revision is None or not migrations.is_head(revision):
            problems.append(
                translate("Database", "schema not up to date (revision {revision})").format(
                    revision=revision
                )
            )
    return problems
