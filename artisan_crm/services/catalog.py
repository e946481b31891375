"""The catalogue of reusable quote lines: labour rates and usual materials with purchase cost."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from artisan_crm.domain.enums import LineKind
from artisan_crm.domain.errors import NotFoundError, ValidationError
from artisan_crm.domain.money import ZERO, to_decimal
from artisan_crm.domain.quotes import check_line
from artisan_crm.i18n import translate
from artisan_crm.services.common import ensure_version
from artisan_crm.services.quotes import QuoteLineDraft
from artisan_crm.storage.models import CatalogItem


@dataclass(frozen=True)
class CatalogItemDraft:
    description: str
    kind: LineKind = LineKind.MATERIAL
    unit: str = "u"
    unit_price: Decimal = ZERO
    unit_cost: Decimal = ZERO
    vat_rate: Decimal = Decimal("10")
    active: bool = True


@dataclass(frozen=True)
class CatalogItemView(CatalogItemDraft):
    id: int = 0
    version: int = 0

    @property
    def margin(self) -> Decimal:
        """Margin per unit excl. VAT (sale price minus purchase cost)."""
        return self.unit_price - self.unit_cost

    @property
    def margin_rate(self) -> Decimal | None:
        """Margin as a share of the sale price (None for a free item)."""
        if self.unit_price == ZERO:
            return None
        return (self.margin / self.unit_price * 100).quantize(Decimal("0.1"))


def _check(draft: CatalogItemDraft) -> None:
    errors, _ = check_line(
        kind=LineKind(draft.kind).value,
        description=draft.description,
        quantity=Decimal(1),
        unit_price=draft.unit_price,
        unit_cost=draft.unit_cost,
        vat_rate=draft.vat_rate,
        discount_percent=ZERO,
    )
    messages = {field: message[:1].upper() + message[1:] for field, message in errors.items()}
    if len(draft.description.strip()) > 300:
        messages["description"] = translate(
            "Catalog", "The description is too long (300 characters at most)."
        )
    if not draft.unit.strip():
        messages["unit"] = translate("Catalog", "The unit is required (h, m², ml, u, forfait...).")
    if messages:
        raise ValidationError(messages)


def _apply(item: CatalogItem, draft: CatalogItemDraft) -> None:
    item.description = draft.description.strip()
    item.kind = LineKind(draft.kind)
    item.unit = draft.unit.strip()
    item.unit_price = to_decimal(draft.unit_price)
    item.unit_cost = to_decimal(draft.unit_cost)
    item.vat_rate = to_decimal(draft.vat_rate)
    item.active = draft.active


def _view(item: CatalogItem) -> CatalogItemView:
    return CatalogItemView(
        id=item.id,
        version=item.version,
        description=item.description,
        kind=LineKind(item.kind),
        unit=item.unit,
        unit_price=item.unit_price,
        unit_cost=item.unit_cost,
        vat_rate=item.vat_rate,
        active=item.active,
    )


def create_catalog_item(session: Session, draft: CatalogItemDraft) -> CatalogItemView:
    _check(draft)
    item = CatalogItem()
    _apply(item, draft)
    session.add(item)
    session.flush()
    return _view(item)


def update_catalog_item(
    session: Session, item_id: int, draft: CatalogItemDraft, *, version: int
) -> CatalogItemView:
    """Change an item; quotes already written keep their own copy of the line."""
    item = _load(session, item_id)
    ensure_version(item, version, translate("Catalog", "This catalogue item"))
    _check(draft)
    _apply(item, draft)
    session.flush()
    return _view(item)


def get_catalog_item(session: Session, item_id: int) -> CatalogItemView:
    return _view(_load(session, item_id))


def _load(session: Session, item_id: int) -> CatalogItem:
    item = session.get(CatalogItem, item_id)
    if item is None:
        raise NotFoundError(
            translate("Catalog", "Item no. {id} is not in the catalogue.").format(id=item_id)
        )
    return item


def list_catalog_items(
    session: Session,
    *,
    search: str | None = None,
    kind: LineKind | None = None,
    include_inactive: bool = False,
    limit: int = 200,
    offset: int = 0,
) -> list[CatalogItemView]:
    """Items by kind then description; ``search`` matches every word of the description."""
    statement = select(CatalogItem)
    if not include_inactive:
        statement = statement.where(CatalogItem.active.is_(True))
    if kind is not None:
        statement = statement.where(CatalogItem.kind == LineKind(kind))
    if search:
        for word in search.split():
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            statement = statement.where(
                or_(
                    CatalogItem.description.ilike(f"%{escaped}%", escape="\\"),
                    CatalogItem.unit.ilike(escaped, escape="\\"),
                )
            )
    statement = statement.order_by(CatalogItem.kind, CatalogItem.description, CatalogItem.id)
    return [_view(i) for i in session.scalars(statement.limit(limit).offset(offset))]


def line_from_catalog(
    session: Session, item_id: int, quantity: Decimal = Decimal(1)
) -> QuoteLineDraft:
    """A quote line prefilled from a catalogue item (price, cost and VAT rate copied)."""
    item = _load(session, item_id)
    return QuoteLineDraft(
        description=item.description,
        quantity=to_decimal(quantity),
        unit=item.unit,
        unit_price=item.unit_price,
        vat_rate=item.vat_rate,
        kind=LineKind(item.kind),
        unit_cost=item.unit_cost,
        catalog_item_id=item.id,
    )
