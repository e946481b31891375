"""Build (or reuse) the scale SQLite database: ``bench-data/scale-<clients>.sqlite3``.

    .venv/bin/python tests/benchmarks/scale_db.py [--clients 20000] [--force]

The database is written to a temporary file and renamed when complete, so a file
with the final name is always a finished one; it is reused when its row counts
match the request. Prints the seconds the build took.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # also as tests.benchmarks.*

from _common import BENCH_DATA, Result

DEFAULTS = {"clients": 20_000, "quotes_per_client": 5, "time_entries_per_client": 25}


def scale_path(clients: int) -> Path:
    return BENCH_DATA / f"scale-{clients}.sqlite3"


def _is_complete(path: Path, clients: int, quotes: int, time_entries: int) -> bool:
    if not path.exists():
        return False
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            counts = [
                conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("client", "quote", "time_entry")
            ]
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return counts == [clients, quotes, time_entries]


def build_scale_db(
    clients: int = DEFAULTS["clients"],
    *,
    quotes: int | None = None,
    time_entries: int | None = None,
    workers: int | None = None,
    force: bool = False,
    quiet: bool = False,
) -> tuple[Path, float | None]:
    """The path of a complete scale database, and the build seconds (None when reused)."""
    from artisan_crm.demo import generate_scale
    from artisan_crm.storage.database import open_database

    quotes = quotes if quotes is not None else clients * DEFAULTS["quotes_per_client"]
    time_entries = (
        time_entries if time_entries is not None else clients * DEFAULTS["time_entries_per_client"]
    )
    path = scale_path(clients)
    if not force and _is_complete(path, clients, quotes, time_entries):
        if not quiet:
            print(f"{path} : déjà complète, réutilisée")
        return path, None
    BENCH_DATA.mkdir(exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    for stale in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()
    db = open_database(f"sqlite:///{partial}", backups_dir=BENCH_DATA / "backups")
    try:
        last = [0.0]

        def progress(done: int, total: int) -> None:
            now = time.perf_counter()
            if not quiet and (now - last[0] > 5 or done == total):
                last[0] = now
                print(f"  {done}/{total} clients ({now - started:.0f} s)", flush=True)

        summary = generate_scale(
            db,
            clients=clients,
            quotes=quotes,
            time_entries=time_entries,
            workers=workers,
            progress=progress,
        )
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    seconds = time.perf_counter() - started
    os.replace(partial, path)
    Path(f"{partial}-wal").unlink(missing_ok=True)
    Path(f"{partial}-shm").unlink(missing_ok=True)
    if not quiet:
        print(
            f"{path} : {summary.total_rows:,} lignes en {seconds:.1f} s "
            f"({summary.total_rows / seconds:,.0f} lignes/s)".replace(",", " ")
        )
    return path, seconds


def scale_db_path(clients: int = DEFAULTS["clients"]) -> Path:
    """Path of the complete scale database, built first if needed (used by other benchmarks)."""
    return build_scale_db(clients)[0]


def run(clients: int = DEFAULTS["clients"], force: bool = False) -> list[Result]:
    _path, seconds = build_scale_db(clients, force=force)
    if seconds is None:
        return []
    return [
        Result(
            f"build scale DB ({clients} clients)", seconds, "s", target="< 120 s", ok=seconds < 120
        )
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=DEFAULTS["clients"])
    parser.add_argument("--quotes", type=int)
    parser.add_argument("--time-entries", type=int)
    parser.add_argument("--workers", type=int, help="rendering processes (default: CPUs, max 4)")
    parser.add_argument("--force", action="store_true", help="rebuild even if complete")
    args = parser.parse_args(argv)
    _path, seconds = build_scale_db(
        args.clients,
        quotes=args.quotes,
        time_entries=args.time_entries,
        workers=args.workers,
        force=args.force,
    )
    print(f"seconds: {seconds:.1f}" if seconds is not None else "seconds: 0 (reused)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
