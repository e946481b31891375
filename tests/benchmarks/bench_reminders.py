"""Benchmark: rule regeneration on a 20,000-client database, and "what is due next".

    python -m tests.benchmarks.bench_reminders [--database URL] [--repeat 7] [--quick]

Prints: the first regeneration (creates every rule reminder; seconds), a second one
(idempotent: reads facts, compares, writes nothing; seconds), ``next_due_at`` (ms,
median) against the bare indexed SQL ``min(due_at)`` as a ratio, ``due_now``,
``list_due`` and one engine wake-up (ms).

The data are the shared scale database (``tests/benchmarks/scale_db.py``) when present,
else built once with ``artisan_crm.demo.generate_scale`` (20,000 clients, 100,000
quotes) in the temporary folder; each run works on a copy, so the first regeneration
always starts from the same state.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date
from datetime import time as dtime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from artisan_crm.domain.reminder_rules import RuleSettings, local_moment
from artisan_crm.scheduling.clock import FakeClock
from artisan_crm.scheduling.engine import ReminderEngine
from artisan_crm.scheduling.notification_log import MemoryNotificationLog
from artisan_crm.services.reminders import (
    due_now,
    list_due,
    next_due_at,
    regenerate_rule_reminders,
)
from artisan_crm.storage import models as m
from artisan_crm.storage.database import Database, open_database

CLIENTS, QUOTES, TIME_ENTRIES = 20_000, 100_000, 20_000
TODAY = date(2026, 11, 23)


def _median(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def _source_db(quick: bool) -> Path:
    try:
        from tests.benchmarks import scale_db  # type: ignore[attr-defined]

        for name in ("scale_db_path", "scale_database_path"):
            if hasattr(scale_db, name):
                return Path(getattr(scale_db, name)())
    except ImportError:
        pass
    folder = Path(tempfile.gettempdir()) / "artisan_crm_bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"reminders_scale_{CLIENTS}{'_quick' if quick else ''}.sqlite3"
    if not path.exists():
        print(f"Construction de la base de test ({path})...", file=sys.stderr)
        db = open_database(f"sqlite:///{path}", backups_dir=folder / "backups")
        try:
            from artisan_crm.demo import generate_scale

            generate_scale(
                db,
                clients=CLIENTS if not quick else 2_000,
                quotes=QUOTES if not quick else 10_000,
                time_entries=TIME_ENTRIES,
                today=TODAY,
            )
        finally:
            db.dispose()
    return path


def run(url: str | None, repeat: int, quick: bool) -> None:
    now = local_moment(TODAY, dtime(9, 0))
    settings = RuleSettings()
    if url is None:
        source = _source_db(quick)
        work = source.with_name(source.stem + "_work.sqlite3")
        shutil.copyfile(source, work)
        for suffix in ("-wal", "-shm"):
            Path(str(work) + suffix).unlink(missing_ok=True)
        url = f"sqlite:///{work}"
    db: Database = open_database(url, backups_dir=Path(tempfile.gettempdir()) / "bench_backups")
    try:
        with db.read() as s:
            clients = s.scalar(select(func.count(m.Client.id)))
            before = s.scalar(select(func.count(m.Reminder.id)))
        start = time.perf_counter()
        first, _ = db.run_write(regenerate_rule_reminders, now, settings)
        first_s = time.perf_counter() - start
        again_s, again = _median(
            lambda: db.run_write(regenerate_rule_reminders, now, settings)[0], max(repeat // 2, 3)
        )
        with db.read() as s:
            total = s.scalar(select(func.count(m.Reminder.id)))
            next_s, nxt = _median(lambda: next_due_at(s, now), repeat * 30)
            sql = text("SELECT min(due_at) FROM reminder WHERE state = 'pending' AND due_at > :now")
            bind = now.astimezone(UTC).replace(tzinfo=None) if db.is_sqlite else now
            bare_s, _ = _median(lambda: s.execute(sql, {"now": bind}).scalar(), repeat * 30)
            due_s, due = _median(lambda: due_now(s, now), repeat)
            list_s, listed = _median(lambda: list_due(s, now), repeat)
        engine = ReminderEngine(db, MemoryNotificationLog(), clock=FakeClock(now))
        start_s, panel = _median(lambda: engine.start(), 1)
        wake_s, _ = _median(lambda: engine.wake(), repeat)
    finally:
        db.dispose()
    print(f"Base : {db.describe()} — {clients} clients, {before} rappels avant, {total} après")
    print(
        f"Régénération (1re)      : {first_s:8.2f} s  ({first.created} créés, "
        f"{first.updated} mis à jour, {first.dismissed} écartés, {first.wanted} voulus)"
    )
    print(f"Régénération (idempot.) : {again_s:8.2f} s  (changements : {again.changed})")
    print(f"next_due_at             : {next_s * 1000:8.3f} ms  (prochain : {nxt})")
    print(
        f"SQL nu min(due_at)      : {bare_s * 1000:8.3f} ms  (ratio {next_s / bare_s:.1f} ; "
        "next_due_at fait 2 recherches d'index : en attente + reportés)"
    )
    print(f"due_now                 : {due_s * 1000:8.2f} ms  ({len(due)} rappels dus)")
    print(f"list_due (vues + tél.)  : {list_s * 1000:8.2f} ms  ({len(listed)})")
    print(f"Démarrage (panneau)     : {start_s * 1000:8.2f} ms  ({len(panel)} affichés)")
    print(f"Réveil du moteur        : {wake_s * 1000:8.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="URL (défaut : base d'échelle SQLite temporaire)")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="2 000 clients seulement")
    args = parser.parse_args()
    run(args.database, args.repeat, args.quick)


if __name__ == "__main__":
    main()
