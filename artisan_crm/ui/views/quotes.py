"""The Quotes view (empty state until the feature lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from artisan_crm.ui.views.base import EmptyStateView, ViewContext


class QuotesView(EmptyStateView):
    view_id = "quotes"

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            title=self.tr("Quotes"),
            subtitle=self.tr("Your quotes, from draft to signature."),
            empty_text=self.tr(
                "Your quotes (DEV-2026-0001…) and their status (draft, sent, accepted, refused) will appear here."
            ),
            coming_text=self.tr(
                "You will write them line by line (labour, materials, travel) with the VAT computed for you, then print them or save them as PDF."
            ),
            parent=parent,
        )
