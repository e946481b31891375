"""Validation of what users type, with translated messages (no network: no DNS lookups)."""

from __future__ import annotations

import re

import phonenumbers
from stdnum.fr import siret as stdnum_siret

from artisan_crm.i18n import translate

_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)
_POSTCODE = re.compile(r"^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$")


class FieldError(ValueError):
    """A single value is wrong; ``str()`` is the message in the interface language."""


def normalise_phone(raw: str, region: str = "FR") -> str:
    """A French number as "06 12 34 56 78"; a foreign one in international format."""
    text = raw.strip()
    if not text:
        raise FieldError(translate("Validation", "The phone number is empty."))
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise FieldError(
            translate("Validation", "“{value}” is not a valid phone number.").format(value=raw)
        ) from exc
    if not phonenumbers.is_valid_number(number):
        raise FieldError(
            translate(
                "Validation",
                "“{value}” is not a valid phone number (10 digits expected, e.g. 06 12 34 56 78).",
            ).format(value=raw)
        )
    if number.country_code == 33:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalise_email(raw: str) -> str:
    text = raw.strip()
    if not _EMAIL.match(text) or ".." in text or len(text) > 254:
        raise FieldError(
            translate(
                "Validation", "“{value}” is not a valid email address (e.g. name@example.fr)."
            ).format(value=raw)
        )
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"


def normalise_siret(raw: str) -> str:
    compact = re.sub(r"[\s.-]", "", raw)
    if not compact.isdigit() or len(compact) != 14:
        raise FieldError(
            translate("Validation", "The SIRET “{value}” must have 14 digits.").format(value=raw)
        )
    if not stdnum_siret.is_valid(compact):
        raise FieldError(
            translate("Validation", "The SIRET “{value}” is not valid (wrong check digit).").format(
                value=raw
            )
        )
    return compact


def normalise_postcode(raw: str) -> str:
    text = raw.strip().replace(" ", "")
    if not _POSTCODE.match(text):
        raise FieldError(
            translate(
                "Validation", "The postcode “{value}” is not a French postcode (5 digits)."
            ).format(value=raw)
        )
    return text
