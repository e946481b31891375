"""A child process that writes through the real services until it is killed.

After each committed transaction it appends the transaction's marker to a log
file: every marker in the log must be found in the database after a SIGKILL.
"""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal

from artisan_crm.domain.enums import TimeKind
from artisan_crm.services.clients import ClientDraft, create_client
from artisan_crm.services.quotes import QuoteDraft, QuoteLineDraft, create_quote
from artisan_crm.services.time_entries import TimeEntryDraft, create_time_entry
from artisan_crm.storage.database import open_database


def write_until_killed(url: str, log_path: str, prefix: str) -> None:
    db = open_database(url, upgrade=False)
    fd = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    n = 0
    while True:
        marker = f"{prefix}-{n}"
        with db.write() as session:
            client = create_client(session, ClientDraft(last_name=f"Client {marker}", notes=marker))
            if n % 3 == 1:
                create_time_entry(
                    session,
                    TimeEntryDraft(
                        client_id=client.id,
                        work_date=date.today(),
                        minutes=30 + n % 60,
                        kind=TimeKind.PHONE,
                        billable=False,
                        note=marker,
                    ),
                )
            elif n % 3 == 2:
                create_quote(
                    session,
                    QuoteDraft(
                        client_id=client.id,
                        title=marker,
                        lines=(
                            QuoteLineDraft("Main-d'œuvre", Decimal("2.5"), "h", Decimal("48.00")),
                            QuoteLineDraft("Fournitures", Decimal("1"), "u", Decimal("129.90")),
                        ),
                    ),
                )
        # Reported only once committed: a marker in the log must be in the database.
        os.write(fd, f"{marker}\n".encode())
        n += 1


def backup_until_killed(live: str, folder: str) -> None:
    from pathlib import Path

    from artisan_crm.storage.backup import backup_sqlite

    while True:
        backup_sqlite(Path(live), Path(folder), reason="test")


def restore_until_killed(backup: str, live: str, folder: str) -> None:
    from pathlib import Path

    from artisan_crm.storage.backup import restore_backup

    while True:
        restore_backup(Path(backup), Path(live), Path(folder))
