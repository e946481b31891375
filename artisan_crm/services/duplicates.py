"""Is this new client already in the file? Same phone, same e-mail, or a close name in
the same town ("SARL Plomberie Martin" in "St-Étienne" = "Plomberie Martin" in
"Saint Etienne").

:func:`find_likely_duplicates` asks the database (indexed contact keys, then the
folded ``search_text`` for the town and name prefixes); :class:`DuplicateIndex` holds
the same keys in memory for an import, where thousands of rows are checked against
the file and against each other. Both decide with the same :func:`names_close`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from artisan_crm.domain.enums import ContactKind
from artisan_crm.domain.text import fold, phone_search_key
from artisan_crm.domain.validation import FieldError, normalise_phone
from artisan_crm.i18n import language, translate
from artisan_crm.services.clients import ClientDraft, display_name_of
from artisan_crm.storage import models

#: Legal forms, civilities and filler words that do not tell two clients apart.
NOISE_WORDS = frozenset(
    [
        "sarl",
        "sas",
        "sasu",
        "eurl",
        "sa",
        "sci",
        "snc",
        "scp",
        "scop",
        "selarl",
        "ei",
        "eirl",
        "earl",
        "gaec",
        "ets",
        "etablissements",
        "etablissement",
        "ste",
        "societe",
        "entreprise",
        "entreprises",
        "cie",
        "compagnie",
        "et",
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "l",
        "d",
        "m",
        "mme",
        "mlle",
        "mr",
        "mrs",
        "monsieur",
        "madame",
        "mademoiselle",
        "dr",
        "docteur",
        "me",
        "maitre",
    ]
)
#: Two names at least this similar (difflib ratio over their sorted words) are "close".
NAME_SIMILARITY = 0.86
_NAME_WORD = re.compile(r"[a-z0-9]+")
_CITY_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "s": "sur"}


def name_words(text: str) -> tuple[str, ...]:
    """Significant folded words of a name: "SARL Plomberie-Martin & Fils" -> (fils, martin,
    plomberie)."""
    words = {w for w in _NAME_WORD.findall(fold(text)) if w not in NOISE_WORDS}
    return tuple(sorted(words))


def city_key(city: str) -> str:
    """ "St-Étienne Cedex 1" -> "saint etienne"."""
    words = [
        _CITY_ABBREVIATIONS.get(w, w)
        for w in _NAME_WORD.findall(fold(city))
        if w != "cedex" and not w.isdigit()
    ]
    return " ".join(words)


def names_close(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same words in any order, one name containing the other (at least two words),
    or a few letters apart ("Lefebvre" / "Lefèvre")."""
    if not a or not b:
        return False
    if a == b:
        return True
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) >= 2 and set(small) <= set(large):
        return True
    left, right = " ".join(a), " ".join(b)
    # The ratio cannot beat 2*min/(sum of lengths): skip building a matcher when hopeless.
    if 2 * min(len(left), len(right)) < NAME_SIMILARITY * (len(left) + len(right)):
        return False
    matcher = SequenceMatcher(None, left, right, autojunk=False)
    return (
        matcher.real_quick_ratio() >= NAME_SIMILARITY
        and matcher.quick_ratio() >= NAME_SIMILARITY
        and matcher.ratio() >= NAME_SIMILARITY
    )


def _phone_key(raw: str) -> str:
    key = phone_search_key(raw)
    if len(key) == 10 and key.startswith("0"):
        return key  # a French number already: no need for the (slow) full parse
    try:
        return phone_search_key(normalise_phone(raw))
    except FieldError:
        return phone_search_key(raw)


@dataclass(frozen=True)
class DraftKeys:
    """What a client is recognised by."""

    phones: dict[str, str]  # search key -> phone as typed
    emails: dict[str, str]  # folded e-mail -> e-mail as typed
    names: tuple[tuple[str, ...], ...]
    towns: tuple[tuple[str, str], ...]  # (city key, postcode)

    @classmethod
    def of_draft(cls, draft: ClientDraft) -> DraftKeys:
        phones = {}
        for raw in draft.phones:
            key = _phone_key(raw)
            if len(key) >= 6:
                phones[key] = raw.strip()
        emails = {fold(e): e.strip() for e in draft.emails if e.strip()}
        towns = tuple(
            (city_key(a.city), a.postcode.replace(" ", ""))
            for a in draft.addresses
            if a.city.strip() or a.postcode.strip()
        )
        return cls(
            phones, emails, _names(draft.first_name, draft.last_name, draft.company_name), towns
        )


def _names(first: str, last: str, company: str) -> tuple[tuple[str, ...], ...]:
    names = []
    person = name_words(f"{first} {last}")
    if person:
        names.append(person)
    company_words = name_words(company)
    if company_words and company_words != person:
        names.append(company_words)
    return tuple(names)


def _same_town(a: Iterable[tuple[str, str]], b: Iterable[tuple[str, str]]) -> str | None:
    """The town two address lists share (its city key, or postcode), else None."""
    b = list(b)
    for city_a, code_a in a:
        for city_b, code_b in b:
            if city_a and city_a == city_b:
                return city_a
            if not (city_a and city_b) and code_a and code_a == code_b:
                return code_a
    return None


