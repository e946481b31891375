"""Run every benchmark and print one table (name, figure, baseline, ratio, target).

.venv/bin/python tests/benchmarks/run_all.py [--runs 7] [--scale-clients 20000] [--skip-scale]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # also as tests.benchmarks.*

import bench_generate
import bench_startup
import scale_db
from _common import REPO, Result, print_table

OURS = {"bench_generate", "bench_startup"}


def _other_benchmarks(failures: list[str]) -> list[Result]:
    """Every other ``bench_*.py``, run as ``python -m tests.benchmarks.<name>``.

    A module exposing ``run() -> list[Result]`` could join the table directly; the
    others print their own figures, and the table gets their duration and status.
    """
    results = []
    here = Path(__file__).resolve().parent
    for path in sorted(here.glob("bench_*.py")):
        if path.stem in OURS:
            continue
        print(f"\n== {path.stem} ==", flush=True)
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", f"tests.benchmarks.{path.stem}"], cwd=REPO, check=False
        )
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            failures.append(f"{path.stem} : code de sortie {done.returncode}")
        results.append(
            Result(
                f"{path.stem} (whole run; figures above)",
                seconds,
                "s",
                target="exit 0",
                ok=done.returncode == 0,
            )
        )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="start-up runs of each program")
    parser.add_argument("--demo-clients", type=int, default=3000)
    parser.add_argument("--scale-clients", type=int, default=20_000)
    parser.add_argument("--skip-scale", action="store_true", help="no 20,000-client generation")
    parser.add_argument(
        "--only-ours", action="store_true", help="skip the other bench_*.py modules"
    )
    args = parser.parse_args(argv)
    results: list[Result] = []
    failures: list[str] = []
    scale = 0 if args.skip_scale else args.scale_clients
    results += bench_generate.run(args.demo_clients, scale)
    if scale:
        results += scale_db.run(scale)  # reused when complete: no figure then
    try:
        results += bench_startup.run(args.runs, args.demo_clients)
    except bench_startup.SmokeFailed as exc:
        failures.append(str(exc))
    if not args.only_ours:
        results += _other_benchmarks(failures)
    print()
    print_table(results)
    for failure in failures:
        print(f"\nÉCHEC : {failure}", file=sys.stderr)
    return 1 if failures or any(r.ok is False for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
