"""Start-up time and memory of the real GUI versus a bare PySide6 window, run alternately.

    .venv/bin/python tests/benchmarks/bench_startup.py [--runs 7] [--clients 3000]

``python -m artisan_crm --smoke`` starts the application for real on a 3,000-client
demo database (``ARTISAN_CRM_HOME`` pointing at a folder holding
``artisan_crm.sqlite3``) and exits 0 once the main window shows its first view.
The baseline is a bare ``QApplication`` + ``QMainWindow`` shown and quit right
after. Both run offscreen, one after the other, ``--runs`` times each after one
warm-up run each; the medians and the peak RSS of each process are compared.
Targets: time ratio <= 1.5 and memory ratio <= 1.5.

For reference (no target) a third program is timed in the same rounds: the *floor* of
any start that reads the database through SQLAlchemy and our models, i.e. the bare
window plus ``import sqlalchemy.orm``, ``artisan_crm.storage.models`` and one query
(``--no-floor`` skips it). When the floor alone is above 1.5x the bare window, the
target cannot be met without leaving SQLAlchemy out of the start.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # also as tests.benchmarks.*

from _common import BENCH_DATA, ChildRun, Result, median, print_table, run_child

TARGET_RATIO = 1.5

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Artisan CRM")
window.setCentralWidget(QLabel("Aujourd'hui"))
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


FLOOR = """
import gc
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session
from artisan_crm.storage.models import Client

app = QApplication(sys.argv[:1])
engine = create_engine(sys.argv[1])
with Session(engine) as session:
    count = session.scalar(select(func.count()).select_from(Client))
