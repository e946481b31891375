"""What this workstation already showed: "each reminder shown once per workstation".

Until the schema has a per-workstation table (see the report of the reminders
issue: ``reminder_notification(workstation_id, reminder_id, due_at)``), the log is
a small JSON file in the data folder, behind the :class:`NotificationLog` protocol
so that the storage can change without touching the engine.

The log maps a reminder id to the *effective due time* it was shown for: a
reminder snoozed and due again has a new due time, so it is shown again; a
reminder shown for its current due time is not. Entries of reminders no longer
due (done, dismissed, moved) are pruned on each record, so the file stays as
small as the list of open overdue reminders.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

NOTIFICATION_LOG_FILENAME = "reminder-notifications.json"
_FORMAT = 1


class NotificationLog(Protocol):
    @property
    def workstation_id(self) -> str: ...

    def last_seen_at(self) -> datetime | None:
        """When this workstation last looked at due reminders (None: never)."""
        ...

    def notified(self) -> Mapping[int, datetime]:
        """Reminder id -> effective due time already shown on this workstation."""
        ...

    def record(
        self, shown: Mapping[int, datetime], *, seen_at: datetime, still_due: Iterable[int]
    ) -> None:
        """Add ``shown``; forget ids not in ``still_due`` (unless due after ``seen_at``:
        the clock went back); set ``last_seen_at``."""
        ...


class MemoryNotificationLog:
    """In memory (tests, or a workstation that must not write files)."""

    def __init__(self, workstation_id: str | None = None) -> None:
        self._id = workstation_id or uuid.uuid4().hex
        self._seen: datetime | None = None
        self._notified: dict[int, datetime] = {}

    @property
    def workstation_id(self) -> str:
        return self._id

    def last_seen_at(self) -> datetime | None:
        return self._seen

    def notified(self) -> Mapping[int, datetime]:
        return dict(self._notified)

    def record(
        self, shown: Mapping[int, datetime], *, seen_at: datetime, still_due: Iterable[int]
    ) -> None:
        keep = set(still_due)
        # An entry whose due time is still ahead of us is kept too: the clock was set
        # back after it was shown, and it must not be shown again when the time returns.
        self._notified = {k: v for k, v in self._notified.items() if k in keep or v > seen_at}
        self._notified.update(shown)
        if self._seen is None or seen_at > self._seen:
            self._seen = seen_at


class JsonNotificationLog(MemoryNotificationLog):
    """Persisted in ``reminder-notifications.json`` (written atomically).

    A missing or unreadable file starts afresh: the due reminders are then shown
    once more (never lost), which is the safe side.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__()
        self._load()

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> JsonNotificationLog:
        return cls(data_dir / NOTIFICATION_LOG_FILENAME)

    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            self._id = str(raw["workstation_id"])
            seen = raw.get("last_seen_at")
            self._seen = _parse(seen) if seen else None
            self._notified = {int(k): _parse(v) for k, v in raw.get("notified", {}).items()}
        except FileNotFoundError:
            self._save()
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("notification log %s unreadable (%s): starting afresh", self.path, exc)
            self._save()

    def record(
        self, shown: Mapping[int, datetime], *, seen_at: datetime, still_due: Iterable[int]
    ) -> None:
        super().record(shown, seen_at=seen_at, still_due=still_due)
        self._save()

    def _save(self) -> None:
        data = {
            "format": _FORMAT,
            "workstation_id": self._id,
            "last_seen_at": self._seen.isoformat() if self._seen else None,
            "notified": {str(k): v.isoformat() for k, v in sorted(self._notified.items())},
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".notifications-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, indent=1)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _parse(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
