"""The Client rating view (empty state until the feature lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from artisan_crm.ui.views.base import EmptyStateView, ViewContext


class RatingView(EmptyStateView):
    view_id = "rating"

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            title=self.tr("Client rating"),
            subtitle=self.tr("Which clients are really worth your time."),
            empty_text=self.tr(
                "The rating of your clients (margin per hour, unbilled time, late payments) will appear here."
            ),
            coming_text=self.tr(
                "Each client will get a score and a category (Gem, Good client, To watch, Vampire) with the reasons in plain words."
            ),
            parent=parent,
        )
