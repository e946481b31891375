"""Validation of what users type, with French messages (no network: no DNS lookups)."""

from __future__ import annotations

import re

import phonenumbers
from stdnum.fr import siret as stdnum_siret

_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)
_POSTCODE = re.compile(r"^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$")


class FieldError(ValueError):
    """A single value is wrong; ``str()`` is the French message."""


def normalise_phone(raw: str, region: str = "FR") -> str:
    """A French number as "06 12 34 56 78"; a foreign one in international format."""
    text = raw.strip()
    if not text:
        raise FieldError("Le numéro de téléphone est vide.")
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise FieldError(f"« {raw} » n'est pas un numéro de téléphone valide.") from exc
    if not phonenumbers.is_valid_number(number):
        raise FieldError(
            f"« {raw} » n'est pas un numéro de téléphone valide (10 chiffres attendus, ex. 06 12 34 56 78)."
        )
    if number.country_code == 33:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalise_email(raw: str) -> str:
    text = raw.strip()
    if not _EMAIL.match(text) or ".." in text or len(text) > 254:
        raise FieldError(f"« {raw} » n'est pas une adresse e-mail valide (ex. nom@exemple.fr).")
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"


def normalise_siret(raw: str) -> str:
    compact = re.sub(r"[\s.-]", "", raw)
    if not compact.isdigit() or len(compact) != 14:
        raise FieldError(f"Le SIRET « {raw} » doit comporter 14 chiffres.")
    if not stdnum_siret.is_valid(compact):
        raise FieldError(f"Le SIRET « {raw} » n'est pas valide (clé de contrôle incorrecte).")
    return compact


def normalise_postcode(raw: str) -> str:
    text = raw.strip().replace(" ", "")
    if not _POSTCODE.match(text):
        raise FieldError(
            f"Le code postal « {raw} » n'est pas un code postal français (5 chiffres)."
        )
    return text
