"""Benchmark: how long the "Notation clients" view stalls the GUI thread.

    .venv/bin/python tests/benchmarks/bench_rating_ui.py [--clients 600]
        [--scale-clients 20000 | --skip-scale] [--rerates 4] [--repeat 3]

Builds the real :class:`RatingView` (French, offscreen) on

* a demo database of ``--clients`` clients (``artisan-crm demo --clients N`` in a
  temporary ``ARTISAN_CRM_HOME``);
* the scale database (``bench-data/scale-<N>.sqlite3``, built by ``scale_db.py`` when
  missing; a few minutes), unless ``--skip-scale``;

and prints, for each, the longest gap between two ticks of a 10 ms QTimer (the GUI
thread's longest stall, target < 50 ms):

* while loading: the view shown until the table, the details and both charts are up;
* while re-rating: the target rate changed ``--rerates`` times (no SQL: the worker
  re-rates, then the table, the filter counts and the charts are updated);
* while reloading: a data change read again from the database (SQL on the worker);
* while sorting: a click on the "Margin/h" header (sorted on the GUI thread, on keys
  prepared by the worker).

Next to each stall: the GUI thread's own CPU time in its busiest gap (what the view's
code costs, whatever else the machine runs), and the longest full garbage collection
(generation 2) of the phase, on any thread: it holds the GIL, so it stalls the GUI thread
too. Each database runs in a fresh process (``--repeat`` times, medians shown), so that
the first load also pays for pyqtgraph's import (on the worker) as a user would.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common, scale_db

from _common import REPO, Result, print_table

TARGET_MS = 50.0
TARGETS = (60, 30, 90, 45, 75, 40)
PHASES = ("load", "rerate", "reload", "sort")


# ---- The measurement (in a child process) ---------------------------------------------------


class Probe:
    """A 10 ms QTimer: the longest gap between two ticks (wall clock), the most CPU the GUI
    thread used between two ticks, and the longest generation-2 garbage collection."""

    def __init__(self) -> None:
        import gc

        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)
        self.max_gap = self.max_cpu = self.max_gc = 0.0
        self.collections = 0
        self._last = self._last_cpu = self._gc_started = 0.0
        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            self._gc_started = time.perf_counter()
        elif self.timer.isActive():
            self.collections += 1
            self.max_gc = max(self.max_gc, (time.perf_counter() - self._gc_started) * 1000)

    def start(self) -> None:
        self.max_gap = self.max_cpu = self.max_gc = 0.0
        self.collections = 0
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self.timer.start()

    def tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.max_gap = max(self.max_gap, (now - self._last) * 1000)
        self.max_cpu = max(self.max_cpu, (cpu - self._last_cpu) * 1000)
        self._last, self._last_cpu = now, cpu

    def stop(self) -> dict[str, float]:
        self.tick()
        self.timer.stop()
        return {
            "stall_ms": self.max_gap,
            "cpu_ms": self.max_cpu,
            "gc_ms": self.max_gc,
            "collections": self.collections,
        }


def _measure(database: Path, rerates: int) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from artisan_crm.config import Settings
    from artisan_crm.domain.changes import ChangeSet
    from artisan_crm.storage.database import open_database
    from artisan_crm.ui.events import AppEvents
    from artisan_crm.ui.i18n import install_translators
    from artisan_crm.ui.rating.model import Column
    from artisan_crm.ui.rating.view import RatingView
    from artisan_crm.ui.taskman import TaskManager
    from artisan_crm.ui.views.base import ViewContext

    app = QApplication.instance() or QApplication([])
    install_translators(app, "fr")
    home = Path(tempfile.mkdtemp(prefix="bench-rating-ui-"))
    db = open_database(f"sqlite:///{database}", backups_dir=home / "backups")
    events = AppEvents()
    tasks = TaskManager(events)
    tasks.db = db
    context = ViewContext(
        settings=Settings(home / "settings.ini"), db=db, events=events, tasks=tasks, data_dir=home
    )
    probe = Probe()
    from artisan_crm.ui.gc_policy import freeze_long_lived, share_the_gil_with_the_window

    freeze_long_lived()  # as the application does once its first view is shown
    share_the_gil_with_the_window()  # as the application does at start

    # A real event loop, not QTest.qWait: qWait keeps the GIL and starves the worker.
    def wait_until(condition, timeout_s: float = 600.0) -> None:
        loop = QEventLoop()
        deadline = time.perf_counter() + timeout_s
        poll = QTimer()
        poll.setInterval(5)
        poll.timeout.connect(
            lambda: loop.quit() if condition() or time.perf_counter() > deadline else None
        )
        poll.start()
        if not condition():
            loop.exec()
        poll.stop()
        if not condition():
            raise TimeoutError("the rating view did not settle")

    def pause(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    loaded: list[object] = []
    view = RatingView(context)
    view.sig_loaded.connect(loaded.append)
    view.resize(1300, 850)

    # (is_idle: also what is left to show on the GUI thread; older views only had is_busy)
    idle = getattr(view, "is_idle", lambda: not view.is_busy())

    def settled(count: int) -> bool:
        return len(loaded) >= count and view.charts_ready and idle()

    def phase(action, count: int) -> tuple[dict[str, float], float]:
        """Run ``action`` and wait until the view shows its result (and paints it)."""
        pause(100)
        probe.start()
        started = time.perf_counter()
        action()
        wait_until(lambda: settled(count))
        seconds = time.perf_counter() - started
        pause(150)  # the last paints
        return probe.stop(), seconds

    figures: dict[str, object] = {}
    # Load: shown until the table and both charts show the data.
    figures["load"], figures["load_s"] = phase(view.show, 1)
    figures["rows"] = len(view.table_data.rows)
    # Re-rate: a new target rate, without SQL (the worst of ``rerates`` changes).
    worst: dict[str, float] = {}
    slowest = 0.0
    for target in TARGETS[:rerates]:
        one, seconds = phase(lambda t=target: view.target_spin.setValue(t), len(loaded) + 1)
        worst = {k: max(v, worst.get(k, 0.0)) for k, v in one.items()}
        slowest = max(slowest, seconds)
    figures["rerate"], figures["rerate_s"] = worst, slowest
    # Reload: the data changed, read again (SQL on the worker).
    figures["reload"], figures["reload_s"] = phase(
        lambda: events.data_changed.emit(ChangeSet.of([("invoice", None)])), len(loaded) + 1
    )
    # Sort: a click on the margin per hour header (on the GUI thread, on keys from the worker).
    figures["sort"], figures["sort_s"] = phase(
        lambda: view.table.sortByColumn(Column.HOURLY_MARGIN, Qt.SortOrder.AscendingOrder),
        len(loaded),
    )
    view.close()
    import gc

    gc.callbacks.remove(probe._on_gc)  # its timer goes with the application
    tasks.shutdown()
    db.dispose()
    shutil.rmtree(home, ignore_errors=True)
    return figures


# ---- The databases and the table ------------------------------------------------------------


def demo_database(clients: int, home: Path) -> Path:
    """``artisan-crm demo --clients N`` in a temporary data folder."""
    from artisan_crm.config import DATABASE_FILENAME

    env = dict(os.environ, ARTISAN_CRM_HOME=str(home))
    env.pop("ARTISAN_CRM_DATABASE_URL", None)
    print(f"base de démonstration ({clients} clients)...", flush=True)
    subprocess.run(
        [sys.executable, "-m", "artisan_crm", "demo", "--clients", str(clients)],
        cwd=REPO,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return home / DATABASE_FILENAME


def _run_child(database: Path, rerates: int) -> dict[str, object]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    script = str(Path(__file__).resolve())
    done = subprocess.run(
        [sys.executable, script, "--child", str(database), "--rerates", str(rerates)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=3600,
    )
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise RuntimeError(f"the measurement on {database} failed ({done.returncode})")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _median_runs(database: Path, rerates: int, repeat: int, label: str) -> dict[str, object]:
    runs = []
    for n in range(repeat):
        runs.append(_run_child(database, rerates))
        one = runs[-1]
        print(
            f"  {label}, mesure {n + 1}/{repeat} : "
            + ", ".join(
                f"{p} {one[p]['stall_ms']:.0f} ms (CPU {one[p]['cpu_ms']:.0f} ms, "  # type: ignore[index]
                f"GC {one[p]['gc_ms']:.0f} ms)"  # type: ignore[index]
                for p in PHASES
            ),
            flush=True,
        )
    median: dict[str, object] = {"rows": runs[0]["rows"]}
    for p in PHASES:
        median[p] = {
            key: statistics.median(float(r[p][key]) for r in runs)  # type: ignore[index]
            for key in runs[0][p]  # type: ignore[union-attr]
        }
        median[f"{p}_s"] = statistics.median(float(r[f"{p}_s"]) for r in runs)  # type: ignore[arg-type]
    return median


def _results(label: str, figures: dict[str, object]) -> list[Result]:
    names = {
        "load": "loading",
        "rerate": "re-rating",
        "reload": "reloading",
        "sort": "sorting (header click)",
    }
    results = []
    for p in PHASES:
        phase: dict[str, float] = figures[p]  # type: ignore[assignment]
        stall = phase["stall_ms"]
        results += [
            Result(
                f"{label}: GUI max stall while {names[p]}",
                stall,
                "ms",
                target="< 50 ms",
                ok=stall < TARGET_MS,
            ),
            Result(f"{label}:   GUI-thread CPU in a gap (max)", phase["cpu_ms"], "ms"),
            Result(f"{label}:   longest full GC (any thread)", phase["gc_ms"], "ms"),
            Result(f"{label}:   until shown", float(figures[f"{p}_s"]), "s"),  # type: ignore[arg-type]
        ]
    return results


def run(
    clients: int = 600, scale_clients: int | None = 20_000, rerates: int = 4, repeat: int = 3
) -> list[Result]:
    print(f"charge de la machine (loadavg) : {os.getloadavg()[0]:.1f} sur {os.cpu_count()} CPU")
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="bench-rating-demo-") as home:
        database = demo_database(clients, Path(home))
        figures = _median_runs(database, rerates, repeat, "démo")
    results += _results(f"rating view, demo {figures['rows']} clients", figures)
    if scale_clients:
        from scale_db import build_scale_db

        path, _seconds = build_scale_db(scale_clients, quiet=True)
        figures = _median_runs(path, rerates, repeat, "échelle")
        results += _results(f"rating view, scale {figures['rows']} clients", figures)
    print(f"charge de la machine (loadavg) : {os.getloadavg()[0]:.1f}")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=600, help="clients of the demo database")
    parser.add_argument("--scale-clients", type=int, default=20_000)
    parser.add_argument("--skip-scale", action="store_true", help="only the demo database")
    parser.add_argument("--rerates", type=int, default=4, help=f"at most {len(TARGETS)}")
    parser.add_argument("--repeat", type=int, default=3, help="fresh processes per database")
    parser.add_argument("--child", metavar="DATABASE", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_measure(Path(args.child), args.rerates)))
        return 0
    scale = None if args.skip_scale else args.scale_clients
    results = run(args.clients, scale, args.rerates, args.repeat)
    print()
    print_table(results)
    return 0 if all(r.ok is not False for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
