"""The rating pictures, drawn with pyqtgraph: hours vs margin scatter and the whale curve.

This module imports pyqtgraph (about a second the first time): the view imports it only
when it is first shown, on the background worker, so that start-up stays fast.

The data come as numpy arrays prepared on the worker (``plotdata``); ``update_steps``
hands them to pyqtgraph in pieces of at most :data:`POINTS_PER_STEP` points, one piece per
event-loop turn, so that a chart of 20,000 clients never stalls the GUI thread.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from artisan_crm.domain.rating import (
    CATEGORY_ORDER,
    Category,
    format_duration,
    format_euros,
    format_int,
    format_rate,
)
from artisan_crm.i18n import format_decimal
from artisan_crm.ui.rating.style import CATEGORY_COLOURS, rich_tooltip
from artisan_crm.ui.views.base import plain_label

if TYPE_CHECKING:
    from artisan_crm.services.rating import ClientRating
    from artisan_crm.ui.rating.plotdata import ScatterArrays, ScatterSeries, WhaleArrays

# points handed to pyqtgraph per event-loop turn (it works out each point's symbol in Python)
POINTS_PER_STEP = 2500
Step = Callable[[], None]

AXIS_COLOUR = "#b8c6d2"
TEXT_COLOUR = "#3d4f5c"
CURVE_COLOUR = "#1f5f8c"
TARGET_COLOUR = "#1f5f8c"
PEAK_COLOUR = "#e65100"
SELECTED_PEN = "#123a57"
LABEL_STYLE = {"color": TEXT_COLOUR, "font-size": "10pt"}

CHART_STYLE = """
QLabel#ratingChartTitle { font-size: 11.5pt; font-weight: 600; color: #1f3b52; }
QLabel#ratingChartCaption { font-size: 10pt; color: #3d4f5c; }
"""


class EuroAxis(pg.AxisItem):
    """Ticks in whole euros, written as the language writes money ("12 000 €", "€12,000")."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [format_euros(round(v * scale * 100)) for v in values]


class UnitAxis(pg.AxisItem):
    """Whole-number ticks with a unit suffix ("120 h"), or bare integers."""

    def __init__(self, orientation: str, suffix: str = "") -> None:
        super().__init__(orientation)
        self.suffix = suffix

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        texts = []
        for value in values:
            v = value * scale
            number = format_int(round(v)) if spacing * scale >= 1 else format_decimal(v, 1)
            texts.append(f"{number}{self.suffix}")
        return texts


def _plot_widget(left: pg.AxisItem, bottom: pg.AxisItem) -> pg.PlotWidget:
    widget = pg.PlotWidget(
        background="w", axisItems={"left": left, "bottom": bottom}, enableMenu=False
    )
    item = widget.getPlotItem()
    # An English context menu and zooming would only confuse: the picture is fixed.
    item.setMenuEnabled(False)
    item.hideButtons()
    item.setMouseEnabled(x=False, y=False)
    item.showGrid(x=True, y=True, alpha=0.15)
    font = QFont()
    font.setPointSizeF(9.5)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(AXIS_COLOUR))
        axis.setTextPen(pg.mkPen(TEXT_COLOUR))
        axis.setTickFont(font)
        axis.enableAutoSIPrefix(False)
    widget.setMinimumHeight(170)
    return widget


def scatter_plot() -> pg.PlotWidget:
    """The empty plot of :class:`ScatterChart`: euros up, hours across."""
    return _plot_widget(EuroAxis("left"), UnitAxis("bottom", " h"))


def whale_plot() -> pg.PlotWidget:
    """The empty plot of :class:`WhaleChart`: euros up, client ranks across."""
    return _plot_widget(EuroAxis("left"), UnitAxis("bottom"))


