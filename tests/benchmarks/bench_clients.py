"""Benchmark: client list search, card opening and CSV import on a 20,000-client database.

    python -m tests.benchmarks.bench_clients [--database URL] [--quick] [--repeat 9]

Prints:
* search: median time of the bare search SQL (the same LIKE on ``search_text``, ids and
  count only) vs ``list_clients(search=...)`` (page of 200 rows with city, phone, last
  contact, open quotes and amount due), and their ratio, for a few typical queries;
* sorting the whole list by a computed column (amount due, last contact);
* card: ``get_client`` + ``client_timeline(limit=100)`` + ``client_totals`` for the client
  with the longest history (median ms);
* import: a generated 10,000-row CSV (Excel FR style) imported as a dry run into the big
  database (all the work, savepoint rolled back): rows/s, and peak Python memory
  (tracemalloc, separate run) plus the process's max RSS.

The database is built once in the temporary folder: by ``artisan_crm.demo.generate_scale``
when available (unless ``--quick``), else by a quick Core bulk insert (clients, contacts,
addresses, interactions, quotes, invoices, payments, time entries; ``search_text`` set
through ``refresh_search_text``).
"""

from __future__ import annotations

import argparse
import csv
import gc
import io
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, text

from artisan_crm.domain.enums import (
    ContactKind,
    InteractionChannel,
    InvoiceStatus,
    QuoteStatus,
    TimeKind,
)
from artisan_crm.services import clients as svc
from artisan_crm.services.importing import import_clients_csv
from artisan_crm.services.timeline import client_timeline
from artisan_crm.storage import models as m
from artisan_crm.storage.database import Database, open_database

CLIENTS = 20_000
IMPORT_ROWS = 10_000
FIRST = ["Jean", "Marie", "Pierre", "Hélène", "Luc", "Anaïs", "Émile", "Zoé", "Paul", "Chloé"]
LAST = [
    "Martin",
    "Bernard",
    "Dubois",
    "Lefèvre",
    "Moreau",
    "Laurent",
    "Girard",
    "Roux",
    "Fournier",
    "Morel",
    "Durand",
    "Dupont",
    "Lambert",
    "Bonnet",
    "François",
    "Mercier",
]
CITIES = [
    ("69003", "Lyon"),
    ("42000", "Saint-Étienne"),
    ("75011", "Paris"),
    ("13008", "Marseille"),
    ("33000", "Bordeaux"),
    ("44000", "Nantes"),
]


def _quick_bulk(db: Database, today: date) -> None:
    rng = random.Random(11)
    now = datetime.now(UTC)
    with db.write() as s:
        s.execute(
            insert(m.Client),
            [
                {
                    "first_name": rng.choice(FIRST),
                    "last_name": f"{rng.choice(LAST)}{'' if i % 3 else i}",
                    "notes": "Client exigeant" if i % 17 == 0 else "",
                    "archived": i % 25 == 0,
                }
                for i in range(CLIENTS)
            ],
        )
        s.execute(
            insert(m.ClientContact),
            [
                {
                    "client_id": i,
                    "kind": ContactKind.MOBILE,
                    "value": (
                        v := f"06 {i // 10000 % 100:02d} {i // 100 % 100:02d} {i % 100:02d} 00"
                    ),
                    "search_key": v.replace(" ", ""),
                }
                for i in range(1, CLIENTS + 1)
            ],
        )
        s.execute(
            insert(m.ClientAddress),
            [
                {
                    "client_id": i,
                    "line1": f"{i} rue des Lilas",
                    "postcode": (c := rng.choice(CITIES))[0],
                    "city": c[1],
                }
                for i in range(1, CLIENTS + 1)
            ],
        )
        s.execute(
            insert(m.Interaction),
            [
                {
                    "client_id": rng.randint(1, CLIENTS),
                    "occurred_at": now - timedelta(hours=rng.randint(1, 20_000)),
                    "channel": rng.choice(list(InteractionChannel)),
                    "summary": "Appel pour un devis",
                }
                for _ in range(60_000)
            ],
        )
        s.execute(
            insert(m.Quote),
            [
                {
                    "number": f"DEV-B-{i}",
                    "client_id": rng.randint(1, CLIENTS),
                    "status": rng.choice(list(QuoteStatus)),
                    "issued_on": today - timedelta(days=rng.randint(0, 1100)),
                    "total_excl_vat": rng.randint(200, 20_000),
                    "total_incl_vat": rng.randint(240, 24_000),
                }
                for i in range(60_000)
            ],
        )
        s.execute(
            insert(m.Invoice),
            [
                {
                    "number": f"FAC-B-{i}",
                    "client_id": rng.randint(1, CLIENTS),
                    "status": InvoiceStatus.ISSUED,
                    "issued_on": (day := today - timedelta(days=rng.randint(0, 1100))),
                    "due_on": day + timedelta(days=30),
                    "total_excl_vat": (excl := rng.randint(200, 20_000)),
                    "total_incl_vat": excl * 12 // 10,
                }
                for i in range(30_000)
            ],
        )
        s.execute(
            insert(m.Payment),
            [
                {"invoice_id": i, "paid_on": today, "amount": rng.randint(100, 200)}
                for i in range(1, 30_001)
                if rng.random() < 0.8
            ],
        )
        s.execute(
            insert(m.TimeEntry),
            [
                {
                    "client_id": rng.randint(1, CLIENTS),
                    "work_date": today - timedelta(days=rng.randint(0, 1100)),
                    "minutes": rng.randint(5, 480),
                    "kind": rng.choice(list(TimeKind)),
                    "billable": rng.random() < 0.7,
                }
                for _ in range(200_000)
            ],
        )
        svc.refresh_search_text(s)


