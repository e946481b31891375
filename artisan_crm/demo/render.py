"""Second stage of the generator: turn each client's plan into table rows.

Rows are plain dicts ready for a Core ``insert()`` executemany; ids are given
here (``first id + running count`` per table) so that children can point at
their parents without a round trip. Money goes in as :class:`~decimal.Decimal`
(the ``Money`` column type stores cents); datetimes are aware UTC.

Each client has its own random stream and re-seeds the shared Faker instance,
so a client's rows depend only on the seed, its position and ``today``.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from types import SimpleNamespace
from typing import Any, NamedTuple

from faker import Faker

from artisan_crm.demo import vocab
from artisan_crm.demo.identity import (
    ascii_slug,
    display_phone,
    phone_search_key,
    random_french_iban,
    random_landline,
    random_mobile,
    random_siret,
    vat_number_for,
)
from artisan_crm.demo.plan import (
    DEPOSIT_DUE_DAYS,
    PAYMENT_TERMS_DAYS,
    ClientPlan,
    FastRandom,
    JobPlan,
    PaymentHabit,
    Profile,
    QuotePlan,
    Segment,
    add_workdays,
    local_dt,
    workday,
)
from artisan_crm.domain.enums import (
    AddressKind,
    ContactKind,
    Direction,
    FeedbackStatus,
    InteractionChannel,
    InvoiceKind,
    InvoiceStatus,
    JobStatus,
    LineKind,
    PaymentMethod,
    QuoteStatus,
    ReminderKind,
    ReminderState,
    TimeKind,
)
from artisan_crm.domain.money import (
    HUNDRED,
    ZERO,
    LineAmounts,
    document_totals,
    format_percent,
    line_amounts,
    round_cents,
)
from artisan_crm.services.clients import build_search_text

Row = dict[str, Any]

#: Insert order (parents before children).
TABLE_ORDER: tuple[str, ...] = (
    "tag",
    "catalog_item",
    "company_settings",
    "client",
    "client_tag",
    "client_contact",
    "client_address",
    "interaction",
    "feedback",
    "quote",
    "quote_line",
    "job",
    "invoice",
    "invoice_line",
    "payment",
    "time_entry",
    "appointment",
    "reminder",
)
#: Tables whose ``id`` we give ourselves (PostgreSQL sequences are moved past them).
ID_TABLES: tuple[str, ...] = tuple(t for t in TABLE_ORDER if t not in ("client_tag",))
#: Tables whose ids are numbered from 0 in each chunk of clients and shifted when the
#: chunk is inserted (so that chunks can be rendered in parallel); clients, tags and
#: the catalogue have global ids known in advance.
LOCAL_TABLES: tuple[str, ...] = (
    "client_contact",
    "client_address",
    "interaction",
    "feedback",
    "quote",
    "quote_line",
    "job",
    "invoice",
    "invoice_line",
    "payment",
    "time_entry",
    "appointment",
    "reminder",
)


class LocalKey(NamedTuple):
    """A reminder rule key naming a row by its chunk-local id (``quote:{id}:followup:1``)."""

    table: str
    local_id: int
    suffix: str

    def resolve(self, offsets: dict[str, int]) -> str:
        return f"{self.table}:{self.local_id + offsets[self.table]}{self.suffix}"


DEPOSIT_PERCENT = Decimal("30")
HOUR = Decimal(60)
RESIDENTIAL_VAT = Decimal("10")
ENERGY_VAT = Decimal("5.5")
STANDARD_VAT = Decimal("20")
_PAYMENT_HABITS = (
    PaymentHabit.ON_TIME,
    PaymentHabit.LATE,
    PaymentHabit.PARTIAL,
    PaymentHabit.UNPAID,
)
_HABIT_WEIGHTS = {
    Profile.GEM: (100, 0, 0, 0),
    Profile.ORDINARY: (78, 12, 5, 5),
    Profile.NEWCOMER: (78, 12, 5, 5),
    Profile.VAMPIRE: (20, 40, 20, 20),
}
_ONSITE_FACTOR = {
    Profile.GEM: (0.85, 1.0),
    Profile.VAMPIRE: (1.2, 1.7),
}
_COMPLAINT_P = {Profile.VAMPIRE: 0.6, Profile.GEM: 0.02}
_AFTER_SALES_P = {Profile.VAMPIRE: 0.5, Profile.GEM: 0.04}
#: relative weights of the optional time entries when a client's budget is short
_EXTRA_KINDS = (
    "split",
    "travel",
    "visit",
    "admin",
    "chasing",
    "complaint",
    "after_sales",
    "overrun",
)
_EXTRA_WEIGHTS: dict[Profile, dict[str, float]] = {
    Profile.GEM: dict(zip(_EXTRA_KINDS, (10, 6, 3, 1, 1, 1, 1, 1), strict=True)),
    Profile.ORDINARY: dict(zip(_EXTRA_KINDS, (6, 3, 3, 2, 3, 3, 3, 3), strict=True)),
    Profile.NEWCOMER: dict(zip(_EXTRA_KINDS, (6, 3, 3, 2, 3, 3, 3, 3), strict=True)),
    Profile.VAMPIRE: dict(zip(_EXTRA_KINDS, (1, 1, 3, 2, 6, 6, 6, 10), strict=True)),
}


@dataclass
class _Job:
    """A rendered job, kept while the client's time entries are being laid out."""

    id: int
    quote_id: int | None
    plan: JobPlan
    title: str
    onsite_minutes: int
    #: time spent beyond the planned hours (logged, if at all, as unbilled on-site time)
    overrun_minutes: int
    worked_days: list[date]
    site: str


@dataclass
class _ClientState:
    plan: ClientPlan
    rng: random.Random
    id: int
    name: str
    billing_text: str
    billing_id: int
    sites: list[tuple[int, str]]
    jobs: list[_Job] = field(default_factory=list)
    #: (quote id, issued on, prep minutes, visit day)
    quotes: list[tuple[int, date, int, date | None]] = field(default_factory=list)
    #: (invoice id, due on, chase days)
    chases: list[tuple[int, list[date]]] = field(default_factory=list)
    #: (job, complaint day)
    complaints: list[tuple[_Job, date]] = field(default_factory=list)
    after_sales: list[tuple[_Job, date]] = field(default_factory=list)