def build_steps(
    parent: QWidget, done: Callable[[ScatterChart, WhaleChart], None]
) -> Iterator[Step]:
    """The pieces of building both charts, hidden, for one event-loop turn each (5-20 ms
    apiece), the last of which calls ``done(scatter, whale)`` to place them."""
    made: dict[str, Any] = {}

    def make(key: str, factory: Callable[[], Any]) -> Step:
        return lambda: made.__setitem__(key, factory())

    yield make("scatter plot", scatter_plot)
    yield make("scatter", lambda: ScatterChart(made.pop("scatter plot"), parent))
    yield make("whale plot", whale_plot)
    yield make("whale", lambda: WhaleChart(made.pop("whale plot"), parent))
    yield lambda: done(made.pop("scatter"), made.pop("whale"))


class _Chart(QWidget):
    """A title, a plot and a caption under it; ``selected`` rings the selected client."""

    selected: pg.ScatterPlotItem

    def __init__(self, title: str, plot: pg.PlotWidget, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CHART_STYLE)
        self.plot = plot
        self._selected_at: tuple[float, float] | None = None
        self.title = plain_label(title, self, object_name="ratingChartTitle")
        self.caption = plain_label("", self, object_name="ratingChartCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(plot, 1)
        layout.addWidget(self.caption)

    def _mark_selected(self, position: tuple[float, float] | None) -> None:
        """Ring the selected client's point (``self.selected``), or none."""
        if position != self._selected_at:  # else nothing to repaint
            self._selected_at = position
            x, y = ([], []) if position is None else ([position[0]], [position[1]])
            self.selected.setData(x=x, y=y)

    def _show_tooltip(self, lines: list[str]) -> None:
        view_box = self.plot.getPlotItem().getViewBox()
        view_box.setToolTip(rich_tooltip(lines) if lines else "")


class ScatterChart(_Chart):
    """Hours spent (x) against margin in euros (y), one point per judged client, coloured
    by category, with the target line y = target × hours.

    Signals:
        sig_client_clicked(int): a point was clicked (the client's id).
        sig_client_double_clicked(int): a point was double-clicked (open the client's card).
    """

    sig_client_clicked = Signal(int)
    sig_client_double_clicked = Signal(int)

    def __init__(self, plot: pg.PlotWidget, parent: QWidget | None = None) -> None:
        """``plot``: made beforehand by :func:`scatter_plot` (:func:`build_steps` builds a
        chart in two event-loop turns, the plot then the rest, so that neither stalls the
        window)."""
        super().__init__(self.tr("Hours spent and margin per client"), plot, parent)
        self.setObjectName("ratingScatter")
        item = plot.getPlotItem()
        item.setLabel("bottom", self.tr("Hours spent"), **LABEL_STYLE)
        item.setLabel("left", self.tr("Margin (€)"), **LABEL_STYLE)
        item.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen("#9aa8b4", width=1)))
        self.target_curve = item.plot(
            [], [], pen=pg.mkPen(TARGET_COLOUR, width=2, style=Qt.PenStyle.DashLine)
        )
        self.target_label = pg.TextItem(
            "", color=TARGET_COLOUR, anchor=(1.0, 1.2), fill=pg.mkBrush(255, 255, 255, 210)
        )
        self.target_label.setFont(self._bold_font())
        self.target_label.setZValue(20)  # above the points
        item.addItem(self.target_label)
        self.items: dict[Category, pg.ScatterPlotItem] = {}
        for category in CATEGORY_ORDER:
            if not category.judged:
                continue
            scatter = pg.ScatterPlotItem(
                size=10,
                pen=pg.mkPen("#ffffff", width=1),
                brush=pg.mkBrush(CATEGORY_COLOURS[category]),
                hoverable=True,
                tip=None,
                hoverSize=14,
                hoverPen=pg.mkPen(SELECTED_PEN, width=2),
                antialias=True,
            )
            scatter.sigClicked.connect(self._on_points_clicked)
            scatter.sigHovered.connect(self._on_points_hovered)
            item.addItem(scatter)
            self.items[category] = scatter
        self.selected = pg.ScatterPlotItem(
            size=18, pen=pg.mkPen(SELECTED_PEN, width=2.5), brush=None, antialias=True
        )
        item.addItem(self.selected)
        self.data: ScatterArrays | None = None
        self._tip_owner: Any = None

    @staticmethod
    def _bold_font() -> QFont:
        font = QFont()
        font.setPointSizeF(9.5)
        font.setBold(True)
        return font

    def update_steps(self, data: ScatterArrays) -> Iterator[Step]:
        """The pieces of showing ``data``: the axes and the target line with the first
        points, then the other points, at most :data:`POINTS_PER_STEP` per piece."""
        pieces: list[list[tuple[ScatterSeries, slice]]] = [[]]
        room = POINTS_PER_STEP
        for series in data.series:
            start = 0
            while True:
                take = min(len(series) - start, room)
                pieces[-1].append((series, slice(start, start + take)))
                room -= take
                start += take
                if start >= len(series):
                    break
                pieces.append([])
                room = POINTS_PER_STEP

        def show(piece: list[tuple[ScatterSeries, slice]], first: bool) -> None:
            if first:
                self._set_frame(data)
            for series, part in piece:
                item = self.items[series.category]
                x, y, ids = series.x[part], series.y[part], series.ids[part]
                if part.start == 0:
                    item.setData(x=x, y=y, data=ids)
                else:
                    item.addPoints(x=x, y=y, data=ids)

        for n, piece in enumerate(pieces):
            yield functools.partial(show, piece, n == 0)

    def _set_frame(self, data: ScatterArrays) -> None:
        """The axes' ranges, the target line and the caption."""
        self.data = data
        rate = data.target_cents_per_hour / 100
        x_max = data.x_max or 1.0
        self.target_curve.setData([0.0, x_max], [0.0, x_max * rate])
        y_top, y_min = data.y_max, data.y_min
        # The label sits where the line leaves the visible area (or at its end).
        label_x = min(x_max, y_top / rate) if rate > 0 and y_top > 0 else x_max
        self.target_label.setText(
            self.tr("Target {rate}").format(rate=format_rate(data.target_cents_per_hour))
        )
        self.target_label.setPos(label_x, label_x * rate)
        item = self.plot.getPlotItem()
        item.setXRange(0, x_max * 1.05, padding=0)
        span = (y_top - y_min) or 1.0
        item.setYRange(y_min - 0.05 * span, y_top + 0.08 * span, padding=0)
        self.caption.setText(
            self.tr(
                "Above the dashed line a client earns you more than your target of {rate}; "
                "below it, less. Click a point to see the client."
            ).format(rate=format_rate(data.target_cents_per_hour))
        )

    def point_count(self) -> int:
        return sum(len(item.data) for item in self.items.values())

    def _row(self, client_id: int) -> ClientRating:
        if self.data is None:
            raise KeyError(client_id)
        return self.data.rows[client_id]

    def describe(self, client_id: int) -> list[str]:
        """The lines of a point's tool tip: the name, then its figures."""
        row = self._row(client_id)
        f = row.figures
        lines = [
            row.name,
            self.tr("{hours} spent, margin {margin}").format(
                hours=format_duration(f.minutes) if f.minutes else "0 h",
                margin=format_euros(f.margin_cents),
            ),
        ]
        hourly = f.hourly_margin_cents
        if hourly is not None:
            lines.append(self.tr("Margin per hour: {rate}").format(rate=format_rate(hourly)))
        score = "—" if row.score is None else str(row.score)
        lines.append(
            self.tr("{category}, score {score}/100").format(
                category=row.category.label, score=score
            )
        )
        return lines

    def select(self, client_id: int | None) -> None:
        position = None
        if client_id is not None and self.data is not None:
            position = self.data.position(client_id)
        self._mark_selected(position)

    def position_of(self, client_id: int) -> tuple[float, float]:
        position = self.data.position(client_id) if self.data is not None else None
        if position is None:
            raise KeyError(client_id)
        return position

    # ---- Slots -----------------------------------------------------------------------------

    def _on_points_clicked(self, _item: Any, points: Sequence[Any], event: Any) -> None:
        if len(points) == 0:
            return
        client_id = int(points[0].data())
        if event is not None and event.double():
            self.sig_client_double_clicked.emit(client_id)
        else:
            self.sig_client_clicked.emit(client_id)

    def _on_points_hovered(self, item: Any, points: Sequence[Any], _event: Any) -> None:
        # Several scatter items share the view box: only the one that set the tool tip
        # clears it.
        if len(points) == 0:
            if self._tip_owner is item:
                self._tip_owner = None
                self._show_tooltip([])
            return
        lines: list[str] = []
        for point in list(points)[:3]:
            if lines:
                lines.append("")
            lines.extend(self.describe(int(point.data())))
        if len(points) > 3:
            lines.append(self.tr("(and {count} more)").format(count=len(points) - 3))
        self._tip_owner = item
        self._show_tooltip(lines)