def scale_database(url: str | None, *, quick: bool) -> Database:
    if url:
        return open_database(url)
    folder = Path(tempfile.gettempdir()) / "artisan_crm_bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"clients_scale_{CLIENTS}{'_quick' if quick else ''}.sqlite3"
    fresh = not path.exists()
    db = open_database(f"sqlite:///{path}", backups_dir=folder / "backups")
    if fresh:
        print(f"Construction de la base de test ({path})...", file=sys.stderr)
        started = time.perf_counter()
        if quick:
            _quick_bulk(db, date.today())
        else:
            from artisan_crm.demo import generate_scale

            generate_scale(db, clients=CLIENTS, quotes=60_000, time_entries=200_000)
        print(f"  construite en {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return db


def _median_ms(fn: Callable[[], Any], repeat: int) -> float:
    fn()  # warm-up: statement compilation, page cache
    runs = []
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs) * 1000


def _bare_search(session: Any, query: str) -> tuple[list[int], int]:
    """The search itself, nothing else: the same LIKEs, ids of the first page and a count."""
    terms = svc._escaped(query)
    where = " AND ".join(
        ["archived = 0"] + [f"search_text LIKE :t{i} ESCAPE '\\'" for i in range(len(terms))]
    )
    params = {f"t{i}": f"%{t}%" for i, t in enumerate(terms)}
    ids = list(
        session.execute(
            text(f"SELECT id FROM client WHERE {where} ORDER BY search_text, id LIMIT 200"), params
        ).scalars()
    )
    count = session.execute(text(f"SELECT count(*) FROM client WHERE {where}"), params).scalar()
    return ids, int(count or 0)


