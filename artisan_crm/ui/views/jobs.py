"""The Jobs view (Chantiers): lives in :mod:`artisan_crm.ui.quotes.jobs_view`."""

from __future__ import annotations

from artisan_crm.ui.quotes.jobs_view import JobsView

__all__ = ["JobsView"]
