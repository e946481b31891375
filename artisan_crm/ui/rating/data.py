"""What the rating view asks the background worker for (no Qt here).

The SQL runs once per period (:func:`load_snapshot`); a new target rate re-rates the same
figures without SQL (:func:`rerate_snapshot`). Both also prepare the chart data, so the
GUI thread only has to show it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from artisan_crm.domain.rating import RatingPeriod, RatingSettings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from artisan_crm.services.rating import RatingTable, ScatterData, WhaleCurve

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
    scatter: ScatterData
    whale: WhaleCurve

    @property
    def period(self) -> RatingPeriod:
        return self.table.period

    @property
    def settings(self) -> RatingSettings:
        return self.table.settings


def _snapshot(table: RatingTable) -> RatingSnapshot:
    return RatingSnapshot(table, table.scatter(), table.whale_curve())


def load_snapshot(
    session: Session, period: RatingPeriod, settings: RatingSettings
) -> RatingSnapshot:
    """Run the SQL aggregates and rate every client (worker thread, read session)."""
    # Looked up at call time: tests count the SQL runs by wrapping the service function.
    from artisan_crm.services import rating as service

    return _snapshot(service.rate_clients(session, period, settings))


def rerate_snapshot(table: RatingTable, settings: RatingSettings) -> RatingSnapshot:
    """The same figures under new settings (a new target rate): no SQL."""
    return _snapshot(table.rerated(settings))
