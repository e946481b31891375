"""Quote services on SQLite and PostgreSQL: numbering, totals, validation, pipeline, lists."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from artisan_crm.domain.enums import LineKind, QuoteStatus
from artisan_crm.domain.errors import (
    BusinessRuleError,
    ConflictError,
    NotFoundError,
    ValidationError,
)
from artisan_crm.services import catalog, company
from artisan_crm.services import quotes as svc
from artisan_crm.storage.database import Database, open_database
from artisan_crm.storage.models import Client, ClientAddress, Quote, QuoteLine

# storage/types.py: Money/Quantity/Percent subclasses do not set ``cache_ok`` themselves,
# so SQLAlchemy warns on every statement that selects or filters a money column.

TODAY = date(2026, 3, 10)


def add_client(db: Database, last: str = "Dupont", first: str = "Marie") -> tuple[int, int]:
    with db.write() as session:
        client = Client(first_name=first, last_name=last)
        client.addresses.append(
            ClientAddress(kind="site", line1="12 rue des Lilas", postcode="44000", city="Nantes")
        )
        session.add(client)
        session.flush()
        return client.id, client.addresses[0].id


def lines() -> tuple[svc.QuoteLineDraft, ...]:
    return (
        svc.QuoteLineDraft(
            "Dépose ancienne baignoire", Decimal("3"), "h", Decimal("45"), Decimal("10")
        ),
        svc.QuoteLineDraft(
            "Receveur de douche 90x120",
            Decimal("1"),
            "u",
            Decimal("389.90"),
            Decimal("10"),
            kind=LineKind.MATERIAL,
            unit_cost=Decimal("240.00"),
        ),
        svc.QuoteLineDraft(
            "Faïence murale",
            Decimal("12.5"),
            "m²",
            Decimal("54.99"),
            Decimal("10"),
            kind=LineKind.MATERIAL,
            unit_cost=Decimal("21.40"),
            discount_percent=Decimal("5"),
        ),
        svc.QuoteLineDraft(
            "Déplacement",
            Decimal("1"),
            "forfait",
            Decimal("35"),
            Decimal("20"),
            kind=LineKind.TRAVEL,
        ),
    )


def new_quote(db: Database, client_id: int, **kwargs) -> svc.QuoteView:
    draft = svc.QuoteDraft(client_id=client_id, title="Salle de bain", lines=lines(), **kwargs)
    with db.write() as session:
        return svc.create_quote(session, draft, today=TODAY)


def test_create_numbers_totals_and_reload(db: Database) -> None:
    client_id, site_id = add_client(db)
    view = new_quote(db, client_id, site_address_id=site_id, deposit_percent=Decimal("30"))
    assert view.number == "DEV-2026-0001"
    assert view.status == QuoteStatus.DRAFT
    assert view.issued_on == TODAY
    assert view.valid_until == TODAY + timedelta(days=30)  # company default
    assert view.site_address == "12 rue des Lilas, 44000 Nantes"
    # 135.00 + 389.90 + round(687.375 * 0.95 = 653.00625) = 653.01 at 10 %, 35.00 at 20 %
    assert [line.excl_vat for line in view.lines] == [
        Decimal("135.00"),
        Decimal("389.90"),
        Decimal("653.01"),
        Decimal("35.00"),
    ]
    assert view.totals.excl_vat == Decimal("1212.91")
    rates = {row.rate: (row.base, row.vat) for row in view.totals.vat_breakdown}
    assert rates == {
        Decimal("10"): (Decimal("1177.91"), Decimal("117.79")),
        Decimal("20"): (Decimal("35.00"), Decimal("7.00")),
    }
    assert view.totals.incl_vat == Decimal("1337.70")
    assert view.material_cost == Decimal("240.00") + Decimal("267.50")
    assert view.margin == view.totals.excl_vat - view.material_cost
    assert view.reduced_vat_rates == (Decimal("10"),)
    with db.read() as session:
        again = svc.get_quote(session, view.id)
        stored = session.get(Quote, view.id)
        assert stored is not None
        assert (stored.total_excl_vat, stored.total_vat, stored.total_incl_vat) == (
            Decimal("1212.91"),
            Decimal("124.79"),
            Decimal("1337.70"),
        )
        assert stored.material_cost == Decimal("507.50")
        assert svc.get_quote_by_number(session, "dev-2026-0001").id == view.id
    assert again == view
    second = new_quote(db, client_id)
    assert second.number == "DEV-2026-0002"


def test_vat_rate_defaults_to_company_setting(db: Database) -> None:
    client_id, _ = add_client(db)
    with db.write() as session:
        company.update_company(
            session,
            company.CompanyDraft(name="Plomberie Martin", default_vat_rate=Decimal("20")),
            version=0,
        )
        view = svc.create_quote(
            session,
            svc.QuoteDraft(
                client_id=client_id,
                lines=(svc.QuoteLineDraft("Réparation", unit_price=Decimal("80")),),
            ),
            today=TODAY,
        )
    assert view.lines[0].vat_rate == Decimal("20")
    assert view.totals.incl_vat == Decimal("96.00")


@pytest.mark.parametrize(
    ("line", "field", "words"),
    [
        (svc.QuoteLineDraft("Pose", Decimal("-1"), "h", Decimal("45")), "quantity", "négative"),
        (svc.QuoteLineDraft("Pose", Decimal("1"), "h", Decimal("-45")), "unit_price", "négatif"),
        (
            svc.QuoteLineDraft("Pose", Decimal("1"), "h", Decimal("45"), Decimal("7")),
            "vat_rate",
            "7 %",
        ),
        (
            svc.QuoteLineDraft(
                "Pose", Decimal("1"), "h", Decimal("45"), discount_percent=Decimal("120")
            ),
            "discount_percent",
            "remise",
        ),
        (svc.QuoteLineDraft("  ", Decimal("1"), "h", Decimal("45")), "description", "désignation"),
        (svc.QuoteLineDraft("Pose", Decimal("1"), "", Decimal("45")), "unit", "unité"),
    ],
)
def test_bad_lines_refused_nothing_saved(db: Database, line, field: str, words: str) -> None:
    client_id, _ = add_client(db)
    good = svc.QuoteLineDraft("Main d'œuvre", Decimal("2"), "h", Decimal("45"))
    with pytest.raises(ValidationError) as caught, db.write() as session:
        svc.create_quote(
            session, svc.QuoteDraft(client_id=client_id, lines=(good, line)), today=TODAY
        )
    key = f"lines[1].{field}"
    assert key in caught.value.field_errors
    assert caught.value.field_errors[key].startswith("Ligne 2 :")
    assert words in caught.value.field_errors[key]
    with db.read() as session:
        assert session.scalar(select(func.count(Quote.id))) == 0
        assert session.scalar(select(func.count(QuoteLine.id))) == 0
    # the refused attempt did not burn a number
    assert new_quote(db, client_id).number == "DEV-2026-0001"


def test_negative_price_allowed_on_other_line_as_discount(db: Database) -> None:
    client_id, _ = add_client(db)
    discount = svc.QuoteLineDraft(
        "Remise commerciale",
        unit="forfait",
        unit_price=Decimal("-50"),
        vat_rate=Decimal("10"),
        kind=LineKind.OTHER,
    )
    with db.write() as session:
        view = svc.create_quote(
            session, svc.QuoteDraft(client_id=client_id, lines=(*lines(), discount)), today=TODAY
        )
    assert view.totals.excl_vat == Decimal("1162.91")


def test_header_validation(db: Database) -> None:
    client_id, _ = add_client(db)
    _other_client, other_site = add_client(db, "Durand")
    with pytest.raises(ValidationError) as caught, db.write() as session:
        svc.create_quote(
            session,
            svc.QuoteDraft(
                client_id=client_id,
                lines=lines(),
                issued_on=TODAY,
                valid_until=TODAY - timedelta(days=1),
                deposit_percent=Decimal("150"),
                site_address_id=other_site,
            ),
        )
    assert set(caught.value.field_errors) == {"valid_until", "deposit_percent", "site_address_id"}
    with pytest.raises(ValidationError) as caught, db.write() as session:
        svc.create_quote(session, svc.QuoteDraft(client_id=999_999, lines=lines()))
    assert "client_id" in caught.value.field_errors


def test_update_replaces_lines_and_recomputes(db: Database) -> None:
    client_id, _ = add_client(db)
    view = new_quote(db, client_id)
    draft = view.draft()
    changed = svc.QuoteDraft(
        client_id=client_id,
        title="Salle d'eau",
        lines=draft.lines[:2],
        issued_on=TODAY,
        valid_until=TODAY + timedelta(days=60),
        deposit_percent=Decimal("40"),
        notes="Accès par la cour",
    )
    with db.write() as session:
        updated = svc.update_quote(session, view.id, changed, version=view.version)
    assert updated.version == view.version + 1
    assert updated.title == "Salle d'eau"
    assert len(updated.lines) == 2
    assert updated.totals.excl_vat == Decimal("524.90")
    assert updated.valid_until == TODAY + timedelta(days=60)
    with db.read() as session:
        stored = session.get(Quote, view.id)
        assert stored is not None and stored.total_excl_vat == Decimal("524.90")
        assert session.scalar(select(func.count(QuoteLine.id))) == 2


def test_stale_version_is_a_conflict(db: Database) -> None:
    client_id, _ = add_client(db)
    view = new_quote(db, client_id)
    with db.write() as session:
        svc.update_quote(session, view.id, view.draft(), version=view.version)
    with pytest.raises(ConflictError) as caught, db.write() as session:
        svc.update_quote(session, view.id, view.draft(), version=view.version)
    assert "autre poste" in str(caught.value)


def test_line_editing_helpers(db: Database) -> None:
    client_id, _ = add_client(db)
    view = new_quote(db, client_id)
    names = [line.description for line in view.lines]
    with db.write() as session:
        moved = svc.move_quote_line(session, view.id, 3, 0, version=view.version)
    assert [line.description for line in moved.lines] == [names[3], *names[:3]]
    assert [line.position for line in moved.lines] == [0, 1, 2, 3]
    with db.write() as session:
        dup = svc.duplicate_quote_line(session, view.id, 1, version=moved.version)
    assert [line.description for line in dup.lines][1:3] == [names[0], names[0]]
    with db.write() as session:
        deleted = svc.delete_quote_line(session, view.id, 0, version=dup.version)
    assert len(deleted.lines) == 4 and deleted.lines[0].description == names[0]
    assert deleted.totals.excl_vat == view.totals.excl_vat - Decimal("35.00") + Decimal("135.00")
    with pytest.raises(ValidationError), db.write() as session:
        svc.delete_quote_line(session, view.id, 99, version=deleted.version)


def test_catalogue_lines_carry_cost_and_margin(db: Database) -> None:
    client_id, _ = add_client(db)
    with db.write() as session:
        item = catalog.create_catalog_item(
            session,
            catalog.CatalogItemDraft(
                "Mitigeur thermostatique",
                LineKind.MATERIAL,
                "u",
                Decimal("189"),
                Decimal("112.40"),
                Decimal("10"),
            ),
        )
        labour = catalog.create_catalog_item(
            session,
            catalog.CatalogItemDraft(
                "Main d'œuvre plombier", LineKind.LABOUR, "h", Decimal("48"), vat_rate=Decimal("10")
            ),
        )
    assert item.margin == Decimal("76.60")
    with db.write() as session:
        view = svc.create_quote(session, svc.QuoteDraft(client_id=client_id), today=TODAY)
        view = svc.add_quote_lines(
            session,
            view.id,
            [
                catalog.line_from_catalog(session, item.id, Decimal("2")),
                catalog.line_from_catalog(session, labour.id, Decimal("1.5")),
            ],
            version=view.version,
        )
    assert view.material_cost == Decimal("224.80")
    assert view.totals.excl_vat == Decimal("450.00")
    assert view.margin == Decimal("225.20")
    assert view.lines[0].catalog_item_id == item.id
    with db.read() as session:
        found = catalog.list_catalog_items(session, search="mitigeur")
    assert [i.id for i in found] == [item.id]
    with pytest.raises(ValidationError), db.write() as session:
        catalog.create_catalog_item(
            session,
            catalog.CatalogItemDraft("Vis", unit_price=Decimal("1"), vat_rate=Decimal("19.6")),
        )


def test_pipeline_dates_each_transition(db: Database) -> None:
    client_id, _ = add_client(db)
    view = new_quote(db, client_id)
    sent_at = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)
    with db.write() as session:
        sent = svc.send_quote(session, view.id, version=view.version, now=sent_at)
    assert sent.status == QuoteStatus.SENT and sent.sent_at == sent_at
    with pytest.raises(BusinessRuleError) as caught, db.write() as session:
        svc.update_quote(session, view.id, sent.draft(), version=sent.version)
    assert "Dupliquez" in str(caught.value)
    with pytest.raises(BusinessRuleError), db.write() as session:
        svc.change_quote_status(session, view.id, QuoteStatus.DRAFT, version=sent.version)
    accepted_at = datetime(2026, 3, 20, 15, 30, tzinfo=UTC)
    with db.write() as session:
        accepted = svc.accept_quote(session, view.id, version=sent.version, now=accepted_at)
    assert accepted.accepted_at == accepted_at and accepted.sent_at == sent_at
    with pytest.raises(BusinessRuleError) as caught, db.write() as session:
        svc.refuse_quote(session, view.id, version=accepted.version)
    assert "accepté" in str(caught.value)


def test_empty_quote_cannot_be_sent(db: Database) -> None:
    client_id, _ = add_client(db)
    with db.write() as session:
        empty = svc.create_quote(session, svc.QuoteDraft(client_id=client_id), today=TODAY)
    with pytest.raises(BusinessRuleError) as caught, db.write() as session:
        svc.send_quote(session, empty.id, version=empty.version)
    assert "vide" in str(caught.value)
    with db.read() as session:
        assert svc.get_quote(session, empty.id).status == QuoteStatus.DRAFT


def test_expire_overdue_quotes(db: Database) -> None:
    client_id, _ = add_client(db)
    early = new_quote(db, client_id, valid_until=TODAY + timedelta(days=5))
    late = new_quote(db, client_id, valid_until=TODAY + timedelta(days=30))
    draft = new_quote(db, client_id, valid_until=TODAY + timedelta(days=1))
    now = datetime(2026, 3, 10, 8, tzinfo=UTC)
    with db.write() as session:
        early = svc.send_quote(session, early.id, version=early.version, now=now)
        late = svc.send_quote(session, late.id, version=late.version, now=now)
    with db.write() as session:
        assert svc.expire_overdue_quotes(session, TODAY + timedelta(days=5)) == []
    with db.write() as session:
        expired = svc.expire_overdue_quotes(session, TODAY + timedelta(days=6))
    assert expired == [early.id]
    assert db.last_changes.ids("quote") == {early.id}
    with db.read() as session:
        seen = svc.get_quote(session, early.id)
        assert seen.status == QuoteStatus.EXPIRED and seen.expired_at is not None
        assert svc.get_quote(session, late.id).status == QuoteStatus.SENT
        assert svc.get_quote(session, draft.id).status == QuoteStatus.DRAFT
    # an editor still holding the sent quote now gets a conflict
    with pytest.raises(ConflictError), db.write() as session:
        svc.accept_quote(session, early.id, version=early.version)
    # an expired quote can be sent again with a new validity date
    with db.write() as session:
        again = svc.send_quote(
            session, early.id, version=seen.version, valid_until=date.today() + timedelta(days=30)
        )
    assert again.status == QuoteStatus.SENT


def test_duplicate_is_a_new_draft(db: Database) -> None:
    client_id, _ = add_client(db)
    view = new_quote(db, client_id, deposit_percent=Decimal("25"))
    with db.write() as session:
        sent = svc.send_quote(
            session, view.id, version=view.version, now=datetime(2026, 3, 11, tzinfo=UTC)
        )
        copy = svc.duplicate_quote(session, sent.id, today=TODAY + timedelta(days=3))
    assert copy.number == "DEV-2026-0002" and copy.status == QuoteStatus.DRAFT
    assert copy.issued_on == TODAY + timedelta(days=3)
    assert copy.totals == view.totals
    assert [line.description for line in copy.lines] == [line.description for line in view.lines]
    assert copy.deposit_percent == Decimal("25")


def test_lists_search_age_and_summary(db: Database) -> None:
    client_id, _ = add_client(db)
    other_id, _ = add_client(db, "Lefèvre", "Paul")
    first = new_quote(db, client_id)
    with db.write() as session:
        second = svc.create_quote(
            session,
            svc.QuoteDraft(
                client_id=other_id,
                title="Cuisine",
                lines=(
                    svc.QuoteLineDraft("Plan de travail chêne", Decimal("1"), "u", Decimal("600")),
                ),
            ),
            today=TODAY,
        )
        svc.send_quote(
            session,
            first.id,
            version=first.version,
            now=datetime(2026, 3, 1, 10, tzinfo=UTC),
            valid_until=TODAY + timedelta(days=30),
        )
    with db.read() as session:
        rows = svc.list_quotes(session, today=TODAY + timedelta(days=2))
        sent = svc.list_quotes(session, status=QuoteStatus.SENT, today=date(2026, 3, 13))
        drafts = svc.list_quotes(session, status=[QuoteStatus.DRAFT])
        by_client = svc.list_quotes(session, client_id=other_id)
        found = svc.search_quotes(session, "chêne")
        found_name = svc.search_quotes(session, "lefèvre cuis")
        found_number = svc.search_quotes(session, "2026-0001")
        nothing = svc.search_quotes(session, "100%")
        count = svc.count_quotes(session, status=QuoteStatus.SENT)
        summary = {s.status: s for s in svc.quote_status_summary(session)}
    assert [r.number for r in rows] == ["DEV-2026-0002", "DEV-2026-0001"]
    assert [r.id for r in sent] == [first.id]
    assert sent[0].age_days == 12 and sent[0].age_text == "envoyé il y a 12 jours"
    assert sent[0].client_name == "Marie Dupont"
    assert sent[0].total_incl_vat == first.totals.incl_vat
    assert [r.id for r in drafts] == [second.id]
    assert [r.id for r in by_client] == [second.id]
    assert [r.id for r in found] == [second.id]
    assert [r.id for r in found_name] == [second.id]
    assert [r.id for r in found_number] == [first.id]
    assert nothing == []
    assert count == 1
    assert summary[QuoteStatus.SENT].count == 1
    assert summary[QuoteStatus.SENT].total_incl_vat == first.totals.incl_vat
    assert summary[QuoteStatus.DRAFT].total_excl_vat == Decimal("600.00")
    assert summary[QuoteStatus.REFUSED].count == 0


def test_unknown_quote(db: Database) -> None:
    with pytest.raises(NotFoundError), db.read() as session:
        svc.get_quote(session, 4242)
    with pytest.raises(NotFoundError), db.read() as session:
        svc.get_quote_by_number(session, "DEV-2026-9999")


# ---- Two workstations on one PostgreSQL database ------------------------------------------------


@pytest.mark.postgres
def test_two_workstations_conflict_on_postgresql(pg_url: str, tmp_path) -> None:
    first = open_database(pg_url, backups_dir=tmp_path / "b1")
    second = open_database(pg_url, backups_dir=tmp_path / "b2")
    try:
        client_id, _ = add_client(first)
        view = new_quote(first, client_id)
        # Both workstations loaded version 1; the first saves, the second is refused.
        with second.read() as session:
            loaded_on_second = svc.get_quote(session, view.id)
        with first.write() as session:
            svc.update_quote(session, view.id, view.draft(), version=view.version)
        changed = svc.QuoteDraft(client_id=client_id, title="Écrasement ?", lines=lines()[:1])
        with pytest.raises(ConflictError), second.write() as session:
            svc.update_quote(session, view.id, changed, version=loaded_on_second.version)
        with first.read() as session:
            assert svc.get_quote(session, view.id).title == "Salle de bain"
    finally:
        first.dispose()
        second.dispose()


@pytest.mark.postgres
def test_racing_saves_on_postgresql_one_wins(pg_url: str, tmp_path) -> None:
    """Both pass the version check; the row lock makes the second wait, then refuse."""
    first = open_database(pg_url, backups_dir=tmp_path / "b1")
    second = open_database(pg_url, backups_dir=tmp_path / "b2")
    try:
        client_id, _ = add_client(first)
        view = new_quote(first, client_id)
        results: dict[str, object] = {}
        first_holds_lock = threading.Event()
        release_first = threading.Event()

        def first_save() -> None:
            with first.write() as session:
                svc.update_quote(session, view.id, view.draft(), version=view.version)
                first_holds_lock.set()
                release_first.wait(5)
            results["first"] = "saved"

        def second_save() -> None:
            try:
                with second.write() as session:
                    svc.update_quote(session, view.id, view.draft(), version=view.version)
                results["second"] = "saved"
            except ConflictError as exc:
                results["second"] = exc

        t1 = threading.Thread(target=first_save)
        t1.start()
        assert first_holds_lock.wait(5)
        t2 = threading.Thread(target=second_save)
        t2.start()
        t2.join(0.5)
        assert t2.is_alive(), "the second save must wait for the first one's row lock"
        release_first.set()
        t1.join(5)
        t2.join(5)
        assert results["first"] == "saved"
        assert isinstance(results["second"], ConflictError)
    finally:
        first.dispose()
        second.dispose()
