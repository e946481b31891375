"""Benchmark: the client list's search as you type on a 20,000-client database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_clients_ui.py
        [--clients N] [--repeat 9] [--no-freeze]

Builds the real :class:`ClientsView` on the scale database (``bench-data/scale-<N>.sqlite3``,
built by ``scale_db.py`` when missing), waits for the category column (the whole file
rated in the background), then, for each query (a name prefix, an accent-folded company
word, a phone fragment, a town), alternates ``--repeat`` times:

* the bare query: ``list_clients`` (the function and arguments the list's model sends to
  the worker: same filters, sort and page size) in one read session, called directly
  on the GUI thread, with nothing else running;
* keystroke -> updated list, typed in a burst: the search box is emptied, then the query
  is typed with ``QTest.keyClicks`` (no pause between keys: every key is a new search,
  so coalescing is exercised), timed from the last key to the start of the first paint
  of the list (or of its empty-state text) after the model took the final answer;
* keystroke -> updated list, typed at 80 ms a key (a quick typist), timed the same way.

Each UI run is paired with the bare query timed just before it; per query it prints the
medians and the median of the per-pair ratios (UI / bare), then the same over every
pair (target: ratio <= 3). A 10 ms QTimer records the longest gap between two of its
ticks while the UI is at work (typing and waiting for the list): the GUI thread's
longest stall (target < 50 ms). Then: typing while the whole file is being rated (the
rating gives way), and the whole list sorted by amount due. Full garbage collections
during the measured phases are timed too, to tell their pauses from the app's own work.

Waiting runs the Qt event loop (never ``QTest.qWait``, which keeps the GIL while it
sleeps and starves the worker thread). On a machine busy with other work the stalls
measure the scheduler more than the app: run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import Result, median, print_table

#: a name prefix, a company word typed without accents, a phone fragment, a town
QUERIES = ("mart", "electricite", "06 12", "lyon")
KEY_INTERVAL_MS = 80
RATIO_TARGET = 3.0
STALL_TARGET_MS = 50.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=9, help="alternations per query")
    parser.add_argument(
        "--no-freeze",
        action="store_true",
        help="skip the gc.freeze() the application does once its first view is shown "
        "(ui/gc_policy.py), to see what full collections would cost without it",
    )
    args = parser.parse_args()

    from scale_db import build_scale_db

    path, _built = build_scale_db(args.clients, quiet=True)

    from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from artisan_crm.config import Settings
    from artisan_crm.services.clients import list_clients
    from artisan_crm.storage.database import open_database
    from artisan_crm.ui.clients.list_model import ClientListModel
    from artisan_crm.ui.clients.view import ClientsView
    from artisan_crm.ui.events import AppEvents
    from artisan_crm.ui.i18n import install_translators
    from artisan_crm.ui.taskman import TaskManager
    from artisan_crm.ui.views.base import ViewContext

    app = QApplication.instance() or QApplication([])
    install_translators(app, "fr")
    home = Path(os.environ.get("TMPDIR", "/tmp")) / "bench-clients-ui"
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.ini").unlink(missing_ok=True)
    db = open_database(f"sqlite:///{path}", backups_dir=home / "backups")
    events = AppEvents()
    tasks = TaskManager(events)
    tasks.db = db
    context = ViewContext(
        settings=Settings(home / "settings.ini"), db=db, events=events, tasks=tasks, data_dir=home
    )
    view = ClientsView(context)
    view.resize(1200, 800)
    page = view.list_page
    model = page.model

    def settled(text: str) -> bool:
        debounce = getattr(page, "debounce", None)  # the list before issue 3 waited 150 ms
        return (
            model.query.search == text.strip()
            and not (debounce is not None and debounce.isActive())
            and model.is_current()
        )

    # Waiting runs the event loop and checks the condition when something happens (a
    # paint, a model signal), not by polling every millisecond: a GUI thread spinning
    # in Python would take the GIL from the worker and slow the very query it waits for.
    waiting: list[tuple[Callable[[], bool], QEventLoop]] = []

    def nudge(*_args: object) -> None:
        for condition, loop in waiting:
            if condition():
                loop.quit()

    def pause(ms: int) -> None:
        """Run the event loop for ``ms`` (``QTest.qWait`` would keep the GIL while it
        sleeps between two event passes, starving the worker thread)."""
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_until(condition: Callable[[], bool], timeout_ms: int = 30_000) -> None:
        if condition():
            return
        loop = QEventLoop()
        fallback = QTimer()
        fallback.setInterval(50)
        fallback.timeout.connect(nudge)
        clock = QElapsedTimer()
        clock.start()
        waiting.append((condition, loop))
        fallback.start()
        try:
            while not condition():
                if clock.elapsed() > timeout_ms:
                    raise TimeoutError("the list did not answer")
                loop.exec()
        finally:
            fallback.stop()
            waiting.pop()

    # ---- what the user sees: the model's last reset, then the list's first paint after it
    marks = {"reset": 0.0, "paint": 0.0}

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                marks["paint"] = time.perf_counter()
                QTimer.singleShot(0, nudge)  # once this paint is over
            return False

    watch = PaintWatch()
    page.table.viewport().installEventFilter(watch)
    page.empty.installEventFilter(watch)
    model.modelReset.connect(lambda: marks.__setitem__("reset", time.perf_counter()))
    model.sig_loaded.connect(nudge)
    model.rowsInserted.connect(nudge)
    if hasattr(model, "sig_categories_loaded"):
        model.sig_categories_loaded.connect(nudge)

    def shown(text: str) -> bool:
        return settled(text) and marks["paint"] > marks["reset"]

    # ---- the event-loop latency probe: only counted while the UI is at work
    # "cpu": the GUI thread's own CPU time at the last tick; "max_cpu": its CPU time
    # during the longest gap (small: it waited, for the GIL or for a processor)
    probe_state = {"on": False, "last": 0.0, "max": 0.0, "cpu": 0.0, "max_cpu": 0.0}
    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.setInterval(10)

    def tick() -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap = (now - probe_state["last"]) * 1000
        if probe_state["on"] and gap > probe_state["max"]:
            probe_state["max"] = gap
            probe_state["max_cpu"] = (cpu - probe_state["cpu"]) * 1000
        probe_state["last"], probe_state["cpu"] = now, cpu

    probe.timeout.connect(tick)

    def probing(on: bool) -> None:
        probe_state["last"], probe_state["cpu"] = time.perf_counter(), time.thread_time()
        probe_state["on"] = on

    worst = {"stall": 0.0, "cpu": 0.0}

    def longest_stall() -> float:
        value = probe_state["max"]
        if value > worst["stall"]:
            worst["stall"], worst["cpu"] = value, probe_state["max_cpu"]
        probe_state["max"] = 0.0
        return value

    # Diagnosis of stalls: the interpreter's full collections (any thread) hold the GIL
    # while they walk the whole heap, the GUI thread included.
    collections = {"start": 0.0, "longest": 0.0, "count": 0}

    def on_collection(phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            collections["start"] = time.perf_counter()
        elif probe_state["on"]:
            elapsed = (time.perf_counter() - collections["start"]) * 1000
            collections["longest"] = max(collections["longest"], elapsed)
            collections["count"] += 1

    gc.callbacks.append(on_collection)

    started = time.perf_counter()
    view.show()
    wait_until(lambda: model.is_current() and model.rowCount() > 0)
    first_page_ms = (time.perf_counter() - started) * 1000
    total = model.total
    probe.start()

    # ---- the category column: the whole file is rated once the list is quiet; waited
    # for before the trials (the usual state of a list opened a while ago)
    rating_rows: list[Result] = []
    if hasattr(model, "start_categories"):
        probing(True)
        wait_until(lambda: bool(model.categories) and not model.categories_running(), 120_000)
        probing(False)
        rated = sum(1 for c in model.categories.values() if c.judged)
        rating_rows.append(
            Result(
                f"category column filled: view opened -> {rated} clients rated",
                (time.perf_counter() - started) * 1000,
                "ms",
            )
        )
        rating_stall = longest_stall()
        rating_rows.append(
            Result(
                "GUI longest stall while the file is rated",
                rating_stall,
                "ms",
                target=f"< {STALL_TARGET_MS:g} ms",
                ok=rating_stall < STALL_TARGET_MS,
            )
        )

    def empty_the_box() -> None:
        page.search.clear()
        model.set_search("")
        wait_until(lambda: settled(""))

    def bare(text: str) -> float:
        q = model.query
        clock = time.perf_counter()
        db.run_read(
            list_clients,
            search=text,
            tag=q.tag,
            include_archived=q.include_archived,
            sort=q.sort,
            descending=q.descending,
            limit=model.page_size,
            offset=0,
        )
        return (time.perf_counter() - clock) * 1000

    def typed(text: str, interval_ms: int) -> float:
        empty_the_box()
        page.search.setFocus()
        pause(20)  # let the empty list paint
        probing(True)
        if interval_ms:
            for char in text[:-1]:
                QTest.keyClick(page.search, char)
                pause(interval_ms)
            QTest.keyClick(page.search, text[-1])
            typed_at = time.perf_counter()
        else:
            QTest.keyClicks(page.search, text)
            typed_at = time.perf_counter()
        wait_until(lambda: shown(text))
        probing(False)
        return (marks["paint"] - typed_at) * 1000

    if not args.no_freeze:
        from artisan_crm.ui.gc_policy import freeze_long_lived, share_the_gil_with_the_window

        freeze_long_lived()  # as the application does once its first view is shown
        share_the_gil_with_the_window()  # as the application does at start
    # warm-up: SQLite page cache, Qt's first paints
    for text in QUERIES:
        bare(text)
        typed(text, 0)
    longest_stall()

    # per query: {"burst": [(bare ms, UI ms), ...], "typist": [...]}; each UI run is paired
    # with the bare query timed just before it
    pairs: dict[str, dict[str, list[tuple[float, float]]]] = {}
    stall = {"burst": 0.0, "typist": 0.0}
    for _ in range(args.repeat):
        for text in QUERIES:
            figures = pairs.setdefault(text, {"burst": [], "typist": []})
            for mode, interval in (("burst", 0), ("typist", KEY_INTERVAL_MS)):
                base = bare(text)
                figures[mode].append((base, typed(text, interval)))
                stall[mode] = max(stall[mode], longest_stall())

    def ratios(runs: list[tuple[float, float]]) -> list[float]:
        return [ui / base for base, ui in runs]

    results: list[Result] = []
    all_ratios: dict[str, list[float]] = {"burst": [], "typist": []}
    for text, figures in pairs.items():
        bare_runs = [base for runs in figures.values() for base, _ui in runs]
        hits = db.run_read(list_clients, search=text, limit=1).total
        results.append(
            Result(f"« {text} » ({hits} found): bare list_clients", median(bare_runs), "ms")
        )
        for mode, label in (("burst", "typed in a burst"), ("typist", "typed at 80 ms/key")):
            mode_ratios = ratios(figures[mode])
            all_ratios[mode] += mode_ratios
            ratio = median(mode_ratios)
            results.append(
                Result(
                    f"« {text} »: key -> list, {label}",
                    median([ui for _base, ui in figures[mode]]),
                    "ms",
                    baseline=median([base for base, _ui in figures[mode]]),
                    paired_ratio=ratio,
                    target=f"ratio <= {RATIO_TARGET:g}",
                    ok=ratio <= RATIO_TARGET,
                )
            )
    for mode, label in (("burst", "typed in a burst"), ("typist", "typed at 80 ms/key")):
        runs = [run for f in pairs.values() for run in f[mode]]
        ratio = median(all_ratios[mode])
        results.append(
            Result(
                f"ALL: key -> list, {label} (median)",
                median([ui for _base, ui in runs]),
                "ms",
                baseline=median([base for base, _ui in runs]),
                paired_ratio=ratio,
                target=f"ratio <= {RATIO_TARGET:g}",
                ok=ratio <= RATIO_TARGET,
            )
        )
        results.append(
            Result(
                f"GUI longest stall, {label}",
                stall[mode],
                "ms",
                target=f"< {STALL_TARGET_MS:g} ms",
                ok=stall[mode] < STALL_TARGET_MS,
            )
        )

    # ---- typing while the whole file is being rated (the category column)
    start_rating = getattr(model, "start_categories", None)
    if start_rating is not None:
        latencies = []
        for text in QUERIES:
            empty_the_box()
            model.invalidate_categories()
            start_rating()
            pause(150)  # well into the rating's SQL
            if not model.categories_running():
                raise RuntimeError("the rating should be running")
            page.search.setFocus()
            probing(True)
            QTest.keyClicks(page.search, text)
            typed_at = time.perf_counter()
            wait_until(lambda t=text: shown(t))
            probing(False)
            latencies.append((marks["paint"] - typed_at) * 1000)
        rating_rows.append(
            Result(
                "key -> list while the file is rated (median)",
                median(latencies),
                "ms",
            )
        )
        typing_stall = longest_stall()
        rating_rows.append(
            Result(
                "GUI longest stall, typing during the rating",
                typing_stall,
                "ms",
                target=f"< {STALL_TARGET_MS:g} ms",
                ok=typing_stall < STALL_TARGET_MS,
            )
        )
        wait_until(lambda: not model.categories_running() and not model.is_loading(), 120_000)
    results += rating_rows
    # ---- sorting the whole list by a computed column
    empty_the_box()
    probing(True)
    clicked = time.perf_counter()
    page.table.horizontalHeader().setSortIndicator(
        ClientListModel.AMOUNT_DUE, Qt.SortOrder.DescendingOrder
    )
    wait_until(lambda: model.query.sort == "amount_due" and model.is_current())
    sort_ms = (time.perf_counter() - clicked) * 1000
    probing(False)
    sort_stall = longest_stall()
    probe.stop()
    diagnosis = [
        Result(
            f"diagnosis: GUI thread's CPU in its longest stall ({worst['stall']:.0f} ms)",
            worst["cpu"],
            "ms",
        ),
        Result(
            f"diagnosis: longest of {collections['count']} full GC pauses while measured",
            collections["longest"],
            "ms",
        ),
    ]

    tasks.shutdown()
    db.dispose()
    print(f"\nClient list UI on {total:,} clients (scale database {path.name})".replace(",", " "))
    print_table(
        [
            Result("first page shown (view opened)", first_page_ms, "ms"),
            *results,
            Result("sort by amount due -> list", sort_ms, "ms"),
            Result(
                "GUI longest stall while sorting",
                sort_stall,
                "ms",
                target=f"< {STALL_TARGET_MS:g} ms",
                ok=sort_stall < STALL_TARGET_MS,
            ),
            *diagnosis,
        ]
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
