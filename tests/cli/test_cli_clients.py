"""`artisan-crm import/export clients` and `artisan-crm client export-data/anonymise`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from artisan_crm.cli import main
from artisan_crm.services import clients as svc
from artisan_crm.storage.database import open_database

FIXTURES = Path(__file__).parent.parent / "fixtures" / "import"


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def _count(url: str) -> int:
    db = open_database(url)
    try:
        return db.run_read(svc.list_clients).total
    finally:
        db.dispose()


def test_import_dry_run_json_then_real(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    csv_file = FIXTURES / "clients_excel_fr.csv"
    assert main(["--database", url, "import", "clients", str(csv_file), "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["dry_run"] is True and report["imported"] == 4
    assert report["rejected"][0]["line"] == 7 and report["duplicates"][0]["line"] == 9
    assert _count(url) == 0
    assert main(["--database", url, "import", "clients", str(csv_file)]) == 0
    out = capsys.readouterr().out
    assert "4 client(s) importés" in out and "ligne 7 : refusée" in out
    assert _count(url) == 4


def test_import_vcard_and_missing_file(
    url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert (
        main(["--database", url, "import", "clients", str(FIXTURES / "contacts_v3.vcf"), "--json"])
        == 0
    )
    assert json.loads(capsys.readouterr().out)["format"] == "vcard"
    assert main(["--database", url, "import", "clients", str(tmp_path / "absent.csv")]) == 2
    assert "n'existe pas" in capsys.readouterr().err


def test_export_csv_and_vcf(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--database", url, "import", "clients", str(FIXTURES / "clients_excel_fr.csv")])
    capsys.readouterr()
    target = tmp_path / "out" / "clients.csv"
    assert main(["--database", url, "export", "clients", "--format", "csv", str(target)]) == 0
    assert "4 client(s) exporté(s)" in capsys.readouterr().out
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    vcf = tmp_path / "clients.vcf"
    assert (
        main(
            [
                "--database",
                url,
                "export",
                "clients",
                "--format",
                "vcf",
                "--vcard-version",
                "4.0",
                str(vcf),
            ]
        )
        == 0
    )
    assert vcf.read_text(encoding="utf-8").count("BEGIN:VCARD") == 4
    with pytest.raises(SystemExit) as info:  # --format is required
        main(["--database", url, "export", "clients", str(vcf)])
    assert info.value.code == 2
    assert "--format" in capsys.readouterr().err


def test_gdpr_export_and_anonymise(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--database", url, "import", "clients", str(FIXTURES / "clients_excel_fr.csv"), "--json"])
    client_id = json.loads(capsys.readouterr().out)["imported_ids"][0]
    folder = tmp_path / "rgpd"
    assert main(["--database", url, "client", "export-data", str(client_id), str(folder)]) == 0
    assert "écrites dans" in capsys.readouterr().out
    data = json.loads((folder / f"client-{client_id}-donnees.json").read_text(encoding="utf-8"))
    assert data["display_name"] == "Hélène Lefèvre"
    assert (folder / f"client-{client_id}-donnees.html").exists()
    assert main(["--database", url, "client", "anonymise", str(client_id)]) == 2
    assert "--yes" in capsys.readouterr().err
    assert main(["--database", url, "client", "anonymise", str(client_id), "--yes"]) == 0
    assert "anonymisé" in capsys.readouterr().out
    assert main(["--database", url, "client", "export-data", "999", str(folder)]) == 3
    assert "n'existe pas" in capsys.readouterr().err
