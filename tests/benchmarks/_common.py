"""Shared helpers of the benchmark scripts: paths, child-process measurement, the result table."""

from __future__ import annotations

import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run as a plain script from anywhere
    sys.path.insert(0, str(REPO))
BENCH_DATA = REPO / "bench-data"


@dataclass(frozen=True)
class Result:
    """One line of the summary table: a figure, its baseline (if any), and the target."""

    name: str
    figure: float
    unit: str
    baseline: float | None = None
    target: str = ""
    ok: bool | None = None
    #: when runs are paired, the median of the per-pair ratios (more robust than medians' ratio)
    paired_ratio: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.paired_ratio is not None:
            return self.paired_ratio
        if self.baseline in (None, 0):
            return None
        return self.figure / self.baseline


def print_table(results: list[Result]) -> None:
    header = ("benchmark", "figure", "baseline", "ratio", "target", "")
    rows = [header]
    for r in results:
        rows.append(
            (
                r.name,
                f"{r.figure:,.2f} {r.unit}".replace(",", " "),
                "-" if r.baseline is None else f"{r.baseline:,.2f} {r.unit}".replace(",", " "),
                "-" if r.ratio is None else f"{r.ratio:.2f}",
                r.target,
                {True: "OK", False: "MISSED", None: ""}[r.ok],
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for n, row in enumerate(rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if n == 0:
            print("  ".join("-" * width for width in widths))


@dataclass(frozen=True)
class ChildRun:
    seconds: float
    max_rss_mib: float
    returncode: int
    stderr: str


#: Measures one child from a fresh, small process. Linux starts a forked child's peak RSS
#: at its parent's RSS at fork time (and exec keeps it), so a child forked straight from a
#: big benchmark process would report at least the benchmark's own size.
_LAUNCHER = """
import os, subprocess, sys, time
started = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
seconds = time.perf_counter() - started
print(os.waitstatus_to_exitcode(status), seconds, usage.ru_maxrss)
"""


def run_child(args: list[str], env: dict[str, str] | None = None, timeout: float = 180) -> ChildRun:
    """Run a program; its wall time and its own peak RSS (``wait4`` in a small launcher)."""
    done = subprocess.run(
        [sys.executable, "-c", _LAUNCHER, *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    try:
        code, seconds, max_rss = done.stdout.split()
    except ValueError:
        return ChildRun(0.0, 0.0, done.returncode or 1, done.stderr)
    # ru_maxrss is in KiB on Linux (bytes on macOS)
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return ChildRun(float(seconds), int(max_rss) / scale, int(code), done.stderr)


def median(values: list[float]) -> float:
    return statistics.median(values)
