"""The Clients view (built in the ``artisan_crm.ui.clients`` feature package)."""

from __future__ import annotations

from artisan_crm.ui.clients.view import ClientsView

__all__ = ["ClientsView"]