@dataclass(frozen=True)
class DuplicateMatch:
    """An existing client the draft looks like, with why (in the interface's language)."""

    client_id: int
    display_name: str
    city: str
    #: every reason, strongest first ("Same phone number: 06 12 34 56 78")
    reasons: tuple[str, ...]
    archived: bool = False
    #: a phone number or an e-mail address is the same (not only a close name)
    same_contact: bool = False

    @property
    def reason(self) -> str:
        return (" ; " if language() == "fr" else "; ").join(self.reasons)

    @property
    def strength(self) -> int:
        """3 = same phone or e-mail, 1 = close name in the same town."""
        return 3 if self.same_contact else 1


def _phone_reason(phone: str) -> str:
    return translate("Duplicates", "Same phone number: {phone}").format(phone=phone)


def _email_reason(email: str) -> str:
    return translate("Duplicates", "Same e-mail address: {email}").format(email=email)


def _name_reason(town: str, theirs: str) -> str:
    return translate("Duplicates", "Name close to “{name}”, in the same town ({town})").format(
        name=theirs, town=town
    )


# ---- Database lookup (one client being typed) ---------------------------------------------


def find_likely_duplicates(
    session: Session,
    draft: ClientDraft,
    *,
    exclude_client_id: int | None = None,
    limit: int = 10,
) -> tuple[DuplicateMatch, ...]:
    """Existing clients ``draft`` probably is (anonymised clients are never matched)."""
    keys = DraftKeys.of_draft(draft)
    reasons: dict[int, list[str]] = defaultdict(list)
    same_contact: set[int] = set()
    contact = models.ClientContact
    if keys.phones:
        rows = session.execute(
            select(contact.client_id, contact.search_key).where(
                contact.search_key.in_(list(keys.phones)), contact.kind != ContactKind.EMAIL
            )
        )
        for client_id, key in rows:
            reasons[client_id].append(_phone_reason(keys.phones[key]))
            same_contact.add(client_id)
    if keys.emails:
        rows = session.execute(
            select(contact.client_id, contact.search_key).where(
                contact.search_key.in_(list(keys.emails)), contact.kind == ContactKind.EMAIL
            )
        )
        for client_id, key in rows:
            reasons[client_id].append(_email_reason(keys.emails[key]))
            same_contact.add(client_id)
    if keys.names and keys.towns:
        for client_id, reason in _name_candidates(session, keys):
            reasons[client_id].append(reason)
    reasons.pop(exclude_client_id, None)  # type: ignore[arg-type]
    if not reasons:
        return ()
    c = models.Client
    city = (
        select(models.ClientAddress.city)
        .where(models.ClientAddress.client_id == c.id)
        .order_by(models.ClientAddress.position)
        .limit(1)
        .scalar_subquery()
    )
    found = session.execute(
        select(c.id, c.kind, c.first_name, c.last_name, c.company_name, c.archived, city).where(
            c.id.in_(list(reasons)), c.anonymised_at.is_(None)
        )
    )
    matches = [
        DuplicateMatch(
            client_id=cid,
            display_name=display_name_of(kind, first, last, company, cid),
            city=town or "",
            reasons=tuple(dict.fromkeys(reasons[cid])),
            archived=bool(archived),
            same_contact=cid in same_contact,
        )
        for cid, kind, first, last, company, archived, town in found
    ]
    matches.sort(key=lambda m: (-m.strength, -len(m.reasons), m.display_name))
    return tuple(matches[:limit])


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _name_candidates(session: Session, keys: DraftKeys) -> Iterable[tuple[int, str]]:
    """Clients of the same town whose name is close: narrowed in SQL by the town and a
    4-letter prefix of one name word (typos after the 4th letter are still found)."""
    c = models.Client
    town_filters = []
    for city, postcode in keys.towns:
        # search_text keeps hyphens ("saint-etienne"): narrow on the longest word only,
        # the exact comparison of city keys is done below.
        longest = max(city.split(), key=len, default="")
        if len(longest) >= 3:
            town_filters.append(c.search_text.like(_like(longest), escape="\\"))
        if postcode:
            town_filters.append(c.search_text.like(_like(postcode), escape="\\"))
    prefixes = {w[:4] for name in keys.names for w in name if len(w) >= 2}
    if not town_filters or not prefixes:
        return []
    name_filters = [c.search_text.like(_like(p), escape="\\") for p in prefixes]
    candidates = session.execute(
        select(c.id, c.first_name, c.last_name, c.company_name)
        .where(and_(or_(*town_filters), or_(*name_filters), c.anonymised_at.is_(None)))
        .limit(500)
    ).all()
    if not candidates:
        return []
    towns: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for client_id, town, postcode in session.execute(
        select(
            models.ClientAddress.client_id, models.ClientAddress.city, models.ClientAddress.postcode
        ).where(models.ClientAddress.client_id.in_([row[0] for row in candidates]))
    ):
        towns[client_id].append((city_key(town), postcode))
    found = []
    for client_id, first, last, company in candidates:
        shared = _same_town(keys.towns, towns.get(client_id, ()))
        if shared is None:
            continue
        theirs = _names(first, last, company)
        if any(names_close(mine, other) for mine in keys.names for other in theirs):
            label = " ".join(p for p in (first, last) if p) or company
            if company and label != company:
                label = f"{company} ({label})"
            found.append((client_id, _name_reason(_town_label(shared), label)))
    return found


