"""Migrations are forever: revision files follow the convention, old databases open with their data."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import func, select

from artisan_crm.storage import migrations
from artisan_crm.storage.database import open_database
from artisan_crm.storage.models import Client

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "schema"


def test_revision_files_follow_the_naming_convention() -> None:
    """File name == revision id, and the sorted ids end at Alembic's single head."""
    script = ScriptDirectory.from_config(migrations.alembic_config())
    assert script.get_heads() == [migrations.head()]
    by_id = {rev.revision: rev for rev in script.walk_revisions()}
    assert set(by_id) == set(migrations.known_revisions())
    for path in migrations.VERSIONS_DIR.glob("*.py"):
        assert path.stem in by_id, f"{path.name}: the file must be named after its revision id"
    ordered = migrations.known_revisions()
    for older, newer in itertools.pairwise(ordered):
        assert by_id[newer].down_revision == older


def test_every_released_schema_opens_with_all_its_data(tmp_path: Path) -> None:
    """A small database made by each released schema upgrades to head and keeps its rows."""
    fixtures = sorted(FIXTURES.glob("*.sqlite3"))
    assert fixtures, "keep one fixture database per released schema in tests/fixtures/schema"
    assert {p.stem for p in fixtures} <= set(migrations.known_revisions())
    for fixture in fixtures:
        copy = tmp_path / fixture.name
        shutil.copyfile(fixture, copy)
        db = open_database(f"sqlite:///{copy}", backups_dir=tmp_path / "backups")
        try:
            with db.read() as session:
                assert session.scalar(select(func.count()).select_from(Client)) > 0
                names = set(session.scalars(select(Client.last_name)))
            assert "Lefèvre" in names or len(names) > 5
        finally:
            db.dispose()
