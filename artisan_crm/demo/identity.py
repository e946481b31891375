"""Identifiers that look real and pass their checks: SIRET, VAT number, IBAN, phones, e-mails.

Every function takes the caller's :class:`random.Random`, so generation stays
reproducible; nothing here touches the global random state.
"""

from __future__ import annotations

import random
import re
import unicodedata

from stdnum import iban as iban_check
from stdnum import luhn

#: La Poste's SIREN follows a different checksum rule; never generate it.
_LA_POSTE_SIREN = "356000000"


def random_siren(rng: random.Random) -> str:
    """Nine digits, Luhn-valid (the last one is the check digit)."""
    while True:
        body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        siren = body + luhn.calc_check_digit(body)
        if siren != _LA_POSTE_SIREN:
            return siren


def random_siret(rng: random.Random, siren: str | None = None) -> str:
    """Fourteen digits: SIREN + establishment number, the whole Luhn-valid."""
    siren = siren or random_siren(rng)
    nic = "".join(str(rng.randint(0, 9)) for _ in range(3))
    nic = nic if nic != "000" else "001"
    # the NIC's last digit makes the 14 digits pass Luhn
    partial = siren + "0" + nic
    return partial + luhn.calc_check_digit(partial)


def vat_number_for(siren: str) -> str:
    """French intra-community VAT number: FR + 2-digit key + SIREN."""
    key = (12 + 3 * (int(siren) % 97)) % 97
    return f"FR{key:02d}{siren}"


def random_french_iban(rng: random.Random) -> str:
    """A checksum-valid French IBAN (bank, branch, account, RIB key), grouped by four."""
    bank = f"{rng.randint(10000, 30000):05d}"
    branch = f"{rng.randint(0, 99999):05d}"
    account = f"{rng.randint(0, 10**11 - 1):011d}"
    rib_key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)
    bban = f"{bank}{branch}{account}{rib_key:02d}"
    check = iban_check.calc_check_digits(f"FR00{bban}")
    compact = f"FR{check}{bban}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def format_phone(national_digits: str) -> str:
    """``"0612345678"`` -> ``"06 12 34 56 78"``."""
    return " ".join(national_digits[i : i + 2] for i in range(0, 10, 2))


def phone_search_key(value: str) -> str:
    """Digits in national form (``"+33 6 12 34 56 78"`` -> ``"0612345678"``)."""
    digits = re.sub(r"\D", "", value)
    if digits.startswith("0033"):
        return "0" + digits[4:]
    if digits.startswith("33") and len(digits) == 11:
        return "0" + digits[2:]
    return digits


#: Mobile prefixes every number of which libphonenumber accepts (06 63 and 06 9 are partly
#: unallocated, 07 0-2 not at all).
_MOBILE_PREFIXES = ("060", "061", "062", "064", "065", "066", "067", "068", "07")


def random_mobile(rng: random.Random) -> str:
    """National digits of a mobile number (06 or 07 73-79)."""
    if rng.random() < 0.7:
        prefix = rng.choice(_MOBILE_PREFIXES[:-1])
        return prefix + f"{rng.randint(0, 9_999_999):07d}"
    return f"07{rng.randint(73, 79)}" + f"{rng.randint(0, 999_999):06d}"


def random_landline(rng: random.Random, prefixes: tuple[str, ...]) -> str:
    """National digits of a landline starting with one of ``prefixes`` (e.g. "240")."""
    prefix = rng.choice(prefixes)
    return "0" + prefix + f"{rng.randint(0, 999_999):06d}"


def display_phone(rng: random.Random, national_digits: str) -> str:
    """The number as the client service stores it once validated: "06 12 34 56 78".

    Whatever the user typed ("+33 6…", "06.12…"), the service normalises it; the demo
    does the same. One draw is still taken so that every seeded demo stays identical.
    """
    rng.random()
    return format_phone(national_digits)


def ascii_slug(text: str, separator: str = "") -> str:
    """``"Hélène Lefèvre"`` -> ``"helenelefevre"`` (accents and punctuation dropped)."""
    folded = text.casefold().replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", folded)
    ascii_text = "".join(ch for ch in decomposed if ch.isascii() and (ch.isalnum() or ch == " "))
    return separator.join(ascii_text.split())
