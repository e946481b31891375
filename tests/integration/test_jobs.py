"""Jobs on SQLite and PostgreSQL: from an accepted quote in one call, listed by deadline."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from artisan_crm.domain.enums import JobStatus, LineKind
from artisan_crm.domain.errors import BusinessRuleError, ConflictError, ValidationError
from artisan_crm.services import jobs, quotes
from artisan_crm.storage.database import Database
from artisan_crm.storage.models import Client, ClientAddress

TODAY = date(2026, 3, 10)


def accepted_quote(db: Database) -> quotes.QuoteView:
    with db.write() as session:
        client = Client(first_name="Luc", last_name="Bernard")
        client.addresses.append(ClientAddress(kind="site", line1="4 allée des Chênes", city="Rezé"))
        session.add(client)
        session.flush()
        view = quotes.create_quote(
            session,
            quotes.QuoteDraft(
                client_id=client.id,
                title="Cuisine",
                site_address_id=client.addresses[0].id,
                lines=(
                    quotes.QuoteLineDraft("Pose meubles", Decimal("14"), "h", Decimal("45")),
                    quotes.QuoteLineDraft("Raccordements", Decimal("2.5"), "h", Decimal("50")),
                    quotes.QuoteLineDraft(
                        "Plan de travail",
                        Decimal(1),
                        "u",
                        Decimal("600"),
                        kind=LineKind.MATERIAL,
                        unit_cost=Decimal("380"),
                    ),
                ),
            ),
            today=TODAY,
        )
        view = quotes.send_quote(session, view.id, version=view.version, valid_until=date.today())
        return quotes.accept_quote(session, view.id, version=view.version)


def test_accepted_quote_becomes_a_job_in_one_call(db: Database) -> None:
    quote = accepted_quote(db)
    with db.write() as session:
        job = jobs.create_job_from_quote(
            session, quote.id, planned_start=TODAY, deadline=TODAY + timedelta(days=10)
        )
    assert job.quote_number == quote.number and job.client_id == quote.client_id
    assert job.title == "Cuisine" and job.site_address == "4 allée des Chênes, Rezé"
    assert job.planned_minutes == 990 and job.planned_hours == Decimal("16.50")
    assert job.material_cost == Decimal("380.00")
    assert job.status == JobStatus.PLANNED
    with db.read() as session:
        assert quotes.get_quote(session, quote.id).job_id == job.id
    with pytest.raises(BusinessRuleError, match="déjà son chantier"), db.write() as session:
        jobs.create_job_from_quote(session, quote.id)


def test_only_accepted_quotes(db: Database) -> None:
    quote = accepted_quote(db)
    with db.write() as session:
        draft = quotes.duplicate_quote(session, quote.id)
    with pytest.raises(BusinessRuleError, match="accepté"), db.write() as session:
        jobs.create_job_from_quote(session, draft.id)


def test_deadline_before_start_refused(db: Database) -> None:
    quote = accepted_quote(db)
    with pytest.raises(ValidationError) as caught, db.write() as session:
        jobs.create_job_from_quote(
            session,
            quote.id,
            planned_start=TODAY,
            deadline=TODAY - timedelta(days=1),
            planned_hours=Decimal(-2),
        )
    assert set(caught.value.field_errors) == {"deadline", "planned_hours"}
    assert "précéder" in caught.value.field_errors["deadline"]
    with db.read() as session:
        assert jobs.list_jobs(session, include_finished=True) == []


def test_list_by_deadline_late_marked_and_completion(db: Database) -> None:
    quote = accepted_quote(db)
    with db.write() as session:
        client_id = quote.client_id
        late = jobs.create_job(
            session,
            jobs.JobDraft(
                client_id,
                "Fuite",
                planned_start=TODAY - timedelta(days=9),
                deadline=TODAY - timedelta(days=3),
            ),
        )
        soon = jobs.create_job_from_quote(session, quote.id, deadline=TODAY + timedelta(days=2))
        undated = jobs.create_job(session, jobs.JobDraft(client_id, "Entretien chaudière"))
        done = jobs.create_job(
            session, jobs.JobDraft(client_id, "Vieux", deadline=TODAY - timedelta(days=30))
        )
        jobs.complete_job(
            session, done.id, version=done.version, completed_on=TODAY - timedelta(days=31)
        )
    with db.read() as session:
        rows = jobs.list_jobs(session, today=TODAY)
        late_rows = jobs.list_jobs(session, today=TODAY, late_only=True)
        everything = jobs.list_jobs(session, today=TODAY, include_finished=True)
    assert [r.id for r in rows] == [late.id, soon.id, undated.id]
    assert (
        rows[0].is_late and rows[0].days_late == 3 and rows[0].late_text == "en retard de 3 jours"
    )
    assert not rows[1].is_late and rows[1].quote_number == quote.number
    assert rows[0].client_name == "Luc Bernard"
    assert [r.id for r in late_rows] == [late.id]
    assert len(everything) == 4 and next(r for r in everything if r.id == done.id).days_late == 0
    with db.write() as session:
        started = jobs.start_job(session, late.id, version=late.version)
        finished = jobs.complete_job(session, late.id, version=started.version, completed_on=TODAY)
    assert finished.status == JobStatus.DONE and finished.completed_on == TODAY
    with pytest.raises(ConflictError), db.write() as session:
        jobs.update_job(session, late.id, jobs.JobDraft(client_id, "x"), version=late.version)
    with pytest.raises(BusinessRuleError), db.write() as session:
        jobs.complete_job(session, late.id, version=finished.version)
