"""Identifiers of the demo: they pass the checks a real one passes."""

from __future__ import annotations

import phonenumbers
from hypothesis import given
from hypothesis import strategies as st
from stdnum import iban
from stdnum.fr import siren, siret, tva

from artisan_crm.demo.identity import (
    ascii_slug,
    display_phone,
    format_phone,
    phone_search_key,
    random_french_iban,
    random_landline,
    random_mobile,
    random_siret,
    vat_number_for,
)
from artisan_crm.demo.plan import FastRandom
from artisan_crm.domain import text, validation

seeds = st.integers(min_value=0, max_value=2**32)


@given(seeds)
def test_siret_siren_and_vat_number_are_valid(seed: int) -> None:
    rng = FastRandom(seed)
    number = random_siret(rng)
    assert siret.is_valid(number)
    assert siren.is_valid(number[:9])
    vat = vat_number_for(number[:9])
    assert tva.is_valid(vat)
    assert vat[4:] == number[:9]


@given(seeds)
def test_iban_is_valid_and_grouped_by_four(seed: int) -> None:
    value = random_french_iban(FastRandom(seed))
    assert iban.is_valid(value)
    assert value.startswith("FR76 ")
    assert all(len(group) == 4 for group in value.split()[:-1])


@given(seeds)
def test_phones_are_valid_french_numbers_in_the_usual_formats(seed: int) -> None:
    rng = FastRandom(seed)
    for digits in (random_mobile(rng), random_landline(rng, ("240", "251"))):
        assert len(digits) == 10 and digits.startswith("0")
        assert phonenumbers.is_valid_number(phonenumbers.parse(digits, "FR")), digits
        shown = display_phone(rng, digits)
        # stored as the client service would after validation, and findable in any format
        assert shown == validation.normalise_phone(digits)
        assert phone_search_key(shown) == digits == text.phone_search_key(shown)


def test_phone_formats() -> None:
    assert format_phone("0612345678") == "06 12 34 56 78"
    assert phone_search_key("+33 6 12 34 56 78") == "0612345678"
    assert phone_search_key("06.12.34.56.78") == "0612345678"
    assert phone_search_key("0033612345678") == "0612345678"


def test_ascii_slug_drops_accents_and_ligatures() -> None:
    assert ascii_slug("Hélène Lefèvre") == "helenelefevre"
    assert ascii_slug("Société d'Électricité", "-") == "societe-delectricite"
    assert ascii_slug("Cœur") == "coeur"
