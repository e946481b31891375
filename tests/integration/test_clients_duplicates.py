"""Spotting a client who is already in the file."""

from __future__ import annotations

import pytest

from artisan_crm.domain.enums import ClientKind
from artisan_crm.services import clients as svc
from artisan_crm.services.duplicates import (
    DuplicateIndex,
    city_key,
    find_likely_duplicates,
    name_words,
    names_close,
)
from artisan_crm.storage.database import Database


def _existing(db: Database) -> dict[str, int]:
    martin, _ = db.run_write(
        svc.create_client,
        svc.ClientDraft(
            kind=ClientKind.COMPANY,
            company_name="SARL Plomberie Martin",
            phones=("04 77 12 34 56",),
            emails=("Contact@Plomberie-Martin.fr",),
            addresses=(svc.AddressDraft("3 rue Balay", "", "42000", "Saint-Étienne"),),
        ),
    )
    helene, _ = db.run_write(
        svc.create_client,
        svc.ClientDraft(
            first_name="Hélène",
            last_name="Lefèvre",
            phones=("06 12 34 56 78",),
            addresses=(svc.AddressDraft("12 rue des Lilas", "", "69003", "Lyon"),),
        ),
    )
    return {"martin": martin.id, "helene": helene.id}


def _find(db: Database, draft: svc.ClientDraft) -> list[tuple[int, str]]:
    return [(m.client_id, m.reason) for m in db.run_read(find_likely_duplicates, draft)]


def test_same_phone_in_any_format(db: Database) -> None:
    ids = _existing(db)
    found = _find(db, svc.ClientDraft(last_name="Inconnu", phones=("+33 6 12 34 56 78",)))
    assert found == [(ids["helene"], "Même numéro de téléphone : +33 6 12 34 56 78")]


def test_same_email_ignoring_case(db: Database) -> None:
    ids = _existing(db)
    found = _find(db, svc.ClientDraft(last_name="X", emails=("contact@plomberie-martin.fr",)))
    assert found == [(ids["martin"], "Même adresse e-mail : contact@plomberie-martin.fr")]


@pytest.mark.parametrize(
    ("company", "city"),
    [
        ("Plomberie Martin", "St-Etienne"),
        ("PLOMBERIE MARTIN SAS", "saint etienne"),
        ("Ets Plomberie-Martin", "Saint-Étienne Cedex 2"),
        ("Plombrie Martin", "Saint-Étienne"),  # a typo
    ],
)
def test_close_company_name_in_the_same_town(db: Database, company: str, city: str) -> None:
    ids = _existing(db)
    draft = svc.ClientDraft(
        kind=ClientKind.COMPANY,
        company_name=company,
        addresses=(svc.AddressDraft("", "", "", city),),
    )
    matches = db.run_read(find_likely_duplicates, draft)
    assert [m.client_id for m in matches] == [ids["martin"]]
    assert "Nom proche de « SARL Plomberie Martin »" in matches[0].reason
    assert "même ville (Saint Etienne)" in matches[0].reason
    assert matches[0].city == "Saint-Étienne"


def test_person_name_in_any_order_and_accents(db: Database) -> None:
    ids = _existing(db)
    draft = svc.ClientDraft(
        last_name="LEFEVRE helene", addresses=(svc.AddressDraft("", "", "69003", "Lyon"),)
    )
    assert [m for m, _ in _find(db, draft)] == [ids["helene"]]


def test_same_name_elsewhere_or_other_name_same_town_is_not_a_duplicate(db: Database) -> None:
    _existing(db)
    elsewhere = svc.ClientDraft(
        first_name="Hélène", last_name="Lefèvre", addresses=(svc.AddressDraft("", "", "", "Paris"),)
    )
    assert _find(db, elsewhere) == []
    neighbour = svc.ClientDraft(
        first_name="Paul", last_name="Lefort", addresses=(svc.AddressDraft("", "", "", "Lyon"),)
    )
    assert _find(db, neighbour) == []


def test_several_reasons_are_combined_and_self_is_excluded(db: Database) -> None:
    ids = _existing(db)
    draft = svc.ClientDraft(
        first_name="Helene",
        last_name="Lefevre",
        phones=("0612345678",),
        addresses=(svc.AddressDraft("", "", "", "Lyon"),),
    )
    (match,) = db.run_read(find_likely_duplicates, draft)
    assert match.reasons[0].startswith("Même numéro") and "Nom proche" in match.reasons[1]
    assert match.strength == 3
    assert (
        db.run_read(lambda s: find_likely_duplicates(s, draft, exclude_client_id=ids["helene"]))
        == ()
    )


def test_in_memory_index_agrees_with_the_database(db: Database) -> None:
    ids = _existing(db)
    index = db.run_read(DuplicateIndex.from_session)
    draft = svc.ClientDraft(
        kind=ClientKind.COMPANY,
        company_name="Plomberie Martin",
        addresses=(svc.AddressDraft("", "", "", "St Etienne"),),
    )
    ref, name, reason = index.match(draft)  # type: ignore[misc]
    assert ref == ids["martin"] and name == "SARL Plomberie Martin" and "Nom proche" in reason
    assert index.match(svc.ClientDraft(last_name="Nouveau", phones=("0699999999",))) is None
    index.add(svc.ClientDraft(last_name="Nouveau", phones=("0699999999",)), "pending", "Nouveau")
    assert (
        index.match(svc.ClientDraft(last_name="Autre", phones=("06 99 99 99 99",)))[0] == "pending"
    )  # type: ignore[index]


def test_name_helpers() -> None:
    assert name_words("SARL Plomberie-Martin & Fils") == ("fils", "martin", "plomberie")
    assert city_key("St-Étienne CEDEX 1") == "saint etienne"
    assert names_close(("lefebvre", "marc"), ("lefevre", "marc"))
    assert not names_close(("dupont",), ("durand",))
    assert names_close(("martin", "plomberie"), ("fils", "martin", "plomberie"))
    assert not names_close(("martin",), ("jean", "martin"))  # one shared word is too little
