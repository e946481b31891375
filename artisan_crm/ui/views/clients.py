"""The Clients view (empty state until the feature lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from artisan_crm.ui.views.base import EmptyStateView, ViewContext


class ClientsView(EmptyStateView):
    view_id = "clients"

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            title=self.tr("Clients"),
            subtitle=self.tr(
                "Everyone you work for, with their contact details, sites and history."
            ),
            empty_text=self.tr("The list of your clients, with instant search, will appear here."),
            coming_text=self.tr(
                "Each client card will gather contact details, addresses, exchanges, quotes, jobs and invoices on one screen."
            ),
            parent=parent,
        )
