"""Time demo generation (3,000 clients) and scale generation (20,000 clients) on fresh files.

.venv/bin/python tests/benchmarks/bench_generate.py [--demo-clients 3000] [--scale-clients 20000]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # also as tests.benchmarks.*

from _common import BENCH_DATA, Result, print_table


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the rendering workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _time_generation(kind: str, clients: int, workers: int | None) -> tuple[float, float, int]:
    from artisan_crm.demo import generate_demo, generate_scale
    from artisan_crm.storage.database import open_database

    BENCH_DATA.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f"bench-{kind}-", dir=BENCH_DATA))
    try:
        db = open_database(f"sqlite:///{folder / 'bench.sqlite3'}", backups_dir=folder / "b")
        try:
            started, cpu = time.perf_counter(), _cpu_seconds()
            if kind == "demo":
                summary = generate_demo(db, clients=clients)
            else:
                summary = generate_scale(
                    db,
                    clients=clients,
                    quotes=clients * 5,
                    time_entries=clients * 25,
                    workers=workers,
                )
            seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
        finally:
            db.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return seconds, cpu, summary.total_rows


def _report(kind: str, clients: int, seconds: float, cpu: float, rows: int) -> None:
    load = os.getloadavg()[0]
    print(
        f"{kind} {clients:>6} clients : {seconds:6.1f} s ({cpu:6.1f} s CPU, charge {load:.1f} "
        f"sur {os.cpu_count()} CPU), {rows:>9,} lignes, {rows / seconds:>9,.0f} lignes/s",
        flush=True,
    )


def run(
    demo_clients: int = 3000, scale_clients: int = 20_000, workers: int | None = None
) -> list[Result]:
    results = []
    if demo_clients:
        seconds, cpu, rows = _time_generation("demo", demo_clients, workers)
        _report("demo ", demo_clients, seconds, cpu, rows)
        results.append(
            Result(
                f"demo data, {demo_clients} clients", seconds, "s", target="< 30 s", ok=seconds < 30
            )
        )
        results.append(
            Result(f"demo data, {demo_clients} clients (rows/s)", rows / seconds, "rows/s")
        )
    if scale_clients:
        seconds, cpu, rows = _time_generation("scale", scale_clients, workers)
        _report("scale", scale_clients, seconds, cpu, rows)
        results.append(
            Result(
                f"scale data, {scale_clients} clients",
                seconds,
                "s",
                target="< 120 s",
                ok=seconds < 120,
            )
        )
        results.append(
            Result(f"scale data, {scale_clients} clients (rows/s)", rows / seconds, "rows/s")
        )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demo-clients", type=int, default=3000)
    parser.add_argument("--scale-clients", type=int, default=20_000)
    parser.add_argument("--workers", type=int, help="rendering processes for the scale data")
    args = parser.parse_args(argv)
    print_table(run(args.demo_clients, args.scale_clients, args.workers))
    return 0


if __name__ == "__main__":
    sys.exit(main())
