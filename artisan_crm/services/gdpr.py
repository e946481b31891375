"""GDPR: give a client everything we hold about them, or erase who they are.

**Which rows belong to a client is found from the schema**, not listed by hand:
starting at the ``client`` row, every table with a foreign key to rows already
collected is followed (``interaction`` -> ``feedback``, ``quote`` -> ``quote_line``,
``invoice`` -> ``payment``, ``quote``/``job`` -> ``time_entry`` and ``reminder``...),
until nothing new is found. A table added tomorrow with a foreign key to the client
(or to one of its quotes, jobs, invoices...) is exported without touching this file.
Only *incoming* links are followed: another client who was referred by this one is
someone else's data and is not exported (the referral id is).

**Anonymisation** needs a decision per table (:data:`ANONYMISATION_RULES`); a test
checks that every table reachable from ``client`` has one, so a new table cannot be
forgotten there either. What is erased: names, contacts, addresses, notes, tags,
contact summaries, feedback text, time-entry and payment notes, quote and job
titles and notes, appointments and reminders. **What is kept, and why**: invoices
(with their lines and the ``billed_name`` / ``billed_address`` snapshot printed on
them) must be kept ten years (Code de commerce art. L123-22, CGI art. L102 B); the
GDPR allows keeping data a legal obligation requires (art. 17.3.b). Amounts, dates
and durations stay too (they identify no one and keep the figures right).
"""

from __future__ import annotations

import base64
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, cast

from sqlalchemy import MetaData, Table, delete, select, tuple_, update
from sqlalchemy.orm import Session

from artisan_crm import __version__
from artisan_crm.domain.errors import BusinessRuleError, NotFoundError
from artisan_crm.i18n import QT_TRANSLATE_NOOP, Labels, language, translate
from artisan_crm.storage import models
from artisan_crm.storage.database import record_change

ROOT_TABLE = "client"
_CHUNK = 500


@dataclass(frozen=True)
class Link:
    """``table.column`` references ``parent.parent_column``."""

    table: str
    column: str
    parent: str
    parent_column: str


def client_links(metadata: MetaData | None = None) -> tuple[Link, ...]:
    """Every foreign key leading (directly or through other rows) to a client."""
    metadata = metadata or models.Base.metadata
    reachable = {ROOT_TABLE}
    links: list[Link] = []
    changed = True
    while changed:
        changed = False
        for table in metadata.sorted_tables:
            if table.name == ROOT_TABLE:
                continue  # other clients are not this client's data
            for fk in table.foreign_keys:
                parent = fk.column.table.name
                link = Link(table.name, fk.parent.name, parent, fk.column.name)
                if parent in reachable and link not in links:
                    links.append(link)
                    if table.name not in reachable:
                        reachable.add(table.name)
                    changed = True
    return tuple(links)


def client_tables(metadata: MetaData | None = None) -> frozenset[str]:
    """The tables holding rows about a client (``client`` included)."""
    return frozenset({ROOT_TABLE, *(link.table for link in client_links(metadata))})


def _pk(table: Table, row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row[c.name] for c in table.primary_key.columns)


