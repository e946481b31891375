"""The artisan's own company: identity printed on documents and the default terms."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from decimal import Decimal

from sqlalchemy.orm import Session

from artisan_crm.domain.errors import ConflictError, ValidationError
from artisan_crm.domain.money import HUNDRED, ZERO, MoneyError, check_vat_rate, to_decimal
from artisan_crm.i18n import translate
from artisan_crm.storage.models import CompanySettings

COMPANY_ID = 1
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_LOGO_BYTES = 1_000_000
#: Code de commerce L441-10: at most 60 days from the invoice date between professionals.
MAX_PAYMENT_TERMS_DAYS = 60
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_BIC_RE = re.compile(r"^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$")


@dataclass(frozen=True)
class CompanyDraft:
    """What the settings form edits (every field of the company settings except the version)."""

    name: str = ""
    legal_form: str = ""
    address_line1: str = ""
    address_line2: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    siret: str = ""
    vat_number: str = ""
    insurance_mention: str = ""
    iban: str = ""
    bic: str = ""
    logo_png: bytes | None = None
    default_validity_days: int = 30
    payment_terms_days: int = 30
    default_vat_rate: Decimal = Decimal("10")
    default_deposit_percent: Decimal = Decimal("30")
    target_hourly_rate: Decimal = Decimal("45")


@dataclass(frozen=True)
class CompanyView(CompanyDraft):
    """The saved settings; ``version`` is 0 while nothing was ever saved."""

    version: int = 0

    @property
    def address_lines(self) -> tuple[str, ...]:
        town = f"{self.postcode} {self.city}".strip()
        return tuple(p for p in (self.address_line1, self.address_line2, town) if p)

    @property
    def is_configured(self) -> bool:
        """Enough identity to print a document a client and an accountant accept."""
        return bool(self.name and self.siret and self.address_line1 and self.city)

    def draft(self) -> CompanyDraft:
        return CompanyDraft(**{f.name: getattr(self, f.name) for f in fields(CompanyDraft)})


_DRAFT_FIELDS = tuple(f.name for f in fields(CompanyDraft))


def get_company(session: Session) -> CompanyView:
    """The company settings (defaults, version 0, when never saved)."""
    row = session.get(CompanySettings, COMPANY_ID)
    if row is None:
        return CompanyView()
    return _view(row)


def update_company(session: Session, draft: CompanyDraft, *, version: int) -> CompanyView:
    """Save the settings; ``version`` is the one the form loaded (0 for the first save)."""
    cleaned = validate_company(draft)
    row = session.get(CompanySettings, COMPANY_ID)
    if row is None:
        if version != 0:
            raise ConflictError(translate("Company", "The company settings"))
        row = CompanySettings(id=COMPANY_ID)
        session.add(row)
    elif row.version != version:
        raise ConflictError(translate("Company", "The company settings"))
    for name in _DRAFT_FIELDS:
        setattr(row, name, getattr(cleaned, name))
    session.flush()
    return _view(row)


def validate_company(draft: CompanyDraft) -> CompanyDraft:
    """Normalised copy of ``draft`` or a :class:`ValidationError` listing every wrong field."""
    # Imported here: python-stdnum is only needed when the company details are saved.
    from stdnum import iban as stdnum_iban
    from stdnum.fr import siret as stdnum_siret
    from stdnum.fr import tva as stdnum_tva

    errors: dict[str, str] = {}
    values = {name: getattr(draft, name) for name in _DRAFT_FIELDS}
    for name, value in values.items():
        if isinstance(value, str):
            values[name] = value.strip()
    if not values["name"]:
        errors["name"] = translate("Company", "The company name is required.")
    siret = re.sub(r"\s", "", values["siret"])
    if siret:
        if not stdnum_siret.is_valid(siret):
            errors["siret"] = translate("Company", "The SIRET must have 14 valid digits.")
        values["siret"] = siret
    vat_number = re.sub(r"\s", "", values["vat_number"]).upper()
    if vat_number:
        if not stdnum_tva.is_valid(vat_number):
            errors["vat_number"] = translate(
                "Company", "The EU VAT number is invalid (e.g. FR40303265045)."
            )
        values["vat_number"] = vat_number
    iban = re.sub(r"\s", "", values["iban"]).upper()
    if iban:
        if not stdnum_iban.is_valid(iban):
            errors["iban"] = translate("Company", "The IBAN is invalid (check the digits).")
        values["iban"] = stdnum_iban.format(iban) if stdnum_iban.is_valid(iban) else iban
    bic = re.sub(r"\s", "", values["bic"]).upper()
    if bic and not _BIC_RE.match(bic):
        errors["bic"] = translate(
            "Company", "The BIC must have 8 or 11 characters (e.g. AGRIFRPP882)."
        )
    values["bic"] = bic
    if values["email"] and not _EMAIL_RE.match(values["email"]):
        errors["email"] = translate("Company", "The e-mail address is invalid.")
    logo = values["logo_png"]
    if logo is not None:
        if not logo.startswith(PNG_SIGNATURE):
            errors["logo_png"] = translate("Company", "The logo must be a PNG image.")
        elif len(logo) > MAX_LOGO_BYTES:
            errors["logo_png"] = translate("Company", "The logo is too large (1 MB at most).")
    if not 1 <= int(values["default_validity_days"]) <= 365:
        errors["default_validity_days"] = translate(
            "Company", "The validity must be between 1 and 365 days."
        )
    if not 0 <= int(values["payment_terms_days"]) <= MAX_PAYMENT_TERMS_DAYS:
        errors["payment_terms_days"] = translate(
            "Company",
            "The payment terms must be between 0 and 60 days "
            "(article L441-10 of the French Commercial Code).",
        )
    try:
        values["default_vat_rate"] = check_vat_rate(values["default_vat_rate"])
    except MoneyError as exc:
        errors["default_vat_rate"] = str(exc)
    for name, message in (
        (
            "default_deposit_percent",
            translate("Company", "The default deposit must be between 0 and 100%."),
        ),
        ("target_hourly_rate", translate("Company", "The target hourly rate cannot be negative.")),
    ):
        try:
            value = to_decimal(values[name])
        except MoneyError as exc:
            errors[name] = str(exc)
            continue
        upper = HUNDRED if name == "default_deposit_percent" else None
        if value < ZERO or (upper is not None and value > upper):
            errors[name] = message
        values[name] = value
    if errors:
        raise ValidationError(errors)
    return CompanyDraft(**values)


def _view(row: CompanySettings) -> CompanyView:
    data = {name: getattr(row, name) for name in _DRAFT_FIELDS}
    for name, value in data.items():
        if value is None and name != "logo_png":
            data[name] = getattr(CompanyDraft, name)
    return CompanyView(**data, version=row.version)
