"""Importing clients from CSV and vCard files: report, duplicates, one transaction."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from artisan_crm.domain.enums import AddressKind, ClientKind
from artisan_crm.services import clients as svc
from artisan_crm.services.exporting import export_clients
from artisan_crm.services.importing import (
    DuplicatePolicy,
    ImportField,
    engine,
    import_clients_csv,
    import_clients_file,
    import_clients_vcard,
    preview_csv,
)
from artisan_crm.storage.database import Database

FIXTURES = Path(__file__).parent.parent / "fixtures" / "import"


def _names(db: Database) -> list[str]:
    page = db.run_read(lambda s: svc.list_clients(s, include_archived=True, limit=1000))
    return sorted(r.display_name for r in page.rows)


def test_excel_fr_file_report_with_physical_line_numbers(db: Database) -> None:
    data = (FIXTURES / "clients_excel_fr.csv").read_bytes()
    report, changes = db.run_write(import_clients_csv, data)
    assert (report.encoding, report.delimiter) == ("windows-1252", ";")
    assert report.data_rows == 6 and report.accounted == 6
    assert report.imported == 4 and len(report.imported_ids) == 4
    assert [(d.line, d.client_name) for d in report.duplicates] == [(9, "Hélène Lefèvre")]
    assert "Même numéro de téléphone" in report.duplicates[0].reason
    ((line, reason),) = [(r.line, r.reason) for r in report.rejected]
    assert line == 7
    assert "numéro de téléphone" in reason and "e-mail" in reason and "code postal" in reason
    assert any("Colonne inconnue" in w for w in report.warnings)
    assert changes.touches("client")
    assert _names(db) == [
        "Hélène Lefèvre",
        "Jean Dupont",
        "Marc Girard",
        "Électricité Générale Martin",
    ]
    helene = db.run_read(svc.get_client, report.imported_ids[0])
    assert helene.title == "Mme"
    assert helene.phones == ("06 12 34 56 78", "04 78 12 34 56")  # mobile first
    assert helene.notes == "Chaudière à changer\r\navant l'hiver ; prévoir 2 jours"
    company = db.run_read(svc.get_client, report.imported_ids[2])
    assert company.kind == ClientKind.COMPANY and company.siret == "73282932000074"
    assert company.notes == "=client pro"  # our export's formula guard is removed
    girard = db.run_read(svc.get_client, report.imported_ids[3])
    assert girard.addresses[0].line1 == "Bâtiment B\r\n8 allée des Pins"
    # the imported clients are searchable at once
    assert [r.display_name for r in db.run_read(svc.search_clients, "girard 0611")] == [
        "Marc Girard"
    ]


def test_utf8_bom_comma_file_with_english_headers(db: Database) -> None:
    report, _ = db.run_write(import_clients_file, FIXTURES / "clients_utf8_bom_comma.csv")
    assert (report.encoding, report.delimiter) == ("utf-8-sig", ",")
    assert report.imported == 2
    luc = db.run_read(svc.get_client, report.imported_ids[0])
    assert luc.display_name == "Luc Bernard" and luc.tags == ("fidèle", "particulier")
    assert luc.addresses[0].city == "Bordeaux"


def test_dry_run_reports_but_writes_nothing(db: Database) -> None:
    data = (FIXTURES / "clients_excel_fr.csv").read_bytes()
    report, _ = db.run_write(import_clients_csv, data, dry_run=True)
    assert report.dry_run and report.imported == 4 and report.imported_ids == ()
    assert "Simulation" in report.summary()
    assert _names(db) == []
    real, _ = db.run_write(import_clients_csv, data)
    assert (real.imported, len(real.duplicates), len(real.rejected)) == (4, 1, 1)


def test_importing_twice_skips_every_row_as_duplicate(db: Database) -> None:
    data = (FIXTURES / "clients_excel_fr.csv").read_bytes()
    db.run_write(import_clients_csv, data)
    again, _ = db.run_write(import_clients_csv, data)
    assert again.imported == 0 and len(again.duplicates) == 5 and len(again.rejected) == 1
    assert len(_names(db)) == 4


def test_merge_completes_the_existing_client(db: Database) -> None:
    existing, _ = db.run_write(
        svc.create_client, svc.ClientDraft(last_name="Dupont", phones=("0798765432",))
    )
    data = "Nom;Prénom;Portable;E-mail;Ville\nDupont;Jean;07 98 76 54 32;jean@dupont.fr;Lyon\n"
    report, _ = db.run_write(import_clients_csv, data.encode(), policy=DuplicatePolicy.MERGE)
    assert report.merged == 1 and report.imported == 0
    merged = db.run_read(svc.get_client, existing.id)
    assert merged.first_name == "Jean" and merged.emails == ("jean@dupont.fr",)
    assert merged.phones == ("07 98 76 54 32",) and merged.addresses[0].city == "Lyon"
    assert merged.version == existing.version + 1


def test_import_duplicates_policy_imports_them(db: Database) -> None:
    db.run_write(svc.create_client, svc.ClientDraft(last_name="Dupont", phones=("0798765432",)))
    data = b"Nom;Portable\nDupont;0798765432\n"
    report, _ = db.run_write(import_clients_csv, data, policy=DuplicatePolicy.IMPORT)
    assert report.imported == 1 and not report.duplicates


def test_a_crash_mid_import_imports_nothing(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = "".join(f"Client{i};06 00 00 {i // 100:02d} {i % 100:02d}\n" for i in range(1200))
    data = ("Nom;Téléphone\n" + rows).encode()
    original = engine.DuplicateIndex.add
    calls = {"n": 0}

    def failing_add(self, draft, ref, name):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 1100:  # after two batches were flushed
            raise RuntimeError("disque plein")
        return original(self, draft, ref, name)

    monkeypatch.setattr(engine.DuplicateIndex, "add", failing_add)
    with pytest.raises(RuntimeError, match="disque plein"):
        db.run_write(import_clients_csv, data)
    assert _names(db) == []


def test_custom_mapping_and_preview(db: Database) -> None:
    data = 'Qui;Où;Tél\n"Durand, Marie";Lyon;0612345678\nX;;06\n'.encode()
    preview = preview_csv(data)
    assert preview.headers == ("Qui", "Où", "Tél")
    assert preview.mapping == (None, None, ImportField.PHONE)
    assert any("nom du client" in w for w in preview.warnings)
    mapping = (ImportField.LAST_NAME, ImportField.CITY, ImportField.PHONE)
    preview = preview_csv(data, mapping)
    assert preview.data_rows == 2
    first, second = preview.rows
    assert first.line == 2 and first.error is None
    assert first.mapped == (
        (ImportField.LAST_NAME, "Durand, Marie"),
        (ImportField.CITY, "Lyon"),
        (ImportField.PHONE, "0612345678"),
    )
    assert second.error is not None and "téléphone" in second.error
    report, _ = db.run_write(import_clients_csv, data, mapping=mapping)
    assert report.imported == 1 and report.rejected[0].line == 3


def test_vcard_3_and_4_and_2_1(db: Database) -> None:
    report, _ = db.run_write(import_clients_vcard, (FIXTURES / "contacts_v3.vcf").read_bytes())
    assert report.format == "vcard" and report.data_rows == 3 and report.imported == 2
    assert [(r.line, "téléphone" in r.reason) for r in report.rejected] == [(20, True)]
    helene = db.run_read(svc.get_client, report.imported_ids[0])
    assert (helene.title, helene.first_name, helene.last_name) == ("Mme", "Hélène", "Lefèvre")
    assert helene.notes == "Chaudière à changer\navant l'hiver, vite"
    assert helene.tags == ("chaudière", "particulier")
    assert helene.addresses[0].one_line == "12 rue des Lilas, 69003 Lyon"
    company = db.run_read(svc.get_client, report.imported_ids[1])
    assert (
        company.kind == ClientKind.COMPANY and company.company_name == "Électricité Générale Martin"
    )
    assert company.notes.endswith("qui doit donc être repliée sur plusieurs lignes")
    report4, _ = db.run_write(import_clients_file, FIXTURES / "contacts_v4.vcf")
    girard = db.run_read(svc.get_client, report4.imported_ids[0])
    assert girard.kind == ClientKind.PERSON and girard.phones == ("06 11 22 33 44",)
    assert (
        girard.addresses[0].line2 == "Bâtiment B"
        and girard.addresses[0].kind == AddressKind.BILLING
    )
    report21, _ = db.run_write(import_clients_file, FIXTURES / "contacts_v21_qp.vcf")
    andre = db.run_read(svc.get_client, report21.imported_ids[0])
    assert (andre.first_name, andre.last_name) == ("François", "André")
    assert andre.notes == "Première ligne\r\ndeuxième ligne"


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vcard_export_then_import_round_trips(db: Database, tmp_path: Path, version: str) -> None:
    db.run_write(import_clients_csv, (FIXTURES / "clients_excel_fr.csv").read_bytes())
    before = db.run_read(lambda s: svc.list_clients(s, limit=100)).rows
    cards = [db.run_read(svc.get_client, r.id) for r in before]
    path = tmp_path / "export.vcf"
    count = db.run_read(export_clients, path, fmt="vcf", vcard_version=version)
    assert count == 4
    assert all(len(line.encode()) <= 75 for line in path.read_bytes().decode().split("\r\n"))
    with db.write() as s:
        for card in cards:
            token = svc.delete_client(s, card.id)
            assert token.client_id == card.id
    report, _ = db.run_write(import_clients_file, path)
    assert report.imported == 4
    again = sorted(
        (db.run_read(svc.get_client, i) for i in report.imported_ids), key=lambda c: c.display_name
    )
    for old, new in zip(sorted(cards, key=lambda c: c.display_name), again, strict=True):
        assert (new.display_name, new.phones, new.emails, new.notes, new.tags) == (
            old.display_name,
            old.phones,
            old.emails,
            old.notes.replace("\r\n", "\n"),
            old.tags,
        )
        assert [a.one_line for a in new.addresses] == [
            a.one_line.replace("\r\n", "\n") for a in old.addresses
        ]


def test_csv_export_for_excel_then_import_round_trips(db: Database, tmp_path: Path) -> None:
    db.run_write(
        svc.create_client,
        svc.ClientDraft(
            last_name='=HYPERLINK("http://x")',
            first_name="@Jo",
            phones=("+44 20 7946 0958", "06 12 34 56 78"),
            notes="- premier point\n- second point",
            tags=("a", "b"),
            addresses=(
                svc.AddressDraft("1 rue A", "", "69001", "Lyon"),
                svc.AddressDraft("Chantier", "", "69002", "Lyon", AddressKind.SITE),
            ),
        ),
    )
    path = tmp_path / "clients.csv"
    assert db.run_read(export_clients, path, fmt="csv") == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    header, row = rows
    cells = dict(zip(header, row, strict=True))
    assert cells["Nom"] == '\'=HYPERLINK("http://x")' and cells["Prénom"] == "'@Jo"
    assert cells["Téléphone"] == "'+44 20 7946 0958, 06 12 34 56 78"
    assert cells["Notes"].startswith("'- premier")
    assert cells["Adresses de chantier"] == "Chantier, 69002 Lyon"
    assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in row)
    report, _ = db.run_write(import_clients_csv, raw, policy=DuplicatePolicy.IMPORT)
    assert report.imported == 1 and not report.rejected
    new = db.run_read(svc.get_client, report.imported_ids[0])
    assert new.last_name == '=HYPERLINK("http://x")' and new.first_name == "@Jo"
    assert new.phones == ("+44 20 7946 0958", "06 12 34 56 78")
    assert new.notes == "- premier point\n- second point" and new.tags == ("a", "b")
