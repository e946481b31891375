"""Benchmark: the full client rating vs the bare SQL aggregate, on the scale database.

Run: ``.venv/bin/python tests/benchmarks/bench_rating.py [--database URL] [--repeat 7]``
(``--quick`` builds a plain bulk data set instead of the demo's scale generator).

Prints the median seconds (wall clock and process CPU) of the bare per-client SQL sums
(``aggregate_sums``) and of the full rating (``rate_clients``: the same SQL + figures +
formula + categories + sorting), run alternately; their ratio (median of the per-pair
ratios, target <= 2); and the peak Python memory of one full rating (tracemalloc).
The database is the 20,000-client / 100,000-quote / 500,000-time-entry one of
``scale_db.build_scale_db`` (built once, then reused).
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common, scale_db

from _common import BENCH_DATA, Result, print_table
from sqlalchemy import func, insert, select

from artisan_crm.domain.enums import QuoteStatus, TimeKind
from artisan_crm.domain.rating import RatingPeriod, RatingSettings
from artisan_crm.services.rating import aggregate_sums, rate_clients
from artisan_crm.storage import models as m
from artisan_crm.storage.database import Database, open_database

CLIENTS, QUOTES, TIME_ENTRIES = 20_000, 100_000, 500_000


def _quick_bulk(db: Database, today: date) -> None:
    """A plain bulk data set (only when the demo's scale generator is not available)."""
    rng = random.Random(7)
    statuses = list(QuoteStatus)
    kinds = list(TimeKind)
    with db.write() as s:
        s.execute(
            insert(m.Client),
            [{"first_name": f"P{i}", "last_name": f"N{i}"} for i in range(CLIENTS)],
        )
        s.execute(
            insert(m.Quote),
            [
                {
                    "number": f"DEV-B-{i}",
                    "client_id": rng.randint(1, CLIENTS),
                    "status": rng.choice(statuses),
                    "issued_on": today - timedelta(days=rng.randint(0, 1100)),
                    "total_excl_vat": rng.randint(200, 20_000),
                    "material_cost": rng.randint(0, 5_000),
                }
                for i in range(QUOTES)
            ],
        )
        invoices = CLIENTS * 2
        s.execute(
            insert(m.Invoice),
            [
                {
                    "number": f"FAC-B-{i}",
                    "client_id": rng.randint(1, CLIENTS),
                    "status": "issued",
                    "issued_on": (day := today - timedelta(days=rng.randint(0, 1100))),
                    "due_on": day + timedelta(days=30),
                    "total_excl_vat": (excl := rng.randint(200, 20_000)),
                    "total_incl_vat": excl * 12 // 10,
                }
                for i in range(invoices)
            ],
        )
        s.execute(
            insert(m.Payment),
            [
                {
                    "invoice_id": i,
                    "paid_on": today - timedelta(days=rng.randint(0, 1000)),
                    "amount": rng.randint(100, 20_000),
                }
                for i in range(1, invoices + 1)
                if rng.random() < 0.8
            ],
        )
        for start in range(0, TIME_ENTRIES, 50_000):
            s.execute(
                insert(m.TimeEntry),
                [
                    {
                        "client_id": rng.randint(1, CLIENTS),
                        "quote_id": rng.randint(1, QUOTES) if rng.random() < 0.2 else None,
                        "work_date": today - timedelta(days=rng.randint(0, 1100)),
                        "minutes": rng.randint(5, 480),
                        "kind": rng.choice(kinds),
                        "billable": rng.random() < 0.7,
                    }
                    for _ in range(start, min(TIME_ENTRIES, start + 50_000))
                ],
            )


def scale_database(url: str | None, today: date, *, quick: bool = False) -> Database:
    """Open the scale database (built the first time)."""
    backups = BENCH_DATA / "backups"
    if url:
        return open_database(url, backups_dir=backups)
    if quick:
        path = BENCH_DATA / f"rating-quick-{CLIENTS}.sqlite3"
        fresh = not path.exists()
        BENCH_DATA.mkdir(exist_ok=True)
        db = open_database(f"sqlite:///{path}", backups_dir=backups)
        if fresh:
            _quick_bulk(db, today)
        return db
    import scale_db

    path, _seconds = scale_db.build_scale_db(CLIENTS, quotes=QUOTES, time_entries=TIME_ENTRIES)
    return open_database(f"sqlite:///{path}", backups_dir=backups)


def _interleaved(
    bare: Callable[[], Any], full: Callable[[], Any], repeat: int
) -> dict[str, list[tuple[float, float]]]:
    """(wall, CPU) seconds of each run, alternating so that both see the same load."""
    bare(), full()  # warm-up: statement compilation, page cache
    runs: dict[str, list[tuple[float, float]]] = {"bare": [], "full": []}
    for _ in range(repeat):
        for name, fn in (("bare", bare), ("full", full)):
            gc.collect()
            wall, cpu = time.perf_counter(), time.process_time()
            fn()
            runs[name].append((time.perf_counter() - wall, time.process_time() - cpu))
    return runs


def measure(
    db: Database, today: date, period: RatingPeriod, repeat: int
) -> tuple[list[Result], dict[str, Any]]:
    start = period.start(today)
    settings = RatingSettings()
    with db.read() as session:
        counts = {
            name: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for name, model in (
                ("clients", m.Client),
                ("quotes", m.Quote),
                ("time_entries", m.TimeEntry),
            )
        }

        def bare() -> Any:
            return aggregate_sums(session, start, today)

        def full() -> Any:
            return rate_clients(session, period, settings, today)

        runs = _interleaved(bare, full, repeat)
        gc.collect()
        tracemalloc.start()
        table = full()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    wall_ratio = statistics.median(
        f[0] / b[0] for b, f in zip(runs["bare"], runs["full"], strict=True)
    )
    cpu_ratio = statistics.median(
        f[1] / b[1] for b, f in zip(runs["bare"], runs["full"], strict=True)
    )
    bare_wall = statistics.median(w for w, _ in runs["bare"])
    full_wall = statistics.median(w for w, _ in runs["full"])
    results = [
        Result(
            f"rating, {counts['clients']} clients ({period.code})",
            full_wall,
            "s",
            baseline=bare_wall,
            target="ratio <= 2",
            ok=wall_ratio <= 2,
            paired_ratio=wall_ratio,
        ),
        Result("rating, peak Python memory", peak / 2**20, "MiB"),
    ]
    details = {
        "counts": counts,
        "rated": len(table.rows),
        "bare_cpu": statistics.median(c for _, c in runs["bare"]),
        "full_cpu": statistics.median(c for _, c in runs["full"]),
        "cpu_ratio": cpu_ratio,
    }
    return results, details


def run(repeat: int = 7, database: str | None = None, quick: bool = False) -> list[Result]:
    """For ``run_all.py``: the rating figures on the scale database."""
    today = date.today()
    db = scale_database(database, today, quick=quick)
    try:
        return measure(db, today, RatingPeriod.last_months(24), repeat)[0]
    finally:
        db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="URL of an existing scale database")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--period", default="24m")
    parser.add_argument(
        "--quick", action="store_true", help="a plain bulk data set, not the demo's"
    )
    args = parser.parse_args(argv)
    today = date.today()
    db = scale_database(args.database, today, quick=args.quick)
    try:
        results, details = measure(db, today, RatingPeriod.parse(args.period), args.repeat)
    finally:
        db.dispose()
    print(f"base : {db.describe()}")
    counts = details["counts"]
    print("volumes : " + ", ".join(f"{k} {v:,}".replace(",", " ") for k, v in counts.items()))
    print(f"clients notés : {details['rated']}")
    print(
        f"CPU du processus (médianes) : nu {details['bare_cpu']:.3f} s, "
        f"complet {details['full_cpu']:.3f} s, ratio {details['cpu_ratio']:.2f}"
    )
    print()
    print_table(results)
    return 0 if all(r.ok is not False for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
