"""The pane explaining one client's verdict: reasons, the fair side, the score's components.

Every figure has a tool tip saying what it is and how it is worked out, with the client's
own numbers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.domain.rating import (
    Category,
    Component,
    Reason,
    format_duration,
    format_euros,
    format_rate,
)
from artisan_crm.ui.rating.style import (
    AGAINST_BACKGROUND,
    AGAINST_COLOUR,
    FAIR_BACKGROUND,
    FAIR_COLOUR,
    NEUTRAL_BACKGROUND,
    CategoryBadge,
    explain_tooltip,
)
from artisan_crm.ui.views.base import plain_label

if TYPE_CHECKING:
    from artisan_crm.domain.rating import ClientFigures, RatingSettings
    from artisan_crm.services.rating import ClientRating

DETAILS_STYLE = f"""
QScrollArea#ratingDetailsScroll, QWidget#ratingDetailsContent {{ background: transparent; }}
QLabel#ratingClientName {{ font-size: 15pt; font-weight: 600; color: #1f3b52; }}
QLabel#ratingScore {{ font-size: 12pt; font-weight: 600; color: #1f3b52; }}
QLabel#ratingFigures {{ color: #3d4f5c; }}
QLabel#ratingHint {{ color: #5a6b78; }}
QFrame#ratingAgainstBox {{ background: {AGAINST_BACKGROUND}; border-left: 4px solid {AGAINST_COLOUR};
    border-radius: 6px; }}
QFrame#ratingFairBox {{ background: {FAIR_BACKGROUND}; border-left: 4px solid {FAIR_COLOUR};
    border-radius: 6px; }}
QFrame#ratingNeutralBox {{ background: {NEUTRAL_BACKGROUND}; border-left: 4px solid #9e9e9e;
    border-radius: 6px; }}
QLabel#ratingAgainstTitle {{ color: {AGAINST_COLOUR}; font-weight: 600; font-size: 11pt; }}
QLabel#ratingFairTitle {{ color: {FAIR_COLOUR}; font-weight: 600; font-size: 11pt; }}
QLabel#ratingNeutralTitle {{ color: #3d4f5c; font-weight: 600; font-size: 11pt; }}
QLabel#ratingReason {{ font-size: 10.5pt; background: transparent; }}
QFrame#ratingComponents {{ background: {NEUTRAL_BACKGROUND}; border-radius: 6px; }}
QPushButton#ratingHowButton {{ text-align: left; border: none; color: #1f5f8c;
    text-decoration: underline; padding: 2px 0; }}
"""


def _hours(minutes: int) -> str:
    return format_duration(minutes) if minutes else "0 h"


def _number(value: float) -> str:
    """A threshold as people write it: 10, or 2,5."""
    return f"{value:g}".replace(".", ",")


class ReasonBox(QFrame):
    """A titled list of reasons (one bullet per reason, plain text)."""

    def __init__(self, kind: str, title: str, reasons: list[Reason], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(f"rating{kind}Box")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 10)
        layout.setSpacing(4)
        self.title = plain_label(title, self, object_name=f"rating{kind}Title")
        layout.addWidget(self.title)
        self.reasons = list(reasons)
        self.lines: list[QLabel] = []
        for reason in reasons:
            text = reason.text[:1].upper() + reason.text[1:]
            line = plain_label(f"•  {text}", self, object_name="ratingReason")
            layout.addWidget(line)
            self.lines.append(line)

    def texts(self) -> list[str]:
        """The reasons' sentences, as the back-end wrote them."""
        return [reason.text for reason in self.reasons]


