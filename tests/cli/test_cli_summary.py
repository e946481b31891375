"""`artisan-crm print client`: by name or number, ambiguous and unknown names, --all-active."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from artisan_crm.cli import main
from artisan_crm.services.clients import ClientDraft, archive_client, create_client
from artisan_crm.storage.database import open_database

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True)
    return " ".join(out.stdout.replace("\u00a0", " ").split())


@pytest.fixture
def clients(private_home: Path) -> dict[str, int]:
    assert main(["db", "upgrade"]) == 0
    db = open_database(f"sqlite:///{private_home / 'artisan_crm.sqlite3'}")
    ids = {}
    try:
        with db.write() as s:
            for key, draft in {
                "jean": ClientDraft(first_name="Jean", last_name="Dupont", phones=("0612345678",)),
                "marie": ClientDraft(first_name="Marie", last_name="Dupont"),
                "helene": ClientDraft(first_name="Hélène", last_name="Lefèvre", tags=("vip",)),
                "martin": ClientDraft(last_name="Martin"),
                "martine": ClientDraft(first_name="Martine", last_name="Roux"),
                "old": ClientDraft(first_name="Ancien", last_name="Client"),
            }.items():
                ids[key] = create_client(s, draft).id
            archive_client(s, ids["old"])
    finally:
        db.dispose()
    return ids


def test_print_client_by_name(
    clients: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "fiche.pdf"
    # Like the search: accents and case ignored.
    assert main(["print", "client", "helene lefevre", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"Fiche du client n° {clients['helene']} écrite dans {target}" in out
    text = pdf_text(target)
    assert "Hélène Lefèvre" in text and "Fiche client" in text and "page 1 / 1" in text
    assert "vip" in text  # tags are printed with the rating...
    assert main(["print", "client", "Lefèvre", str(target), "--no-rating"]) == 0
    assert "vip" not in pdf_text(target)  # ...and left out with it


def test_print_client_by_number_and_phone(
    clients: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "numero.pdf"
    args = ["--no-amounts", "--interactions", "3"]
    assert main(["print", "client", str(clients["marie"]), str(target), *args]) == 0
    assert "Marie Dupont" in pdf_text(target)
    assert main(["print", "client", "06 12 34 56 78", str(target), "--full-history"]) == 0
    assert "Jean Dupont" in pdf_text(target)
    # An exact full name wins over longer matches ("Martin" is not "Martine Roux").
    assert main(["print", "client", "martin", str(target)]) == 0
    assert f"n° {clients['martin']} " in capsys.readouterr().out


def test_ambiguous_name_lists_the_matches(
    clients: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.pdf"
    assert main(["print", "client", "Dupont", str(target)]) == 2
    err = capsys.readouterr().err
    assert "Plusieurs clients correspondent à « Dupont »" in err
    assert f"n° {clients['jean']} : Jean Dupont" in err
    assert f"n° {clients['marie']} : Marie Dupont" in err
    assert "Précisez le nom ou donnez le numéro du client." in err
    assert not target.exists()


def test_unknown_client_is_a_french_error(
    clients: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.pdf"
    assert main(["print", "client", "Personne", str(target)]) != 0
    assert "Aucun client ne correspond à « Personne »." in capsys.readouterr().err
    assert main(["print", "client", "999", str(target)]) != 0
    assert "Aucun client ne correspond à « 999 »." in capsys.readouterr().err
    assert main(["print", "client", "Dupont"]) == 2
    assert "Donnez le client et le fichier PDF" in capsys.readouterr().err
    assert main(["print", "client", "Dupont", str(tmp_path)]) == 2
    assert "est un dossier" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["print", "client", "Dupont", str(target), "--interactions", "beaucoup"])
    assert exit_info.value.code == 2
    assert not target.exists()


def test_all_active_writes_one_pdf_per_active_client(
    clients: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "fiches"
    assert main(["print", "client", "--all-active", str(folder), "--no-rating"]) == 0
    assert "5 fiche(s) client écrite(s)" in capsys.readouterr().out
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "Helene-Lefevre.pdf",
        "Jean-Dupont.pdf",
        "Marie-Dupont.pdf",
        "Martin.pdf",
        "Martine-Roux.pdf",
    ]
    assert "Jean Dupont" in pdf_text(folder / "Jean-Dupont.pdf")
    assert main(["print", "client", "Jean", str(tmp_path / "a.pdf"), "--all-active", "x"]) == 2


def test_print_day_still_works_beside_print_client(clients: dict[str, int], tmp_path: Path) -> None:
    # Both modules add to the one ``print`` group, whichever registers first.
    target = tmp_path / "jour.pdf"
    assert main(["print", "day", "2026-03-10", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF")
