"""The domain layer speaks English by source and French through domain_fr.ts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from artisan_crm import i18n
from artisan_crm.domain.enums import InvoiceKind, InvoiceStatus, QuoteStatus
from artisan_crm.domain.errors import BusinessRuleError, ConflictError
from artisan_crm.domain.quotes import (
    QUOTE_STATUS_LABELS,
    check_transition,
    deposit_line_label,
    format_euros,
    invoice_payment_status,
    status_age_text,
)
from artisan_crm.domain.rating import (
    Category,
    ClientFigures,
    RatingSettings,
    advise,
    format_duration,
    rate,
)
from artisan_crm.domain.rating import format_euros as rating_euros
from artisan_crm.domain.reminder_rules import AppointmentFact, Facts, wanted_reminders
from artisan_crm.domain.validation import FieldError, normalise_postcode


def _late_payer() -> ClientFigures:
    return ClientFigures(
        client_id=7,
        revenue_cents=1_000,
        material_cost_cents=50_000,
        minutes=200,
        invoices=1,
        due_cents=100,
        late_cents_days=3_400,
    )


def test_validation_and_conflict_errors_in_english(english: None) -> None:
    with pytest.raises(FieldError, match=r"^The postcode “7500” is not a French postcode"):
        normalise_postcode("7500")
    assert str(ConflictError()).startswith("Another workstation changed this item in the meantime.")


def test_quote_labels_and_rules_in_english(english: None) -> None:
    assert QUOTE_STATUS_LABELS[QuoteStatus.ACCEPTED] == "Accepted"
    assert status_age_text(QuoteStatus.SENT, date(2026, 1, 1), date(2026, 1, 13)) == (
        "sent 12 days ago"
    )
    with pytest.raises(BusinessRuleError, match=r"^A “sent” quote cannot move to “draft”\."):
        check_transition(QuoteStatus.SENT, QuoteStatus.DRAFT)
    status = invoice_payment_status(
        status=InvoiceStatus.ISSUED,
        kind=InvoiceKind.STANDARD,
        total_incl_vat=Decimal(100),
        paid=Decimal(0),
        due_on=date(2026, 1, 1),
        today=date(2026, 1, 13),
    )
    assert status.label == "12 days late"
    assert format_euros(Decimal("1234.5")) == "€1,234.50"


def test_rating_words_in_english(english: None) -> None:
    rating = rate(_late_payer(), RatingSettings(reason_min_points=0))
    assert rating.category.label == "To watch"
    texts = [r.text for r in rating.reasons]
    assert "pays 34 days late on average" in texts
    assert "negative margin (−€490) for 3 h 20 min spent" in texts
    advice = advise(_late_payer(), rating)
    assert advice is not None
    assert advice.title == f"Client no. 7: to watch (score {rating.score}/100)"
    assert rating_euros(125_049) == "€1,250"
    assert format_duration(150) == "2 h 30 min"


def test_reminder_titles_in_english(english: None) -> None:
    facts = Facts(
        appointments=(
            AppointmentFact(1, 2, "Leroy", datetime(2026, 1, 20, 13, 30, tzinfo=UTC), 60, 30),
        )
    )
    (wanted,) = wanted_reminders(facts, datetime(2026, 1, 5, tzinfo=UTC)).values()
    assert wanted.title == "Appointment with Leroy on 20/01/2026 at 14:30"


def test_french_is_unchanged() -> None:
    assert i18n.language() == "fr"
    assert Category.WATCH.label == "À surveiller"
    texts = [r.text for r in rate(_late_payer(), RatingSettings(reason_min_points=0)).reasons]
    assert "marge négative (−490 €) pour 3 h 20 passées" in texts
    assert QUOTE_STATUS_LABELS[QuoteStatus.ACCEPTED] == "Accepté"
    assert format_euros(Decimal("1234.5")) == "1\u00a0234,50\u00a0€"


def test_invoice_lines_stay_french_whatever_the_language(english: None) -> None:
    """The deposit line is part of the invoice sent to a French client."""
    assert deposit_line_label(Decimal(30), "DEV-2026-0001", Decimal("5.5"), True) == (
        "Acompte de 30 % sur le devis DEV-2026-0001 (travaux à TVA 5,5 %)"
    )
