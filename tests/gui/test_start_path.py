"""What a start loads: only what the first view needs (issue 2, start-up performance).

A start on an up-to-date database reads its schema revision with one SQL query and
never imports Alembic; charts, templates, Faker, phone and SIRET validation, the
scheduler, the PostgreSQL dialect and the other views load when first used.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from artisan_crm.domain.errors import NotADatabaseError
from artisan_crm.storage.database import open_database
from artisan_crm.storage.sqlite_file import BackgroundInspection, plain_sqlite_path

ROOT = Path(__file__).resolve().parents[2]

NOT_AT_START = (
    "alembic",
    "mako",
    "jinja2",
    "pyqtgraph",
    "faker",
    "babel",
    "phonenumbers",
    "stdnum",
    "apscheduler",
    "sqlalchemy.dialects.postgresql",
    "artisan_crm.ui.backup_dialog",
)
FIRST_VIEW_MODULES = {
    "artisan_crm.ui.views",
    "artisan_crm.ui.views.base",
    "artisan_crm.ui.views.today",
}

_START = """
import sys
from artisan_crm.app import run_gui
status = run_gui([], smoke=True)
loaded = sorted(
    name for name in sys.modules
    if name.split(".")[0] in {"alembic", "mako", "jinja2", "pyqtgraph", "faker", "babel",
                              "phonenumbers", "stdnum", "apscheduler"}
    or name.startswith(("sqlalchemy.dialects.postgresql", "artisan_crm.ui.views",
                        "artisan_crm.ui.backup_dialog"))
)
print(" ".join(loaded))
sys.exit(status)
"""


def _start(home: Path) -> set[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ARTISAN_CRM_HOME=str(home))
    env.pop("ARTISAN_CRM_DATABASE_URL", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, "-c", _START],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def test_a_start_on_an_up_to_date_database_loads_only_the_first_view(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _start(home)  # creates the database (Alembic runs then)
    loaded = _start(home)
    assert not {m for m in loaded if m.startswith(NOT_AT_START)}, loaded
    assert {m for m in loaded if m.startswith("artisan_crm.ui.views")} <= FIRST_VIEW_MODULES


def test_plain_sqlite_urls_are_recognised(tmp_path: Path) -> None:
    path = tmp_path / "base.sqlite3"
    assert plain_sqlite_path(f"sqlite:///{path}") == path.resolve()
    assert plain_sqlite_path("sqlite:///:memory:") is None
    assert plain_sqlite_path("sqlite://") is None
    assert plain_sqlite_path(f"sqlite:///{path}?mode=ro") is None  # left to SQLAlchemy
    assert plain_sqlite_path("sqlite+pysqlite:///x.sqlite3") is None
    assert plain_sqlite_path("postgresql+psycopg://u@h/db") is None


def test_the_early_inspection_refuses_what_the_inline_one_refuses(tmp_path: Path) -> None:
    path = tmp_path / "clients.sqlite3"
    path.write_text("Nom;Téléphone\nDupont;0612345678\n", encoding="utf-8")
    early = BackgroundInspection(path.resolve())
    with pytest.raises(NotADatabaseError):
        open_database(f"sqlite:///{path}", inspection=early)
    assert path.read_text(encoding="utf-8").startswith("Nom;")


def test_an_inspection_of_another_file_is_not_trusted(tmp_path: Path) -> None:
    good = tmp_path / "good.sqlite3"
    open_database(f"sqlite:///{good}").dispose()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all")
    # The verdict on ``good`` must not let ``bad`` through.
    with pytest.raises(NotADatabaseError):
        open_database(f"sqlite:///{bad}", inspection=BackgroundInspection(good.resolve()))
