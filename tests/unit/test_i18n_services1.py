"""Services (invoices, quotes, jobs, reminders, timeline, GDPR, calendar...) speak English
when English is installed, and French (byte for byte as before) in the French session."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from artisan_crm import i18n
from artisan_crm.domain.enums import InvoiceKind, JobStatus, PaymentMethod
from artisan_crm.domain.errors import NotFoundError, ValidationError
from artisan_crm.domain.reminder_rules import SnoozeChoice
from artisan_crm.services import gdpr, timeline
from artisan_crm.services.appointments import AppointmentDraft, validate_appointment
from artisan_crm.services.calendar_export import calendar_events
from artisan_crm.services.company import CompanyDraft, validate_company
from artisan_crm.services.invoices import KIND_LABELS, METHOD_LABELS
from artisan_crm.services.jobs import JobRow
from artisan_crm.services.quotes import get_quote_by_number
from artisan_crm.services.reminders import SNOOZE_LABELS
from artisan_crm.storage import models as m
from artisan_crm.storage.database import Database


def _job_row(days_late: int) -> JobRow:
    return JobRow(
        1, 1, 1, "Anne Roux", None, "Cuisine", JobStatus.IN_PROGRESS, None,
        date(2026, 3, 1), 0, None, days_late,
    )  # fmt: skip


def test_validation_messages_are_english(english: None) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_company(CompanyDraft(name="", iban="FR00 1234", default_validity_days=0))
    errors = caught.value.field_errors
    assert errors["name"] == "The company name is required."
    assert errors["iban"] == "The IBAN is invalid (check the digits)."
    assert errors["default_validity_days"] == "The validity must be between 1 and 365 days."
    with pytest.raises(ValidationError) as caught:
        validate_appointment(AppointmentDraft(datetime(2026, 3, 1, 9, 0), 0))
    assert caught.value.field_errors["duration_minutes"] == (
        "The appointment must last at least one minute."
    )


def test_labels_and_counts_are_english(english: None) -> None:
    assert KIND_LABELS[InvoiceKind.DEPOSIT] == "Deposit invoice"
    assert METHOD_LABELS[PaymentMethod.CHEQUE] == "Cheque"
    assert SNOOZE_LABELS[SnoozeChoice.TOMORROW_MORNING] == "Tomorrow at 8:00"
    assert timeline.TIMELINE_KIND_LABELS[timeline.TimelineKind.FEEDBACK] == "Complaint"
    assert gdpr.TABLE_TITLES["invoice_line"] == "Invoice lines"
    assert _job_row(1).late_text == "1 day late"
    assert _job_row(3).late_text == "3 days late"
    assert timeline._amount_left(Decimal("1234.5")) == "€1,234.50 left"


def test_gdpr_export_and_report_are_english(english: None) -> None:
    data = {
        "display_name": "Anne <b>Roux</b>",
        "client_id": 7,
        "exported_at": "2026-03-01T09:00:00+00:00",
        "application_version": "1.0",
        "tags": ["voisin"],
        "tables": {"invoice": [], "reminder": [{"title": "Rappeler"}]},
    }
    html = gdpr.render_client_data_html(data)
    assert '<html lang="en">' in html
    assert "<h1>Personal data of Anne &lt;b&gt;Roux&lt;/b&gt;</h1>" in html
    assert "<strong>Tags:</strong> voisin" in html
    assert "Invoices (0)" in html and "No data." in html and "Reminders (1)" in html
    report = gdpr.AnonymisationReport(
        7,
        datetime(2026, 3, 1, tzinfo=UTC),
        (("reminder", 2),),
        (),
        (("invoice", 1, gdpr.ANONYMISATION_RULES["invoice"].why),),
    )
    assert report.summary().splitlines() == [
        "Client no. 7 anonymised.",
        "  deleted: 2 × Reminders",
        "  kept: 1 × Invoices (invoices legally kept 10 years (C. com. L123-22): "
        "billed_name / billed_address stay as printed)",
    ]
    assert gdpr.anonymised_name(7) == "Anonymised client no. 7"


def test_database_messages_and_calendar_titles_are_english(
    english: None, sqlite_db: Database
) -> None:
    with sqlite_db.write() as s:
        client = m.Client(first_name="Léa", last_name="Martin")
        s.add(client)
        s.flush()
        s.add(m.Job(client_id=client.id, status=JobStatus.PLANNED, deadline=date(2026, 3, 20)))
        s.add(
            m.Appointment(
                client_id=client.id,
                starts_at=datetime(2026, 3, 12, 8, 0, tzinfo=UTC),
                duration_minutes=30,
                to_bring="échelle",
            )
        )
    with sqlite_db.read() as s:
        with pytest.raises(NotFoundError) as missing:
            get_quote_by_number(s, "DEV-1")
        events = calendar_events(s, end=datetime(2026, 4, 1, tzinfo=UTC))
    assert str(missing.value) == "No quote has the number “DEV-1”."
    summaries = sorted(e.summary for e in events)
    assert summaries == ["Appointment with Léa Martin", "Job deadline: no. 1 (Léa Martin)"]
    assert any(e.description == "To bring: échelle" for e in events)


def test_french_is_unchanged() -> None:
    assert i18n.language() == "fr"
    assert KIND_LABELS[InvoiceKind.DEPOSIT] == "Facture d'acompte"
    assert SNOOZE_LABELS[SnoozeChoice.NEXT_WEEK] == "La semaine prochaine (lundi 8 h)"
    assert _job_row(1).late_text == "en retard de 1 jour"
    assert _job_row(3).late_text == "en retard de 3 jours"
    assert timeline._amount_left(Decimal("1234.5")) == "Reste 1234,50 €"
    assert gdpr.anonymised_name(7) == "Client anonymisé n°7"
    with pytest.raises(ValidationError) as caught:
        validate_company(CompanyDraft(name=""))
    assert str(caught.value) == "Le nom de l'entreprise est obligatoire."
