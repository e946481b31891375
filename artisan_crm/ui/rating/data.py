"""What the rating view asks the background worker for (no Qt here).

The SQL runs once per period (:func:`load_snapshot`); a new target rate re-rates the same
figures without SQL (:func:`rerate_snapshot`). Both also sort the rows in the table's
current order, count the categories and prepare the chart arrays, so that the GUI thread
only has to show them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from artisan_crm.domain.rating import Category, RatingPeriod, RatingSettings
from artisan_crm.ui.rating.columns import NATURAL_ORDER, RowIndex, SortSpec

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from artisan_crm.services.rating import ClientRating, RatingTable
    from artisan_crm.ui.rating.plotdata import ScatterArrays, WhaleArrays

log = logging.getLogger(__name__)

#: the periods offered by the view: (code for RatingPeriod.parse, default first)
PERIOD_CODES: tuple[str, ...] = ("24m", "12m", "year", "all")

#: the tables whose changes may change a rating (AppEvents.data_changed kinds)
RATING_INPUTS: tuple[str, ...] = (
    "time_entry",
    "quote",
    "invoice",
    "payment",
    "job",
    "interaction",
    "feedback",
    "reminder",
    "client",
)


@dataclass(frozen=True)
class RatingSnapshot:
    """A rated table and its pictures, computed together on the worker."""

    table: RatingTable
    #: the rows with their sort keys
    index: RowIndex = field(repr=False)
    #: the order of ``ordered``
    order: SortSpec
    #: every row, in ``order``
    ordered: tuple[ClientRating, ...] = field(repr=False)
    counts: dict[Category, int]
    #: clients with a score (not "not enough data")
    judged: int
    #: the pictures' arrays (None without numpy, when the charts cannot be shown anyway)
    scatter_arrays: ScatterArrays | None = field(repr=False)
    whale_arrays: WhaleArrays | None = field(repr=False)

    @property
    def period(self) -> RatingPeriod:
        return self.table.period

    @property
    def settings(self) -> RatingSettings:
        return self.table.settings


def _snapshot(table: RatingTable, order: SortSpec, index: RowIndex | None) -> RatingSnapshot:
    index = index.rerated(table.rows) if index is not None else RowIndex.build(table.rows)
    counts = table.counts()
    judged = sum(n for category, n in counts.items() if category.judged)
    try:
        from artisan_crm.ui.rating import plotdata
    except ImportError:  # no numpy: no pictures (the view says so)
        log.warning("numpy is missing: the rating charts cannot be prepared")
        scatter_arrays = whale_arrays = None
    else:
        rows = plotdata.rows_by_id(table)
        scatter_arrays = plotdata.scatter_arrays(table, rows)
        whale_arrays = plotdata.whale_arrays(table, rows)
    return RatingSnapshot(
        table,
        index,
        order,
        tuple(index.ordered(order)),
        counts,
        judged,
        scatter_arrays,
        whale_arrays,
    )


def load_snapshot(
    session: Session,
    period: RatingPeriod,
    settings: RatingSettings,
    order: SortSpec = NATURAL_ORDER,
) -> RatingSnapshot:
    """Run the SQL aggregates and rate every client (worker thread, read session); the
    rows are also sorted in ``order`` (the table's current order)."""
    # Looked up at call time: tests count the SQL runs by wrapping the service function.
    from artisan_crm.services import rating as service

    return _snapshot(service.rate_clients(session, period, settings), order, None)


def rerate_snapshot(
    snapshot: RatingSnapshot, settings: RatingSettings, order: SortSpec = NATURAL_ORDER
) -> RatingSnapshot:
    """The same figures under new settings (a new target rate): no SQL."""
    return _snapshot(snapshot.table.rerated(settings), order, snapshot.index)