window = QMainWindow()
window.setWindowTitle("Artisan CRM")
window.setCentralWidget(QLabel(f"Aujourd'hui : {count} clients"))
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, app.quit)
status = app.exec()
engine.dispose()
gc.freeze()  # as the application does on quitting
sys.exit(status)
"""


class SmokeFailed(RuntimeError):
    pass


def demo_home(clients: int) -> Path:
    """A data folder with a ``clients``-client demo database (built once, then reused)."""
    from artisan_crm.config import DATABASE_FILENAME

    home = BENCH_DATA / f"startup-home-{clients}"
    database = home / DATABASE_FILENAME
    marker = home / "complete"
    if marker.exists() and database.exists():
        return home
    from artisan_crm.demo import generate_demo
    from artisan_crm.storage.database import open_database

    if home.exists():
        for child in home.iterdir():
            if child.is_file():
                child.unlink()
    home.mkdir(parents=True, exist_ok=True)
    print(f"construction de la base de démonstration ({clients} clients) dans {home}...")
    started = time.perf_counter()
    db = open_database(f"sqlite:///{database}", backups_dir=home / "backups")
    try:
        generate_demo(db, clients=clients, seed=42)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    marker.write_text("ok\n")
    print(f"  base construite en {time.perf_counter() - started:.1f} s")
    return home


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["ARTISAN_CRM_HOME"] = str(home)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("ARTISAN_CRM_DATABASE_URL", None)
    # An installed application runs from compiled bytecode (pip and PyInstaller compile
    # it): with PYTHONDONTWRITEBYTECODE inherited from the shell, every run would compile
    # our ~50 start-up modules from source (0.2-0.3 s) and the bare window nothing. The
    # warm-up runs write the bytecode of both programs into bench-data/, not the tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(BENCH_DATA / "pycache")
    return env


def _app(env: dict[str, str]) -> ChildRun:
    run = run_child([sys.executable, "-m", "artisan_crm", "--smoke"], env=env)
    if run.returncode != 0:
        raise SmokeFailed(
            f"« python -m artisan_crm --smoke » a échoué (code {run.returncode}). "
            "Le mode --smoke doit démarrer l'interface et quitter avec 0 une fois la "
            f"première vue affichée.\n--- stderr ---\n{run.stderr.strip()[-3000:]}"
        )
    return run


def _bare(env: dict[str, str]) -> ChildRun:
    run = run_child([sys.executable, "-c", BARE_WINDOW], env=env)
    if run.returncode != 0:
        raise RuntimeError(f"bare PySide6 window failed ({run.returncode}):\n{run.stderr}")
    return run


def _floor(env: dict[str, str]) -> ChildRun:
    from artisan_crm.config import DATABASE_FILENAME

    database = Path(env["ARTISAN_CRM_HOME"]) / DATABASE_FILENAME
    run = run_child([sys.executable, "-c", FLOOR, f"sqlite:///{database}"], env=env)
    if run.returncode != 0:
        raise RuntimeError(f"floor program failed ({run.returncode}):\n{run.stderr}")
    return run


def run(runs: int = 7, clients: int = 3000, *, floor: bool = True) -> list[Result]:
    env = _env(demo_home(clients))
    _app(env)  # warm-up: file cache, start-up backup or migration if one is due
    _bare(env)
    programs = [_app, _bare, *([_floor] if floor else [])]
    for fn in programs[2:]:
        fn(env)  # its warm-up
    measured: dict[object, list[ChildRun]] = {fn: [] for fn in programs}
    for n in range(runs):
        # alternate, and rotate who goes first, so drifts in machine load hit all of them
        shift = n % len(programs)
        for fn in programs[shift:] + programs[:shift]:
            measured[fn].append(fn(env))
    apps, bares = measured[_app], measured[_bare]
    app_s, bare_s = median([r.seconds for r in apps]), median([r.seconds for r in bares])
    ratio = median([a.seconds / b.seconds for a, b in zip(apps, bares, strict=True)])
    app_mib = max(r.max_rss_mib for r in apps)
    bare_mib = max(r.max_rss_mib for r in bares)
    print(f"démarrage ({runs} mesures chacun, {clients} clients) :")
    print(f"  artisan_crm --smoke : médiane {app_s:.3f} s, pic mémoire {app_mib:.0f} Mio")
    print(f"  fenêtre PySide6 nue : médiane {bare_s:.3f} s, pic mémoire {bare_mib:.0f} Mio")
    print(f"  rapport temps (médiane des rapports) : {ratio:.2f} (cible <= {TARGET_RATIO})")
    print(f"  rapport mémoire : {app_mib / bare_mib:.2f} (cible <= {TARGET_RATIO})")
    extra: list[Result] = []
    if floor:
        floors = measured[_floor]
        floor_s = median([r.seconds for r in floors])
        floor_mib = max(r.max_rss_mib for r in floors)
        floor_ratio = median([f.seconds / b.seconds for f, b in zip(floors, bares, strict=True)])
        print(
            f"  plancher (fenêtre nue + SQLAlchemy + modèles + 1 requête) : médiane "
            f"{floor_s:.3f} s (rapport {floor_ratio:.2f}), pic mémoire {floor_mib:.0f} Mio "
            f"(rapport {floor_mib / bare_mib:.2f})"
        )
        extra = [
            Result(
                "floor: bare window + SQLAlchemy + models",
                floor_s,
                "s",
                baseline=bare_s,
                target="reference",
                paired_ratio=floor_ratio,
            ),
            Result(
                "floor peak RSS",
                floor_mib,
                "MiB",
                baseline=bare_mib,
                target="reference",
            ),
        ]
    return [
        Result(
            f"start-up to first view, {clients} clients",
            app_s,
            "s",
            baseline=bare_s,
            target=f"ratio <= {TARGET_RATIO}",
            ok=ratio <= TARGET_RATIO,
            paired_ratio=ratio,
        ),
        Result(
            "start-up peak RSS",
            app_mib,
            "MiB",
            baseline=bare_mib,
            target=f"ratio <= {TARGET_RATIO}",
            ok=app_mib / bare_mib <= TARGET_RATIO,
        ),
        *extra,
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--clients", type=int, default=3000)
    parser.add_argument(
        "--no-floor", action="store_true", help="do not time the SQLAlchemy floor program"
    )
    args = parser.parse_args(argv)
    try:
        results = run(args.runs, args.clients, floor=not args.no_floor)
    except SmokeFailed as exc:
        print(exc, file=sys.stderr)
        return 1
    print_table(results)
    return 0 if all(r.ok is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