def collect_client_rows(
    session: Session, client_id: int, metadata: MetaData | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Every row belonging to the client, per table (parents first), as column dicts."""
    metadata = metadata or models.Base.metadata
    root = metadata.tables[ROOT_TABLE]
    found = session.execute(select(root).where(root.c.id == client_id)).mappings().first()
    if found is None:
        raise NotFoundError(
            translate("Gdpr", "Client no. {id} does not exist (any more).").format(id=client_id)
        )
    rows: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = defaultdict(dict)
    rows[ROOT_TABLE][(client_id,)] = dict(found)
    links = client_links(metadata)
    # values already looked up per link, so that each pass only queries new parents
    done: dict[Link, set[Any]] = defaultdict(set)
    changed = True
    while changed:
        changed = False
        for link in links:
            table = metadata.tables[link.table]
            parents = {
                r[link.parent_column]
                for r in rows.get(link.parent, {}).values()
                if r.get(link.parent_column) is not None
            } - done[link]
            if not parents:
                continue
            done[link] |= parents
            values = sorted(parents)
            for start in range(0, len(values), _CHUNK):
                chunk = values[start : start + _CHUNK]
                for row in session.execute(
                    select(table).where(table.c[link.column].in_(chunk))
                ).mappings():
                    key = _pk(table, dict(row))
                    if key not in rows[link.table]:
                        rows[link.table][key] = dict(row)
                        changed = True
    ordered: dict[str, list[dict[str, Any]]] = {}
    for table in metadata.sorted_tables:
        if table.name in rows:
            ordered[table.name] = [rows[table.name][k] for k in sorted(rows[table.name])]
    return ordered


# ---- Export -----------------------------------------------------------------------------------

TABLE_TITLES: Labels[str] = Labels(
    "Gdpr",
    {
        "client": QT_TRANSLATE_NOOP("Gdpr", "Client record"),
        "client_contact": QT_TRANSLATE_NOOP("Gdpr", "Phones and e-mails"),
        "client_address": QT_TRANSLATE_NOOP("Gdpr", "Addresses"),
        "client_tag": QT_TRANSLATE_NOOP("Gdpr", "Tags"),
        "interaction": QT_TRANSLATE_NOOP("Gdpr", "Contacts (calls, visits, e-mails...)"),
        "feedback": QT_TRANSLATE_NOOP("Gdpr", "Complaints and feedback"),
        "quote": QT_TRANSLATE_NOOP("Gdpr", "Quotes"),
        "quote_line": QT_TRANSLATE_NOOP("Gdpr", "Quote lines"),
        "job": QT_TRANSLATE_NOOP("Gdpr", "Jobs"),
        "invoice": QT_TRANSLATE_NOOP("Gdpr", "Invoices"),
        "invoice_line": QT_TRANSLATE_NOOP("Gdpr", "Invoice lines"),
        "payment": QT_TRANSLATE_NOOP("Gdpr", "Payments"),
        "time_entry": QT_TRANSLATE_NOOP("Gdpr", "Time spent"),
        "appointment": QT_TRANSLATE_NOOP("Gdpr", "Appointments"),
        "reminder": QT_TRANSLATE_NOOP("Gdpr", "Reminders"),
    },
)
# Internal bookkeeping, not information about the person.
_HIDDEN_COLUMNS = frozenset({"search_text", "search_key", "version", "position"})


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, Enum):
        return value.value
    return value


def export_client_data(
    session: Session, client_id: int, *, metadata: MetaData | None = None
) -> dict[str, Any]:
    """Everything about one client (GDPR art. 15 and 20), as JSON-ready data."""
    metadata = metadata or models.Base.metadata
    collected = collect_client_rows(session, client_id, metadata)
    tag_ids = [r["tag_id"] for r in collected.get("client_tag", ())]
    tag_names = (
        list(session.scalars(select(models.Tag.name).where(models.Tag.id.in_(tag_ids))))
        if tag_ids
        else []
    )
    client = collected[ROOT_TABLE][0]
    tables = {
        name: [
            {k: _jsonable(v) for k, v in row.items() if k not in _HIDDEN_COLUMNS}
            for row in table_rows
        ]
        for name, table_rows in collected.items()
    }
    from artisan_crm.services.clients import display_name_of

    return {
        "format": "artisan-crm-donnees-client",
        "format_version": 1,
        "application_version": __version__,
        "exported_at": datetime.now(UTC).isoformat(),
        "client_id": client_id,
        "display_name": display_name_of(
            client["kind"],
            client["first_name"],
            client["last_name"],
            client["company_name"],
            client_id,
        ),
        "tags": sorted(tag_names),
        "tables": tables,
        "counts": {name: len(rows) for name, rows in tables.items()},
    }


_HTML_TEMPLATE = """<!DOCTYPE html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<title>{{ text.title }}</title>
<style>
body { font-family: sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 2em; }
table { border-collapse: collapse; margin: .5em 0; font-size: .9em; }
th, td { border: 1px solid #bbb; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #eee; } td { white-space: pre-wrap; }
.meta { color: #555; }
</style>
</head>
<body>
<h1>{{ text.heading }}</h1>
<p class="meta">{{ text.meta }}</p>
{% if data.tags %}<p><strong>{{ text.tags }}</strong> {{ data.tags | join(", ") }}</p>{% endif %}
{% for name, rows in data.tables.items() %}
<h2>{{ titles.get(name, name) }} ({{ rows | length }})</h2>
{% if rows %}
<table>
<tr>{% for column in rows[0].keys() %}<th>{{ column }}</th>{% endfor %}</tr>
{% for row in rows %}
<tr>{% for value in row.values() %}<td>{{ "" if value is none else value }}</td>{% endfor %}</tr>
{% endfor %}
</table>
{% else %}<p>{{ text.no_data }}</p>{% endif %}
{% endfor %}
</body>
</html>
"""


def render_client_data_html(data: dict[str, Any]) -> str:
    """The readable version (Jinja2 with autoescape: a client's text never becomes markup)."""
    from jinja2 import Environment

    env = Environment(autoescape=True, keep_trailing_newline=True)
    name = data["display_name"]
    text = {
        "title": translate("Gdpr", "Personal data – {name}").format(name=name),
        "heading": translate("Gdpr", "Personal data of {name}").format(name=name),
        "meta": translate(
            "Gdpr",
            "Client no. {id} — exported on {date} (Artisan CRM {version}). This document "
            "holds all the information recorded about you. The attached JSON file holds the "
            "same data in a reusable format.",
        ).format(
            id=data["client_id"], date=data["exported_at"], version=data["application_version"]
        ),
        "tags": translate("Gdpr", "Tags:"),
        "no_data": translate("Gdpr", "No data."),
    }
    return env.from_string(_HTML_TEMPLATE).render(
        data=data, titles=TABLE_TITLES, text=text, lang=language()
    )


def write_client_data(data: dict[str, Any], directory: Path) -> tuple[Path, Path]:
    """Write ``client-<id>-donnees.json`` and ``.html`` into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    stem = f"client-{data['client_id']}-donnees"
    json_path = directory / f"{stem}.json"
    html_path = directory / f"{stem}.html"
    json_path.write_text(
        json.dumps(data, ensure_ascii=False, indent=2, default=_jsonable) + "\n", encoding="utf-8"
    )
    html_path.write_text(render_client_data_html(data), encoding="utf-8")
    return json_path, html_path


# ---- Anonymisation ------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """What anonymisation does to a table's rows: ``delete`` them, ``clear`` some text
    columns (set to ''), or ``keep`` them (``why`` says why)."""

    action: str
    columns: tuple[str, ...] = ()
    why: str = ""


DELETE = Rule("delete")

ANONYMISATION_RULES: dict[str, Rule] = {
    "client": Rule(
        "custom", why=QT_TRANSLATE_NOOP("Gdpr", "identity replaced by “Anonymised client no. …”")
    ),
    "client_contact": DELETE,
    "client_address": DELETE,
    "client_tag": DELETE,
    "interaction": Rule("clear", ("summary",)),
    "feedback": Rule("clear", ("criticism", "resolution", "lesson_learned")),
    "quote": Rule("clear", ("title", "notes")),
    "quote_line": Rule(
        "keep",
        why=QT_TRANSLATE_NOOP(
            "Gdpr", "description of the work and prices, no personal data (statistics)"
        ),
    ),
    "job": Rule("clear", ("title", "notes")),
    "invoice": Rule(
        "keep",
        why=QT_TRANSLATE_NOOP(
            "Gdpr",
            "invoices legally kept 10 years (C. com. L123-22): "
            "billed_name / billed_address stay as printed",
        ),
    ),
    "invoice_line": Rule(
        "keep", why=QT_TRANSLATE_NOOP("Gdpr", "part of the invoice (legal retention)")
    ),
    "payment": Rule("clear", ("note",)),
    "time_entry": Rule("clear", ("note",)),
    "appointment": DELETE,
    "reminder": DELETE,
}


def missing_anonymisation_rules(metadata: MetaData | None = None) -> frozenset[str]:
    """Tables holding client rows that anonymisation has no decision for (must be empty)."""
    return client_tables(metadata) - frozenset(ANONYMISATION_RULES)


@dataclass(frozen=True)
class AnonymisationReport:
    client_id: int
    anonymised_at: datetime
    deleted: tuple[tuple[str, int], ...]
    cleared: tuple[tuple[str, int], ...]
    kept: tuple[tuple[str, int, str], ...]

    def summary(self) -> str:
        parts = [translate("Gdpr", "Client no. {id} anonymised.").format(id=self.client_id)]
        deleted = translate("Gdpr", "deleted: {n} × {table}")
        cleared = translate("Gdpr", "cleared: text of {n} × {table}")
        kept = translate("Gdpr", "kept: {n} × {table} ({why})")
        parts += [
            "  " + deleted.format(n=n, table=TABLE_TITLES.get(t, t)) for t, n in self.deleted if n
        ]
        parts += [
            "  " + cleared.format(n=n, table=TABLE_TITLES.get(t, t)) for t, n in self.cleared if n
        ]
        parts += [
            "  " + kept.format(n=n, table=TABLE_TITLES.get(t, t), why=translate("Gdpr", why))
            for t, n, why in self.kept
            if n
        ]
        return "\n".join(parts)


def anonymised_name(client_id: int) -> str:
    """The name an anonymised client keeps (written in the interface language of the day)."""
    return translate("Gdpr", "Anonymised client no. {id}").format(id=client_id)


def anonymise_client(
    session: Session,
    client_id: int,
    *,
    confirmed: bool,
    now: datetime | None = None,
) -> AnonymisationReport:
    """Erase who the client is (GDPR art. 17), keeping legally required invoices.

    ``confirmed`` must be True: the UI asks first, the CLI needs ``--yes``. Irreversible.
    """
    if not confirmed:
        raise BusinessRuleError(
            translate("Gdpr", "Anonymisation erases the client's identity for good: confirm it.")
        )
    missing = missing_anonymisation_rules()
    if missing:
        raise BusinessRuleError(
            translate(
                "Gdpr",
                "Anonymisation impossible: this version cannot handle the tables {tables}. "
                "Update the application.",
            ).format(tables=", ".join(sorted(missing)))
        )
    metadata = models.Base.metadata
    collected = collect_client_rows(session, client_id, metadata)
    if collected[ROOT_TABLE][0]["anonymised_at"] is not None:
        raise BusinessRuleError(
            translate("Gdpr", "Client no. {id} is already anonymised.").format(id=client_id)
        )
    now = now or datetime.now(UTC)
    tag_ids = [r["tag_id"] for r in collected.get("client_tag", ())]
    session.flush()
    session.expunge_all()  # Core statements below; no stale ORM copy may be flushed later
    deleted: list[tuple[str, int]] = []
    cleared: list[tuple[str, int]] = []
    kept: list[tuple[str, int, str]] = []
    for table in reversed(metadata.sorted_tables):  # children first
        rows = collected.get(table.name)
        if not rows or table.name == ROOT_TABLE:
            continue
        rule = ANONYMISATION_RULES[table.name]
        keys = [_pk(table, r) for r in rows]
        if rule.action == "delete":
            for where in _pk_chunks(table, keys):
                session.execute(delete(table).where(where))
            deleted.append((table.name, len(rows)))
        elif rule.action == "clear":
            values: dict[str, Any] = {c: "" for c in rule.columns}
            if "version" in table.c:
                values["version"] = table.c.version + 1
            for where in _pk_chunks(table, keys):
                session.execute(update(table).where(where).values(**values))
            cleared.append((table.name, len(rows)))
        else:
            kept.append((table.name, len(rows), rule.why))
        record_change(session, table.name, None)
    client = cast(Table, models.Client.__table__)
    session.execute(
        update(client)
        .where(client.c.id == client_id)
        .values(
            title="",
            first_name="",
            last_name=anonymised_name(client_id),
            company_name="",
            siret=None,
            vat_number=None,
            source="",
            referred_by_id=None,
            notes="",
            marketing_consent=False,
            consent_at=None,
            maintenance_contract=False,
            maintenance_due_on=None,
            archived=True,
            anonymised_at=now,
            search_text="",
            updated_at=now,
            version=client.c.version + 1,
        )
    )
    _drop_orphan_tags(session, tag_ids)
    record_change(session, ROOT_TABLE, client_id)
    return AnonymisationReport(client_id, now, tuple(deleted), tuple(cleared), tuple(kept))


def _pk_chunks(table: Table, keys: list[tuple[Any, ...]]) -> Iterable[Any]:
    columns = list(table.primary_key.columns)
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        if len(columns) == 1:
            yield columns[0].in_([k[0] for k in chunk])
        else:
            yield tuple_(*columns).in_(chunk)


def _drop_orphan_tags(session: Session, tag_ids: list[int]) -> None:
    """A tag only this client had may name them ("famille Dupont"): remove it."""
    if not tag_ids:
        return
    used = set(
        session.scalars(
            select(models.client_tag.c.tag_id).where(models.client_tag.c.tag_id.in_(tag_ids))
        )
    )
    orphans = [t for t in tag_ids if t not in used]
    if orphans:
        session.execute(delete(models.Tag).where(models.Tag.id.in_(orphans)))
        record_change(session, "tag", None)


__all__ = [
    "ANONYMISATION_RULES",
    "TABLE_TITLES",
    "AnonymisationReport",
    "Link",
    "Rule",
    "anonymise_client",
    "anonymised_name",
    "client_links",
    "client_tables",
    "collect_client_rows",
    "export_client_data",
    "missing_anonymisation_rules",
    "render_client_data_html",
    "write_client_data",
]
