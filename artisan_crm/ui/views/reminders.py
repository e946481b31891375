"""The Reminders view ("Rappels"): lives in :mod:`artisan_crm.ui.planning.reminders_view`."""

from __future__ import annotations

from artisan_crm.ui.planning.reminders_view import RemindersView

__all__ = ["RemindersView"]
