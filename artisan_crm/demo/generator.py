"""Writing the demo and scale data sets: plan, render per chunk of clients, bulk insert.

Everything is written in one transaction through ``db.write()`` (the single
writer), with Core ``insert()`` executemany per table and per chunk of clients;
``progress(done, total)`` is called between chunks, from the calling thread.
"""

from __future__ import annotations

import dataclasses
import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, func, insert, select, text, update
from sqlalchemy.dialects.postgresql import psycopg as psycopg_dialect
from sqlalchemy.dialects.sqlite import pysqlite as sqlite_dialect
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from artisan_crm.demo import vocab
from artisan_crm.demo.bulk import BulkInserter
from artisan_crm.demo.plan import ClientPlan, Profile, assign_numbers, make_plan
from artisan_crm.demo.render import (
    ID_TABLES,
    LOCAL_TABLES,
    TABLE_ORDER,
    LocalKey,
    Renderer,
    tag_rows,
)
from artisan_crm.domain.enums import ReminderState
from artisan_crm.domain.errors import BusinessRuleError
from artisan_crm.domain.reminder_rules import PARIS
from artisan_crm.storage.database import Database, record_change
from artisan_crm.storage.models import Base, CompanySettings, Reminder
from artisan_crm.storage.types import UTCDateTime

Progress = Callable[[int, int], None]

#: demo sizes per client (a small firm over three years)
DEMO_QUOTES_PER_CLIENT = 4
DEMO_TIME_ENTRIES_PER_CLIENT = 22


@dataclass(frozen=True)
class DemoSummary:
    """What was written (rows per entity) and which clients are the extreme profiles."""

    clients: int
    contacts: int
    addresses: int
    tags: int
    interactions: int
    feedback: int
    catalog_items: int
    quotes: int
    quote_lines: int
    jobs: int
    invoices: int
    invoice_lines: int
    payments: int
    time_entries: int
    appointments: int
    reminders: int
    vampire_client_ids: tuple[int, ...]
    gem_client_ids: tuple[int, ...]
    newcomer_client_ids: tuple[int, ...] = ()

    @property
    def total_rows(self) -> int:
        return sum(
            getattr(self, name)
            for name in (
                "clients",
                "contacts",
                "addresses",
                "interactions",
                "feedback",
                "catalog_items",
                "quotes",
                "quote_lines",
                "jobs",
                "invoices",
                "invoice_lines",
                "payments",
                "time_entries",
                "appointments",
                "reminders",
            )
        )


_SUMMARY_FIELDS = {
    "client": "clients",
    "client_contact": "contacts",
    "client_address": "addresses",
    "tag": "tags",
    "interaction": "interactions",
    "feedback": "feedback",
    "catalog_item": "catalog_items",
    "quote": "quotes",
    "quote_line": "quote_lines",
    "job": "jobs",
    "invoice": "invoices",
    "invoice_line": "invoice_lines",
    "payment": "payments",
    "time_entry": "time_entries",
    "appointment": "appointments",
    "reminder": "reminders",
}


