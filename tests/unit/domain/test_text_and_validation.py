"""Search normalisation and field validation: what a user types, what they get back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from artisan_crm.domain.text import fold, phone_search_key, search_terms
from artisan_crm.domain.validation import (
    FieldError,
    normalise_email,
    normalise_phone,
    normalise_postcode,
    normalise_siret,
)


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Électricité Générale", "electricite generale"),
        ("Hélène", "helene"),
        ("SARL L'Œuvre", "sarl l oeuvre"),
        ("  DUPONT-Martin ", "dupont-martin"),
    ],
)
def test_fold_removes_accents_and_case(typed: str, folded: str) -> None:
    assert fold(typed) == folded


@pytest.mark.parametrize(
    "typed",
    [
        "06 12 34 56 78",
        "0612345678",
        "+33 6 12 34 56 78",
        "+33612345678",
        "0033 6 12 34 56 78",
        "06.12.34.56.78",
    ],
)
def test_phone_search_key_is_the_same_for_every_formatting(typed: str) -> None:
    assert phone_search_key(typed) == "0612345678"


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("06 12", ["0612"]),
        ("+33 6 12", ["0612"]),
        ("helene dupont", ["helene", "dupont"]),
        ("", []),
    ],
)
def test_search_terms(query: str, terms: list[str]) -> None:
    assert search_terms(query) == terms


def test_phone_is_normalised_for_display() -> None:
    assert normalise_phone("0612345678") == "06 12 34 56 78"
    assert normalise_phone("+33 1 42 68 53 00") == "01 42 68 53 00"


@pytest.mark.parametrize("bad", ["06 12", "abc", "+33 6 12 34 56 78 99 99", "0012"])
def test_bad_phone_gets_a_french_message(bad: str) -> None:
    with pytest.raises(FieldError, match="n'est pas un numéro de téléphone valide"):
        normalise_phone(bad)


def test_email_checked_offline() -> None:
    assert normalise_email(" Jean.Dupont@Exemple.FR ") == "Jean.Dupont@exemple.fr"
    for bad in ["jean", "jean@", "@exemple.fr", "jean@exemple", "jean..d@exemple.fr", "a b@c.fr"]:
        with pytest.raises(FieldError, match="adresse e-mail valide"):
            normalise_email(bad)


def test_siret_checked_with_luhn() -> None:
    assert normalise_siret("732 829 320 00074") == "73282932000074"
    with pytest.raises(FieldError, match="clé de contrôle"):
        normalise_siret("73282932000075")
    with pytest.raises(FieldError, match="14 chiffres"):
        normalise_siret("1234")


def test_french_postcode() -> None:
    assert normalise_postcode("75 011") == "75011"
    for bad in ["7501", "00100", "99000", "ABCDE"]:
        with pytest.raises(FieldError, match="code postal"):
            normalise_postcode(bad)


@given(st.text(max_size=40))
def test_any_typed_value_is_accepted_or_refused_in_french(value: str) -> None:
    for check in (normalise_phone, normalise_email, normalise_siret, normalise_postcode):
        try:
            check(value)
        except FieldError as exc:
            assert str(exc)
            assert any(word in str(exc) for word in ("n'est pas", "doit", "vide"))
