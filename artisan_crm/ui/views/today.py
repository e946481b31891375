"""The Today view: for now, a friendly summary of what the database holds.

The counts are read on the background worker and refreshed whenever
``AppEvents.data_changed`` reports a write.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QDate, QLocale, Signal, Slot
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from artisan_crm.domain.errors import UserFacingError
from artisan_crm.ui.views.base import PageHeader, ViewContext, plain_label

log = logging.getLogger(__name__)


def _read_stats(session: Any) -> dict[str, int]:
    from artisan_crm.services.stats import database_stats

    return database_stats(session)


class CountCard(QFrame):
    """One big number and what it counts."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = plain_label("–", self, object_name="countNumber")
        self.caption = plain_label(caption, self, object_name="countCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_count(self, value: int) -> None:
        self.number.setText(QLocale().toString(value))


class TodayView(QWidget):
    """Signals:
    sig_loaded(dict): the counts just arrived from the worker (entity name -> rows).
    """

    view_id = "today"
    sig_loaded = Signal(dict)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("view_today")
        self.stats: dict[str, int] | None = None
        self._loading = False
        self._stale = False

        today = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        self.header = PageHeader(self.tr("Today"), today[:1].upper() + today[1:], self)
        self.summary = plain_label(self.tr("Reading your data…"), self, object_name="todaySummary")

        # (stats key, caption): what an artisan cares about first.
        self._captions = {
            "clients": self.tr("Clients"),
            "quotes": self.tr("Quotes"),
            "jobs": self.tr("Jobs"),
            "invoices": self.tr("Invoices"),
            "appointments": self.tr("Appointments"),
            "reminders": self.tr("Reminders"),
            "interactions": self.tr("Exchanges with clients"),
            "time_entries": self.tr("Time entries"),
        }
        self.cards: dict[str, CountCard] = {}
        grid_box = QWidget(self)
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(14)
        for index, (key, caption) in enumerate(self._captions.items()):
            card = CountCard(caption, grid_box)
            self.cards[key] = card
            grid.addWidget(card, index // 4, index % 4)
        for column in range(4):
            grid.setColumnStretch(column, 1)

        self.coming = plain_label(
            self.tr(
                "Soon this page will show your day: appointments, reminders due, quotes to "
                "follow up and invoices waiting for payment."
            ),
            self,
            object_name="emptyStateHint",
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(20)
        layout.addWidget(self.header)
        layout.addWidget(self.summary)
        layout.addWidget(grid_box)
        layout.addWidget(self.coming)
        layout.addStretch(1)

        context.events.data_changed.connect(self._on_data_changed)

    # ---- Loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the counts again on the worker (coalesced if a read is under way)."""
        if self._loading:
            self._stale = True
            return
        self._loading = True
        self._stale = False
        self.context.tasks.run_read(
            _read_stats, on_done=self._on_stats, on_error=self._on_stats_failed
        )

    def _finish_loading(self) -> None:
        self._loading = False
        if self._stale:
            self.refresh()

    def _on_stats(self, stats: dict[str, int]) -> None:
        self.stats = dict(stats)
        for key, card in self.cards.items():
            card.set_count(stats.get(key, 0))
        if stats.get("clients", 0) == 0:
            self.summary.setText(
                self.tr(
                    "Your database is empty for now. The clients, quotes and jobs you add "
                    "will be counted here."
                )
            )
        else:
            self.summary.setText(self.tr("Hello! Here is what your database holds today."))
        self._finish_loading()
        self.sig_loaded.emit(self.stats)

    def _on_stats_failed(self, exc: BaseException) -> None:
        self._finish_loading()
        if isinstance(exc, UserFacingError):
            self.summary.setText(str(exc))
            return
        log.error("cannot read the database summary", exc_info=exc)
        self.summary.setText(self.tr("The summary could not be read. See the log for details."))
        handler = self.context.tasks.on_unhandled_error
        if handler is not None:
            handler(exc)

    @Slot(object)
    def _on_data_changed(self, _changes: Any) -> None:
        # Every count on this page may move with any write: always reload (it is one cheap query).
        self.refresh()
