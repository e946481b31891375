"""The small vCard reader/writer (no database here)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from artisan_crm.domain.enums import AddressKind, ClientKind, ContactKind
from artisan_crm.services.clients import AddressView, ClientView, ContactView
from artisan_crm.services.importing.vcard import (
    card_to_draft,
    client_to_vcard,
    escape,
    fold_line,
    parse_vcards,
    split_structured,
    unescape,
)


def _view(**kw: object) -> ClientView:
    base: dict[str, object] = dict(
        id=7,
        version=1,
        kind=ClientKind.PERSON,
        display_name="Hélène Lefèvre",
        title="Mme",
        first_name="Hélène",
        last_name="Lefèvre",
        company_name="",
        siret=None,
        vat_number=None,
        contacts=(
            ContactView(1, ContactKind.MOBILE, "06 12 34 56 78", ""),
            ContactView(2, ContactKind.EMAIL, "helene@exemple.fr", ""),
        ),
        addresses=(
            AddressView(1, AddressKind.BILLING, "", "12 rue des Lilas", "", "69003", "Lyon", "FR"),
        ),
        tags=("particulier", "a,b"),
        source="",
        referred_by_id=None,
        notes="Ligne 1\nLigne 2; avec \\ et , virgule " + "très long " * 20,
        marketing_consent=False,
        maintenance_contract=False,
        maintenance_due_on=None,
        archived=False,
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    base.update(kw)
    return ClientView(**base)  # type: ignore[arg-type]


def test_written_card_is_folded_escaped_and_read_back() -> None:
    for version in ("3.0", "4.0"):
        text = client_to_vcard(_view(), version)
        lines = text.split("\r\n")
        assert text.endswith("END:VCARD\r\n")
        assert all(len(line.encode()) <= 75 for line in lines)
        assert any(line.startswith(" ") for line in lines)  # the long note was folded
        (card,) = parse_vcards(text.encode())
        draft = card_to_draft(card)
        assert (draft.title, draft.first_name, draft.last_name) == ("Mme", "Hélène", "Lefèvre")
        assert draft.notes == _view().notes.strip()
        assert draft.tags == ("particulier", "a,b")
        assert draft.emails == ("helene@exemple.fr",)
        assert draft.addresses[0].city == "Lyon" and draft.addresses[0].country == "FR"
    assert "TEL;VALUE=uri;TYPE=cell:tel:+33612345678" in client_to_vcard(_view(), "4.0")
    assert "TEL;TYPE=CELL,VOICE:06 12 34 56 78" in client_to_vcard(_view(), "3.0")


def test_company_card() -> None:
    company = _view(
        kind=ClientKind.COMPANY, company_name="Martin; Fils", first_name="", last_name=""
    )
    text = client_to_vcard(company, "4.0")
    assert "KIND:org" in text and "ORG:Martin\\; Fils" in text
    draft = card_to_draft(parse_vcards(text)[0])
    assert draft.kind == ClientKind.COMPANY and draft.company_name == "Martin; Fils"


def test_reading_tolerates_real_world_cards() -> None:
    data = (
        "garbage before\n"
        "begin:vcard\n"
        "version:3.0\n"
        'item1.TEL;type="CELL":+33 6 11 22 33 44\n'
        "FN:Jean Pierre Dupont\n"
        "PHOTO;ENCODING=b;TYPE=JPEG:AAAA\n"
        " BBBB\n"
        "EMAIL;TYPE=INTERNET;TYPE=HOME:jp@exemple.fr\n"
        "BEGIN:VCARD\n"  # the previous card has no END
        "N:Durand;Marie\n"
        "END:VCARD\n"
    ).encode("cp1252")
    first, second = parse_vcards(data)
    assert first.line == 2 and second.line == 9
    draft = card_to_draft(first)
    assert (draft.first_name, draft.last_name) == ("Jean Pierre", "Dupont")
    assert draft.phones == ("+33 6 11 22 33 44",) and draft.emails == ("jp@exemple.fr",)
    assert card_to_draft(second).last_name == "Durand"


def test_escaping_helpers() -> None:
    assert split_structured(r"a\;b;c\,d;e\\;f\nz") == ["a;b", "c,d", "e\\", "f\nz"]
    assert unescape(r"x\Ny") == "x\ny"
    assert escape("a;b,c\\d\r\ne") == r"a\;b\,c\\d\ne"


@settings(max_examples=200)
@given(st.text(max_size=300))
def test_folding_then_unfolding_is_identity(text: str) -> None:
    text = text.replace("\r", "").replace("\n", "").replace("\x00", "")
    folded = fold_line("NOTE:" + text)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    (card,) = parse_vcards("BEGIN:VCARD\r\n" + folded + "\r\nEND:VCARD\r\n")
    if text.strip():
        assert card.first("NOTE").value == text  # type: ignore[union-attr]


@settings(max_examples=200)
@given(st.text(max_size=200))
def test_escape_then_unescape_is_identity(text: str) -> None:
    text = text.replace("\r", "")
    assert unescape(escape(text)) == text
    assert split_structured(escape(text) + ";" + escape(text)) == [text, text]


@settings(max_examples=200)
@given(st.binary(max_size=2000))
def test_any_bytes_never_crash(data: bytes) -> None:
    for card in parse_vcards(data):
        card_to_draft(card)