def generate_demo(
    db: Database,
    *,
    clients: int = 60,
    seed: int = 42,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty database with a plausible artisan's three years of clients.

    Same ``seed`` and ``today`` give the same rows. Raises :class:`BusinessRuleError`
    when the database already has clients (demo data is never mixed with real data).
    """
    summary = _generate(
        db,
        clients=clients,
        quotes=clients * DEMO_QUOTES_PER_CLIENT,
        time_entries=clients * DEMO_TIME_ENTRIES_PER_CLIENT,
        seed=seed,
        today=today,
        progress=progress,
        chunk=5,
    )
    return dataclasses.replace(summary, reminders=_settle_the_past(db, today))


#: reminders that fell due longer ago than this are handled in the demo (marked done): the
#: demo artisan comes back from a week away
DEMO_HANDLED_AFTER = timedelta(days=7)


def _settle_the_past(db: Database, today: date | None) -> int:
    """Make the demo look like three years of use, not three years of neglect.

    The rule reminders the application would add at its first start (second follow-ups,
    firm and formal payment reminders...) are added now, and every open reminder that fell
    due more than :data:`DEMO_HANDLED_AFTER` ago is marked done a couple of days after it
    fell due, as an artisan who used the application would have done. Without this the
    first start listed about 900 overdue reminders (600 clients), the oldest three years
    late; now about 95, all of the last week. The unpaid invoices stay unpaid (« factures
    en retard »). Returns the number of reminders.
    """
    from artisan_crm.services.reminders import (
        OPEN_STATES,
        effective_due_column,
        regenerate_rule_reminders,
    )

    now = (
        datetime.now(UTC)
        if today is None or today == date.today()
        else datetime.combine(today, time(12), ZoneInfo(PARIS)).astimezone(UTC)
    )
    table: Any = Reminder.__table__
    with db.write() as session:
        regenerate_rule_reminders(session, now)
        old = session.execute(
            select(Reminder.id, Reminder.due_at).where(
                Reminder.state.in_(OPEN_STATES), effective_due_column() < now - DEMO_HANDLED_AFTER
            )
        ).all()
        if old:
            session.execute(
                update(table)
                .where(table.c.id == bindparam("row_id"))
                .values(
                    state=ReminderState.DONE,
                    snoozed_until=None,
                    closed_at=bindparam("closed", type_=UTCDateTime),
                    updated_at=now,
                    version=table.c.version + 1,
                ),
                [{"row_id": rid, "closed": due + timedelta(days=2)} for rid, due in old],
            )
            record_change(session, "reminder")
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def generate_scale(
    db: Database,
    *,
    clients: int = 20_000,
    quotes: int = 100_000,
    time_entries: int = 500_000,
    seed: int = 7,
    today: date | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
) -> DemoSummary:
    """The benchmark data set: same client profiles as the demo, sized by the caller.

    Rendering runs in ``workers`` processes (default: one per CPU, at most 4) while
    this thread inserts; the rows are the same whatever the number of workers.
    """
    if workers is None:
        workers = min(4, os.cpu_count() or 1)
    return _generate(
        db,
        clients=clients,
        quotes=quotes,
        time_entries=time_entries,
        seed=seed,
        today=today,
        progress=progress,
        chunk=40,
        workers=workers,
    )


@dataclass(frozen=True)
class _RenderContext:
    """What a worker needs to render chunks of clients (picklable)."""

    seed: int
    today: date
    dialect: str
    first_client_id: int
    tag_ids: dict[str, int]
    catalog_ids: dict[str, int]


class _ChunkRenderer:
    """Renders chunks of clients into encoded rows with chunk-local ids."""

    def __init__(self, context: _RenderContext) -> None:
        self.renderer = Renderer(
            seed=context.seed,
            today=context.today,
            first_client_id=context.first_client_id,
            tag_ids=context.tag_ids,
            catalog_ids=context.catalog_ids,
        )
        dialect = _dialect_named(context.dialect)
        tables = Base.metadata.tables
        self.inserters = {
            name: BulkInserter(tables[name], dialect, LOCAL_TABLES) for name in TABLE_ORDER
        }

    def render(self, plans: list[ClientPlan]) -> dict[str, list[tuple[Any, ...]]]:
        for plan in plans:
            self.renderer.render_client(plan)
        rows = self.renderer.take_rows()
        return {name: self.inserters[name].encode(batch) for name, batch in rows.items()}


def _dialect_named(name: str) -> Dialect:
    if name == "sqlite":
        return sqlite_dialect.dialect()
    return psycopg_dialect.dialect()


_worker: _ChunkRenderer | None = None


def _init_worker(context: _RenderContext) -> None:
    global _worker
    _worker = _ChunkRenderer(context)


def _render_in_worker(plans: list[ClientPlan]) -> dict[str, list[tuple[Any, ...]]]:
    assert _worker is not None, "worker not initialised"
    return _worker.render(plans)


def _generate(
    db: Database,
    *,
    clients: int,
    quotes: int,
    time_entries: int,
    seed: int,
    today: date | None,
    progress: Progress | None,
    chunk: int,
    workers: int = 0,
) -> DemoSummary:
    if clients < 1:
        raise BusinessRuleError("Indiquez au moins un client à créer.")
    today = today or date.today()
    tables = Base.metadata.tables
    written: dict[str, int] = dict.fromkeys(TABLE_ORDER, 0)
    with db.write() as session:
        if session.scalar(select(tables["client"].c.id).limit(1)) is not None:
            raise BusinessRuleError(
                "La base contient déjà des clients : les données de démonstration ne sont "
                "créées que dans une base vide, pour ne jamais se mélanger à vos vraies données."
            )
        first_ids = {
            name: int(session.scalar(select(func.max(tables[name].c.id))) or 0) + 1
            for name in ID_TABLES
        }
        plan = make_plan(
            clients=clients, quotes=quotes, time_entries=time_entries, seed=seed, today=today
        )
        sequences = {
            (row.prefix, row.year): row.last_value
            for row in session.execute(select(Base.metadata.tables["number_sequence"]))
        }
        changed_sequences = assign_numbers(plan, sequences)

        dialect = session.get_bind().dialect
        connection = session.connection()
        inserters = {
            name: BulkInserter(tables[name], dialect, LOCAL_TABLES) for name in TABLE_ORDER
        }
        tag_ids = _ensure_tags(session, first_ids["tag"], written)
        fixed_renderer = Renderer(
            seed=seed,
            today=today,
            first_client_id=first_ids["client"],
            tag_ids=tag_ids,
            catalog_ids={},
        )
        if session.scalar(select(func.count()).select_from(tables["catalog_item"])) == 0:
            rows = fixed_renderer.catalog_rows(first_ids["catalog_item"])
            written["catalog_item"] += inserters["catalog_item"].insert(connection, rows)
        if session.get(CompanySettings, 1) is None:
            rows = [fixed_renderer.company_row()]
            written["company_settings"] += inserters["company_settings"].insert(connection, rows)

        context = _RenderContext(
            seed=seed,
            today=today,
            dialect=dialect.name,
            first_client_id=first_ids["client"],
            tag_ids=tag_ids,
            catalog_ids=fixed_renderer.catalog_ids,
        )
        chunks = [plan.clients[i : i + chunk] for i in range(0, len(plan.clients), chunk)]
        total = len(plan.clients)
        done = 0
        if progress:
            progress(0, total)
        for encoded in _rendered(context, chunks, workers):
            offsets = {name: first_ids[name] + written[name] for name in LOCAL_TABLES}
            for name in TABLE_ORDER:
                batch = encoded.get(name)
                if not batch:
                    continue
                if name == "reminder":
                    batch = _resolve_rule_keys(inserters[name], batch, offsets)
                written[name] += inserters[name].insert_encoded(connection, batch, offsets)
            done = min(total, done + chunk)
            if progress:
                progress(done, total)

        _save_sequences(session, sequences, changed_sequences)
        if dialect.name == "postgresql":
            _move_sequences(session, [t for t in ID_TABLES if written.get(t)])
        for table, count in written.items():
            if count:
                record_change(session, table)
        if changed_sequences:
            record_change(session, "number_sequence")

    def ids(profile: Profile) -> tuple[int, ...]:
        return tuple(first_ids["client"] + c.index for c in plan.clients if c.profile == profile)

    return DemoSummary(
        **{field: written[table] for table, field in _SUMMARY_FIELDS.items()},
        vampire_client_ids=ids(Profile.VAMPIRE),
        gem_client_ids=ids(Profile.GEM),
        newcomer_client_ids=ids(Profile.NEWCOMER),
    )


def _rendered(
    context: _RenderContext, chunks: list[list[ClientPlan]], workers: int
) -> Iterator[dict[str, list[tuple[Any, ...]]]]:
    """Encoded rows of each chunk, in order: here, or in ``workers`` processes."""
    if workers <= 1 or len(chunks) < 4:
        renderer = _ChunkRenderer(context)
        for plans in chunks:
            yield renderer.render(plans)
        return
    # "spawn": never fork a process holding a database connection (or a GUI)
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(context,),
    ) as pool:
        pending: deque[Future[dict[str, list[tuple[Any, ...]]]]] = deque()
        queue = iter(chunks)
        # a bounded window: rendered chunks never pile up in memory
        for plans in itertools.islice(queue, workers * 3):
            pending.append(pool.submit(_render_in_worker, plans))
        while pending:
            result = pending.popleft().result()
            following = next(queue, None)
            if following is not None:
                pending.append(pool.submit(_render_in_worker, following))
            yield result


def _resolve_rule_keys(
    inserter: BulkInserter, rows: list[tuple[Any, ...]], offsets: dict[str, int]
) -> list[tuple[Any, ...]]:
    index = inserter.columns.index("rule_key")
    resolved = []
    for row in rows:
        key = row[index]
        if isinstance(key, LocalKey):
            row = (*row[:index], key.resolve(offsets), *row[index + 1 :])
        resolved.append(row)
    return resolved


def _ensure_tags(session: Session, first_id: int, written: dict[str, int]) -> dict[str, int]:
    table = Base.metadata.tables["tag"]
    existing = {row.name: row.id for row in session.execute(select(table.c.id, table.c.name))}
    missing = [name for name in vocab.ALL_TAGS if name not in existing]
    rows = tag_rows(missing, first_id)
    if rows:
        session.execute(insert(table), rows)
        written["tag"] += len(rows)
    existing.update({row["name"]: row["id"] for row in rows})
    return existing


def _save_sequences(
    session: Session,
    before: dict[tuple[str, int], int],
    changed: dict[tuple[str, int], int],
) -> None:
    table = Base.metadata.tables["number_sequence"]
    for (prefix, year), last_value in sorted(changed.items()):
        if (prefix, year) in before:
            session.execute(
                update(table)
                .where(table.c.prefix == prefix, table.c.year == year)
                .values(last_value=last_value)
            )
        else:
            session.execute(insert(table).values(prefix=prefix, year=year, last_value=last_value))


def _move_sequences(session: Session, names: list[str]) -> None:
    """PostgreSQL: explicit ids do not advance SERIAL sequences; move them past our rows."""
    for name in names:
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT MAX(id) FROM {name}))"
            )
        )
