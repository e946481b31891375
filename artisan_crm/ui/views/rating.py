"""The Client rating view ("Notation clients"): built in the ``artisan_crm.ui.rating`` package.

This module keeps the main window's import path; nothing heavy is imported here
(pyqtgraph loads when the view is first shown).
"""

from __future__ import annotations

from artisan_crm.ui.rating.view import RatingView

__all__ = ["RatingView"]