class RatingDetails(QWidget):
    """Why a client got its score, in plain French, strongest reasons first.

    What speaks against the client and what speaks for it ("À son crédit", green) are
    shown apart; a "how is the score computed" section lists the components.

    Signals:
        sig_open_client(int): "Voir la fiche" was clicked for this client id.
    """

    sig_open_client = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingDetails")
        self.setStyleSheet(DETAILS_STYLE)
        self.client: ClientRating | None = None
        self.against_box: ReasonBox | None = None
        self.fair_box: ReasonBox | None = None
        self.neutral_box: ReasonBox | None = None

        self.placeholder = plain_label(
            self.tr("Select a client to see why it got this rating."),
            self,
            object_name="ratingHint",
        )
        self.name = plain_label("", self, object_name="ratingClientName")
        self.badge = CategoryBadge(self)
        self.score = plain_label("", self, object_name="ratingScore")
        self.score.setWordWrap(False)
        # the effective hourly margin against the target
        self.hourly = plain_label("", self, object_name="ratingFigures")
        # the margin and the hours it paid for
        self.margin = plain_label("", self, object_name="ratingFigures")
        self.open_button = QPushButton(self.tr("Open the client's card"), self)
        self.open_button.setObjectName("ratingOpenClient")
        self.open_button.clicked.connect(self._on_open_clicked)

        verdict = QHBoxLayout()
        verdict.setSpacing(10)
        verdict.addWidget(self.badge)
        verdict.addWidget(self.score)
        verdict.addStretch(1)

        self.reasons_area = QVBoxLayout()
        self.reasons_area.setSpacing(10)

        self.how_button = QPushButton(self.tr("How is the score computed?"), self)
        self.how_button.setObjectName("ratingHowButton")
        self.how_button.setCheckable(True)
        self.how_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.how_button.toggled.connect(self._on_how_toggled)
        self.components_box = QFrame(self)
        self.components_box.setObjectName("ratingComponents")
        self.components_grid = QGridLayout(self.components_box)
        self.components_grid.setContentsMargins(10, 8, 10, 8)
        self.components_grid.setHorizontalSpacing(8)
        self.components_grid.setVerticalSpacing(4)
        self.components_box.hide()

        content = QWidget(self)
        content.setObjectName("ratingDetailsContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 8, 4)
        layout.setSpacing(10)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.name)
        layout.addLayout(verdict)
        figures = QVBoxLayout()
        figures.setSpacing(2)
        figures.addWidget(self.hourly)
        figures.addWidget(self.margin)
        layout.addLayout(figures)
        layout.addLayout(self.reasons_area)
        layout.addWidget(self.how_button)
        layout.addWidget(self.components_box)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setObjectName("ratingDetailsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.content = content
        self.show_client(None)

    # ---- Content ---------------------------------------------------------------------------

    def show_client(self, client: ClientRating | None) -> None:
        """Explain ``client``'s rating (None = nothing selected)."""
        self.client = client
        self._clear_reasons()
        has_client = client is not None
        for widget in (self.name, self.score, self.margin, self.how_button, self.open_button):
            widget.setVisible(has_client)
        self.hourly.setVisible(
            client is not None and client.figures.hourly_margin_cents is not None
        )
        self.placeholder.setVisible(not has_client)
        if client is None:
            self.badge.set_category(None)
            self.components_box.hide()
            return
        rating = client.rating
        self.name.setText(client.name)
        self.badge.set_category(client.category)
        self.score.setText(
            self.tr("Score {score}/100").format(score=client.score)
            if client.score is not None
            else self.tr("No score")
        )
        self._show_figures(client)

        against = [r for r in rating.reasons if not r.fair]
        fair = [r for r in rating.reasons if r.fair]
        boxes: list[ReasonBox] = []
        if not rating.judged:
            self.neutral_box = ReasonBox(
                "Neutral", self.tr("Not judged yet"), list(rating.reasons), self.content
            )
            boxes.append(self.neutral_box)
        else:
            if against:
                self.against_box = ReasonBox(
                    "Against", self.tr("What costs it points"), against, self.content
                )
            if fair:
                self.fair_box = ReasonBox("Fair", self.tr("To its credit"), fair, self.content)
            # What explains the verdict first (the service's order).
            fair_first = bool(rating.reasons) and rating.reasons[0].fair
            ordered = (
                [self.fair_box, self.against_box]
                if fair_first
                else [
                    self.against_box,
                    self.fair_box,
                ]
            )
            boxes = [b for b in ordered if b is not None]
        for box in boxes:
            self.reasons_area.addWidget(box)
            box.show()
        self._fill_components(client)
        self.components_box.setVisible(self.how_button.isChecked())

    def _show_figures(self, client: ClientRating) -> None:
        """The figures and their tool tips (what each is, how it is worked out)."""
        f = client.figures
        settings: RatingSettings = client.rating.settings
        target = format_rate(settings.target_cents_per_hour)
        hours = _hours(f.minutes)
        margin = format_euros(f.margin_cents)
        hourly = f.hourly_margin_cents
        if hourly is not None:
            self.hourly.setText(
                self.tr("Margin per hour: {rate} (target {target})").format(
                    rate=format_rate(hourly), target=target
                )
            )
            self.hourly.setToolTip(
                explain_tooltip(
                    self.tr(
                        "Effective hourly margin = margin ÷ all the hours spent, billed or not: "
                        "{margin} ÷ {hours} = {rate}. Compared with your target rate of "
                        "{target} (the Target box)."
                    ).format(margin=margin, hours=hours, rate=format_rate(hourly), target=target)
                )
            )
        self.margin.setText(
            self.tr("Margin {margin} for {hours} spent").format(margin=margin, hours=hours)
        )
        self.margin.setToolTip(explain_tooltip(self._margin_tip(f)))
        if client.score is None:
            score_tip = self.tr(
                "No score: fewer than {hours} h spent and no accepted quote nor invoice over "
                "the period, too little to judge."
            ).format(hours=_number(settings.min_hours))
        else:
            score_tip = self.tr(
                "Score out of 100: the sum of the six components under “How is the score "
                "computed?”, each weighted by its importance. Gem from {gem}, Good client "
                "from {good}, To watch from {watch}, Vampire below."
            ).format(
                gem=settings.gem_min_score,
                good=settings.good_min_score,
                watch=settings.watch_min_score,
            )
        self.score.setToolTip(explain_tooltip(score_tip))
        self.badge.setToolTip(
            explain_tooltip(
                self.tr(
                    "The category follows from the score; a margin per hour under {ratio} % "
                    "of the target, or payments {late} days late on average, keep a client at "
                    "best “To watch”."
                ).format(
                    ratio=round(100 * settings.good_min_margin_ratio),
                    late=round(settings.late_days_zero),
                )
            )
        )

    def _margin_tip(self, f: ClientFigures) -> str:
        return self.tr(
            "Margin = revenue excluding VAT ({revenue}) − material ({material}). The hours "
            "are all the time spent for the client over the period, billed or not ({unbilled} "
            "not billed), including quotes, travel, calls and payment chasing."
        ).format(
            revenue=format_euros(f.revenue_cents),
            material=format_euros(f.material_cost_cents),
            unbilled=_hours(f.unbilled_minutes),
        )

    def component_tip(self, component: Component, settings: RatingSettings) -> str:
        """What a component of the score measures and when it is worth nothing."""
        texts = {
            "hourly_margin": self.tr(
                "Margin per hour compared with your target: full points from {ratio} % of "
                "the target, none without margin."
            ).format(ratio=round(100 * settings.full_margin_ratio)),
            "unbilled": self.tr(
                "Share of the hours not billed: full points when all are billed, none from "
                "{share} % unbilled."
            ).format(share=round(100 * settings.unbilled_share_zero)),
            "quotes": self.tr(
                "Half for the quotes accepted among those decided (accepted, refused or "
                "expired), half for the hours lost on refused quotes (none from {hours} h)."
            ).format(hours=_number(settings.lost_hours_zero)),
            "late_payment": self.tr(
                "Average days of late payment, weighted by the amounts: full points when "
                "paid on time, none from {days} days late."
            ).format(days=round(settings.late_days_zero)),
            "reminders": self.tr(
                "Reminders needed for overdue invoices: none from {count} reminders."
            ).format(count=_number(settings.reminders_zero)),
            "demands": self.tr(
                "Discount and change requests plus unresolved complaints: none from {count}."
            ).format(count=_number(settings.demands_zero)),
        }
        text = texts.get(component.key, component.label)
        total = sum(settings.weights().values()) or 1.0
        return (
            text
            + " "
            + self.tr("Worth up to {out_of} points of 100.").format(
                out_of=f"{100 * component.weight / total:.0f}"
            )
        )

    def _clear_reasons(self) -> None:
        for box in (self.against_box, self.fair_box, self.neutral_box):
            if box is not None:
                self.reasons_area.removeWidget(box)
                box.hide()
                box.deleteLater()
        self.against_box = self.fair_box = self.neutral_box = None

    def _fill_components(self, client: ClientRating) -> None:
        grid = self.components_grid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        settings = client.rating.settings
        row = 0
        intro = plain_label(self.how_text(settings), self.components_box, object_name="ratingHint")
        grid.addWidget(intro, row, 0, 1, 3)
        row += 1
        components = client.rating.components
        total_weight = sum(c.weight for c in components) or 1.0
        for component in components:
            points = 100 * component.points / total_weight
            out_of = 100 * component.weight / total_weight
            tip = explain_tooltip(self.component_tip(component, settings))
            label = plain_label(component.label, self.components_box)
            grid.addWidget(label, row, 0)
            bar = QProgressBar(self.components_box)
            bar.setRange(0, 1000)
            bar.setValue(round(1000 * component.value))
            bar.setTextVisible(False)
            bar.setFixedHeight(8)
            grid.addWidget(bar, row, 1)
            value = plain_label(
                self.tr("{points} / {out_of} pts").format(
                    points=f"{points:.0f}", out_of=f"{out_of:.0f}"
                ),
                self.components_box,
            )
            value.setWordWrap(False)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(value, row, 2)
            for widget in (label, bar, value):
                widget.setToolTip(tip)
            row += 1
        grid.setColumnStretch(1, 1)
        self.how_button.setToolTip(self.components_text(client))

    def how_text(self, settings: RatingSettings) -> str:
        return self.tr(
            "The score (0 to 100) adds six components weighted by their importance. "
            "Gem: score ≥ {gem} and margin per hour ≥ {gem_ratio} % of the target; "
            "Good client: score ≥ {good}; To watch: score ≥ {watch}; Vampire below. "
            "A margin per hour under {red_ratio} % of the target, or paying {late} days late "
            "on average, keeps a client at best “to watch”."
        ).format(
            gem=settings.gem_min_score,
            gem_ratio=round(100 * settings.gem_min_margin_ratio),
            good=settings.good_min_score,
            watch=settings.watch_min_score,
            red_ratio=round(100 * settings.good_min_margin_ratio),
            late=round(settings.late_days_zero),
        )

    def components_text(self, client: ClientRating) -> str:
        """The components as plain text (the tool tip of "how is it computed")."""
        components = client.rating.components
        total_weight = sum(c.weight for c in components) or 1.0
        lines = [
            self.tr("{label}: {points} / {out_of} pts").format(
                label=c.label,
                points=f"{100 * c.points / total_weight:.0f}",
                out_of=f"{100 * c.weight / total_weight:.0f}",
            )
            for c in components
        ]
        return "\n".join(lines) if lines else self.how_text(client.rating.settings)

    def reason_texts(self) -> dict[str, list[str]]:
        """What the pane shows, per side (for tests and accessibility)."""
        return {
            "against": self.against_box.texts() if self.against_box else [],
            "fair": self.fair_box.texts() if self.fair_box else [],
            "neutral": self.neutral_box.texts() if self.neutral_box else [],
        }

    @property
    def category(self) -> Category | None:
        return self.client.category if self.client else None

    # ---- Slots -----------------------------------------------------------------------------

    @Slot(bool)
    def _on_how_toggled(self, checked: bool) -> None:
        self.components_box.setVisible(checked and self.client is not None)

    @Slot()
    def _on_open_clicked(self) -> None:
        if self.client is not None:
            self.sig_open_client.emit(self.client.client_id)
