"""Property: whatever the file, every data row is accounted for exactly once
(imported + duplicates + rejected == data rows), and nothing crashes.

The imports run as dry runs (a savepoint rolled back), so one SQLite database serves
every generated example.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from artisan_crm.services import clients as svc
from artisan_crm.services.importing import import_clients_csv, import_clients_vcard
from artisan_crm.storage.database import Database, open_database


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("props") / "props.sqlite3"
    db = open_database(f"sqlite:///{path}", backups_dir=path.parent / "backups")
    db.run_write(
        svc.create_client,
        svc.ClientDraft(last_name="Dupont", phones=("0612345678",), emails=("a@b.fr",)),
    )
    try:
        yield db
    finally:
        db.dispose()


names = st.sampled_from(["Dupont", "Durand", "Lefèvre", "Martin", "", "=cmd", "Ünïcødé"])
phones = st.sampled_from(["0612345678", "06 12", "+33 6 12 34 56 78", "0498765432", "", "abc"])
emails = st.sampled_from(["a@b.fr", "x@", "", "z@exemple.fr"])
cities = st.sampled_from(["Lyon", "Saint-Étienne", "", "Paris"])
postcodes = st.sampled_from(["69003", "7500", "", "42000"])
free = st.text(max_size=20, alphabet=st.characters(blacklist_categories=("Cs",)))
row = st.tuples(names, free, phones, emails, cities, postcodes, free)


def _data_rows(text: str, delimiter: str) -> int:
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    non_blank = [r for r in rows if any(c.replace("\x00", "").strip() for c in r)]
    return max(0, len(non_blank) - 1)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    rows=st.lists(row, max_size=25),
    delimiter=st.sampled_from([";", ",", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
)
def test_every_csv_row_is_accounted_for(
    shared_db: Database, rows: list[tuple[str, ...]], delimiter: str, encoding: str
) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["Nom", "Notes", "Téléphone", "E-mail", "Ville", "Code postal", "Source"])
    writer.writerows(rows)
    text = buffer.getvalue()
    data = text.encode(encoding, errors="replace")
    report, _ = shared_db.run_write(import_clients_csv, data, dry_run=True)
    assert report.accounted == report.data_rows
    assert report.data_rows == _data_rows(
        data.decode(encoding.replace("-sig", ""), errors="replace").lstrip("\ufeff"), delimiter
    )
    lines = [r.line for r in report.rejected] + [d.line for d in report.duplicates]
    assert len(lines) == len(set(lines))


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.binary(max_size=1500))
def test_any_bytes_import_without_crashing(shared_db: Database, data: bytes) -> None:
    report, _ = shared_db.run_write(import_clients_csv, data, dry_run=True)
    assert report.accounted == report.data_rows
    report, _ = shared_db.run_write(import_clients_vcard, b"BEGIN:VCARD\r\n" + data, dry_run=True)
    assert report.accounted == report.data_rows


def test_dry_runs_left_the_database_as_it_was(shared_db: Database) -> None:
    assert shared_db.run_read(svc.list_clients).total == 1
