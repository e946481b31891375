"""The conflict message reads right whatever the record's gender and number."""

from __future__ import annotations

import pytest

from artisan_crm.domain.errors import ConflictError
from artisan_crm.i18n import translate


@pytest.mark.parametrize(
    ("context", "what", "expected"),
    [
        ("Invoices", "This invoice", "Un autre poste a modifié cette facture entre-temps."),
        ("Clients", "This client", "Un autre poste a modifié ce client entre-temps."),
        (
            "Company",
            "The company settings",
            "Un autre poste a modifié les paramètres de l'entreprise entre-temps.",
        ),
    ],
)
def test_the_conflict_message_in_french(context: str, what: str, expected: str) -> None:
    message = str(ConflictError(translate(context, what)))
    assert message.startswith(expected)
    assert message.endswith("vos modifications n'ont pas été enregistrées.")


def test_the_conflict_message_in_english(english: None) -> None:
    assert str(ConflictError(translate("Company", "The company settings"))) == (
        "Another workstation changed the company settings in the meantime. Reload to see the "
        "current version; your changes were not saved."
    )
