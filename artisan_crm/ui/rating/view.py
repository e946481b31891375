"""The "Notation clients" view: every client's score and category over a period, why,
and two pictures (hours vs margin, the whale curve).

The SQL aggregates run on the background worker (``data.load_snapshot``); a new target
rate re-rates the same figures without SQL (``data.rerate_snapshot``, also on the worker).
The worker also sorts the rows in the table's order, counts the categories and prepares
the charts' arrays, so the GUI thread only shows results, a piece per event-loop turn
(the table, then the details, then each chart, in chunks for big tables) so that it never
stalls: see ``_queue_step``. pyqtgraph is imported the first time the view is shown, on
the worker too; the charts are updated only while they are visible.
"""

from __future__ import annotations

import functools
import importlib
import logging
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.config import Options
from artisan_crm.domain.errors import UserFacingError
from artisan_crm.domain.rating import (
    CATEGORY_ORDER,
    Category,
    RatingPeriod,
    RatingSettings,
    format_rate,
)
from artisan_crm.ui.after_paint import AfterPaint
from artisan_crm.ui.common import show_as_hourly_rate
from artisan_crm.ui.gc_policy import freeze_long_lived, without_collection
from artisan_crm.ui.rating.data import (
    PERIOD_CODES,
    RATING_INPUTS,
    RatingSnapshot,
    load_snapshot,
    rerate_snapshot,
)
from artisan_crm.ui.rating.details import RatingDetails
from artisan_crm.ui.rating.model import CategoryBadgeDelegate, Column, RatingTableModel, cell_text
from artisan_crm.ui.rating.style import CATEGORY_COLOURS, readable_text_colour
from artisan_crm.ui.views.base import PageHeader, ViewContext, plain_label

if TYPE_CHECKING:
    from artisan_crm.domain.changes import ChangeSet
    from artisan_crm.services.rating import ClientRating, RatingTable
    from artisan_crm.ui.rating.charts import ScatterChart, WhaleChart

log = logging.getLogger(__name__)

CHARTS_MODULE = "artisan_crm.ui.rating.charts"
#: a new target rate is applied once the user stops turning the spin box for this long
TARGET_DEBOUNCE_MS = 150
ALL_COLOUR = "#1f5f8c"
TARGET_MIN, TARGET_MAX = 1, 1000
NAME_COLUMN_MAX = 260
#: rows measured to size the columns at the first load
COLUMN_SAMPLE_ROWS = 150
# of which only the longest texts of each column are measured
COLUMN_MEASURED_TEXTS = 4

VIEW_STYLE = """
QLabel#ratingBusy { color: #1f5f8c; font-weight: 600; padding: 2px 8px;
    background: #e3eef7; border-radius: 8px; }
QLabel#ratingSummary { color: #5a6b78; }
QLabel#ratingMessage { font-size: 13pt; color: #1f3b52; }
QLabel#ratingToolbarLabel { font-size: 10.5pt; color: #3d4f5c; }
QTableView#ratingTable { gridline-color: #e3e9ee; }
"""


def _filter_style(object_name: str, colour: str) -> str:
    fore = readable_text_colour(QColor(colour)).name()
    return (
        f"QPushButton#{object_name} {{ border: 1px solid {colour}; border-radius: 13px; "
        f"padding: 4px 12px; background: #ffffff; color: #1f3b52; }}"
        f"QPushButton#{object_name}:hover {{ background: #f3f6f9; }}"
        f"QPushButton#{object_name}:checked {{ background: {colour}; color: {fore}; }}"
    )


