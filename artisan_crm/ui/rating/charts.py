"""The rating pictures, drawn with pyqtgraph: hours vs margin scatter and the whale curve.

This module imports pyqtgraph (about a second the first time): the view imports it only
when it is first shown, on the background worker, so that start-up stays fast.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

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
from artisan_crm.ui.rating.style import CATEGORY_COLOURS, rich_tooltip
from artisan_crm.ui.views.base import plain_label

if TYPE_CHECKING:
    from artisan_crm.services.rating import ScatterData, ScatterPoint, WhaleCurve, WhalePoint

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


def _euros_text(value: float) -> str:
    number = format_int(abs(round(value)))
    return f"−{number} €" if round(value) < 0 else f"{number} €"


class EuroAxis(pg.AxisItem):
    """Ticks in whole euros with French thousands separators ("12 000 €")."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [_euros_text(v * scale) for v in values]


class UnitAxis(pg.AxisItem):
    """Whole-number ticks with a unit suffix ("120 h"), or bare integers."""

    def __init__(self, orientation: str, suffix: str = "") -> None:
        super().__init__(orientation)
        self.suffix = suffix

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        texts = []
        for value in values:
            v = value * scale
            number = format_int(round(v)) if spacing * scale >= 1 else f"{v:.1f}".replace(".", ",")
            texts.append(f"{number}{self.suffix}")
        return texts


def _plot_widget(left: pg.AxisItem, bottom: pg.AxisItem) -> pg.PlotWidget:
    widget = pg.PlotWidget(background="w", axisItems={"left": left, "bottom": bottom})
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


