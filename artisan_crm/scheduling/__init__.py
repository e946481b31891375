"""Reminder wake-ups (DESIGN.md §5): engine (no Qt), APScheduler bridge, GUI coordinator.

``engine`` and ``notification_log`` and ``clock`` import no Qt; ``bridge`` and
``coordinator`` do (the signal bridge to the GUI thread).
"""
