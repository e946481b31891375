"""Client services on SQLite and PostgreSQL: what the Clients view and the card rely on."""

from __future__ import annotations

import pytest

from artisan_crm.domain.enums import AddressKind, ClientKind
from artisan_crm.domain.errors import ConflictError, NotFoundError, ValidationError
from artisan_crm.services import clients as svc
from artisan_crm.storage.database import Database

# storage/types.py: Money/Quantity/Percent subclasses do not set ``cache_ok`` themselves,
# so SQLAlchemy warns on every statement that selects or filters a money column (the list
# now shows the amount due).


def _helene() -> svc.ClientDraft:
    return svc.ClientDraft(
        first_name="Hélène",
        last_name="Lefèvre",
        phones=("0612345678",),
        emails=("helene.lefevre@exemple.fr",),
        addresses=(svc.AddressDraft("12 rue des Lilas", "", "69003", "Lyon"),),
        tags=("particulier",),
        notes="Chaudière à changer avant l'hiver",
    )


def _company() -> svc.ClientDraft:
    return svc.ClientDraft(
        kind=ClientKind.COMPANY,
        company_name="Électricité Générale Martin",
        last_name="Martin",
        siret="732 829 320 00074",
        phones=("+33 1 42 68 53 00",),
        addresses=(
            svc.AddressDraft("3 avenue Foch", "", "75016", "Paris"),
            svc.AddressDraft(
                "Chantier Bâtiment B", "", "92100", "Boulogne-Billancourt", AddressKind.SITE
            ),
        ),
    )


def test_create_normalises_and_reads_back(db: Database) -> None:
    created, changes = db.run_write(svc.create_client, _helene())
    assert ("client", created.id) in changes.entities
    card = db.run_read(svc.get_client, created.id)
    assert card.display_name == "Hélène Lefèvre"
    assert card.phones == ("06 12 34 56 78",)
    assert card.emails == ("helene.lefevre@exemple.fr",)
    assert card.addresses[0].one_line == "12 rue des Lilas, 69003 Lyon"
    assert card.tags == ("particulier",)
    assert card.version == 1


def test_company_keeps_siret_and_site_addresses(db: Database) -> None:
    created, _ = db.run_write(svc.create_client, _company())
    card = db.run_read(svc.get_client, created.id)
    assert card.siret == "73282932000074"
    assert card.display_name == "Électricité Générale Martin (Martin)"
    assert [a.kind for a in card.addresses] == [AddressKind.BILLING, AddressKind.SITE]


@pytest.mark.parametrize(
    "query",
    ["helene", "HÉLÈNE", "lefevre lyon", "0612", "06 12", "+33 6 12", "chaudiere", "exemple.fr"],
)
def test_search_is_accent_case_and_format_insensitive(db: Database, query: str) -> None:
    db.run_write(svc.create_client, _helene())
    db.run_write(svc.create_client, _company())
    found = db.run_read(svc.search_clients, query)
    assert [r.display_name for r in found] == ["Hélène Lefèvre"]


def test_search_electricite_finds_the_company(db: Database) -> None:
    db.run_write(svc.create_client, _helene())
    db.run_write(svc.create_client, _company())
    found = db.run_read(svc.search_clients, "electricite")
    assert [r.display_name for r in found] == ["Électricité Générale Martin (Martin)"]


def test_search_wildcards_are_literal(db: Database) -> None:
    db.run_write(svc.create_client, _helene())
    assert db.run_read(svc.search_clients, "%") == ()
    assert db.run_read(svc.search_clients, "_") == ()


def test_list_rows_sorted_with_city_phone_and_filters(db: Database) -> None:
    db.run_write(svc.create_client, _helene())
    company, _ = db.run_write(svc.create_client, _company())
    page = db.run_read(svc.list_clients)
    assert page.total == 2
    assert [r.display_name for r in page.rows] == [
        "Hélène Lefèvre",
        "Électricité Générale Martin (Martin)",
    ]
    assert page.rows[0].city == "Lyon" and page.rows[0].phone == "06 12 34 56 78"
    db.run_write(svc.set_archived, company.id, True, expected_version=company.version)
    assert db.run_read(svc.list_clients).total == 1
    assert db.run_read(lambda s: svc.list_clients(s, include_archived=True)).total == 2
    assert db.run_read(lambda s: svc.list_clients(s, tag="particulier")).total == 1


def test_invalid_fields_each_get_a_french_message_and_nothing_is_saved(db: Database) -> None:
    draft = svc.ClientDraft(
        last_name="Petit",
        phones=("06 12",),
        emails=("petit@",),
        siret="12345678901234",
        addresses=(svc.AddressDraft("1 rue X", "", "7500", "Paris"),),
    )
    with pytest.raises(ValidationError) as info:
        db.run_write(svc.create_client, draft)
    errors = info.value.field_errors
    assert set(errors) == {"phones.0", "emails.0", "siret", "addresses.0.postcode"}
    assert "numéro de téléphone" in errors["phones.0"]
    assert "e-mail" in errors["emails.0"]
    assert "SIRET" in errors["siret"]
    assert "code postal" in errors["addresses.0.postcode"]
    assert db.run_read(svc.list_clients).total == 0


def test_a_client_needs_a_name(db: Database) -> None:
    with pytest.raises(ValidationError) as info:
        db.run_write(svc.create_client, svc.ClientDraft())
    assert info.value.field_errors == {"last_name": "Indiquez au moins le nom du client."}
    with pytest.raises(ValidationError) as info:
        db.run_write(svc.create_client, svc.ClientDraft(kind=ClientKind.COMPANY, last_name="X"))
    assert "raison sociale" in info.value.field_errors["company_name"]


def test_update_with_stale_version_is_a_conflict(db: Database) -> None:
    created, _ = db.run_write(svc.create_client, _helene())
    edited = svc.ClientDraft(**{**_helene().__dict__, "notes": "Devis chaudière envoyé"})
    updated, _ = db.run_write(svc.update_client, created.id, edited, expected_version=1)
    assert updated.version == 2 and updated.notes == "Devis chaudière envoyé"
    with pytest.raises(ConflictError, match=r"^Un autre poste a modifié ce client entre-temps"):
        db.run_write(svc.update_client, created.id, _helene(), expected_version=1)
    assert db.run_read(svc.get_client, created.id).notes == "Devis chaudière envoyé"


def test_unknown_client(db: Database) -> None:
    with pytest.raises(NotFoundError, match="n'existe pas"):
        db.run_read(svc.get_client, 424242)
