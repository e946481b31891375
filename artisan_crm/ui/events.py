"""The application-wide event hub: views subscribe here, none reaches into another."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Signals every view may listen to (Anki's ``operation_did_execute``).

    Signals:
        data_changed(ChangeSet): emitted on the GUI thread after a write committed.
            The argument is an :class:`artisan_crm.domain.changes.ChangeSet` naming the
            tables (and ids) written; each view decides from ``changes.touches(...)``
            whether it must reload. Bulk work (demo data, import) sends table names
            with ``None`` ids.
    """

    data_changed = Signal(object)
