"""Benchmark: the client list's search as you type on a 20,000-client database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_clients_ui.py [--clients N]

Builds the real :class:`ClientsView` on the scale database (``bench-data/scale-<N>.sqlite3``,
built by ``scale_db.py`` when missing), types a few searches key by key (80 ms between
keys, like a quick typist) and prints:

* keystroke-to-updated-list: from the last key of a search to the list showing its
  answer (includes the 150 ms typing pause before the search starts), median and max;
* the GUI thread's longest stall while typing and waiting: a 10 ms QTimer records the
  largest gap between two of its ticks (anything well above 10 ms is a freeze);
* sorting the whole list by amount due (click to updated list).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import Result, print_table

QUERIES = ("helene", "martin", "06 12", "lyon", "dupont jean", "plomberie")
KEY_INTERVAL_MS = 80


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20_000)
    args = parser.parse_args()

    from scale_db import build_scale_db

    path, _built = build_scale_db(args.clients, quiet=True)

    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from artisan_crm.config import Settings
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

    def settled(text: str) -> bool:
        return (
            page.model.query.search == text.strip()
            and not page.debounce.isActive()
            and page.model.is_current()
        )

    def wait_until(condition, timeout_ms: int = 30_000) -> None:
        clock = QElapsedTimer()
        clock.start()
        while not condition():
            if clock.elapsed() > timeout_ms:
                raise TimeoutError("the list did not answer")
            QTest.qWait(1)

    # ---- the event-loop latency probe
    gaps: list[float] = []
    last = [time.perf_counter()]
    probe = QTimer()
    probe.setInterval(10)

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    probe.timeout.connect(tick)

    started = time.perf_counter()
    view.show()
    wait_until(lambda: page.model.is_current() and page.model.rowCount() > 0)
    first_page_ms = (time.perf_counter() - started) * 1000
    total = page.model.total

    latencies: list[float] = []
    last[0] = time.perf_counter()
    probe.start()
    for query in QUERIES:
        page.search.clear()
        page.model.set_search("")
        wait_until(lambda: settled(""))
        page.search.setFocus()
        for char in query:
            QTest.keyClick(page.search, char)
            QTest.qWait(KEY_INTERVAL_MS)
        # qWait above: the last key was typed KEY_INTERVAL_MS ago
        typed_at = time.perf_counter() - KEY_INTERVAL_MS / 1000
        wait_until(lambda q=query: settled(q))
        latencies.append((time.perf_counter() - typed_at) * 1000)
        print(f"  « {query} » -> {page.model.total} clients in {latencies[-1]:.0f} ms")
    probe.stop()
    typing_stall = max(gaps) if gaps else 0.0

    page.search.clear()
    page.model.set_search("")
    wait_until(lambda: settled(""))
    gaps.clear()
    last[0] = time.perf_counter()
    probe.start()
    clicked = time.perf_counter()
    page.table.horizontalHeader().setSortIndicator(
        ClientListModel.AMOUNT_DUE, Qt.SortOrder.DescendingOrder
    )
    wait_until(lambda: page.model.query.sort == "amount_due" and page.model.is_current())
    sort_ms = (time.perf_counter() - clicked) * 1000
    probe.stop()
    sort_stall = max(gaps) if gaps else 0.0

    tasks.shutdown()
    db.dispose()
    print(f"\nClient list UI on {total:,} clients (scale database {path.name})".replace(",", " "))
    print_table(
        [
            Result("first page shown (view opened)", first_page_ms, "ms"),
            Result(
                "keystroke -> updated list (median)",
                statistics.median(latencies),
                "ms",
                target="< 400 ms (incl. 150 ms pause)",
                ok=statistics.median(latencies) < 400,
            ),
            Result("keystroke -> updated list (max)", max(latencies), "ms"),
            Result(
                "GUI max stall while typing",
                typing_stall,
                "ms",
                target="< 50 ms",
                ok=typing_stall < 50,
            ),
            Result("sort by amount due -> list", sort_ms, "ms"),
            Result(
                "GUI max stall while sorting",
                sort_stall,
                "ms",
                target="< 50 ms",
                ok=sort_stall < 50,
            ),
        ]
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
