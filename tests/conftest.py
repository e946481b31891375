"""Shared fixtures: a private data folder per test, real SQLite and real PostgreSQL databases.

PostgreSQL tests use a scratch database created and dropped around each test on
the server named by ``ARTISAN_CRM_TEST_PG_URL`` (default: the local server,
database ``test``). When the server cannot be reached the tests skip, except when
``CI`` or ``ARTISAN_CRM_REQUIRE_PG`` is set: there a skipped PostgreSQL test is a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "fr_FR.UTF-8")

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from artisan_crm.storage.database import Database, open_database

PG_ADMIN_URL = os.environ.get(
    "ARTISAN_CRM_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _pg_required() -> bool:
    return bool(os.environ.get("CI") or os.environ.get("ARTISAN_CRM_REQUIRE_PG"))


@pytest.fixture(scope="session", autouse=True)
def french_services() -> None:
    """Services and domain messages in French, as the CLI and the French GUI show them.

    (Their source strings are English; ``artisan_crm.i18n`` looks the French up.)"""
    from artisan_crm.ui.i18n import install_standalone

    install_standalone("fr")


@pytest.fixture
def english() -> Iterator[None]:
    """The layers below ui/ untranslated, as in a process nothing has set up yet: English."""
    from artisan_crm import i18n

    before = i18n.current()
    i18n.install("en", None)
    try:
        yield
    finally:
        i18n.install(*before)


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder; nothing touches the user's real data."""
    home = tmp_path / "home"
    monkeypatch.setenv("ARTISAN_CRM_HOME", str(home))
    monkeypatch.delenv("ARTISAN_CRM_DATABASE_URL", raising=False)
    return home


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.sqlite3'}"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """URL of a fresh, empty PostgreSQL database, dropped after the test."""
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"artisan_test_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        admin.dispose()
        message = f"PostgreSQL unreachable at {PG_ADMIN_URL}: {exc}"
        if _pg_required():
            pytest.fail(message)
        pytest.skip(message)
    url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test body on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.sqlite3'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def db(database_url: str, tmp_path: Path) -> Iterator[Database]:
    database = open_database(database_url, backups_dir=tmp_path / "backups")
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def sqlite_db(sqlite_url: str, tmp_path: Path) -> Iterator[Database]:
    database = open_database(sqlite_url, backups_dir=tmp_path / "backups")
    try:
        yield database
    finally:
        database.dispose()
