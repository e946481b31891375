"""Reads the Clients UI needs that no service offers yet (run on the worker only)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from artisan_crm.domain.rating import Category, RatingPeriod, RatingSettings, rate
from artisan_crm.services.clients import ClientPage, list_clients
from artisan_crm.services.rating import RawAggregates, aggregate_sums, figures_from_sums
from artisan_crm.storage import models
from artisan_crm.ui.gc_policy import no_full_collection

T = TypeVar("T")

#: clients rated between two checks of the cancel flag (a few milliseconds of Python)
RATING_CHUNK = 1000
#: SQLite virtual-machine steps between two checks of the cancel flag during a statement
#: (a few milliseconds: the flag is a Python attribute, each check takes the GIL)
SQLITE_CHECK_STEPS = 50_000


def tag_names(session: Session) -> tuple[str, ...]:
    """Every tag in use, alphabetical (for the list's tag filter)."""
    used = select(models.client_tag.c.tag_id).distinct()
    stmt = select(models.Tag.name).where(models.Tag.id.in_(used)).order_by(models.Tag.name)
    return tuple(session.scalars(stmt))


def client_count(session: Session) -> int:
    return int(session.scalar(select(func.count(models.Client.id))) or 0)


# ---- Cancellable work ---------------------------------------------------------------------------


class Cancelled(Exception):
    """The work was given up: something the user asked for needs the worker."""


class CancelFlag:
    """Set on the GUI thread, checked by worker code between steps (and inside SQLite)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled


@contextmanager
def _sqlite_aborts_on(session: Session, flag: CancelFlag) -> Iterator[None]:
    """Make the running SQLite statement stop soon after ``flag`` is set.

    The progress handler runs on the worker thread, inside ``sqlite3_step``, and is
    removed before the connection goes back to the pool. Other drivers run to the end
    (PostgreSQL does these sums on the server, far quicker than the desktop's SQLite).
    """
    driver = session.connection().connection.driver_connection
    handler = getattr(driver, "set_progress_handler", None)
    if handler is None:
        yield
        return
    handler(lambda: 1 if flag.cancelled else 0, SQLITE_CHECK_STEPS)
    try:
        yield
    except OperationalError:
        if flag.cancelled:
            raise Cancelled from None
        raise
    finally:
        handler(None, 0)


def _cancellable(session: Session, flag: CancelFlag, work: Callable[[], T]) -> T:
    """``work()``, or :class:`Cancelled` once ``flag`` is set.

    The ``Cancelled`` raised here is a fresh one, raised outside the handler: the stopped
    work's exception and traceback (whose frames hold the rows read so far) are freed
    here, not kept alive by the future that carries the error to the GUI thread.
    """
    try:
        with _sqlite_aborts_on(session, flag):
            flag.check()
            return work()
    except Cancelled:
        pass
    raise Cancelled


def client_page(session: Session, flag: CancelFlag, **criteria: Any) -> ClientPage:
    """``list_clients(**criteria)``, stopped inside SQLite when ``flag`` is set (the user
    typed on: this answer would be dropped, and the next query waits for the worker)."""
    return _cancellable(session, flag, lambda: list_clients(session, **criteria))


def _chunks(raw: RawAggregates) -> Iterator[RawAggregates]:
    """The per-client rows of ``raw`` split into groups of about :data:`RATING_CHUNK` clients
    (each client's rows stay together: the rating of a client needs all of them)."""
    names = [f.name for f in fields(RawAggregates)]
    buckets: dict[int, dict[str, list[Any]]] = {}
    for name in names:
        for row in getattr(raw, name):
            if row[0] is not None:
                buckets.setdefault(row[0] // RATING_CHUNK, {}).setdefault(name, []).append(row)
    for key in sorted(buckets):
        yield RawAggregates(**buckets[key])


def client_categories(
    session: Session,
    settings: RatingSettings,
    flag: CancelFlag,
    today: date | None = None,
) -> dict[int, Category]:
    """The rating category of every client with activity over the rating period.

    The whole file at once (one ``GROUP BY`` per table: about 2 s for 20,000 clients on
    SQLite), so the list can show the category of any row it pages in. It gives way as
    soon as ``flag`` is set (raises :class:`Cancelled`): the SQL stops inside SQLite,
    and the Python part works by chunks, handing the GIL to the GUI thread between two.
    """
    period = RatingPeriod.last_months(settings.period_months)
    end = today or date.today()

    def rate_all() -> dict[int, Category]:
        raw = aggregate_sums(session, period.start(end), end)
        categories: dict[int, Category] = {}
        for chunk in _chunks(raw):
            flag.check()
            for client_id, figures in figures_from_sums(chunk).items():
                categories[client_id] = rate(figures, settings).category
            time.sleep(0)  # let the GUI thread take the GIL between two chunks
        flag.check()
        return categories

    with no_full_collection():
        return _cancellable(session, flag, rate_all)