class Renderer:
    """Accumulates the rows of a chunk of clients; :meth:`take_rows` hands them over."""

    def __init__(
        self,
        *,
        seed: int,
        today: date,
        first_client_id: int,
        tag_ids: dict[str, int],
        catalog_ids: dict[str, int],
    ) -> None:
        self.seed = seed
        self.today = today
        self.yesterday = today - timedelta(days=1)
        self.first_client_id = first_client_id
        self.next_ids = dict.fromkeys(LOCAL_TABLES, 0)
        self.tag_ids = tag_ids
        self.catalog_ids = catalog_ids
        self.faker = Faker("fr_FR")
        self.rows: dict[str, list[Row]] = defaultdict(list)
        self.created_at = local_dt(today - timedelta(days=1), 20)
        self._amounts: dict[tuple[Decimal, Decimal, Decimal, Decimal], LineAmounts] = {}

    def line_amounts(
        self, quantity: Decimal, price: Decimal, vat: Decimal, discount: Decimal
    ) -> LineAmounts:
        """:func:`domain.money.line_amounts`, memoised: catalogue lines repeat a lot."""
        key = (quantity, price, vat, discount)
        found = self._amounts.get(key)
        if found is None:
            found = self._amounts[key] = line_amounts(quantity, price, vat, discount)
        return found

    # ---- plumbing -------------------------------------------------------------------------

    def _id(self, table: str) -> int:
        value = self.next_ids[table]
        self.next_ids[table] = value + 1
        return value

    def client_id(self, index: int) -> int:
        return self.first_client_id + index

    def take_rows(self) -> dict[str, list[Row]]:
        """The rows rendered since the last call; local ids start again from 0."""
        rows, self.rows = self.rows, defaultdict(list)
        self.next_ids = dict.fromkeys(LOCAL_TABLES, 0)
        return rows

    def _stamp(self, row: Row, created: datetime, updated: datetime | None = None) -> Row:
        row["created_at"] = created
        row["updated_at"] = updated or created
        row["version"] = 1
        return row

    # ---- fixed rows -----------------------------------------------------------------------

    def catalog_rows(self, first_id: int) -> list[Row]:
        """The demo catalogue; fills :attr:`catalog_ids` (given before rendering clients)."""
        created = local_dt(self.today - timedelta(days=1100), 9)
        rows = []
        for n, entry in enumerate(vocab.CATALOG):
            vat = entry.fixed_vat if entry.fixed_vat is not None else RESIDENTIAL_VAT
            self.catalog_ids[entry.key] = first_id + n
            rows.append(
                self._stamp(
                    {
                        "id": first_id + n,
                        "kind": entry.kind,
                        "description": entry.description,
                        "unit": entry.unit,
                        "unit_price": entry.price,
                        "unit_cost": entry.cost,
                        "vat_rate": vat,
                        "active": True,
                    },
                    created,
                )
            )
        return rows

    def company_row(self) -> Row:
        rng = FastRandom(f"{self.seed}:company")
        siret = random_siret(rng)
        return self._stamp(
            {
                "id": 1,
                "name": "Morvan Plomberie Chauffage",
                "legal_form": "SARL au capital de 10 000 €",
                "address_line1": "ZA de la Lande",
                "address_line2": "7 rue Gutenberg",
                "postcode": "44470",
                "city": "Carquefou",
                "phone": "02 40 52 18 73",
                "email": "contact@morvan-plomberie.fr",
                "siret": siret,
                "vat_number": vat_number_for(siret[:9]),
                "insurance_mention": (
                    "Assurance décennale : MAAF Pro, contrat n° 144 872 309 K, "
                    "couvrant les travaux de plomberie et de chauffage en France métropolitaine."
                ),
                "iban": random_french_iban(rng),
                "bic": "CMCIFR2A",
                "logo_png": None,
                "default_validity_days": 30,
                "payment_terms_days": PAYMENT_TERMS_DAYS,
                "default_vat_rate": RESIDENTIAL_VAT,
                "default_deposit_percent": DEPOSIT_PERCENT,
                "target_hourly_rate": Decimal("55"),
            },
            local_dt(self.today - timedelta(days=1100), 9),
        )

    # ---- one client -----------------------------------------------------------------------

    def render_client(self, plan: ClientPlan) -> None:
        rng = FastRandom(f"{plan.key}:render")
        self.faker.seed_instance(f"{plan.key}:faker")
        client_id = self.client_id(plan.index)
        state = self._client(plan, rng, client_id)
        for quote in plan.quotes:
            self._quote(state, quote)
        for direct in plan.direct_jobs:
            self._direct_job(state, direct.template, direct.job, direct.maintenance)
        if plan.profile == Profile.NEWCOMER and not plan.quotes:
            self._newcomer_visit(state)
        self._episodes(state)
        self._time_entries(state)
        self._client_reminders(state)

    def _client(self, plan: ClientPlan, rng: random.Random, client_id: int) -> _ClientState:
        fake = self.faker
        show = plan.showcase
        female = rng.random() < 0.5
        if show:
            title, first, last = show.title, show.first_name, show.last_name
        else:
            title = "Mme" if female else "M."
            first = fake.first_name_female() if female else fake.first_name_male()
            last = fake.last_name()
        local_postcode, local_city = rng.choice(vocab.LOCAL_PLACES)
        company = ""
        siret = vat_number = None
        if plan.segment == Segment.BUSINESS:
            activity = rng.choice(vocab.BUSINESS_ACTIVITIES)
            company = f"{rng.choice(vocab.BUSINESS_FORMS)} {activity} {last}"
        elif plan.segment == Segment.SCI:
            company = f"SCI {rng.choice(vocab.SCI_NAMES)}"
        elif plan.segment == Segment.SYNDIC:
            company = f"{rng.choice(vocab.SYNDIC_NAMES)} {local_city}"
        if show and show.company_name:
            company = show.company_name
        if plan.segment != Segment.PERSON:
            siret = random_siret(rng)
            if plan.segment != Segment.SCI and rng.random() < 0.8:
                vat_number = vat_number_for(siret[:9])
        name = f"{first} {last}"
        display = f"{company} ({name})" if company else name
        created = local_dt(plan.start, rng.randint(8, 18), rng.choice((0, 15, 30, 45)))
        consent = rng.random() < 0.4
        notes = rng.choice(vocab.NOTES_BY_PROFILE[plan.profile])
        if plan.second_home:
            notes = (notes + " Résidence secondaire : clés chez le voisin.").strip()
        archived = plan.profile == Profile.ORDINARY and not show and rng.random() < 0.03
        self.rows["client"].append(
            self._stamp(
                {
                    "id": client_id,
                    "kind": plan.kind,
                    "title": title,
                    "first_name": first,
                    "last_name": last,
                    "company_name": company,
                    "siret": siret,
                    "vat_number": vat_number,
                    "source": plan.source,
                    "referred_by_id": (
                        self.client_id(plan.referred_by) if plan.referred_by is not None else None
                    ),
                    "notes": notes,
                    "marketing_consent": consent,
                    "consent_at": created if consent else None,
                    "maintenance_contract": plan.maintenance,
                    "maintenance_due_on": plan.maintenance_due_on,
                    "archived": archived,
                    "anonymised_at": None,
                },
                created,
            )
        )
        client_row = self.rows["client"][-1]
        tags = self._tags(plan, rng, client_id)
        contacts = self._contacts(plan, rng, client_id, first, last, company)
        first_address = len(self.rows["client_address"])
        billing_id, billing_text, sites = self._addresses(
            plan, rng, client_id, local_postcode, local_city
        )
        # the service's own function, on a stand-in with the attributes it reads
        client_row["search_text"] = build_search_text(
            SimpleNamespace(  # type: ignore[arg-type]
                **{
                    k: client_row[k]
                    for k in ("first_name", "last_name", "company_name", "notes", "source")
                },
                addresses=[
                    SimpleNamespace(**a) for a in self.rows["client_address"][first_address:]
                ],
                contacts=contacts,
                tags=[SimpleNamespace(name=name) for name in tags],
            )
        )
        state = _ClientState(plan, rng, client_id, display, billing_text, billing_id, sites)
        first_job = (
            vocab.TEMPLATES[plan.quotes[0].template].title if plan.quotes else "un dépannage"
        )
        self._interaction(
            state,
            created,
            rng.choice(
                (InteractionChannel.CALL, InteractionChannel.CALL, InteractionChannel.EMAIL)
            ),
            Direction.INBOUND,
            rng.choice(vocab.FIRST_CONTACT).format(job=first_job),
            rng.randint(5, 15),
        )
        return state

    def _tags(self, plan: ClientPlan, rng: random.Random, client_id: int) -> list[str]:
        names = {
            Segment.PERSON: vocab.TAG_PERSON,
            Segment.BUSINESS: vocab.TAG_BUSINESS,
            Segment.SCI: vocab.TAG_LANDLORD,
            Segment.SYNDIC: vocab.TAG_SYNDIC,
        }
        tags = {names[plan.segment]}
        if plan.maintenance:
            tags.add(vocab.TAG_MAINTENANCE)
        if plan.referrals and (plan.profile == Profile.GEM or rng.random() < 0.5):
            tags.add(vocab.TAG_PRESCRIBER)
        if plan.second_home:
            tags.add(vocab.TAG_SECOND_HOME)
        if plan.profile == Profile.VAMPIRE and rng.random() < 0.5:
            tags.add(vocab.TAG_WATCH)
        if plan.direct_jobs and not plan.maintenance and rng.random() < 0.3:
            tags.add(vocab.TAG_URGENT)
        for tag in sorted(tags):
            self.rows["client_tag"].append({"client_id": client_id, "tag_id": self.tag_ids[tag]})
        return sorted(tags)

    def _contacts(
        self,
        plan: ClientPlan,
        rng: random.Random,
        client_id: int,
        first: str,
        last: str,
        company: str,
    ) -> list[SimpleNamespace]:
        """The client's phones and e-mails (returned for the search text)."""
        contacts: list[tuple[ContactKind, str, str]] = []
        if plan.segment == Segment.PERSON:
            if rng.random() < 0.95 or plan.profile == Profile.NEWCOMER:
                contacts.append((ContactKind.MOBILE, random_mobile(rng), "portable"))
            if rng.random() < 0.35:
                landline = random_landline(rng, vocab.LOCAL_LANDLINE_PREFIXES)
                contacts.append((ContactKind.PHONE, landline, "domicile"))
            if rng.random() < 0.85:
                style = rng.random()
                if style < 0.6:
                    local = f"{ascii_slug(first)}.{ascii_slug(last)}"
                elif style < 0.85:
                    local = f"{ascii_slug(first)[:1]}{ascii_slug(last)}"
                else:
                    local = f"{ascii_slug(last)}{rng.randint(1, 99)}"
                email = f"{local}@{rng.choice(vocab.EMAIL_DOMAINS)}"
                contacts.append((ContactKind.EMAIL, email, "perso"))
        else:
            landline = random_landline(rng, vocab.LOCAL_LANDLINE_PREFIXES)
            contacts.append((ContactKind.PHONE, landline, "standard"))
            role = {Segment.SYNDIC: "gestionnaire", Segment.SCI: "gérant"}.get(
                plan.segment, "gérant"
            )
            contacts.append((ContactKind.MOBILE, random_mobile(rng), f"{role} ({first} {last})"))
            domain = ascii_slug(company, "-")[:30].strip("-") or "entreprise"
            contacts.append((ContactKind.EMAIL, f"contact@{domain}.fr", "accueil"))
            if rng.random() < 0.5:
                contacts.append((ContactKind.EMAIL, f"compta@{domain}.fr", "comptabilité"))
        shown_contacts = []
        for position, (kind, value, label) in enumerate(contacts):
            if kind == ContactKind.EMAIL:
                shown, key = value, value.casefold()
            else:
                shown = display_phone(rng, value)
                key = phone_search_key(shown)
            self.rows["client_contact"].append(
                {
                    "id": self._id("client_contact"),
                    "client_id": client_id,
                    "kind": kind,
                    "value": shown,
                    "search_key": key,
                    "label": label,
                    "position": position,
                    "version": 1,
                }
            )
            shown_contacts.append(SimpleNamespace(kind=kind, value=shown))
        return shown_contacts

    def _street(self, rng: random.Random) -> str:
        number = rng.randint(1, 120)
        suffix = " bis" if rng.random() < 0.06 else ""
        return f"{number}{suffix} {rng.choice(vocab.STREET_TYPES)} {rng.choice(vocab.STREET_NAMES)}"

    def _address(
        self,
        rng: random.Random,
        client_id: int,
        kind: AddressKind,
        label: str,
        place: tuple[str, str],
        position: int,
        line2: str = "",
    ) -> tuple[int, str]:
        address_id = self._id("client_address")
        line1 = self._street(rng)
        postcode, city = place
        self.rows["client_address"].append(
            {
                "id": address_id,
                "client_id": client_id,
                "kind": kind,
                "label": label,
                "line1": line1,
                "line2": line2,
                "postcode": postcode,
                "city": city,
                "country": "FR",
                "position": position,
                "version": 1,
            }
        )
        text = "\n".join(p for p in (line1, line2, f"{postcode} {city}") if p)
        return address_id, text

    def _addresses(
        self,
        plan: ClientPlan,
        rng: random.Random,
        client_id: int,
        postcode: str,
        city: str,
    ) -> tuple[int, str, list[tuple[int, str]]]:
        local = (postcode, city)
        line2 = rng.choice(vocab.LINE2_CHOICES) if rng.random() < 0.15 else ""
        sites: list[tuple[int, str]] = []
        if plan.second_home:
            billing = self._address(
                rng,
                client_id,
                AddressKind.BILLING,
                "Domicile",
                rng.choice(vocab.REMOTE_PLACES),
                0,
                line2,
            )
            sites.append(
                self._address(rng, client_id, AddressKind.SITE, "Résidence secondaire", local, 1)
            )
        elif plan.segment in (Segment.SCI, Segment.SYNDIC):
            label = "Siège" if plan.segment == Segment.SYNDIC else "Gérant"
            billing = self._address(
                rng, client_id, AddressKind.BILLING, label, rng.choice(vocab.LOCAL_PLACES), 0
            )
            for position in range(1, rng.randint(2, 4)):
                if plan.segment == Segment.SYNDIC:
                    site_label = f"Copropriété {rng.choice(vocab.SCI_NAMES)}"
                else:
                    site_label = f"Logement loué n° {position}"
                sites.append(
                    self._address(
                        rng,
                        client_id,
                        AddressKind.SITE,
                        site_label,
                        rng.choice(vocab.LOCAL_PLACES),
                        position,
                    )
                )
        else:
            label = "Établissement" if plan.segment == Segment.BUSINESS else "Domicile"
            billing = self._address(rng, client_id, AddressKind.BILLING, label, local, 0, line2)
            if plan.segment == Segment.PERSON and rng.random() < 0.12:
                sites.append(
                    self._address(
                        rng,
                        client_id,
                        AddressKind.SITE,
                        rng.choice(
                            ("Maison de famille", "Appartement de la fille", "Local à vélos")
                        ),
                        rng.choice(vocab.LOCAL_PLACES),
                        1,
                    )
                )
        return billing[0], billing[1], sites

    def _site(self, state: _ClientState) -> tuple[int, str]:
        if state.sites and state.rng.random() < 0.8:
            return state.rng.choice(state.sites)
        return state.billing_id, state.billing_text

    # ---- interactions ---------------------------------------------------------------------

    def _interaction(
        self,
        state: _ClientState,
        at: datetime,
        channel: InteractionChannel,
        direction: Direction,
        summary: str,
        minutes: int,
        *,
        complaint: bool = False,
        discount: bool = False,
        change: bool = False,
    ) -> int:
        interaction_id = self._id("interaction")
        self.rows["interaction"].append(
            self._stamp(
                {
                    "id": interaction_id,
                    "client_id": state.id,
                    "occurred_at": at,
                    "channel": channel,
                    "direction": direction,
                    "summary": summary,
                    "minutes": minutes,
                    "is_complaint": complaint,
                    "is_discount_request": discount,
                    "is_change_request": change,
                },
                at,
            )
        )
        return interaction_id

    def _day_time(self, rng: random.Random, day: date, first: int = 8, last: int = 18) -> datetime:
        return local_dt(day, rng.randint(first, last), rng.choice((0, 10, 20, 30, 40, 50)))

    # ---- quotes, jobs, invoices -----------------------------------------------------------

    def _lines(
        self, state: _ClientState, template: int, discount: Decimal
    ) -> list[tuple[vocab.CatalogEntry, Decimal, Decimal, Decimal, Decimal]]:
        """(entry, quantity, vat rate, discount, unit price) for each line of a job."""
        rng = state.rng
        tpl = vocab.TEMPLATES[template]
        plan = state.plan
        if plan.segment == Segment.BUSINESS or rng.random() < 0.05:
            regime = STANDARD_VAT  # business premises, or a home less than two years old
        elif tpl.energy:
            regime = ENERGY_VAT
        else:
            regime = RESIDENTIAL_VAT
        lines = []
        for item in tpl.lines:
            if item.probability < 1 and rng.random() >= item.probability:
                continue
            steps = int((item.high - item.low) / item.step)
            quantity = item.low + item.step * rng.randint(0, steps)
            entry = vocab.CATALOG_BY_KEY[item.key]
            vat = entry.fixed_vat if entry.fixed_vat is not None else regime
            line_discount = discount if entry.kind == LineKind.LABOUR else ZERO
            lines.append((entry, quantity, vat, line_discount, entry.price))
        return lines

    @staticmethod
    def _planned_minutes(
        lines: list[tuple[vocab.CatalogEntry, Decimal, Decimal, Decimal, Decimal]],
    ) -> int:
        minutes = Decimal(0)
        for entry, quantity, *_ in lines:
            if entry.kind != LineKind.LABOUR:
                continue
            if entry.unit == "h":
                minutes += quantity * HOUR
            elif entry.key != "mo_urgence":
                minutes += 90
        return max(60, int(minutes))

    def _quote(self, state: _ClientState, quote: QuotePlan) -> None:
        rng = state.rng
        plan = state.plan
        tpl = vocab.TEMPLATES[quote.template]
        quote_id = self._id("quote")
        site_id, site_text = self._site(state)
        discount = ZERO
        asked_discount = plan.profile == Profile.VAMPIRE and rng.random() < 0.6
        if quote.status == QuoteStatus.ACCEPTED:
            if asked_discount:
                discount = Decimal(rng.choice(("5", "8", "10")))
            elif plan.profile == Profile.ORDINARY and rng.random() < 0.08:
                discount = Decimal("5")
        lines = self._lines(state, quote.template, discount)
        deposit = DEPOSIT_PERCENT if tpl.deposit else ZERO
        amounts: list[LineAmounts] = []
        material_cost = ZERO
        for position, (entry, quantity, vat, line_discount, price) in enumerate(lines):
            amounts.append(self.line_amounts(quantity, price, vat, line_discount))
            material_cost += round_cents(quantity * entry.cost)
            self.rows["quote_line"].append(
                {
                    "id": self._id("quote_line"),
                    "quote_id": quote_id,
                    "position": position,
                    "kind": entry.kind,
                    "description": entry.description,
                    "quantity": quantity,
                    "unit": entry.unit,
                    "unit_price": price,
                    "unit_cost": entry.cost,
                    "vat_rate": vat,
                    "discount_percent": line_discount,
                    "catalog_item_id": self.catalog_ids.get(entry.key),
                }
            )
        totals = document_totals(amounts, deposit)
        note = ""
        if discount:
            note = f"Remise de {format_percent(discount)} sur la main-d'œuvre accordée à la demande du client."
        created = local_dt(quote.issued_on, rng.randint(18, 21), rng.choice((0, 30)))
        self.rows["quote"].append(
            self._stamp(
                {
                    "id": quote_id,
                    "number": quote.number,
                    "client_id": state.id,
                    "site_address_id": site_id,
                    "title": tpl.title,
                    "status": quote.status,
                    "issued_on": quote.issued_on,
                    "valid_until": quote.valid_until,
                    "deposit_percent": deposit,
                    "notes": note,
                    "total_excl_vat": totals.excl_vat,
                    "total_vat": totals.vat,
                    "total_incl_vat": totals.incl_vat,
                    "material_cost": material_cost,
                    "sent_at": quote.sent_at,
                    "accepted_at": quote.accepted_at,
                    "refused_at": quote.refused_at,
                    "expired_at": quote.expired_at,
                    "cancelled_at": quote.cancelled_at,
                },
                min(created, quote.last_change),
                max(created, quote.last_change),
            )
        )
        # the story around the quote
        small = len(lines) <= 5
        prep = rng.randint(30, 60) if small else rng.randint(60, 150)
        if plan.profile == Profile.VAMPIRE:
            prep = int(prep * rng.uniform(1.5, 3.0))
            if quote.status == QuoteStatus.REFUSED:
                prep *= 2  # three versions of the same quote before a refusal
        visit_day = None
        if not small or rng.random() < 0.4:
            visit_day = max(
                state.plan.start, workday(quote.issued_on - timedelta(days=rng.randint(2, 9)))
            )
            if visit_day >= self.today:
                visit_day = quote.issued_on
            visit_at = self._day_time(rng, visit_day, 9, 17)
            self._interaction(
                state,
                visit_at,
                InteractionChannel.VISIT,
                Direction.OUTBOUND,
                rng.choice(vocab.VISIT_SUMMARIES).format(job=tpl.title),
                rng.randint(30, 60),
            )
            self._appointment(
                state,
                None,
                visit_at,
                60,
                site_text,
                vocab.APPOINTMENT_PURPOSES["visit"].format(job=tpl.title),
            )
        state.quotes.append((quote_id, quote.issued_on, prep, visit_day))
        if quote.sent_at:
            self._interaction(
                state,
                quote.sent_at,
                InteractionChannel.EMAIL,
                Direction.OUTBOUND,
                rng.choice(vocab.QUOTE_SENT_SUMMARIES).format(job=tpl.title),
                5,
            )
            if asked_discount:
                self._interaction(
                    state,
                    quote.sent_at + timedelta(days=rng.randint(1, 4), hours=-5),
                    InteractionChannel.CALL,
                    Direction.INBOUND,
                    rng.choice(vocab.DISCOUNT_SUMMARIES),
                    rng.randint(10, 30),
                    discount=True,
                )
            self._followup_reminder(state, quote_id, quote, tpl.title)
        if quote.accepted_at:
            if tpl.deposit and rng.random() < 0.5:
                # big jobs are signed at the kitchen table, with the samples
                self._interaction(
                    state,
                    quote.accepted_at,
                    InteractionChannel.MEETING,
                    Direction.NONE,
                    vocab.SIGNING_MEETING.format(job=tpl.title),
                    rng.randint(45, 90),
                )
            else:
                self._interaction(
                    state,
                    quote.accepted_at,
                    InteractionChannel.CALL,
                    Direction.INBOUND,
                    rng.choice(vocab.ACCEPTED_SUMMARIES).format(job=tpl.title),
                    rng.randint(5, 15),
                )
        if quote.refused_at:
            self._interaction(
                state,
                quote.refused_at,
                rng.choice((InteractionChannel.CALL, InteractionChannel.EMAIL)),
                Direction.INBOUND,
                rng.choice(vocab.REFUSED_SUMMARIES).format(job=tpl.title),
                rng.randint(5, 20),
            )
        if quote.job is not None:
            self._job(
                state,
                quote_id,
                quote,
                quote.template,
                quote.job,
                lines,
                material_cost,
                totals,
                site_id,
                site_text,
            )

    def _job(
        self,
        state: _ClientState,
        quote_id: int | None,
        quote: QuotePlan | None,
        template: int,
        job: JobPlan,
        lines: list[tuple[vocab.CatalogEntry, Decimal, Decimal, Decimal, Decimal]],
        material_cost: Decimal,
        totals: Any,
        site_id: int,
        site_text: str,
        maintenance: bool = False,
    ) -> None:
        rng = state.rng
        plan = state.plan
        tpl = vocab.TEMPLATES[template]
        job_id = self._id("job")
        planned = self._planned_minutes(lines)
        low, high = _ONSITE_FACTOR.get(plan.profile, (0.95, 1.15))
        onsite = planned * rng.uniform(low, high)
        worked: list[date] = []
        if job.started:
            day = job.planned_start
            limit = job.completed_on or self.yesterday
            while len(worked) < job.days and day <= limit:
                worked.append(day)
                day = add_workdays(day, 1)
            worked = worked or [job.planned_start]
            if job.status == JobStatus.IN_PROGRESS:
                onsite *= len(worked) / max(job.days, len(worked) + 1)
        billable = min(onsite, planned * (len(worked) / max(job.days, 1)) if worked else planned)
        onsite_minutes = max(30, int(billable / 15) * 15)
        overrun_minutes = int((onsite - billable) / 15) * 15
        if job.completed_on and job.late:
            worked.append(job.completed_on)
        created = (
            quote.accepted_at
            if quote and quote.accepted_at
            else local_dt(job.planned_start - timedelta(days=1), 18)
        )
        if created > self.created_at:
            created = self.created_at
        note = ""
        if job.late and job.started:
            note = "Retard : matériel livré avec deux semaines de retard par le fournisseur."
        if job.status == JobStatus.CANCELLED:
            note = "Chantier annulé par le client après acceptation du devis."
        self.rows["job"].append(
            self._stamp(
                {
                    "id": job_id,
                    "client_id": state.id,
                    "quote_id": quote_id,
                    "site_address_id": site_id,
                    "title": tpl.title,
                    "status": job.status,
                    "planned_start": job.planned_start,
                    "deadline": job.deadline,
                    "planned_minutes": planned,
                    "material_cost": material_cost,
                    "completed_on": job.completed_on,
                    "notes": note,
                },
                created,
            )
        )
        info = _Job(
            job_id, quote_id, job, tpl.title, onsite_minutes, overrun_minutes, worked, site_text
        )
        state.jobs.append(info)
        # appointments and the confirmation SMS
        if job.status != JobStatus.CANCELLED and (maintenance or rng.random() < 0.7):
            purpose = (
                vocab.APPOINTMENT_PURPOSES["maintenance"]
                if maintenance
                else vocab.APPOINTMENT_PURPOSES["start"].format(job=tpl.title)
            )
            starts = (
                self._day_time(rng, job.planned_start, 8, 9)
                if not maintenance
                else self._day_time(rng, job.planned_start, 9, 16)
            )
            duration = 60 if maintenance else (480 if job.days > 1 else 240)
            self._appointment(state, job_id, starts, duration, site_text, purpose)
        if (
            job.status != JobStatus.CANCELLED
            and job.planned_start - timedelta(days=1) < self.today
            and not maintenance
        ):
            day = job.planned_start - timedelta(days=1)
            self._interaction(
                state,
                local_dt(day, 17, 30),
                InteractionChannel.SMS,
                Direction.OUTBOUND,
                rng.choice(vocab.JOB_SMS).format(day=f"{job.planned_start:%d/%m/%Y}"),
                2,
            )
        if job.started and plan.profile == Profile.VAMPIRE and rng.random() < 0.4:
            day = worked[len(worked) // 2]
            self._interaction(
                state,
                self._day_time(rng, day),
                InteractionChannel.CALL,
                Direction.INBOUND,
                rng.choice(vocab.CHANGE_SUMMARIES),
                rng.randint(10, 25),
                change=True,
            )
        if job.status == JobStatus.DONE and job.completed_on:
            if rng.random() < _COMPLAINT_P.get(plan.profile, 0.08):
                day = job.completed_on + timedelta(days=rng.randint(1, 30))
                if day < self.today:
                    state.complaints.append((info, day))
            if rng.random() < _AFTER_SALES_P.get(plan.profile, 0.12):
                day = job.completed_on + timedelta(days=rng.randint(5, 60))
                if day < self.today:
                    state.after_sales.append((info, day))
        self._job_reminders(state, info)
        # invoices
        deposit_number: str | None = None
        deposit_issued: date | None = None
        shares: list[LineAmounts] = []
        if totals is not None:
            for row in totals.vat_breakdown:
                base = round_cents(row.base * DEPOSIT_PERCENT / HUNDRED)
                if base != ZERO:
                    shares.append(line_amounts(Decimal(1), base, row.rate))
        for invoice in job.invoices:
            if invoice.kind == InvoiceKind.DEPOSIT:
                deposit_number, deposit_issued = invoice.number, invoice.issued_on
                several = len(shares) > 1
                invoice_lines = [
                    (
                        LineKind.OTHER,
                        f"Acompte de {format_percent(DEPOSIT_PERCENT)} sur le devis {quote.number if quote else ''}"
                        + (f" (travaux à TVA {format_percent(share.vat_rate)})" if several else ""),
                        Decimal(1),
                        "forfait",
                        share.excl_vat,
                        share.vat_rate,
                        ZERO,
                    )
                    for share in shares
                ]
            else:
                invoice_lines = [
                    (entry.kind, entry.description, quantity, entry.unit, price, vat, line_discount)
                    for entry, quantity, vat, line_discount, price in lines
                ]
                if invoice.kind == InvoiceKind.FINAL and deposit_number:
                    when = f" du {deposit_issued:%d/%m/%Y}" if deposit_issued else ""
                    invoice_lines += [
                        (
                            LineKind.OTHER,
                            f"Acompte déjà facturé : facture {deposit_number}{when} (TVA {format_percent(share.vat_rate)})",
                            Decimal(1),
                            "forfait",
                            -share.excl_vat,
                            share.vat_rate,
                            ZERO,
                        )
                        for share in shares
                    ]
            self._invoice(state, info, quote_id, invoice, tpl.title, invoice_lines)

    def _invoice(
        self,
        state: _ClientState,
        job: _Job,
        quote_id: int | None,
        invoice: Any,
        title: str,
        lines: list[tuple[LineKind, str, Decimal, str, Decimal, Decimal, Decimal]],
    ) -> None:
        rng = state.rng
        invoice_id = self._id("invoice")
        amounts = []
        for position, (kind, description, quantity, unit, price, vat, discount) in enumerate(lines):
            amounts.append(self.line_amounts(quantity, price, vat, discount))
            self.rows["invoice_line"].append(
                {
                    "id": self._id("invoice_line"),
                    "invoice_id": invoice_id,
                    "position": position,
                    "kind": kind,
                    "description": description,
                    "quantity": quantity,
                    "unit": unit,
                    "unit_price": price,
                    "vat_rate": vat,
                    "discount_percent": discount,
                }
            )
        totals = document_totals(amounts)
        issued = invoice.issued_on
        due = None
        if issued is not None:
            terms = DEPOSIT_DUE_DAYS if invoice.kind == InvoiceKind.DEPOSIT else PAYMENT_TERMS_DAYS
            due = issued + timedelta(days=terms)
        created_day = issued or job.plan.completed_on or self.yesterday
        created = local_dt(min(created_day, self.yesterday), 19, 30)
        notes = ""
        if invoice.status == InvoiceStatus.CANCELLED:
            notes = "Brouillon abandonné : erreur sur les quantités, refait."
        self.rows["invoice"].append(
            self._stamp(
                {
                    "id": invoice_id,
                    "number": invoice.number,
                    "client_id": state.id,
                    "quote_id": quote_id,
                    "job_id": job.id,
                    "credit_note_for_id": None,
                    "kind": invoice.kind,
                    "status": invoice.status,
                    "title": title,
                    "issued_on": issued,
                    "due_on": due,
                    "total_excl_vat": totals.excl_vat,
                    "total_vat": totals.vat,
                    "total_incl_vat": totals.incl_vat,
                    "billed_name": state.name,
                    "billed_address": state.billing_text,
                    "notes": notes,
                },
                created,
            )
        )
        if invoice.status != InvoiceStatus.ISSUED or issued is None or due is None:
            return
        plan = state.plan
        if invoice.kind == InvoiceKind.DEPOSIT:
            habit = (
                PaymentHabit.LATE
                if plan.profile == Profile.VAMPIRE and rng.random() < 0.5
                else PaymentHabit.ON_TIME
            )
        elif job.plan.payment is not None:
            habit = job.plan.payment
        else:
            habit = rng.choices(_PAYMENT_HABITS, _HABIT_WEIGHTS[plan.profile])[0]
        total = totals.incl_vat
        payments: list[tuple[date, Decimal]] = []
        if habit == PaymentHabit.ON_TIME:
            payments.append(
                (issued + timedelta(days=rng.randint(0, max(0, (due - issued).days - 2))), total)
            )
        elif habit == PaymentHabit.LATE:
            delay = rng.randint(15, 90) if plan.profile == Profile.VAMPIRE else rng.randint(5, 45)
            payments.append((due + timedelta(days=delay), total))
        elif habit == PaymentHabit.PARTIAL:
            part = round_cents(total * Decimal(rng.choice(("0.3", "0.4", "0.5", "0.6"))))
            payments.append((due - timedelta(days=rng.randint(0, 5)), part))
            if rng.random() < 0.5:
                payments.append((due + timedelta(days=rng.randint(20, 70)), total - part))
        payments = [(day, amount) for day, amount in payments if day < self.today and amount > ZERO]
        method = rng.choices(
            (PaymentMethod.TRANSFER, PaymentMethod.CHEQUE, PaymentMethod.CARD, PaymentMethod.CASH),
            (45, 40, 10, 5 if total < 1000 else 0),
        )[0]
        for day, amount in payments:
            self.rows["payment"].append(
                self._stamp(
                    {
                        "id": self._id("payment"),
                        "invoice_id": invoice_id,
                        "paid_on": day,
                        "amount": amount,
                        "method": method,
                        "note": "" if amount == total else "Paiement partiel",
                    },
                    local_dt(day, 18),
                )
            )
        paid = sum((a for _, a in payments), ZERO)
        last_paid = max((d for d, _ in payments), default=None)
        late = (last_paid is not None and last_paid > due) or (paid < total and due < self.today)
        if not late:
            return
        # payment chasing: calls and e-mails after the due date, until paid or today
        end = min(last_paid or self.yesterday, self.yesterday) if paid >= total else self.yesterday
        span = (end - due).days
        if span < 3:
            return
        count = {PaymentHabit.LATE: rng.randint(1, 2), PaymentHabit.PARTIAL: rng.randint(1, 3)}.get(
            habit, rng.randint(2, 4)
        )
        days = sorted(due + timedelta(days=rng.randint(3, span)) for _ in range(count))
        state.chases.append((invoice_id, days))
        rule_state = ReminderState.DONE if paid >= total else ReminderState.PENDING
        if rule_state == ReminderState.PENDING and rng.random() < 0.15:
            rule_state = ReminderState.SNOOZED
        self._reminder(
            state,
            local_dt(due + timedelta(days=1), 8),
            ReminderKind.INVOICE_OVERDUE,
            rule_state,
            LocalKey("invoice", invoice_id, ":overdue:1"),
            f"Facture impayée : {state.name}",
            invoice_id=invoice_id,
            closed=local_dt(last_paid, 18)
            if rule_state == ReminderState.DONE and last_paid
            else None,
        )

    def _direct_job(
        self, state: _ClientState, template: int, job: JobPlan, maintenance: bool
    ) -> None:
        lines = self._lines(state, template, ZERO)
        material_cost = sum((round_cents(q * e.cost) for e, q, *_ in lines), ZERO)
        site_id, site_text = self._site(state)
        if not maintenance and job.started:
            self._interaction(
                state,
                self._day_time(state.rng, job.planned_start, 7, 9),
                InteractionChannel.CALL,
                Direction.INBOUND,
                f"Appel pour un dépannage : {vocab.TEMPLATES[template].title.lower()}.",
                state.rng.randint(5, 10),
            )
        self._job(
            state,
            None,
            None,
            template,
            job,
            lines,
            material_cost,
            None,
            site_id,
            site_text,
            maintenance,
        )

    def _newcomer_visit(self, state: _ClientState) -> None:
        day = workday(self.today + timedelta(days=state.rng.randint(1, 10)))
        at = self._day_time(state.rng, day, 9, 17)
        self._appointment(
            state, None, at, 60, state.billing_text, "Visite technique : première demande"
        )

    # ---- appointments and reminders -------------------------------------------------------

    def _appointment(
        self,
        state: _ClientState,
        job_id: int | None,
        starts_at: datetime,
        duration: int,
        address: str,
        purpose: str,
    ) -> None:
        rng = state.rng
        appointment_id = self._id("appointment")
        remind = rng.choice((60, 60, 1440, None))
        created = min(starts_at - timedelta(days=rng.randint(2, 10)), self.created_at)
        self.rows["appointment"].append(
            self._stamp(
                {
                    "id": appointment_id,
                    "client_id": state.id,
                    "job_id": job_id,
                    "starts_at": starts_at,
                    "duration_minutes": duration,
                    "address": address.replace("\n", ", "),
                    "purpose": purpose,
                    "to_bring": rng.choice(vocab.TO_BRING),
                    "remind_minutes_before": remind,
                },
                created,
            )
        )
        if remind is not None and starts_at.date() >= self.today:
            self._reminder(
                state,
                starts_at - timedelta(minutes=remind),
                ReminderKind.APPOINTMENT,
                ReminderState.PENDING,
                LocalKey(
                    "appointment", appointment_id, f":{starts_at.astimezone(UTC):%Y%m%dT%H%MZ}"
                ),
                f"Rendez-vous : {purpose}",
                appointment_id=appointment_id,
                job_id=job_id,
            )

    def _reminder(
        self,
        state: _ClientState,
        due_at: datetime,
        kind: ReminderKind,
        reminder_state: ReminderState,
        rule_key: str | LocalKey | None,
        title: str,
        *,
        quote_id: int | None = None,
        job_id: int | None = None,
        invoice_id: int | None = None,
        appointment_id: int | None = None,
        closed: datetime | None = None,
        note: str = "",
    ) -> None:
        snoozed = None
        if reminder_state == ReminderState.SNOOZED:
            snoozed = local_dt(self.today + timedelta(days=state.rng.randint(1, 5)), 8)
        if reminder_state in (ReminderState.DONE, ReminderState.DISMISSED) and closed is None:
            closed = min(due_at + timedelta(days=state.rng.randint(0, 3)), self.created_at)
        created = min(due_at - timedelta(days=7), self.created_at)
        self.rows["reminder"].append(
            self._stamp(
                {
                    "id": self._id("reminder"),
                    "due_at": due_at,
                    "kind": kind,
                    "state": reminder_state,
                    "snoozed_until": snoozed,
                    "rule_key": rule_key,
                    "title": title,
                    "note": note,
                    "client_id": state.id,
                    "quote_id": quote_id,
                    "job_id": job_id,
                    "invoice_id": invoice_id,
                    "appointment_id": appointment_id,
                    "closed_at": closed,
                },
                created,
                max(created, closed or snoozed or created),
            )
        )

    def _followup_reminder(
        self, state: _ClientState, quote_id: int, quote: QuotePlan, title: str
    ) -> None:
        assert quote.sent_at is not None
        due = local_dt(quote.sent_at.date() + timedelta(days=7), 9)
        rng = state.rng
        if quote.status == QuoteStatus.SENT:
            reminder_state = ReminderState.PENDING
            if due.date() < self.today and rng.random() < 0.2:
                reminder_state = ReminderState.SNOOZED
        elif rng.random() < 0.4:
            answered = (
                quote.accepted_at or quote.refused_at or quote.expired_at or quote.cancelled_at
            )
            reminder_state = ReminderState.DONE
            if answered is not None and answered < due:
                reminder_state = ReminderState.DISMISSED  # the client answered first
        else:
            return
        self._reminder(
            state,
            due,
            ReminderKind.QUOTE_FOLLOWUP,
            reminder_state,
            LocalKey("quote", quote_id, ":followup:1"),
            f"Relancer le devis « {title} »",
            quote_id=quote_id,
        )

    def _job_reminders(self, state: _ClientState, job: _Job) -> None:
        plan = job.plan
        if plan.status in (JobStatus.PLANNED, JobStatus.IN_PROGRESS):
            self._reminder(
                state,
                local_dt(plan.deadline, 8),
                ReminderKind.JOB_DEADLINE,
                ReminderState.PENDING,
                LocalKey("job", job.id, f":deadline:{plan.deadline.isoformat()}"),
                f"Échéance du chantier « {job.title} »",
                job_id=job.id,
            )
            if plan.status == JobStatus.IN_PROGRESS and plan.deadline < self.today:
                self._reminder(
                    state,
                    local_dt(plan.deadline + timedelta(days=1), 8),
                    ReminderKind.JOB_LATE,
                    ReminderState.PENDING,
                    LocalKey("job", job.id, f":late:{plan.deadline.isoformat()}"),
                    f"Chantier en retard : « {job.title} »",
                    job_id=job.id,
                )
        elif (
            plan.status == JobStatus.DONE
            and plan.completed_on
            and state.plan.profile == Profile.GEM
        ):
            due_day = plan.completed_on + timedelta(days=180)
            self._reminder(
                state,
                local_dt(due_day, 10),
                ReminderKind.CHECK_IN,
                ReminderState.DONE if due_day < self.today else ReminderState.PENDING,
                LocalKey("job", job.id, ":check_in"),
                f"Prendre des nouvelles de {state.name}",
                job_id=job.id,
            )

    def _client_reminders(self, state: _ClientState) -> None:
        rng = state.rng
        plan = state.plan
        if plan.maintenance and plan.maintenance_due_on:
            due = plan.maintenance_due_on
            reminder_state = ReminderState.PENDING
            if due < self.today and rng.random() < 0.25:
                reminder_state = ReminderState.SNOOZED
            self._reminder(
                state,
                local_dt(due, 9),
                ReminderKind.MAINTENANCE,
                reminder_state,
                f"client:{state.id}:maintenance:{plan.maintenance_due_on.isoformat()}",
                f"Entretien annuel à planifier : {state.name}",
            )
        if plan.profile != Profile.NEWCOMER and rng.random() < 0.15:
            day = plan.start + timedelta(
                days=rng.randint(0, max(0, (self.today - plan.start).days + 10))
            )
            reminder_state = rng.choice(
                (
                    ReminderState.PENDING,
                    ReminderState.DONE,
                    ReminderState.DONE,
                    ReminderState.DISMISSED,
                    ReminderState.SNOOZED,
                )
            )
            if day >= self.today and reminder_state != ReminderState.PENDING:
                reminder_state = ReminderState.PENDING
            self._reminder(
                state,
                local_dt(day, 8),
                ReminderKind.MANUAL,
                reminder_state,
                None,
                rng.choice(vocab.MANUAL_REMINDERS),
            )

    # ---- complaints and time ---------------------------------------------------------------

    def _episodes(self, state: _ClientState) -> None:
        rng = state.rng
        for job, day in state.complaints:
            at = self._day_time(rng, day)
            interaction_id = self._interaction(
                state,
                at,
                rng.choice(
                    (InteractionChannel.CALL, InteractionChannel.VISIT, InteractionChannel.EMAIL)
                ),
                Direction.INBOUND,
                f"Réclamation sur le chantier « {job.title} ».",
                rng.randint(15, 45),
                complaint=True,
            )
            category, criticism, resolution, lesson = rng.choice(vocab.COMPLAINTS)
            resolved = (self.today - day).days > 20 and rng.random() < 0.85
            self.rows["feedback"].append(
                self._stamp(
                    {
                        "id": self._id("feedback"),
                        "client_id": state.id,
                        "interaction_id": interaction_id,
                        "received_on": day,
                        "category": category,
                        "criticism": criticism,
                        "resolution": resolution if resolved else "",
                        "lesson_learned": lesson if resolved or rng.random() < 0.3 else "",
                        "status": FeedbackStatus.RESOLVED if resolved else FeedbackStatus.OPEN,
                        "led_to_improvement": resolved and rng.random() < 0.45,
                    },
                    at,
                )
            )

    def _time_entries(self, state: _ClientState) -> None:
        rng = state.rng
        plan = state.plan
        entries: list[Row] = []

        def entry(
            day: date,
            minutes: int,
            kind: TimeKind,
            billable: bool,
            note: str,
            job_id: int | None = None,
            quote_id: int | None = None,
        ) -> None:
            day = min(day, self.yesterday)
            entries.append(
                self._stamp(
                    {
                        "id": 0,
                        "client_id": state.id,
                        "job_id": job_id,
                        "quote_id": quote_id,
                        "work_date": day,
                        "minutes": max(1, minutes),
                        "kind": kind,
                        "billable": billable,
                        "note": note,
                    },
                    local_dt(day, 19),
                )
            )

        for quote_id, issued_on, prep, _ in state.quotes:
            entry(
                issued_on,
                prep,
                TimeKind.QUOTE_PREPARATION,
                False,
                "Préparation du devis",
                quote_id=quote_id,
            )
        started = [job for job in state.jobs if job.plan.started]
        # the optional entries, each (kind, reference), chosen in a weighted random order
        pool: list[tuple[str, Any]] = []
        for job in started:
            pool += [("split", job)] * (len(job.worked_days) - 1)
            pool += [("travel", job)] * len(job.worked_days)
            pool.append(("admin", job))
            if job.overrun_minutes >= 30:
                pool.append(("overrun", job))
        pool += [("visit", q) for q in state.quotes if q[3] is not None]
        for invoice_id, days in state.chases:
            pool += [("chasing", (invoice_id, day)) for day in days]
        for job, day in state.complaints:
            pool += [
                ("complaint", (job, day + timedelta(days=i * 3))) for i in range(rng.randint(1, 3))
            ]
        for job, day in state.after_sales:
            pool += [
                ("after_sales", (job, day + timedelta(days=i * 7)))
                for i in range(rng.randint(1, 2))
            ]
        weights = _EXTRA_WEIGHTS[plan.profile]
        keyed = sorted(
            ((rng.random() ** (1.0 / weights[kind]), n) for n, (kind, _) in enumerate(pool)),
            reverse=True,
        )
        budget = plan.extra_time_entries
        chosen = sorted(n for _, n in keyed[:budget])
        splits: dict[int, int] = defaultdict(int)
        travels: dict[int, int] = defaultdict(int)
        for n in chosen:
            kind, ref = pool[n]
            if kind == "split":
                splits[ref.id] += 1
            elif kind == "travel":
                travels[ref.id] += 1
            elif kind == "overrun":
                entry(
                    ref.worked_days[-1],
                    ref.overrun_minutes,
                    TimeKind.ON_SITE,
                    False,
                    "Heures au-delà du devis, non facturées",
                    job_id=ref.id,
                )
            elif kind == "admin":
                entry(
                    ref.plan.planned_start - timedelta(days=rng.randint(1, 5)),
                    rng.randint(15, 45),
                    TimeKind.ADMIN,
                    False,
                    "Commande du matériel",
                    job_id=ref.id,
                )
            elif kind == "visit":
                entry(
                    ref[3],
                    rng.randint(20, 45),
                    TimeKind.TRAVEL,
                    False,
                    "Déplacement pour la visite technique",
                    quote_id=ref[0],
                )
            elif kind == "chasing":
                invoice_id, day = ref
                minutes = rng.randint(10, 30)
                channel = rng.choice(
                    (InteractionChannel.CALL, InteractionChannel.EMAIL, InteractionChannel.SMS)
                )
                self._interaction(
                    state,
                    self._day_time(rng, day),
                    channel,
                    Direction.OUTBOUND,
                    rng.choice(vocab.CHASING_SUMMARIES),
                    minutes,
                )
                entry(day, minutes, TimeKind.PAYMENT_CHASING, False, "Relance de paiement")
            elif kind == "complaint":
                job, day = ref
                minutes = rng.randint(30, 120)
                self._interaction(
                    state,
                    self._day_time(rng, day),
                    InteractionChannel.CALL,
                    Direction.INBOUND,
                    f"Suite de la réclamation sur « {job.title} ».",
                    minutes,
                    complaint=True,
                )
                entry(
                    day,
                    minutes,
                    TimeKind.COMPLAINT,
                    False,
                    "Traitement de la réclamation",
                    job_id=job.id,
                )
            elif kind == "after_sales":
                job, day = ref
                minutes = rng.randint(45, 150)
                self._interaction(
                    state,
                    self._day_time(rng, day),
                    InteractionChannel.VISIT,
                    Direction.OUTBOUND,
                    rng.choice(vocab.AFTER_SALES_SUMMARIES),
                    minutes,
                )
                entry(
                    day,
                    minutes,
                    TimeKind.AFTER_SALES,
                    False,
                    "Passage SAV non facturé",
                    job_id=job.id,
                )
        for job in started:
            pieces = 1 + splits[job.id]
            per_day = max(15, int(job.onsite_minutes / pieces / 15) * 15)
            for i in range(pieces):
                entry(
                    job.worked_days[i],
                    per_day,
                    TimeKind.ON_SITE,
                    True,
                    "Travaux sur le chantier",
                    job_id=job.id,
                )
            for i in range(travels[job.id]):
                # the quote's travel line pays for one trip; the others are on the house
                entry(
                    job.worked_days[i],
                    rng.randint(20, 50),
                    TimeKind.TRAVEL,
                    i == 0,
                    "Trajet aller-retour",
                    job_id=job.id,
                )
        # fillers when the natural story is shorter than the client's budget
        span = max(0, (self.yesterday - plan.start).days)
        phone_summaries = vocab.PHONE_SUMMARIES.get(plan.profile, vocab.PHONE_SUMMARIES["ordinary"])
        for _ in range(max(0, budget - len(pool))):
            day = plan.start + timedelta(days=rng.randint(0, span))
            roll = rng.random()
            if plan.profile == Profile.VAMPIRE and roll < 0.15 and state.jobs:
                job = rng.choice(state.jobs)
                minutes = rng.randint(45, 120)
                self._interaction(
                    state,
                    self._day_time(rng, day),
                    InteractionChannel.VISIT,
                    Direction.OUTBOUND,
                    rng.choice(vocab.AFTER_SALES_SUMMARIES),
                    minutes,
                )
                entry(
                    day,
                    minutes,
                    TimeKind.AFTER_SALES,
                    False,
                    "Passage SAV non facturé",
                    job_id=job.id,
                )
            elif roll < 0.7:
                low, high = {Profile.VAMPIRE: (10, 40), Profile.GEM: (5, 10)}.get(
                    plan.profile, (5, 20)
                )
                minutes = rng.randint(low, high)
                vampire = plan.profile == Profile.VAMPIRE
                self._interaction(
                    state,
                    self._day_time(rng, day),
                    InteractionChannel.CALL,
                    Direction.INBOUND,
                    rng.choice(phone_summaries),
                    minutes,
                    discount=vampire and rng.random() < 0.25,
                    change=vampire and rng.random() < 0.15,
                )
                entry(day, minutes, TimeKind.PHONE, False, "Appel téléphonique")
            elif roll < 0.8 and plan.profile == Profile.ORDINARY:
                self._interaction(
                    state,
                    self._day_time(rng, day),
                    InteractionChannel.NOTE,
                    Direction.NONE,
                    rng.choice(vocab.NOTE_SUMMARIES),
                    0,
                )
                entry(
                    day, rng.randint(10, 20), TimeKind.ADMIN, False, "Mise à jour du dossier client"
                )
            else:
                entry(
                    day,
                    rng.randint(10, 30),
                    TimeKind.ADMIN,
                    False,
                    "Administratif : dossier, photos, attestation",
                )
        entries.sort(key=lambda row: (row["work_date"], row["kind"]))
        for row in entries:
            row["id"] = self._id("time_entry")
        self.rows["time_entry"].extend(entries)


def tag_rows(names: list[str], first_id: int) -> list[Row]:
    return [{"id": first_id + n, "name": name} for n, name in enumerate(names)]
