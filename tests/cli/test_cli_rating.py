"""`artisan-crm rating`: the aligned French table, JSON, filters, and usage errors."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from artisan_crm.cli import main
from artisan_crm.domain.enums import InvoiceStatus, QuoteStatus, TimeKind
from artisan_crm.storage import models as m
from artisan_crm.storage.database import open_database

TODAY = date(2026, 3, 15)


@pytest.fixture
def url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'rating.sqlite3'}"
    db = open_database(url, backups_dir=tmp_path / "backups")
    with db.write() as s:
        gem = m.Client(first_name="Hélène", last_name="Lefèvre")
        vampire = m.Client(kind="company", company_name="SCI Les Tilleuls", last_name="Guérin")
        newcomer = m.Client(first_name="Jean", last_name="Nouveau")
        s.add_all([gem, vampire, newcomer])
        s.flush()
        s.add(
            m.Quote(
                number="DEV-2026-0001",
                client_id=gem.id,
                status=QuoteStatus.ACCEPTED,
                issued_on=TODAY - timedelta(days=40),
                total_excl_vat=Decimal("6000"),
                material_cost=Decimal("1500"),
            )
        )
        s.add(m.TimeEntry(client_id=gem.id, work_date=TODAY, minutes=60 * 60, kind="on_site"))
        for n in range(3):
            q = m.Quote(
                number=f"DEV-2026-01{n}",
                client_id=vampire.id,
                status=QuoteStatus.REFUSED,
                issued_on=TODAY - timedelta(days=100 + n),
            )
            s.add(q)
            s.flush()
            s.add(
                m.TimeEntry(
                    client_id=vampire.id,
                    quote_id=q.id,
                    work_date=q.issued_on,
                    minutes=220,
                    kind=TimeKind.QUOTE_PREPARATION,
                    billable=False,
                )
            )
        s.add(
            m.Invoice(
                number="FAC-2026-0001",
                client_id=vampire.id,
                status=InvoiceStatus.ISSUED,
                issued_on=TODAY - timedelta(days=64),
                due_on=TODAY - timedelta(days=34),
                total_excl_vat=Decimal("200"),
                total_incl_vat=Decimal("240"),
            )
        )
        s.add(m.TimeEntry(client_id=newcomer.id, work_date=TODAY, minutes=30, kind="phone"))
    db.dispose()
    return url


def _run(url: str, *args: str) -> int:
    return main(["--database", url, "rating", "--today", TODAY.isoformat(), *args])


def test_table_with_french_headers(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(url) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == (
        "Notation des clients : 24 derniers mois (du 15/03/2024 au 15/03/2026), objectif 45 €/h"
    )
    header = lines[2]
    for title in (
        "Client",
        "Catégorie",
        "Score",
        "CA HT",
        "Marge/h",
        "Non facturé",
        "Raison principale",
    ):
        assert title in header
    rows = lines[4:7]
    assert rows[0].startswith("Hélène Lefèvre") and "Pépite" in rows[0]
    assert rows[1].startswith("SCI Les Tilleuls (Guérin)") and "Vampire" in rows[1]
    assert rows[1].endswith("marge horaire 18 €/h pour un objectif de 45 €/h")
    assert rows[2].startswith("Jean Nouveau") and "Pas assez de données" in rows[2]
    # aligned: the score column starts at the same place on every line
    start = header.index("Score")
    assert all(line[start - 2 : start] == "  " for line in rows)
    assert lines[-1] == "Pépite : 1 · Vampire : 1 · Pas assez de données : 1"


def test_json_and_category_filter(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(url, "--json", "--category", "vampire,pepite") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["period"] == "24m" and data["target_hourly_rate"] == "45"
    assert [c["category"] for c in data["clients"]] == ["pepite", "vampire"]
    gem = data["clients"][0]
    assert gem["revenue_excl_vat"] == "6000" and gem["margin"] == "4500"
    assert gem["hourly_margin"] == "75" and gem["score"] >= 80
    vampire = data["clients"][1]
    assert vampire["lost_quote_minutes"] == 660
    assert vampire["average_days_late"] == 34.0
    assert vampire["reasons"][0]["fair"] is False


def test_target_rate_and_period(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        _run(url, "--json", "--target-rate", "100", "--period", "all", "--category", "Bon client")
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["period"] == "all" and data["start"] is None
    assert data["target_hourly_rate"] == "100"
    assert [c["name"] for c in data["clients"]] == ["Hélène Lefèvre"]


def test_empty_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", f"sqlite:///{tmp_path / 'empty.sqlite3'}", "rating"]) == 0
    assert "Aucun client à noter sur cette période." in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--period", "hier"], "Période « hier » inconnue"),
        (["--category", "radin"], "catégorie « radin » inconnue"),
        (["--target-rate", "-3"], "le taux horaire doit être positif"),
    ],
)
def test_usage_errors_in_french(
    url: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exc:
        _run(url, *args)
    assert exc.value.code == 2
    assert message in capsys.readouterr().err
