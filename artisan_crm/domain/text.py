"""Text normalisation for accent- and case-insensitive search."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^0-9a-z@._+-]+")
_DIGITS = re.compile(r"\D+")


def fold(text: str) -> str:
    """Lower-case, accents removed, punctuation folded to single spaces.

    "Électricité Générale" -> "electricite generale"; "Hélène" -> "helene".
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    return _NON_ALNUM.sub(" ", stripped).strip()


def digits(text: str) -> str:
    return _DIGITS.sub("", text)


def phone_search_key(phone: str) -> str:
    """Digits of a phone in national form: "+33 6 12 34 56 78" -> "0612345678"."""
    d = digits(phone)
    if d.startswith("0033"):
        return "0" + d[4:]
    if (phone.strip().startswith("+33") or len(d) == 11) and d.startswith("33"):
        return "0" + d[2:]
    return d


def search_terms(query: str) -> list[str]:
    """The folded words of a query; a query of phone-like digits keeps them together."""
    query = query.strip()
    if not query:
        return []
    if re.fullmatch(r"[\d\s.+()-]{2,}", query):
        key = phone_search_key(query)
        return [key] if key else []
    return fold(query).split()
