"""The Reminders view (empty state until the feature lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from artisan_crm.ui.views.base import EmptyStateView, ViewContext


class RemindersView(EmptyStateView):
    view_id = "reminders"

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            title=self.tr("Reminders"),
            subtitle=self.tr("Nothing forgotten: follow-ups, calls, payments to chase."),
            empty_text=self.tr(
                "Your reminders (quotes to follow up, unpaid invoices, yearly maintenance) will appear here."
            ),
            coming_text=self.tr(
                "They will be created for you from your quotes and invoices, and the application will tell you when one is due."
            ),
            parent=parent,
        )