def _dot_icon(colour: str) -> QIcon:
    pixmap = QPixmap(QSize(12, 12))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#ffffff"))
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class RatingView(QWidget):
    """Client rating ("Notation clients"): table, filter, details and pictures.

    Signals:
        sig_open_client(int): the user asked to open a client's card (the "Open the client's
            card" button, a double-click on a row or on a point of a chart); the argument is
            the client id. The Clients view connects to it to show that client.
        sig_loaded(object): a rated table (``RatingTable``) is now shown, after a load from
            the database or a re-rating with a new target.
    """

    view_id = "rating"
    sig_open_client = Signal(int)
    sig_loaded = Signal(object)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("view_rating")
        self.setStyleSheet(VIEW_STYLE)
        self.snapshot: RatingSnapshot | None = None
        self.scatter: ScatterChart | None = None
        self.whale: WhaleChart | None = None
        self._settings: RatingSettings | None = None
        self._period = RatingPeriod.last_months(24)
        self._loading = False
        self._stale = True
        self._in_flight = 0
        self._charts_requested = False
        self._selected_id: int | None = None
        self._restoring = False
        # What is left to show, one piece per event-loop turn (see _queue_step).
        self._steps: deque[Callable[[], None]] = deque()
        self._chart_work: Iterator[Callable[[], None]] | None = None
        self._charts_dirty = False
        self._charts_shown = False
        self._step_timer = QTimer(self)
        self._step_timer.setSingleShot(True)
        # A real 0 ms timer, restarted after each piece: between two pieces Qt delivers
        # what is pending (input, layout and paint requests, other timers).
        self._step_timer.setInterval(0)
        self._step_timer.timeout.connect(self._run_step)
        # Work for the worker waits until the window has painted (see ui.after_paint).
        self._after_paint = AfterPaint(self)
        self._refresh_pending = False

        self.header = PageHeader(
            self.tr("Client rating"),
            self.tr(
                "Which clients are really worth your time: margin per hour, unbilled time, "
                "lost quotes, late payments."
            ),
            self,
        )
        self._build_toolbar()
        self._build_table()
        self._build_filters()
        self.details = RatingDetails(self)
        self.details.setMinimumWidth(300)
        self.details.sig_open_client.connect(self.sig_open_client)

        self.charts_area = QWidget(self)
        self.charts_area.setObjectName("ratingCharts")
        self.charts_layout = QHBoxLayout(self.charts_area)
        self.charts_layout.setContentsMargins(0, 6, 0, 0)
        self.charts_layout.setSpacing(18)
        self.charts_message = plain_label(
            self.tr("Loading the charts…"),
            self.charts_area,
            object_name="ratingSummary",
        )
        self.charts_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.charts_layout.addWidget(self.charts_message)

        self.left_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.left_splitter.setObjectName("ratingLeftSplitter")
        self.left_splitter.addWidget(self.table_stack)
        self.left_splitter.addWidget(self.charts_area)
        self.left_splitter.setStretchFactor(0, 5)
        self.left_splitter.setStretchFactor(1, 4)
        self.left_splitter.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("ratingSplitter")
        self.splitter.addWidget(self.left_splitter)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([900, 320])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addLayout(self.toolbar)
        layout.addLayout(self.filters)
        layout.addWidget(self.splitter, 1)

        self._target_timer = QTimer(self)
        self._target_timer.setSingleShot(True)
        self._target_timer.setInterval(TARGET_DEBOUNCE_MS)
        self._target_timer.timeout.connect(self._on_target_timer)
        context.events.data_changed.connect(self._on_data_changed)

    # ---- Building ----------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        period_label = plain_label(self.tr("Period:"), self, object_name="ratingToolbarLabel")
        period_label.setWordWrap(False)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("ratingPeriod")
        labels = {
            "24m": self.tr("Last 24 months"),
            "12m": self.tr("Last 12 months"),
            "year": self.tr("This year"),
            "all": self.tr("All history"),
        }
        for code in PERIOD_CODES:
            self.period_combo.addItem(labels[code], code)
        period_label.setBuddy(self.period_combo)
        default = _period_code(self.context.settings.get(Options.RATING_PERIOD_MONTHS))
        self.period_combo.setCurrentIndex(PERIOD_CODES.index(default))
        self._period = RatingPeriod.parse(default)
        self.period_combo.currentIndexChanged.connect(self._on_period_changed)

        target_label = plain_label(self.tr("Target:"), self, object_name="ratingToolbarLabel")
        target_label.setWordWrap(False)
        self.target_spin = QSpinBox(self)
        self.target_spin.setObjectName("ratingTarget")
        self.target_spin.setRange(TARGET_MIN, TARGET_MAX)
        show_as_hourly_rate(self.target_spin)
        self.target_spin.setAccelerated(True)
        self.target_spin.setToolTip(
            self.tr(
                "The margin you want to earn per hour spent. Changing it re-rates every "
                "client at once."
            )
        )
        target = self.context.settings.get(Options.TARGET_HOURLY_RATE)
        self.target_spin.setValue(
            min(TARGET_MAX, max(TARGET_MIN, int(Decimal(target).to_integral_value())))
        )
        target_label.setBuddy(self.target_spin)
        self.target_spin.valueChanged.connect(self._on_target_edited)
        self.target_spin.editingFinished.connect(self._on_target_timer)

        self.busy_label = plain_label(self.tr("Computing…"), self, object_name="ratingBusy")
        self.busy_label.setWordWrap(False)
        self.busy_label.hide()
        self.summary = plain_label("", self, object_name="ratingSummary")
        self.summary.setWordWrap(False)

        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(8)
        self.toolbar.addWidget(period_label)
        self.toolbar.addWidget(self.period_combo)
        self.toolbar.addSpacing(16)
        self.toolbar.addWidget(target_label)
        self.toolbar.addWidget(self.target_spin)
        self.toolbar.addSpacing(16)
        self.toolbar.addWidget(self.busy_label)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.summary)

    def _build_filters(self) -> None:
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[Category | None, QPushButton] = {}
        self.filters = QHBoxLayout()
        self.filters.setSpacing(6)
        entries: list[tuple[Category | None, str, str]] = [
            (None, "all", ALL_COLOUR),
            *((c, c.value, CATEGORY_COLOURS[c]) for c in CATEGORY_ORDER),
        ]
        for category, key, colour in entries:
            button = QPushButton(self)
            button.setObjectName(f"ratingFilter_{key}")
            button.setCheckable(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet(_filter_style(button.objectName(), colour))
            if category is not None:
                button.setIcon(_dot_icon(colour))
            self.filter_group.addButton(button)
            self.filter_buttons[category] = button
            self.filters.addWidget(button)
        self.filters.addStretch(1)
        self.filter_buttons[None].setChecked(True)
        for category, button in self.filter_buttons.items():
            button.toggled.connect(lambda checked, c=category: self._on_filter_toggled(c, checked))
        self._update_filter_texts({})

    def _build_table(self) -> None:
        self.model = RatingTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("ratingTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.badge_delegate = CategoryBadgeDelegate(self.table)
        self.table.setItemDelegateForColumn(Column.CATEGORY, self.badge_delegate)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(Column.SCORE, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.setAccessibleName(self.tr("Client rating"))

        self.message = plain_label(self.tr("Computing…"), self, object_name="ratingMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table_stack = QStackedWidget(self)
        self.table_stack.addWidget(self.message)
        self.table_stack.addWidget(self.table)
        self._columns_sized = False

    # ---- Loading -----------------------------------------------------------------------

    def settings(self) -> RatingSettings:
        """The rating settings (weights from the settings file, the view's target rate)."""
        if self._settings is None:
            from artisan_crm.config import load_rating_settings

            loaded = load_rating_settings(self.context.settings)
            self._settings = loaded.with_target(Decimal(self.target_spin.value()))
        return self._settings

    @property
    def table_data(self) -> RatingTable | None:
        return self.snapshot.table if self.snapshot else None

    def refresh(self) -> None:
        """Read and rate again on the worker (coalesced while a load is under way)."""
        self._stale = False
        if self._loading:
            self._stale = True
            return
        self._loading = True
        self._run(load_snapshot, self._period, self.settings(), self.model.sort_spec)

    def is_busy(self) -> bool:
        return self._in_flight > 0

    def is_idle(self) -> bool:
        """Nothing computing on the worker and nothing left to show on the GUI thread."""
        return (
            self._in_flight == 0
            and not self._steps
            and self._chart_work is None
            and not self._after_paint.pending()
        )

    def _run(self, fn: Any, *args: Any) -> None:
        self._in_flight += 1
        self._show_busy()
        run = self.context.tasks.run_read if fn is load_snapshot else self.context.tasks.run
        is_load = fn is load_snapshot
        run(
            functools.partial(without_collection, fn),  # no GC pause while rating
            *args,
            on_done=lambda snapshot: self._on_snapshot(snapshot, is_load),
            on_error=lambda exc: self._on_failed(exc, is_load),
        )

    def _show_busy(self) -> None:
        busy = self._in_flight > 0
        self.busy_label.setVisible(busy)
        if busy and self.snapshot is None:
            self.message.setText(self.tr("Computing…"))
            self.table_stack.setCurrentWidget(self.message)

    def _finish(self, is_load: bool) -> None:
        self._in_flight -= 1
        if is_load:
            self._loading = False
        self._show_busy()
        if is_load and self._stale and self.isVisible():
            self.refresh()

    def _on_snapshot(self, snapshot: RatingSnapshot, is_load: bool) -> None:
        self._finish(is_load)
        if snapshot.period != self._period:
            return  # a load for the new period is queued
        settings = self.settings()
        if snapshot.settings != settings:
            # The target changed while this was computed: re-rate it (no SQL).
            self._run(rerate_snapshot, snapshot, settings, self.model.sort_spec)
            return
        self._show_snapshot(snapshot)

    def _on_failed(self, exc: BaseException, is_load: bool) -> None:
        self._finish(is_load)
        if isinstance(exc, UserFacingError):
            text = str(exc)
        else:
            log.error("client rating failed", exc_info=exc)
            text = self.tr("The rating could not be computed. See the log for details.")
        self.message.setText(text)
        self.table_stack.setCurrentWidget(self.message)
        if self.isVisible():
            self._request_charts()

    def _show_snapshot(self, snapshot: RatingSnapshot) -> None:
        """The table now (sorted and counted on the worker); the details and the charts in
        the next event-loop turns."""
        self.snapshot = snapshot
        table = snapshot.table
        self._restoring = True
        try:
            self.model.set_table(table, snapshot.index, snapshot.ordered, snapshot.order)
            found = self._selected_id is not None and self._select_row(self._selected_id)
        finally:
            self._restoring = False
        self._update_filter_texts(snapshot.counts)
        if table.rows:
            self.table_stack.setCurrentWidget(self.table)
            if not self._columns_sized:
                self._size_columns()
            # The scroll bars now, not in a timer after the first paint: that would paint
            # the whole table a second time.
            self.table.doItemsLayout()
        else:
            self.message.setText(self.tr("No client to rate over this period."))
            self.table_stack.setCurrentWidget(self.message)
        if self.isVisible() and not self._charts_requested:
            # pyqtgraph's import (on the worker) once the table is painted, not during it.
            shown = self.table.viewport() if table.rows else self.message
            self._after_paint.call(shown, self._request_charts_if_visible)
        self._update_summary(snapshot)
        self._schedule_charts()
        self._queue_step(lambda: self._finish_showing(snapshot, found))

    def _finish_showing(self, snapshot: RatingSnapshot, found: bool) -> None:
        if snapshot is not self.snapshot:
            return  # a newer table is being shown
        self._show_details(self.selected_client() if found else None)
        # The new rating lives until the next one: out of the full collections' walk.
        freeze_long_lived()
        self.sig_loaded.emit(snapshot.table)

    # ---- Showing in pieces ---------------------------------------------------------------

    def _queue_step(self, step: Callable[[], None]) -> None:
        """Run ``step`` in a later event-loop turn, after what is already queued."""
        self._steps.append(step)
        self._step_timer.start()

    @Slot()
    def _run_step(self) -> None:
        """One piece per turn: a queued step, else the next piece of the charts' update."""
        try:
            if self._steps:
                self._steps.popleft()()
            elif self._chart_work is not None:
                step = next(self._chart_work, None)
                if step is None:
                    self._chart_work = None
                else:
                    step()
        finally:  # a failing piece must not stop the others
            if self._steps or self._chart_work is not None:
                self._step_timer.start()

    def _size_columns(self) -> None:
        """Fit the columns to their header and a sample of rows.

        Measured here rather than with ``resizeColumnsToContents``, which asks the model
        and the delegate for every role of hundreds of cells (a second for 600 clients).
        """
        self._columns_sized = True
        table = self.model.table
        if table is None:
            return
        metrics = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        header = self.table.horizontalHeader()
        header_metrics = header.fontMetrics()
        sample = table.rows[:COLUMN_SAMPLE_ROWS]
        # Quietly: the table hears of each resize through a 0 ms timer that repaints it
        # whole after its first paint; the caller lays the table out once instead.
        header.blockSignals(True)
        try:
            self._size_sections(header, header_metrics, metrics, bold_metrics, sample)
        finally:
            header.blockSignals(False)

    def _size_sections(
        self,
        header: QHeaderView,
        header_metrics: QFontMetrics,
        metrics: QFontMetrics,
        bold_metrics: QFontMetrics,
        sample: Sequence[ClientRating],
    ) -> None:
        for column in Column:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = header_metrics.horizontalAdvance(title) + 28  # room for the sort arrow
            measure = bold_metrics if column == Column.CATEGORY else metrics
            pad = 40 if column == Column.CATEGORY else 16
            # Only the longest texts: measuring every cell would cost far more.
            texts = sorted({cell_text(row, column) for row in sample}, key=len, reverse=True)
            for text in texts[:COLUMN_MEASURED_TEXTS]:
                width = max(width, measure.horizontalAdvance(text) + pad)
            if column == Column.CATEGORY:
                width = max(
                    width,
                    *(bold_metrics.horizontalAdvance(c.label) + pad for c in CATEGORY_ORDER),
                )
            header.resizeSection(column, min(width, NAME_COLUMN_MAX))

    def _update_summary(self, snapshot: RatingSnapshot) -> None:
        table = snapshot.table
        span = (
            self.tr("from {start} to {end}").format(
                start=table.start.strftime("%d/%m/%Y"), end=table.end.strftime("%d/%m/%Y")
            )
            if table.start
            else self.tr("until {end}").format(end=table.end.strftime("%d/%m/%Y"))
        )
        self.summary.setText(
            self.tr("Rated clients: {count}, {span} · target {rate}").format(
                count=snapshot.judged,
                span=span,
                rate=format_rate(table.settings.target_cents_per_hour),
            )
        )

    def _update_filter_texts(self, counts: dict[Category, int]) -> None:
        total = sum(counts.values())
        self.filter_buttons[None].setText(self.tr("All ({count})").format(count=total))
        for category in CATEGORY_ORDER:
            self.filter_buttons[category].setText(f"{category.label} ({counts.get(category, 0)})")

    # ---- Selection -----------------------------------------------------------------------

    def selected_client(self) -> ClientRating | None:
        index = self.table.currentIndex()
        return self.model.client_at(index.row()) if index.isValid() else None

    def select_client(self, client_id: int) -> bool:
        """Select ``client_id`` in the table (showing every category if it was filtered out)."""
        row = self.model.row_of(client_id)
        if row is None and self.model.categories is not None:
            self.filter_buttons[None].setChecked(True)
            row = self.model.row_of(client_id)
        if row is None:
            return False
        index = self.model.index(row, Column.NAME)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _restore_selection(self) -> None:
        if self._selected_id is not None and self.select_client_quietly(self._selected_id):
            return
        self._show_details(None)

    def select_client_quietly(self, client_id: int) -> bool:
        if not self._select_row(client_id):
            return False
        self._show_details(self.selected_client())
        return True

    def _select_row(self, client_id: int) -> bool:
        """Make ``client_id`` the current row, if shown (the details are not updated)."""
        row = self.model.row_of(client_id)
        if row is None:
            return False
        index = self.model.index(row, Column.NAME)
        if self.table.currentIndex() != index:
            self.table.setCurrentIndex(index)
        if not self.table.selectionModel().isRowSelected(row, QModelIndex()):
            self.table.selectRow(row)
        return True

    def _show_details(self, client: ClientRating | None) -> None:
        if not self._restoring:
            self._selected_id = client.client_id if client else None
        self.details.show_client(client)
        for chart in (self.scatter, self.whale):
            if chart is not None:
                chart.select(client.client_id if client else None)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        self._show_details(self.model.client_at(current.row()) if current.isValid() else None)

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        client = self.model.client_at(index.row())
        if client is not None:
            self.sig_open_client.emit(client.client_id)

    # ---- Filter, period and target -------------------------------------------------------

    def _on_filter_toggled(self, category: Category | None, checked: bool) -> None:
        if not checked:
            return
        self._restoring = True
        try:
            self.model.set_categories(None if category is None else [category])
        finally:
            self._restoring = False
        self._restore_selection()

    def set_category_filter(self, category: Category | None) -> None:
        self.filter_buttons[category].setChecked(True)

    def on_settings_changed(self, changed: set[str]) -> None:
        """Outils ▸ Paramètres… saved new rating settings: show them and re-rate at once."""
        if not any(key.startswith("rating/") for key in changed):
            return
        target = Decimal(self.context.settings.get(Options.TARGET_HOURLY_RATE))
        self.target_spin.blockSignals(True)
        self.target_spin.setValue(min(TARGET_MAX, max(TARGET_MIN, int(target))))
        self.target_spin.blockSignals(False)
        self._settings = None
        if Options.RATING_PERIOD_MONTHS.key in changed:
            code = _period_code(self.context.settings.get(Options.RATING_PERIOD_MONTHS))
            if self.period_combo.currentIndex() != PERIOD_CODES.index(code):
                self.period_combo.setCurrentIndex(PERIOD_CODES.index(code))  # reloads
                return
        if self.snapshot is not None and not self._loading:
            self._run(rerate_snapshot, self.snapshot, self.settings(), self.model.sort_spec)
        else:
            self.refresh()

    @Slot(int)
    def _on_period_changed(self, index: int) -> None:
        code = self.period_combo.itemData(index)
        self._period = RatingPeriod.parse(str(code))
        self.refresh()

    @Slot(int)
    def _on_target_edited(self, _value: int) -> None:
        self._target_timer.start()

    @Slot()
    def _on_target_timer(self) -> None:
        self._target_timer.stop()
        rate = Decimal(self.target_spin.value())
        settings = self.settings()
        if settings.target_hourly_rate == rate:
            return
        self._settings = settings.with_target(rate)
        self.context.settings.set(Options.TARGET_HOURLY_RATE, rate)
        self.context.settings.sync()
        if self.snapshot is not None:
            self._run(rerate_snapshot, self.snapshot, self._settings, self.model.sort_spec)

    # ---- Charts --------------------------------------------------------------------------

    def _request_charts_if_visible(self) -> None:
        if self.isVisible():
            self._request_charts()

    def _request_charts(self) -> None:
        if self._charts_requested:
            return
        self._charts_requested = True
        # pyqtgraph takes about a second to import: on the worker, not the GUI thread.
        self.context.tasks.run(
            without_collection,
            importlib.import_module,
            CHARTS_MODULE,
            on_done=self._on_charts_module,
            on_error=self._on_charts_failed,
        )

    def _on_charts_module(self, module: ModuleType) -> None:
        # Built a piece per event-loop turn (5-20 ms each) out of sight, then placed
        # together: one layout and one paint for both.
        for step in module.build_steps(self.charts_area, self._place_charts):
            self._queue_step(step)

    def _place_charts(self, scatter: ScatterChart, whale: WhaleChart) -> None:
        """Both charts are built (hidden): fill them, then show them (_chart_steps)."""
        self.scatter, self.whale = scatter, whale
        for chart in (scatter, whale):
            chart.sig_client_clicked.connect(self._on_chart_clicked)
            chart.sig_client_double_clicked.connect(self._on_chart_double_clicked)
        self._schedule_charts()

    def _rehearse_paint(self, chart: QWidget) -> None:
        """Paint ``chart`` (hidden) into a pixmap at the size it will have once shown."""
        margins = self.charts_layout.contentsMargins()
        spacing = self.charts_layout.spacing()
        area = self.charts_area.contentsRect()
        width = (area.width() - margins.left() - margins.right() - spacing) // 2
        height = area.height() - margins.top() - margins.bottom()
        chart.resize(max(width, chart.minimumSizeHint().width()), max(height, 1))
        chart.grab()

    def _show_charts(self) -> None:
        """Both charts into the layout, filled: one layout and one paint for both.

        (Measured: adding the scatter chart beside a placeholder first, and the whale chart
        in the next turn, stalls longer: the swap lays out and paints both again.)"""
        if self._charts_shown or self.scatter is None or self.whale is None:
            return
        self._charts_shown = True
        self.charts_message.hide()
        self.charts_layout.addWidget(self.scatter, 1)
        self.charts_layout.addWidget(self.whale, 1)

    def _on_charts_failed(self, exc: BaseException) -> None:
        log.error("cannot load the charts (pyqtgraph)", exc_info=exc)
        self.charts_message.setText(self.tr("The charts are not available on this computer."))

    def _schedule_charts(self) -> None:
        """Show the current snapshot in the charts, a piece per turn; later if hidden."""
        self._chart_work = None
        if self.scatter is None or self.whale is None:
            return
        if not self.isVisible():
            self._charts_dirty = True  # updated when shown
            return
        self._charts_dirty = False
        if self.snapshot is None:
            self._show_charts()  # empty, under the table's message
            return
        self._chart_work = self._chart_steps(self.snapshot)
        self._step_timer.start()

    def _chart_steps(self, snapshot: RatingSnapshot) -> Iterator[Callable[[], None]]:
        scatter, whale = self.scatter, self.whale
        assert scatter is not None and whale is not None
        if snapshot.scatter_arrays is None or snapshot.whale_arrays is None:
            yield self._show_charts
            return
        yield from scatter.update_steps(snapshot.scatter_arrays)
        yield from whale.update_steps(snapshot.whale_arrays)

        def select() -> None:
            for chart in (scatter, whale):
                chart.select(self._selected_id)

        yield select
        if not self._charts_shown:
            # Filled and laid out before their first paint: pyqtgraph sizes its axes to the
            # tick labels while painting, which would lay out and paint everything twice.
            yield functools.partial(self._rehearse_paint, scatter)
            yield functools.partial(self._rehearse_paint, whale)
            yield self._show_charts

    @property
    def charts_ready(self) -> bool:
        """Both charts are built and show the current table."""
        return (
            self.scatter is not None
            and self.whale is not None
            and self._charts_shown
            and self._chart_work is None
            and not self._charts_dirty
        )

    @Slot(int)
    def _on_chart_clicked(self, client_id: int) -> None:
        self.select_client(client_id)

    @Slot(int)
    def _on_chart_double_clicked(self, client_id: int) -> None:
        self.select_client(client_id)
        self.sig_open_client.emit(client_id)

    # ---- Events --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._charts_requested:
            # Table and pictures share the height about equally at first.
            height = max(2, self.left_splitter.height())
            self.left_splitter.setSizes([height * 45 // 100, height * 55 // 100])
        if self._stale and not self._loading and not self._refresh_pending:
            # Read once the view is painted: the worker's rating and the window's first
            # paint would otherwise fight for the GIL (see ui.after_paint).
            self._refresh_pending = True
            self.busy_label.show()
            self._after_paint.call(self, self._refresh_after_paint)
        if self._charts_dirty:
            self._schedule_charts()
        if self.snapshot is not None or not (self._loading or self._refresh_pending):
            self._request_charts()
        # else: once the table is painted (_show_snapshot), so that importing pyqtgraph on
        # the worker does not compete with the GUI thread showing the table.

    def _refresh_after_paint(self) -> None:
        self._refresh_pending = False
        if self._stale and not self._loading:
            self.refresh()

    @Slot(object)
    def _on_data_changed(self, changes: ChangeSet) -> None:
        if not changes.touches(*RATING_INPUTS):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # read again when shown


def _period_code(months: int) -> str:
    """The period choice for the ``rating/period_months`` setting (0 = all history)."""
    return {12: "12m", 0: "all"}.get(months, "24m")
