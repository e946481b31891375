"""Benchmark: totals of a 200-line quote, saving it, and printing it as a PDF.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_quotes.py``
(optionally ``--lines 500`` or ``--database URL``). Prints milliseconds; the baseline
is the bare money maths (``line_amounts`` + ``document_totals``) on the same lines.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import warnings
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from artisan_crm.domain.enums import LineKind
from artisan_crm.domain.money import document_totals, line_amounts
from artisan_crm.reports.documents import ensure_gui_application, write_quote_pdf
from artisan_crm.services import quotes
from artisan_crm.storage.database import open_database
from artisan_crm.storage.models import Client

RATES = (Decimal("5.5"), Decimal("10"), Decimal("20"), Decimal("10"))


def make_lines(count: int) -> tuple[quotes.QuoteLineDraft, ...]:
    return tuple(
        quotes.QuoteLineDraft(
            f"Poste {i + 1} : fourniture et pose, finition soignée, raccordements compris",
            Decimal(f"{1 + i % 7}.{i % 10}25"),
            "m²" if i % 3 else "h",
            Decimal(f"{20 + i % 50}.{i % 100:02d}"),
            RATES[i % 4],
            kind=LineKind.MATERIAL if i % 2 else LineKind.LABOUR,
            discount_percent=Decimal(i % 3 * 5),
            unit_cost=Decimal(f"{10 + i % 20}.50"),
        )
        for i in range(count)
    )


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), min(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=200)
    parser.add_argument("--database", help="URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # storage/types.py cache_ok warning until fixed
    lines = make_lines(args.lines)

    def bare() -> object:
        return document_totals(
            (
                line_amounts(li.quantity, li.unit_price, li.vat_rate, li.discount_percent)
                for li in lines
            ),
            Decimal(30),
        )

    def service_totals() -> object:
        return quotes.quote_totals(lines, Decimal(30))

    bare_ms, _ = timed(bare, 50)
    totals_ms, totals_min = timed(service_totals, 50)
    print(f"{args.lines} lines")
    print(f"  totals, bare money maths      : {bare_ms:8.2f} ms (median of 50)")
    print(
        f"  totals, validated (service)   : {totals_ms:8.2f} ms (min {totals_min:.2f}) "
        f"= {totals_ms / bare_ms:.1f}x bare"
    )

    with tempfile.TemporaryDirectory() as tmp:
        url = args.database or f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        db = open_database(url, backups_dir=Path(tmp) / "backups")
        with db.write() as session:
            client = Client(first_name="Bench", last_name="Client")
            session.add(client)
            session.flush()
            view = quotes.create_quote(
                session, quotes.QuoteDraft(client_id=client.id, lines=lines), today=date.today()
            )
        state = {"version": view.version}

        def save() -> None:
            with db.write() as session:
                saved = quotes.update_quote(
                    session, view.id, view.draft(), version=state["version"]
                )
            state["version"] = saved.version

        def load() -> None:
            with db.read() as session:
                quotes.get_quote(session, view.id)

        save_ms, _ = timed(save, 10)
        load_ms, _ = timed(load, 10)
        print(f"  save whole quote ({db.engine.dialect.name})   : {save_ms:8.2f} ms (median of 10)")
        print(f"  load QuoteView                : {load_ms:8.2f} ms (median of 10)")

        ensure_gui_application()
        target = Path(tmp) / "bench.pdf"
        start = time.perf_counter()
        pages = write_quote_pdf(db, view.number, target)
        first = time.perf_counter() - start
        pdf_ms, _ = timed(lambda: write_quote_pdf(db, view.number, target), 3)
        print(
            f"  PDF                           : {first:8.2f} s first, {pdf_ms / 1000:.2f} s "
            f"median of 3, {pages} pages, {target.stat().st_size // 1024} KiB"
        )
        db.dispose()


if __name__ == "__main__":
    main()
