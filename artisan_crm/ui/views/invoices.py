"""The Invoices view (empty state until the feature lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from artisan_crm.ui.views.base import EmptyStateView, ViewContext


class InvoicesView(EmptyStateView):
    view_id = "invoices"

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            title=self.tr("Invoices"),
            subtitle=self.tr("What you invoiced and what you are still owed."),
            empty_text=self.tr(
                "Your invoices (FAC-2026-0001…), paid, partly paid or overdue, will appear here."
            ),
            coming_text=self.tr(
                "Deposits and final invoices will come from your quotes and jobs, and each payment received will be recorded."
            ),
            parent=parent,
        )
