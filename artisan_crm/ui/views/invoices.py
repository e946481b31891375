"""The Invoices view (Factures): lives in :mod:`artisan_crm.ui.quotes.invoices_view`."""

from __future__ import annotations

from artisan_crm.ui.quotes.invoices_view import InvoicesView

__all__ = ["InvoicesView"]