class _Chart(QWidget):
    """A title, a plot and a caption under it."""

    def __init__(self, title: str, plot: pg.PlotWidget, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CHART_STYLE)
        self.plot = plot
        self.title = plain_label(title, self, object_name="ratingChartTitle")
        self.caption = plain_label("", self, object_name="ratingChartCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(plot, 1)
        layout.addWidget(self.caption)

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

    def __init__(self, parent: QWidget | None = None) -> None:
        plot = _plot_widget(EuroAxis("left"), UnitAxis("bottom", " h"))
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
        self.points: dict[int, ScatterPoint] = {}
        self.target_hourly_rate = 0.0
        self._tip_owner: Any = None

    @staticmethod
    def _bold_font() -> QFont:
        font = QFont()
        font.setPointSizeF(9.5)
        font.setBold(True)
        return font

    def set_data(self, scatter: ScatterData) -> None:
        judged = [p for p in scatter.points if p.category.judged]
        self.points = {p.client_id: p for p in judged}
        for category, item in self.items.items():
            points = [p for p in judged if p.category is category]
            item.setData(
                x=[p.hours for p in points],
                y=[p.margin for p in points],
                data=[p.client_id for p in points],
            )
        rate = float(scatter.target_hourly_rate)
        self.target_hourly_rate = rate
        x_max = max((p.hours for p in judged), default=1.0) or 1.0
        self.target_curve.setData([0.0, x_max], [0.0, x_max * rate])
        y_values = [p.margin for p in judged]
        y_top = max([*y_values, 0.0])
        # The label sits where the line leaves the visible area (or at its end).
        label_x = min(x_max, y_top / rate) if rate > 0 and y_top > 0 else x_max
        self.target_label.setText(
            self.tr("Target {rate}").format(rate=format_rate(round(rate * 100)))
        )
        self.target_label.setPos(label_x, label_x * rate)
        item = self.plot.getPlotItem()
        y_min = min([*y_values, 0.0])
        item.setXRange(0, x_max * 1.05, padding=0)
        span = (y_top - y_min) or 1.0
        item.setYRange(y_min - 0.05 * span, y_top + 0.08 * span, padding=0)
        self.caption.setText(
            self.tr(
                "Above the dashed line a client earns you more than your target of {rate}; "
                "below it, less. Click a point to see the client."
            ).format(rate=format_rate(round(rate * 100)))
        )

    def point_count(self) -> int:
        return sum(len(item.data) for item in self.items.values())

    def describe(self, client_id: int) -> list[str]:
        """The lines of a point's tool tip: the name, then its figures."""
        point = self.points[client_id]
        minutes = round(point.hours * 60)
        lines = [
            point.name,
            self.tr("{hours} spent, margin {margin}").format(
                hours=format_duration(minutes) if minutes else "0 h",
                margin=format_euros(round(point.margin * 100)),
            ),
        ]
        if point.hours > 0:
            hourly = round(point.margin * 100 / point.hours)
            lines.append(self.tr("Margin per hour: {rate}").format(rate=format_rate(hourly)))
        score = "—" if point.score is None else str(point.score)
        lines.append(
            self.tr("{category}, score {score}/100").format(
                category=point.category.label, score=score
            )
        )
        return lines

    def select(self, client_id: int | None) -> None:
        point = self.points.get(client_id) if client_id is not None else None
        if point is None:
            self.selected.setData(x=[], y=[])
        else:
            self.selected.setData(x=[point.hours], y=[point.margin])

    def position_of(self, client_id: int) -> tuple[float, float]:
        point = self.points[client_id]
        return point.hours, point.margin

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

    def __init__(self, parent: QWidget | None = None) -> None:
        plot = _plot_widget(EuroAxis("left"), UnitAxis("bottom"))
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
        self.points: dict[int, WhalePoint] = {}
        self._brushes = {c: pg.mkBrush(CATEGORY_COLOURS[c]) for c in CATEGORY_ORDER}
        self.curve_points = 0
        self.whale: WhaleCurve | None = None

    def set_data(self, whale: WhaleCurve) -> None:
        self.whale = whale
        self.points = {p.client_id: p for p in whale.points}
        xs, ys = whale.xy()
        self.curve.setData(xs, ys)
        self.curve_points = len(whale.points)
        self.dots.setData(
            x=[p.rank for p in whale.points],
            y=[p.cumulative for p in whale.points],
            data=[p.client_id for p in whale.points],
            # Shared brushes: pyqtgraph renders one symbol per distinct brush object.
            brush=[self._brushes[p.category] for p in whale.points],
        )
        peak = whale.peak
        item = self.plot.getPlotItem()
        if peak is None:
            self.peak_marker.setData(x=[], y=[])
            self.peak_label.setText("")
            self.caption.setText(self.tr("No client to show over this period."))
            return
        self.peak_marker.setData(x=[peak.rank], y=[peak.cumulative])
        self.peak_label.setText(
            self.tr("Peak: {amount}").format(amount=format_euros(peak.cumulative_cents))
        )
        self.peak_label.setPos(peak.rank, peak.cumulative)
        # Keep the label inside the plot when the peak is near the right edge.
        self.peak_label.setAnchor((1.0, 1.3) if peak.rank > 0.6 * len(whale.points) else (0.0, 1.3))
        y_min, y_max = min(ys), max(ys)
        span = (y_max - y_min) or 1.0
        count = max(1, len(whale.points))
        item.setXRange(0, count + max(1.0, 0.03 * count), padding=0)
        item.setYRange(y_min - 0.05 * span, y_max + 0.25 * span, padding=0)
        self.caption.setText(self.caption_text(whale))

    def caption_text(self, whale: WhaleCurve) -> str:
        """One French sentence on what the least profitable clients cost."""
        peak = whale.peak
        if peak is None:
            return self.tr("No client to show over this period.")
        rate = format_rate(whale_target_cents(whale))
        after = len(whale.points) - peak.rank
        cost = peak.cumulative_cents - whale.total_cents
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
        point = self.points[client_id]
        return [
            self.tr("No. {rank}: {name}").format(rank=point.rank, name=point.name),
            self.tr("Profit after time: {amount}").format(amount=format_euros(point.profit_cents)),
            self.tr("Cumulative: {amount}").format(amount=format_euros(point.cumulative_cents)),
            point.category.label,
        ]

    def select(self, client_id: int | None) -> None:
        point = self.points.get(client_id) if client_id is not None else None
        if point is None:
            self.selected.setData(x=[], y=[])
        else:
            self.selected.setData(x=[point.rank], y=[point.cumulative])

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


def whale_target_cents(whale: WhaleCurve) -> int:
    return math.floor(float(whale.target_hourly_rate) * 100 + 0.5)
