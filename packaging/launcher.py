"""Entry point of the frozen application (PyInstaller runs this file as ``__main__``).

Same as ``python -m artisan_crm``, plus:
- ``multiprocessing.freeze_support()``: the data generator renders in "spawn" worker
  processes, which in a frozen program re-run this executable and must be routed to the
  worker code instead of the CLI;
- a bundle self-test, run instead of the application when ``ARTISAN_CRM_BUNDLE_SELFTEST=1``
  (used by packaging/build.sh): it imports every module of the application the way the
  frozen program finds them and exercises each file the bundle must carry, so a missing
  hidden import, data file or Qt plugin fails the build rather than a workshop PC.
"""

import multiprocessing
import os
import sys


def _selftest() -> int:
    import importlib
    import pkgutil
    import tempfile
    import traceback
    from pathlib import Path

    failures: list[str] = []

    def check(label: str, func) -> None:  # type: ignore[no-untyped-def]
        try:
            detail = func()
        except Exception:
            failures.append(f"{label}:\n{traceback.format_exc()}")
            print(f"  ÉCHEC {label}")
        else:
            print(f"  ok   {label}{f' ({detail})' if detail else ''}")

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"auto-test du paquet ({sys.executable}, frozen={getattr(sys, 'frozen', False)})")

    def every_module() -> str:
        import artisan_crm

        skip = {"artisan_crm.__main__", "artisan_crm.storage.migrations.env"}
        names = [m.name for m in pkgutil.walk_packages(artisan_crm.__path__, "artisan_crm.")]
        broken = []
        for name in names:
            if name in skip:
                continue
            try:
                importlib.import_module(name)
            except Exception as exc:
                broken.append(f"{name}: {exc!r}")
        assert not broken, broken
        assert len(names) > 50, f"only {len(names)} modules found by pkgutil"
        return f"{len(names)} modules"

    def subcommands() -> str:
        from artisan_crm import cli

        names = [m.__name__.rsplit(".", 1)[-1] for m in cli._command_modules()]
        assert names, "no sub-command module found by pkgutil.iter_modules"
        return ", ".join(names)

    def translation_catalogues() -> str:
        # ui/i18n.py lists the feature folders of artisan_crm/ui/ on disk: they must exist in the
        # bundle and agree with the feature packages the frozen importer knows; every
        # catalogue (those and the layers below ui/) must be in the bundle.
        import artisan_crm.ui
        from artisan_crm.ui import i18n

        areas = i18n.translation_areas()
        packages = sorted(
            m.name
            for m in pkgutil.iter_modules(artisan_crm.ui.__path__)
            if m.ispkg and m.name != "views"
        )
        assert areas == ["artisan_crm", *packages, *i18n.CORE_AREAS], (areas, packages)
        missing = [a for a in areas if not (Path(i18n.translations_dir()) / f"{a}_fr.qm").is_file()]
        assert not missing, missing
        return ", ".join(areas)

    def resources() -> str:
        from artisan_crm.config import resources_dir

        base = resources_dir()
        for name in ("artisan_crm.qss", "icons/artisan-crm.svg", "translations/artisan_crm_fr.qm"):
            assert (base / name).is_file(), base / name
        return str(base)

    def migrations() -> str:
        from alembic.script import ScriptDirectory

        from artisan_crm.storage import migrations as m

        script = ScriptDirectory.from_config(m.alembic_config())
        heads = script.get_heads()
        assert heads == [m.head()], (heads, m.known_revisions())
        return f"head {m.head()}"

    def templates() -> str:
        from artisan_crm.reports import day_sheet, documents

        for folder in (documents.TEMPLATES, day_sheet.TEMPLATES):
            assert any(Path(folder).iterdir()), folder
        return str(documents.TEMPLATES)

    def qt_and_translations() -> str:
        from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
        from PySide6.QtGui import QIcon, QImageReader
        from PySide6.QtWidgets import QApplication

        from artisan_crm.config import resources_dir

        app = QApplication.instance() or QApplication(["artisan-crm"])
        directory = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator()
        locale = QLocale(QLocale.Language.French, QLocale.Country.France)
        assert translator.load(locale, "qtbase", "_", directory), f"qtbase_fr.qm not in {directory}"
        assert b"svg" in [bytes(f) for f in QImageReader.supportedImageFormats()], "SVG plugin"
        icon = QIcon(str(resources_dir() / "icons" / "artisan-crm.svg"))
        assert not icon.pixmap(64, 64).isNull(), "SVG icon engine"
        app.processEvents()
        return directory

    def charts() -> str:
        from PySide6.QtWidgets import QWidget

        module = importlib.import_module("artisan_crm.ui.rating.charts")
        parent = QWidget()
        built: list[object] = []
        # Built the way the rating view builds them.
        for step in module.build_steps(
            parent, lambda scatter, whale: built.extend((scatter, whale))
        ):
            step()
        assert len(built) == 2, "charts not built"
        return "pyqtgraph"

    def libraries() -> str:
        import phonenumbers
        from babel.numbers import format_currency
        from faker import Faker

        assert format_currency(1234.5, "EUR", locale="fr_FR") == "1\u202f234,50\xa0€"
        assert format_currency(1234.5, "EUR", locale="en_GB") == "€1,234.50"
        assert phonenumbers.is_valid_number(phonenumbers.parse("01 42 68 53 00", "FR"))
        assert Faker("fr_FR").postcode().isdigit()
        import psycopg

        return f"psycopg {psycopg.pq.version()} ({psycopg.pq.__impl__})"

    def worker_processes() -> str:
        from artisan_crm.demo import generate_scale
        from artisan_crm.storage.database import open_database

        with tempfile.TemporaryDirectory() as tmp:
            db = open_database(f"sqlite:///{Path(tmp) / 'scale.sqlite3'}", backups_dir=Path(tmp))
            try:
                summary = generate_scale(db, clients=200, quotes=200, time_entries=400, workers=2)
            finally:
                db.dispose()
        return f"{summary.clients} clients rendered by 2 spawned workers"

    check("modules (pkgutil + import)", every_module)
    check("sous-commandes", subcommands)
    check("catalogues de traduction", translation_catalogues)
    check("resources/", resources)
    check("migrations Alembic", migrations)
    check("modèles Jinja2", templates)
    check("Qt : qtbase_fr.qm, SVG", qt_and_translations)
    check("graphiques", charts)
    check("Babel, phonenumbers, Faker, psycopg", libraries)
    check("processus de rendu (spawn)", worker_processes)
    for failure in failures:
        print(failure, file=sys.stderr)
    print("auto-test :", "ÉCHEC" if failures else "OK")
    return 1 if failures else 0


if __name__ == "__main__":
    multiprocessing.freeze_support()
    if os.environ.get("ARTISAN_CRM_BUNDLE_SELFTEST") == "1":
        raise SystemExit(_selftest())
    from artisan_crm.cli import main

    raise SystemExit(main())