def _csv_bytes(rows: int) -> bytes:
    """An Excel FR export: realistic French names (Faker, fixed seed), so that the duplicate
    check sees what it would see in real life (some true look-alikes, mostly new people)."""
    from faker import Faker

    fake = Faker("fr_FR")
    fake.seed_instance(5)
    rng = random.Random(5)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        [
            "Civilité",
            "Prénom",
            "Nom",
            "Société",
            "Portable",
            "E-mail",
            "Adresse",
            "Code postal",
            "Ville",
            "Notes",
        ]
    )
    for i in range(rows):
        postcode, city = rng.choice(CITIES)
        writer.writerow(
            [
                rng.choice(["M.", "Mme"]),
                fake.first_name(),
                fake.last_name(),
                "" if i % 7 else fake.company(),
                f"06 2{i // 10000 % 10} {i // 100 % 100:02d} {i % 100:02d} 11",
                f"client{i}@exemple.fr",
                fake.street_address(),
                postcode,
                city,
                "Rappeler avant\r\nl'hiver" if i % 10 == 0 else "",
            ]
        )
    return buffer.getvalue().encode("cp1252", errors="replace")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--database", help="URL of an existing scale database")
    parser.add_argument("--quick", action="store_true", help="plain bulk data, not the demo's")
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args(argv)
    db = scale_database(args.database, quick=args.quick)
    try:
        with db.read() as s:
            counts = {
                name: s.scalar(select(func.count()).select_from(model))
                for name, model in (
                    ("clients", m.Client),
                    ("interactions", m.Interaction),
                    ("quotes", m.Quote),
                    ("invoices", m.Invoice),
                    ("time_entries", m.TimeEntry),
                )
            }
            print(f"base : {db.describe()}")
            print("volumes : " + ", ".join(f"{k} {v}" for k, v in counts.items()))
            print("\n== Recherche (médiane, ms) : SQL nu vs list_clients(search=...) ==")
            ratios = []
            for query in ("martin", "0612", "06 12 34", "lefevre lyon", "exigeant", "zzzz"):
                bare = _median_ms(lambda q=query: _bare_search(s, q), args.repeat)
                full = _median_ms(lambda q=query: svc.list_clients(s, search=q), args.repeat)
                total = svc.list_clients(s, search=query).total
                ratios.append(full / bare)
                print(
                    f"  {query!r:16} {total:6} résultats   nu {bare:7.2f}   service {full:7.2f}   ratio {full / bare:5.2f}"
                )
            print(f"  ratio médian : {statistics.median(ratios):.2f}")
            print("\n== Liste complète triée (200 premières lignes, ms) ==")
            for sort, descending in (
                ("name", False),
                ("city", False),
                ("amount_due", True),
                ("last_contact", True),
                ("open_quotes", True),
            ):
                ms = _median_ms(
                    lambda so=sort, d=descending: svc.list_clients(s, sort=so, descending=d),
                    args.repeat,
                )
                print(f"  tri {sort:13} {ms:8.2f}")
            activity = (
                select(m.Client.id)
                .order_by(
                    (
                        select(func.count())
                        .select_from(m.TimeEntry)
                        .where(m.TimeEntry.client_id == m.Client.id)
                        .scalar_subquery()
                        + select(func.count())
                        .select_from(m.Interaction)
                        .where(m.Interaction.client_id == m.Client.id)
                        .scalar_subquery()
                        + select(func.count())
                        .select_from(m.Quote)
                        .where(m.Quote.client_id == m.Client.id)
                        .scalar_subquery()
                        + select(func.count())
                        .select_from(m.Invoice)
                        .where(m.Invoice.client_id == m.Client.id)
                        .scalar_subquery()
                    ).desc()
                )
                .limit(1)
            )
            busiest = s.scalar(activity)

            def open_card() -> Any:
                return (
                    svc.get_client(s, busiest),
                    client_timeline(s, busiest, 100),
                    svc.client_totals(s, busiest),
                )

            card_ms = _median_ms(open_card, args.repeat)
            _, items, totals = open_card()
            print(f"\n== Fiche du client le plus actif (n°{busiest}) ==")
            print(
                f"  get_client + timeline(100) + totaux : {card_ms:.2f} ms "
                f"({len(items)} événements, {totals.minutes_spent // 60} h, dû {totals.amount_due} €)"
            )
        data = _csv_bytes(IMPORT_ROWS)
        gc.collect()
        started = time.perf_counter()
        report, _ = db.run_write(import_clients_csv, data, dry_run=True)
        seconds = time.perf_counter() - started
        gc.collect()
        tracemalloc.start()
        db.run_write(import_clients_csv, data, dry_run=True)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"\n== Import CSV de {IMPORT_ROWS} lignes ({len(data) / 1e6:.1f} Mo, simulation) ==")
        print(
            f"  {report.imported} importés, {len(report.duplicates)} doublons, {len(report.rejected)} refusés"
        )
        print(
            f"  {seconds:.2f} s, soit {report.data_rows / seconds:,.0f} lignes/s".replace(",", " ")
        )
        print(
            f"  mémoire Python de pointe (tracemalloc) : {peak / 1e6:.1f} Mo ; RSS max du processus : {rss:.0f} Mo"
        )
    finally:
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
