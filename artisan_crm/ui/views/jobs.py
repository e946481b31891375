"""The Jobs view (empty state until the feature lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from artisan_crm.ui.views.base import EmptyStateView, ViewContext


class JobsView(EmptyStateView):
    view_id = "jobs"

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            title=self.tr("Jobs"),
            subtitle=self.tr("Your jobs in progress and to come."),
            empty_text=self.tr(
                "Your jobs, with their start date, deadline and progress, will appear here."
            ),
            coming_text=self.tr(
                "A job will be created from an accepted quote, or directly, and will track the hours spent and the cost of materials."
            ),
            parent=parent,
        )