class WhaleChart(_Chart):
    """Cumulative profit after time cost, clients from the most to the least profitable,
    with the peak marked: after the peak, each client costs more than he brings.

    Signals:
        sig_client_clicked(int): a point of the curve was clicked (the client's id).
        sig_client_double_clicked(int): a point was double-clicked.
    """

    sig_client_clicked = Signal(int)
    sig_client_double_clicked = Signal(int)

    def __init__(self, plot: pg.PlotWidget, parent: QWidget | None = None) -> None:
        """``plot``: made beforehand by :func:`whale_plot` (see ScatterChart)."""
        super().__init__(self.tr("Cumulative profit (whale curve)"), plot, parent)
        self.setObjectName("ratingWhale")
        item = plot.getPlotItem()
        item.setLabel(
            "bottom", self.tr("Clients, from the most to the least profitable"), **LABEL_STYLE
        )
        item.setLabel("left", self.tr("Cumulative profit (€)"), **LABEL_STYLE)
        item.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen("#9aa8b4", width=1)))
        self.curve = item.plot(
            [],
            [],
            pen=pg.mkPen(CURVE_COLOUR, width=2.5),
            fillLevel=0,
            brush=pg.mkBrush(31, 95, 140, 40),
            antialias=True,
        )
        self.dots = pg.ScatterPlotItem(
            size=6,
            pen=None,
            hoverable=True,
            tip=None,
            hoverSize=11,
            hoverPen=pg.mkPen(SELECTED_PEN, width=2),
            antialias=True,
        )
        self.dots.sigClicked.connect(self._on_points_clicked)
        self.dots.sigHovered.connect(self._on_points_hovered)
        item.addItem(self.dots)
        self.peak_marker = pg.ScatterPlotItem(
            size=15,
            symbol="d",
            pen=pg.mkPen("#ffffff", width=1.5),
            brush=pg.mkBrush(PEAK_COLOUR),
            antialias=True,
        )
        item.addItem(self.peak_marker)
        self.peak_label = pg.TextItem(
            "", color=PEAK_COLOUR, anchor=(0.0, 1.3), fill=pg.mkBrush(255, 255, 255, 210)
        )
        font = QFont()
        font.setPointSizeF(9.5)
        font.setBold(True)
        self.peak_label.setFont(font)
        self.peak_label.setZValue(20)
        item.addItem(self.peak_label)
        self.selected = pg.ScatterPlotItem(
            size=14, pen=pg.mkPen(SELECTED_PEN, width=2.5), brush=None, antialias=True
        )
        item.addItem(self.selected)
        self._brushes = {c: pg.mkBrush(CATEGORY_COLOURS[c]) for c in CATEGORY_ORDER}
        self._brush_list = [self._brushes[c] for c in CATEGORY_ORDER]
        self.curve_points = 0
        self.data: WhaleArrays | None = None

    def update_steps(self, data: WhaleArrays) -> Iterator[Step]:
        """The pieces of showing ``data``: one, the curve and the dots being thinned out on
        the worker (at most MAX_CURVE_POINTS and MAX_WHALE_DOTS points)."""

        def show() -> None:
            self._set_curve(data)
            self._set_dots(data)

        yield show

    def _set_curve(self, data: WhaleArrays) -> None:
        self.data = data
        self.curve.setData(data.curve_x, data.curve_y)
        self.curve_points = data.count
        peak = data.peak_rank
        item = self.plot.getPlotItem()
        if peak is None:
            self.peak_marker.setData(x=[], y=[])
            self.peak_label.setText("")
            self.caption.setText(self.tr("No client to show over this period."))
            return
        peak_cents = data.peak_cents
        self.peak_marker.setData(x=[peak], y=[peak_cents / 100])
        self.peak_label.setText(self.tr("Peak: {amount}").format(amount=format_euros(peak_cents)))
        self.peak_label.setPos(peak, peak_cents / 100)
        # Keep the label inside the plot when the peak is near the right edge.
        self.peak_label.setAnchor((1.0, 1.3) if peak > 0.6 * data.count else (0.0, 1.3))
        y_min, y_max = data.y_min, data.y_max
        span = (y_max - y_min) or 1.0
        count = max(1, data.count)
        item.setXRange(0, count + max(1.0, 0.03 * count), padding=0)
        item.setYRange(y_min - 0.05 * span, y_max + 0.25 * span, padding=0)
        self.caption.setText(self.caption_text(data))

    def _set_dots(self, data: WhaleArrays) -> None:
        brushes = np.empty(len(data.dots_category), dtype=object)
        for code, brush in enumerate(self._brush_list):
            brushes[data.dots_category == code] = brush
        self.dots.setData(
            x=data.dots_x,
            y=data.dots_y,
            data=data.dots_ids,
            # Shared brushes: pyqtgraph renders one symbol per distinct brush object.
            brush=brushes,
        )

    def caption_text(self, data: WhaleArrays) -> str:
        """One French sentence on what the least profitable clients cost."""
        peak = data.peak_rank
        if peak is None:
            return self.tr("No client to show over this period.")
        rate = format_rate(data.target_cents_per_hour)
        after = data.count - peak
        cost = data.peak_cents - data.total_cents
        if after <= 0 or cost <= 0:
            text = self.tr(
                "Every client brings in more than the time spent on him (valued at {rate})."
            ).format(rate=rate)
        elif after == 1:
            text = self.tr(
                "The least profitable client costs you {amount} of what the best ones bring in."
            ).format(amount=format_euros(cost))
        else:
            text = self.tr(
                "The {count} least profitable clients cost you {amount} of what the best ones "
                "bring in."
            ).format(count=after, amount=format_euros(cost))
        return text + " " + self.tr("Profit = margin − hours × {rate}.").format(rate=rate)

    def point_count(self) -> int:
        return self.curve_points

    def describe(self, client_id: int) -> list[str]:
        point = self.data.point(client_id) if self.data is not None else None
        if self.data is None or point is None:
            raise KeyError(client_id)
        rank, profit, cumulative = point
        row = self.data.rows[client_id]
        return [
            self.tr("No. {rank}: {name}").format(rank=rank, name=row.name),
            self.tr("Profit after time: {amount}").format(amount=format_euros(profit)),
            self.tr("Cumulative: {amount}").format(amount=format_euros(cumulative)),
            row.category.label,
        ]

    def select(self, client_id: int | None) -> None:
        point = None
        if client_id is not None and self.data is not None:
            point = self.data.point(client_id)
        self._mark_selected(None if point is None else (float(point[0]), point[2] / 100))

    def _on_points_clicked(self, _item: Any, points: Sequence[Any], event: Any) -> None:
        if len(points) == 0:
            return
        client_id = int(points[0].data())
        if event is not None and event.double():
            self.sig_client_double_clicked.emit(client_id)
        else:
            self.sig_client_clicked.emit(client_id)

    def _on_points_hovered(self, _item: Any, points: Sequence[Any], _event: Any) -> None:
        lines: list[str] = []
        for point in list(points)[:1]:
            lines.extend(self.describe(int(point.data())))
        self._show_tooltip(lines)
