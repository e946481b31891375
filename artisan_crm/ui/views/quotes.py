"""The Quotes view (Devis): lives in :mod:`artisan_crm.ui.quotes.list_view`."""

from __future__ import annotations

from artisan_crm.ui.quotes.list_view import QuotesView

__all__ = ["QuotesView"]
