"""English in the interface for time entries, contacts, import/export, duplicates and storage
messages; French (the test session's language) unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from artisan_crm import i18n
from artisan_crm.domain.enums import Direction, InteractionChannel, TimeKind
from artisan_crm.domain.errors import NotADatabaseError, StorageError
from artisan_crm.services.clients import AddressDraft, ClientDraft
from artisan_crm.services.duplicates import DuplicateIndex
from artisan_crm.services.exporting import csv_headers
from artisan_crm.services.feedback import feedback_categories
from artisan_crm.services.importing import FIELD_LABELS, ImportField, guess_mapping
from artisan_crm.services.importing.engine import DuplicateRow, ImportReport, RejectedRow
from artisan_crm.services.interactions import CHANNEL_LABELS, interaction_title
from artisan_crm.services.time_entries import TIME_KIND_LABELS, format_minutes
from artisan_crm.storage.backup import verify_backup
from artisan_crm.storage.sqlite_file import inspect_sqlite_file


def _report(*, dry_run: bool) -> ImportReport:
    return ImportReport(
        format="csv",
        data_rows=4,
        imported=1,
        duplicates=(DuplicateRow(3, 7, "Hélène Lefèvre", "same", False),),
        rejected=(RejectedRow(5, "bad"), RejectedRow(6, "worse")),
        dry_run=dry_run,
        warnings=("careful",),
    )


def test_time_entries_and_contacts_in_english(english: None) -> None:
    assert TIME_KIND_LABELS[TimeKind.TRAVEL] == "Travel"
    assert dict(TIME_KIND_LABELS.items())[TimeKind.QUOTE_PREPARATION] == "Quote preparation"
    assert (format_minutes(45), format_minutes(120), format_minutes(95)) == (
        "45 min",
        "2 h",
        "1 h 35 min",
    )
    assert interaction_title(InteractionChannel.VISIT, Direction.INBOUND) == "Incoming visit"
    assert interaction_title(InteractionChannel.SMS, Direction.NONE) == "SMS"
    assert CHANNEL_LABELS[InteractionChannel.MEETING] == "Meeting"
    assert feedback_categories()[:2] == ["Quality of work", "Site cleanliness"]


def test_import_report_in_english_with_line_numbers(english: None) -> None:
    assert _report(dry_run=False).summary().splitlines() == [
        "4 rows read: 1 client imported, 1 duplicate skipped, 0 merged, 2 rows rejected.",
        "Warning: careful",
        "  line 3: already there: Hélène Lefèvre (same)",
        "  line 5: rejected — bad",
        "  line 6: rejected — worse",
    ]
    assert _report(dry_run=True).summary().startswith("Dry run: 4 rows read: 1 client would be")
    assert FIELD_LABELS[ImportField.POSTCODE] == "Postcode"


def test_english_export_headers_import_back_like_the_french_ones() -> None:
    french_headers = csv_headers()
    before = i18n.current()
    i18n.install("en", None)
    try:
        english_headers = csv_headers()
    finally:
        i18n.install(*before)
    assert french_headers[:3] == ("N° client", "Civilité", "Prénom")
    assert english_headers[:3] == ("Client no.", "Title", "First name")
    mapping = guess_mapping(english_headers)
    assert mapping == guess_mapping(french_headers)
    assert sum(f is not None for f in mapping) == 16


def test_duplicate_reason_in_english(english: None) -> None:
    index = DuplicateIndex()
    known = ClientDraft(last_name="Martin", phones=("06 12 34 56 78",))
    index.add(known, 1, "Paul Martin")
    match = index.match(ClientDraft(last_name="Durand", phones=("0612345678",)))
    assert match == (1, "Paul Martin", "Same phone number: 0612345678")
    town = (AddressDraft(line1="1 rue", postcode="42000", city="Saint-Étienne"),)
    index.add(ClientDraft(last_name="Lefebvre", addresses=town), 2, "Anne Lefebvre")
    match = index.match(ClientDraft(last_name="Lefèvre", addresses=town))
    assert match is not None
    assert match[2] == "Name close to “Anne Lefebvre”, in the same town (Saint Etienne)"


def test_storage_messages_in_english_keep_their_exit_codes(english: None, tmp_path: Path) -> None:
    missing = tmp_path / "nope.sqlite3"
    with pytest.raises(
        StorageError, match=r"^The backup “.*nope\.sqlite3” does not exist\.$"
    ) as exc:
        verify_backup(missing)
    assert exc.value.exit_code == 10
    text = tmp_path / "notes.txt"
    text.write_text("hello, not a database at all")
    with pytest.raises(NotADatabaseError, match="is not an Artisan CRM database") as bad:
        inspect_sqlite_file(text)
    assert bad.value.exit_code == 11


def test_french_output_is_unchanged(tmp_path: Path) -> None:
    assert i18n.language() == "fr"
    assert format_minutes(95) == "1 h 35"
    assert interaction_title(InteractionChannel.VISIT, Direction.INBOUND) == "Visite reçue"
    assert interaction_title(InteractionChannel.CALL, Direction.OUTBOUND) == "Appel émis"
    assert TIME_KIND_LABELS[TimeKind.TRAVEL] == "Déplacement"
    assert _report(dry_run=True).summary().splitlines()[:3] == [
        "Simulation : 4 ligne(s) lue(s) : 1 client(s) seraient importés, "
        "1 doublon(s) ignoré(s), 0 fusionné(s), 2 ligne(s) refusée(s).",
        "Attention : careful",
        "  ligne 3 : déjà présent : Hélène Lefèvre (same)",
    ]
    with pytest.raises(StorageError, match=r"^La sauvegarde « .* » n'existe pas\.$"):
        verify_backup(tmp_path / "nope.sqlite3")