def _town_label(shared: str) -> str:
    return shared.title() if not shared.isdigit() else shared


# ---- In-memory index (imports) ------------------------------------------------------------


@dataclass
class _Known:
    ref: object  # client id, or the pending ORM object of a row imported earlier
    display_name: str
    names: tuple[tuple[str, ...], ...]
    towns: tuple[tuple[str, str], ...]


@dataclass
class DuplicateIndex:
    """Phones, e-mails and (town, name prefix) of known clients, for a fast import.

    ``match`` returns the first known client a draft looks like, with the reason; ``add`` makes a newly imported row known, so a file's own repeated rows
    are caught too.
    """

    phones: dict[str, _Known] = field(default_factory=dict)
    emails: dict[str, _Known] = field(default_factory=dict)
    towns: dict[tuple[str, str], list[_Known]] = field(default_factory=lambda: defaultdict(list))
    #: entries whose ref is a pending object, by ``id(object)``
    _by_ref: dict[int, _Known] = field(default_factory=dict)

    @classmethod
    def from_session(cls, session: Session) -> DuplicateIndex:
        index = cls()
        c = models.Client
        known: dict[int, _Known] = {}
        for cid, kind, first, last, company in session.execute(
            select(c.id, c.kind, c.first_name, c.last_name, c.company_name).where(
                c.anonymised_at.is_(None)
            )
        ):
            known[cid] = _Known(
                cid,
                display_name_of(kind, first, last, company, cid),
                _names(first, last, company),
                (),
            )
        towns: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for cid, town, postcode in session.execute(
            select(
                models.ClientAddress.client_id,
                models.ClientAddress.city,
                models.ClientAddress.postcode,
            )
        ):
            towns[cid].append((city_key(town), postcode))
        for cid, entry in known.items():
            entry.towns = tuple(towns.get(cid, ()))
            index._add_towns(entry)
        for cid, contact_kind, key in session.execute(
            select(
                models.ClientContact.client_id,
                models.ClientContact.kind,
                models.ClientContact.search_key,
            )
        ):
            found = known.get(cid)
            if found is None or not key:
                continue
            target = index.emails if contact_kind == ContactKind.EMAIL else index.phones
            target.setdefault(key, found)
        return index

    def _add_towns(self, entry: _Known) -> None:
        for city, postcode in entry.towns:
            for name in entry.names:
                for word in name:
                    # under the city, and under the postcode for rows without a city
                    if city:
                        self.towns[(city, word[:4])].append(entry)
                    if postcode:
                        self.towns[(postcode, word[:4])].append(entry)

    def add(self, draft: ClientDraft, ref: object, display_name: str) -> None:
        keys = DraftKeys.of_draft(draft)
        entry = _Known(ref, display_name, keys.names, keys.towns)
        if not isinstance(ref, int):
            self._by_ref[id(ref)] = entry
        for key in keys.phones:
            self.phones.setdefault(key, entry)
        for key in keys.emails:
            self.emails.setdefault(key, entry)
        self._add_towns(entry)

    def replace_ref(self, old: object, new: object) -> None:
        """After a flush: a pending object becomes its id (the object may be expunged)."""
        entry = self._by_ref.pop(id(old), None)
        if entry is not None and entry.ref is old:
            entry.ref = new

    def match(self, draft: ClientDraft) -> tuple[object, str, str] | None:
        """``(ref, display name, reason)`` of the first look-alike, else None."""
        keys = DraftKeys.of_draft(draft)
        for key, typed in keys.phones.items():
            entry = self.phones.get(key)
            if entry is not None:
                return entry.ref, entry.display_name, _phone_reason(typed)
        for key, typed in keys.emails.items():
            entry = self.emails.get(key)
            if entry is not None:
                return entry.ref, entry.display_name, _email_reason(typed)
        # One bucket per (town, name): the longest word's prefix, so that a row costs a
        # few comparisons even in a town with thousands of clients.
        seen: set[int] = set()
        for city, postcode in keys.towns:
            town = city or postcode
            if not town:
                continue
            for name in keys.names:
                longest = max(name, key=len)
                for entry in self.towns.get((town, longest[:4]), ()):
                    if id(entry) in seen:
                        continue
                    seen.add(id(entry))
                    shared = _same_town(keys.towns, entry.towns)
                    if shared and any(names_close(name, other) for other in entry.names):
                        reason = _name_reason(_town_label(shared), entry.display_name)
                        return entry.ref, entry.display_name, reason
        return None


__all__ = [
    "NAME_SIMILARITY",
    "NOISE_WORDS",
    "DraftKeys",
    "DuplicateIndex",
    "DuplicateMatch",
    "city_key",
    "find_likely_duplicates",
    "name_words",
    "names_close",
]
