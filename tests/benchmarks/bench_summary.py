"""Benchmark: printed client summaries (fiche client) as PDF.

Run: ``.venv/bin/python tests/benchmarks/bench_summary.py [--repeat 3] [--clients 100]``

Prints:
* the client with the longest history (most interactions) of the 20,000-client scale
  database (``scale_db.build_scale_db``, built once then reused): seconds to gather its
  data (one read session), seconds to render and write the PDF, and pages; with the
  default options (15 latest interactions) and with ``--full-history``;
* ``write_active_summaries`` (what ``print client --all-active DIR`` runs) on a demo
  database of ``--clients`` active clients (``generate_demo``): total seconds, seconds
  per summary, pages; and, as a baseline, the same PDFs written without the work that
  keeps table rows whole (the ratio is what that care costs).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common, scale_db

import scale_db
from _common import Result, print_table
from sqlalchemy import func, select, update

from artisan_crm.reports import client_summary as cs
from artisan_crm.reports import documents
from artisan_crm.reports.documents import ensure_gui_application
from artisan_crm.storage import models as m
from artisan_crm.storage.database import Database, open_database


def _longest_history(db: Database) -> tuple[int, int]:
    with db.read() as session:
        it = m.Interaction
        row = session.execute(
            select(it.client_id, func.count(it.id))
            .group_by(it.client_id)
            .order_by(func.count(it.id).desc(), it.client_id)
            .limit(1)
        ).one()
    return int(row[0]), int(row[1])


def _one_summary(
    db: Database, client_id: int, options: cs.SummaryOptions, folder: Path, repeat: int
) -> tuple[float, float, int]:
    gathers, writes, pages = [], [], 0
    for n in range(repeat):
        started = time.perf_counter()
        with db.read() as session:
            data = cs.gather_client_summary(session, client_id, options)
        gathered = time.perf_counter()
        pages = cs.write_documents_pdf([cs.render_client_summary(data)], folder / f"{n}.pdf")
        writes.append(time.perf_counter() - gathered)
        gathers.append(gathered - started)
    return statistics.median(gathers), statistics.median(writes), pages


def bench_longest_history(repeat: int) -> list[Result]:
    path = scale_db.scale_db_path()
    db = open_database(f"sqlite:///{path}", backups_dir=path.parent / "backups")
    results = []
    try:
        client_id, interactions = _longest_history(db)
        print(f"client n° {client_id} : {interactions} échanges", flush=True)
        with tempfile.TemporaryDirectory() as tmp:
            for label, options in (
                ("défaut", cs.SummaryOptions()),
                ("historique complet", cs.SummaryOptions(full_history=True)),
            ):
                gather, write, pages = _one_summary(db, client_id, options, Path(tmp), repeat)
                results.append(Result(f"plus long historique ({label}) : lecture", gather, "s"))
                results.append(
                    Result(
                        f"plus long historique ({label}) : PDF ({pages} pages)",
                        write,
                        "s",
                        target="< 5 s" if label == "défaut" else "",
                        ok=write + gather < 5 if label == "défaut" else None,
                    )
                )
    finally:
        db.dispose()
    return results


def bench_all_active(clients: int) -> list[Result]:
    from artisan_crm.demo import generate_demo

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{tmp}/demo.sqlite3", backups_dir=Path(tmp) / "backups")
        try:
            generate_demo(db, clients=clients, seed=42)
            with db.write() as session:  # the demo archives a few: make exactly N active
                session.execute(update(m.Client).values(archived=False))
            with db.read() as session:
                active = len(cs.active_client_ids(session))
            started = time.perf_counter()
            written = cs.write_active_summaries(db, Path(tmp) / "fiches")
            seconds = time.perf_counter() - started
            pages = sum(n for _, n in written)
            keep = documents.keep_rows_whole
            documents.keep_rows_whole = lambda doc, height: 0  # type: ignore[assignment]
            try:
                started = time.perf_counter()
                cs.write_active_summaries(db, Path(tmp) / "brut")
                bare = time.perf_counter() - started
            finally:
                documents.keep_rows_whole = keep  # type: ignore[assignment]
        finally:
            db.dispose()
    return [
        Result(
            f"--all-active : {len(written)} fiches ({active} clients actifs, {pages} pages)",
            seconds,
            "s",
            baseline=bare,
            target="< 60 s",
            ok=seconds < 60,
        ),
        Result("--all-active : par fiche", seconds / max(len(written), 1), "s"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--clients", type=int, default=100, help="demo clients for --all-active")
    parser.add_argument("--skip-scale", action="store_true", help="only the --all-active part")
    args = parser.parse_args(argv)
    ensure_gui_application()
    results = [] if args.skip_scale else bench_longest_history(args.repeat)
    results += bench_all_active(args.clients)
    print_table(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
