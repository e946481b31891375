"""Logging contacts, complaints and what they taught, and time entries."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from artisan_crm.domain.enums import Direction, FeedbackStatus, InteractionChannel, TimeKind
from artisan_crm.domain.errors import ConflictError, NotFoundError, ValidationError
from artisan_crm.services import clients as svc
from artisan_crm.services import feedback as fb
from artisan_crm.services import interactions as it
from artisan_crm.services import time_entries as te
from artisan_crm.storage import models
from artisan_crm.storage.database import Database

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
TODAY = NOW.date()


def _client(db: Database, last: str = "Lefèvre", first: str = "Hélène") -> int:
    view, _ = db.run_write(svc.create_client, svc.ClientDraft(first_name=first, last_name=last))
    return view.id


def test_log_a_call_in_two_clicks(db: Database) -> None:
    client_id = _client(db)
    view, changes = db.run_write(it.log_interaction, it.InteractionDraft(client_id), now=NOW)
    assert view.channel == InteractionChannel.CALL and view.occurred_at == NOW
    assert view.feedback_id is None and view.time_entry_id is None
    assert ("interaction", view.id) in changes.entities
    assert view.title == "Appel"


def test_a_complaint_opens_a_feedback_and_time_can_be_logged(db: Database) -> None:
    client_id = _client(db)
    view, changes = db.run_write(
        it.log_interaction,
        it.InteractionDraft(
            client_id,
            channel=InteractionChannel.CALL,
            direction=Direction.INBOUND,
            summary="Le joint de la douche noircit déjà",
            minutes=25,
            is_complaint=True,
            is_change_request=True,
            complaint_category="Qualité du travail",
            log_time=True,
            occurred_at=NOW - timedelta(hours=1),
        ),
        now=NOW,
    )
    assert view.title == "Appel reçu"
    assert view.feedback_id is not None and view.time_entry_id is not None
    assert changes.touches("feedback", "time_entry")
    feedback = db.run_read(fb.get_feedback, view.feedback_id)
    assert feedback.criticism == "Le joint de la douche noircit déjà"
    assert feedback.category == "Qualité du travail"
    assert feedback.status == FeedbackStatus.OPEN and feedback.client_name == "Hélène Lefèvre"
    entry = db.run_read(te.get_time_entry, view.time_entry_id)
    assert entry.kind == TimeKind.COMPLAINT and entry.minutes == 25 and not entry.billable


def test_interaction_validation_messages(db: Database) -> None:
    client_id = _client(db)
    with pytest.raises(ValidationError) as info:
        db.run_write(
            it.log_interaction,
            it.InteractionDraft(
                client_id,
                channel=InteractionChannel.NOTE,
                minutes=-3,
                occurred_at=NOW + timedelta(days=3),
            ),
            now=NOW,
        )
    assert set(info.value.field_errors) == {"occurred_at", "minutes", "summary"}
    assert "futur" in info.value.field_errors["occurred_at"]
    with pytest.raises(NotFoundError):
        db.run_write(it.log_interaction, it.InteractionDraft(424242), now=NOW)


def test_update_list_and_delete_interactions(db: Database) -> None:
    client_id = _client(db)
    first, _ = db.run_write(
        it.log_interaction,
        it.InteractionDraft(
            client_id, summary="Demande de devis", occurred_at=NOW - timedelta(days=3)
        ),
        now=NOW,
    )
    second, _ = db.run_write(
        it.log_interaction,
        it.InteractionDraft(client_id, channel=InteractionChannel.SMS, occurred_at=NOW),
        now=NOW,
    )
    edited = it.InteractionDraft(
        client_id,
        summary="Veut une remise de 10 %",
        is_discount_request=True,
        is_complaint=True,
        occurred_at=NOW - timedelta(days=3),
    )
    updated, _ = db.run_write(
        it.update_interaction, first.id, edited, expected_version=first.version, now=NOW
    )
    assert updated.is_discount_request and updated.feedback_id is not None
    with pytest.raises(ConflictError):
        db.run_write(it.update_interaction, first.id, edited, expected_version=1, now=NOW)
    listed = db.run_read(it.list_interactions, client_id)
    assert [i.id for i in listed] == [second.id, first.id]
    assert listed[1].feedback_id == updated.feedback_id
    db.run_write(it.delete_interaction, second.id)
    assert [i.id for i in db.run_read(it.list_interactions, client_id)] == [first.id]
    # the feedback outlives its interaction
    db.run_write(it.delete_interaction, first.id)
    assert db.run_read(fb.get_feedback, updated.feedback_id).interaction_id is None


def test_feedback_is_resolved_and_searchable_across_clients(db: Database) -> None:
    helene = _client(db)
    martin = _client(db, "Martin", "Jacques")
    complaint, _ = db.run_write(
        it.log_interaction,
        it.InteractionDraft(
            helene,
            summary="Électricité coupée deux jours, pas prévenue",
            is_complaint=True,
            complaint_category="Communication",
        ),
        now=NOW,
    )
    other, _ = db.run_write(
        fb.create_feedback,
        fb.FeedbackDraft(martin, criticism="Poussière partout dans le salon", category="Propreté"),
    )
    resolved, _ = db.run_write(
        fb.resolve_feedback,
        complaint.feedback_id,
        resolution="Geste commercial de 50 €",
        lesson_learned="Prévenir la veille de toute coupure de courant",
        led_to_improvement=True,
    )
    assert resolved.is_resolved and resolved.led_to_improvement
    search = lambda q: [f.id for f in db.run_read(lambda s: fb.list_feedback(s, search=q))]  # noqa: E731
    assert search("electricite") == [complaint.feedback_id]
    assert search("COUPURE prevenir") == [complaint.feedback_id]
    assert search("poussiere") == [other.id]
    assert search("helene") == [complaint.feedback_id]  # through the client's name
    assert len(search("")) == 2
    open_only = db.run_read(lambda s: fb.list_feedback(s, status=FeedbackStatus.OPEN))
    assert [f.id for f in open_only] == [other.id]
    updated, _ = db.run_write(
        fb.update_feedback,
        other.id,
        expected_version=other.version,
        category="Propreté du chantier",
    )
    assert updated.category == "Propreté du chantier" and updated.criticism == other.criticism
    with pytest.raises(ConflictError):
        db.run_write(fb.update_feedback, other.id, expected_version=other.version, category="X")
    with pytest.raises(ValidationError):
        db.run_write(fb.resolve_feedback, other.id, resolution="  ")
    with pytest.raises(ValidationError):
        db.run_write(fb.create_feedback, fb.FeedbackDraft(martin, criticism=""))


def test_time_entries_crud_and_validation(db: Database) -> None:
    client_id = _client(db)
    other_client = _client(db, "Martin")
    with db.write() as s:
        quote = models.Quote(number="DEV-2026-0001", client_id=other_client, issued_on=TODAY)
        s.add(quote)
        s.flush()
        quote_id = quote.id
    entry, _ = db.run_write(
        te.create_time_entry,
        te.TimeEntryDraft(client_id, TODAY, 95, TimeKind.TRAVEL, note="Aller-retour"),
        today=TODAY,
    )
    assert entry.duration == "1 h 35" and entry.kind_label == "Déplacement"
    with pytest.raises(ValidationError) as info:
        db.run_write(
            te.create_time_entry,
            te.TimeEntryDraft(client_id, date(2031, 1, 1), 0, TimeKind.ADMIN, quote_id=quote_id),
            today=TODAY,
        )
    assert set(info.value.field_errors) == {"minutes", "work_date", "quote_id"}
    assert "autre client" in info.value.field_errors["quote_id"]
    with pytest.raises(ValidationError, match="24 heures"):
        db.run_write(
            te.create_time_entry,
            te.TimeEntryDraft(client_id, TODAY, 24 * 60 + 1, TimeKind.ON_SITE),
            today=TODAY,
        )
    with pytest.raises(ValidationError, match="trop ancienne"):
        db.run_write(
            te.create_time_entry,
            te.TimeEntryDraft(client_id, date(1999, 12, 31), 10, TimeKind.ON_SITE),
            today=TODAY,
        )
    changed = te.TimeEntryDraft(client_id, TODAY - timedelta(days=1), 120, TimeKind.ON_SITE)
    updated, _ = db.run_write(
        te.update_time_entry, entry.id, changed, expected_version=entry.version, today=TODAY
    )
    assert updated.minutes == 120 and updated.version == entry.version + 1
    with pytest.raises(ConflictError):
        db.run_write(
            te.update_time_entry, entry.id, changed, expected_version=entry.version, today=TODAY
        )
    db.run_write(
        te.create_time_entry,
        te.TimeEntryDraft(client_id, TODAY, 30, TimeKind.PAYMENT_CHASING, billable=False),
        today=TODAY,
    )
    listed = db.run_read(lambda s: te.list_time_entries(s, client_id=client_id))
    assert [e.kind for e in listed] == [TimeKind.PAYMENT_CHASING, TimeKind.ON_SITE]
    summary = db.run_read(lambda s: te.summarise_time(s, client_id=client_id))
    assert summary.minutes == 150 and summary.billable_minutes == 120
    assert dict(summary.by_kind) == {TimeKind.ON_SITE: 120, TimeKind.PAYMENT_CHASING: 30}
    db.run_write(te.delete_time_entry, entry.id)
    assert len(db.run_read(lambda s: te.list_time_entries(s, client_id=client_id))) == 1
    with pytest.raises(NotFoundError):
        db.run_read(te.get_time_entry, entry.id)


def test_format_minutes() -> None:
    assert te.format_minutes(45) == "45 min"
    assert te.format_minutes(120) == "2 h"
    assert te.format_minutes(61) == "1 h 01"
