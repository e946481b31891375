"""Gapless numbers: consecutive, per year, never reused, no gap after a failed save,
distinct under two workstations issuing at once (PostgreSQL)."""

from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from artisan_crm.domain.errors import ValidationError
from artisan_crm.services import invoices, numbering
from artisan_crm.storage.database import Database, open_database
from artisan_crm.storage.models import Client, Invoice


def test_consecutive_per_prefix_and_year(db: Database) -> None:
    with db.write() as session:
        got = [numbering.next_number(session, "FAC", 2026) for _ in range(3)]
        got.append(numbering.next_number(session, "DEV", 2026))
        got.append(numbering.next_number(session, "FAC", 2027))
        got.append(numbering.next_number(session, "FAC", 2026))
    assert got == [
        "FAC-2026-0001",
        "FAC-2026-0002",
        "FAC-2026-0003",
        "DEV-2026-0001",
        "FAC-2027-0001",
        "FAC-2026-0004",
    ]
    with db.read() as session:
        assert numbering.last_number(session, "FAC", 2026) == "FAC-2026-0004"
        assert numbering.last_number(session, "FAC", 2030) is None


def test_rolled_back_number_is_given_again(db: Database) -> None:
    with pytest.raises(ValidationError), db.write() as session:
        numbering.next_number(session, "FAC", 2026)
        raise ValidationError({"x": "échec après numérotation"})
    with db.write() as session:
        assert numbering.next_number(session, "FAC", 2026) == "FAC-2026-0001"


def _issue_many(db: Database, count: int, today: date) -> list[str]:
    numbers = []
    for _ in range(count):
        with db.write() as session:
            client_id = session.scalar(select(Client.id))
            draft = invoices.create_invoice(
                session,
                invoices.InvoiceDraft(
                    client_id,
                    lines=(invoices.InvoiceLineDraft("Dépannage", unit_price=Decimal(90)),),
                ),
            )
            issued = invoices.issue_invoice(session, draft.id, version=draft.version, today=today)
            numbers.append(issued.number or "")
    return numbers


@pytest.mark.postgres
def test_two_workstations_issuing_at_once_get_distinct_consecutive_numbers(
    pg_url, tmp_path
) -> None:
    first = open_database(pg_url, backups_dir=tmp_path / "b1")
    second = open_database(pg_url, backups_dir=tmp_path / "b2")
    try:
        with first.write() as session:
            session.add(Client(last_name="Durand"))
        today = date.today()
        results: dict[str, list[str]] = {}
        errors: list[BaseException] = []
        start = threading.Barrier(2)

        def work(name: str, db: Database) -> None:
            try:
                start.wait(5)
                results[name] = _issue_many(db, 15, today)
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [
            threading.Thread(target=work, args=("a", first)),
            threading.Thread(target=work, args=("b", second)),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert not errors, errors
        all_numbers = results["a"] + results["b"]
        assert len(set(all_numbers)) == 30
        expected = {f"FAC-{today.year}-{n:04d}" for n in range(1, 31)}
        assert set(all_numbers) == expected
        with first.read() as session:
            stored = session.scalars(select(Invoice.number)).all()
        assert sorted(stored) == sorted(expected)
    finally:
        first.dispose()
        second.dispose()


@pytest.mark.postgres
def test_raw_counter_under_contention(pg_url, tmp_path) -> None:
    dbs = [open_database(pg_url, backups_dir=tmp_path / f"b{i}") for i in range(3)]
    try:
        got: list[int] = []
        lock = threading.Lock()

        def work(db: Database) -> None:
            for _ in range(20):
                with db.write() as session:
                    value = numbering.next_value(session, "FAC", 2031)
                with lock:
                    got.append(value)

        threads = [threading.Thread(target=work, args=(db,)) for db in dbs]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert sorted(got) == list(range(1, 61))
    finally:
        for db in dbs:
            db.dispose()
