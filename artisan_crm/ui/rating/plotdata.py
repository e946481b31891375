"""The pictures' data as numpy arrays, prepared on the background worker (no Qt here).

The GUI thread then hands whole arrays to pyqtgraph (one ``setData`` per piece) instead of
building lists point by point. No object is made per client: with 20,000 clients, tens
of thousands of small objects per re-rating would make the garbage collector pause every
thread (the GIL) for long. The whale curve and its dots are thinned out when there are
more clients than a plot has pixels: the curve is smooth (clients sorted from the most to
the least profitable), and one dot per pixel column is all a mouse can point at.

numpy comes with pyqtgraph; this module is imported on the worker, never at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from artisan_crm.domain.rating import CATEGORY_ORDER, Category

if TYPE_CHECKING:
    from artisan_crm.services.rating import ClientRating, RatingTable

#: the whale curve is drawn through at most this many points
MAX_CURVE_POINTS = 1500
#: at most this many dots (clients one can point at) on the whale curve
MAX_WHALE_DOTS = 1000

_CATEGORY_CODE = {category: n for n, category in enumerate(CATEGORY_ORDER)}


@dataclass(frozen=True)
class ScatterSeries:
    """The points of one category: hours (x), margin in euros (y), client ids."""

    category: Category
    x: np.ndarray = field(repr=False)
    y: np.ndarray = field(repr=False)
    ids: np.ndarray = field(repr=False)

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(frozen=True)
class ScatterArrays:
    """Hours vs margin, one series per judged category."""

    series: tuple[ScatterSeries, ...]
    #: every row of the table by client id (tool tips, selection)
    rows: dict[int, ClientRating] = field(repr=False)
    #: the target rate (the settings' ``target_cents_per_hour``)
    target_cents_per_hour: int
    x_max: float
    y_min: float
    y_max: float

    def position(self, client_id: int) -> tuple[float, float] | None:
        """A judged client's point (hours, euros), None if not on the chart."""
        row = self.rows.get(client_id)
        if row is None or not row.category.judged:
            return None
        return row.figures.hours, row.figures.margin_cents / 100


@dataclass(frozen=True)
class WhaleArrays:
    """The whale curve: the clients from the most to the least profitable (rank 1 first),
    the profit after time of each and the running total; thinned out for drawing."""

    rows: dict[int, ClientRating] = field(repr=False)
    #: the rate the hours are valued at (the settings' ``target_cents_per_hour``)
    target_cents_per_hour: int
    #: client ids by rank (index 0 = rank 1)
    ids: np.ndarray = field(repr=False)
    #: margin minus the hours valued at the target rate, cents, by rank
    profit_cents: np.ndarray = field(repr=False)
    cumulative_cents: np.ndarray = field(repr=False)
    #: client id -> rank
    ranks: dict[int, int] = field(repr=False)
    #: the highest point of the curve (None without clients)
    peak_rank: int | None
    curve_x: np.ndarray = field(repr=False)
    curve_y: np.ndarray = field(repr=False)
    dots_x: np.ndarray = field(repr=False)
    dots_y: np.ndarray = field(repr=False)
    dots_ids: np.ndarray = field(repr=False)
    #: the index in CATEGORY_ORDER of each dot's category
    dots_category: np.ndarray = field(repr=False)
    y_min: float
    y_max: float

    @property
    def count(self) -> int:
        return len(self.ids)

    @property
    def total_cents(self) -> int:
        return int(self.cumulative_cents[-1]) if self.count else 0

    @property
    def peak_cents(self) -> int:
        return 0 if self.peak_rank is None else int(self.cumulative_cents[self.peak_rank - 1])

    def point(self, client_id: int) -> tuple[int, int, int] | None:
        """(rank, profit cents, cumulative cents) of a client, None if not on the curve."""
        rank = self.ranks.get(client_id)
        if rank is None:
            return None
        return rank, int(self.profit_cents[rank - 1]), int(self.cumulative_cents[rank - 1])


def rows_by_id(table: RatingTable) -> dict[int, ClientRating]:
    return {r.client_id: r for r in table.rows}


def scatter_arrays(table: RatingTable, rows: dict[int, ClientRating]) -> ScatterArrays:
    judged = [r for r in table.rows if r.category.judged]
    count = len(judged)
    minutes = np.fromiter((r.figures.minutes for r in judged), dtype=np.int64, count=count)
    margin = np.fromiter((r.figures.margin_cents for r in judged), dtype=np.int64, count=count)
    ids = np.fromiter((r.client_id for r in judged), dtype=np.int64, count=count)
    codes = np.fromiter((_CATEGORY_CODE[r.category] for r in judged), dtype=np.int8, count=count)
    hours = minutes / 60
    euros = margin / 100
    series = []
    for code, category in enumerate(CATEGORY_ORDER):
        if category.judged:
            mask = codes == code
            series.append(ScatterSeries(category, hours[mask], euros[mask], ids[mask]))
    return ScatterArrays(
        tuple(series),
        rows,
        table.settings.target_cents_per_hour,
        x_max=float(hours.max()) if count else 0.0,
        y_min=min(0.0, float(euros.min())) if count else 0.0,
        y_max=max(0.0, float(euros.max())) if count else 0.0,
    )


def _thinned(count: int, most: int, keep: int | None) -> np.ndarray:
    """Indexes 0..count-1, at most about ``most`` of them evenly spread, always with the
    first, the last and ``keep``."""
    if count <= most:
        return np.arange(count)
    picked = np.linspace(0, count - 1, most).round().astype(np.int64)
    if keep is not None:
        picked = np.append(picked, keep)
    return np.unique(picked)


def whale_arrays(table: RatingTable, rows: dict[int, ClientRating]) -> WhaleArrays:
    """The same curve as ``RatingTable.whale_curve`` (most profitable first, ties by client
    id), as arrays."""
    target = table.settings.target_cents_per_hour
    count = len(table.rows)
    profits = np.fromiter(
        (r.figures.profit_after_time_cents(target) for r in table.rows),
        dtype=np.int64,
        count=count,
    )
    client_ids = np.fromiter((r.client_id for r in table.rows), dtype=np.int64, count=count)
    order = np.lexsort((client_ids, -profits))  # by profit (highest first), then id
    ids = client_ids[order]
    profit_cents = profits[order]
    cumulative_cents = np.cumsum(profit_cents)
    # The highest point, the first one (lowest rank) among equals.
    peak_rank = int(np.argmax(cumulative_cents)) + 1 if count else None
    ranks = dict(zip(ids.tolist(), range(1, count + 1), strict=True))
    cumulative = cumulative_cents / 100
    # The curve starts at 0 clients, 0 €.
    curve_x = np.arange(count + 1, dtype=float)
    curve_y = np.concatenate(([0.0], cumulative))
    keep = _thinned(count + 1, MAX_CURVE_POINTS, peak_rank)
    dots = _thinned(count, MAX_WHALE_DOTS, None if peak_rank is None else peak_rank - 1)
    dots_ids = ids[dots]
    dots_category = np.fromiter(
        (_CATEGORY_CODE[rows[int(i)].category] for i in dots_ids), dtype=np.int8, count=len(dots)
    )
    return WhaleArrays(
        rows,
        target,
        ids,
        profit_cents,
        cumulative_cents,
        ranks,
        peak_rank,
        curve_x[keep],
        curve_y[keep],
        dots.astype(float) + 1,
        cumulative[dots],
        dots_ids,
        dots_category,
        y_min=float(curve_y.min()),
        y_max=float(curve_y.max()),
    )
