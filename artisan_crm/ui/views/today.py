"""The Today view ("Aujourd'hui"): lives in :mod:`artisan_crm.ui.planning.today_view`."""

from __future__ import annotations

from artisan_crm.ui.planning.today_view import TodayView

__all__ = ["TodayView"]
