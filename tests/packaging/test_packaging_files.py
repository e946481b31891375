"""The packaging files are complete and well-formed (fast: nothing is built).

The PyInstaller spec is executed with stand-ins for PyInstaller's objects, so these
tests see exactly the data files, exclusions and filters a real build would use,
without PyInstaller installed.
"""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import types
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

import artisan_crm

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "artisan-crm.spec"
DESKTOP = PACKAGING / "linux" / "artisan-crm.desktop"
METAINFO = PACKAGING / "linux" / "fr.artisancrm.ArtisanCRM.metainfo.xml"
ISS = PACKAGING / "windows" / "artisan-crm.iss"
ICONS = PACKAGING / "icons"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]


# ---- The spec, run with stand-ins ------------------------------------------------------------


class _Recorder:
    """Stands for Analysis, PYZ, EXE, COLLECT and BUNDLE: keeps its arguments."""

    instances: list[_Recorder]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        type(self).instances.append(self)


class _Analysis(_Recorder):
    instances: list[_Recorder] = []
    # What PyInstaller's hooks would have collected, to see what the spec's filters keep.
    KEEP_BINARIES = [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libQt6OpenGL.so.6",
        "PySide6/Qt/lib/libQt6OpenGLWidgets.so.6",
        "PySide6/Qt/lib/libQt6DBus.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6/Qt/lib/libQt6WlShellIntegration.so.6",
        "PySide6/Qt/lib/libicudata.so.73",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    ]
    DROP_BINARIES = [
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6WaylandCompositor.so.6",
        "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
        "PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
        "PySide6/Qt/plugins/wayland-graphics-integration-server/libqt-wayland-compositor-xcomposite-egl.so",
    ]
    KEEP_DATAS = [
        "PySide6/Qt/translations/qtbase_fr.qm",
        "babel/locale-data/root.dat",
        "babel/locale-data/fr.dat",
        "babel/locale-data/fr_FR.dat",
        "babel/locale-data/en.dat",
        "babel/locale-data/en_GB.dat",
        "babel/locale-data/en_001.dat",
        "babel/global.dat",
        "faker/providers/address/__init__.py",
        "faker/providers/address/fr_FR/__init__.py",
        "faker/providers/address/en_US/__init__.py",
        "faker/providers/address/en/__init__.py",
    ]
    DROP_DATAS = [
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qtbase_en.qm",
        "babel/locale-data/de.dat",
        "babel/locale-data/es_ES.dat",
        "faker/providers/address/de_DE/__init__.py",
        "faker/providers/address/zh_CN/__init__.py",
    ]
    KEEP_PURE = [
        "faker",
        "faker.providers.address",
        "faker.providers.address.fr_FR",
        "faker.providers.address.en_US",
        "faker.providers.date_time",
    ]
    DROP_PURE = ["faker.providers.address.de_DE", "faker.providers.person.ja_JP"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.binaries = [
            (d, "/src/" + d, "BINARY") for d in self.KEEP_BINARIES + self.DROP_BINARIES
        ]
        self.datas = [(d, "/src/" + d, "DATA") for d in self.KEEP_DATAS + self.DROP_DATAS]
        self.pure = [(m, f"/src/{m}.py", "PYMODULE") for m in self.KEEP_PURE + self.DROP_PURE]
        # PyInstaller's top-level links to libraries in sub-folders (target relative to the link)
        self.datas += [
            ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
            ("libQt6EglFsKmsSupport.so.6", "PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6", "SYMLINK"),
        ]
        self.scripts = []


class _PYZ(_Recorder):
    instances: list[_Recorder] = []


class _EXE(_Recorder):
    instances: list[_Recorder] = []


class _COLLECT(_Recorder):
    instances: list[_Recorder] = []


class _BUNDLE(_Recorder):
    instances: list[_Recorder] = []


def _qt_translations_dir() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def run_spec(monkeypatch: pytest.MonkeyPatch, *, full: bool = False) -> dict[str, Any]:
    """Execute the spec as PyInstaller would, with stand-ins; return its namespace."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package, **_: [package]  # type: ignore[attr-defined]
    qt = types.ModuleType("PyInstaller.utils.hooks.qt")
    qt.pyside6_library_info = types.SimpleNamespace(  # type: ignore[attr-defined]
        qt_rel_dir="PySide6/Qt",
        location={"TranslationsPath": str(_qt_translations_dir())},
    )
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks.qt", qt)
    if full:
        monkeypatch.setenv("ARTISAN_CRM_BUNDLE_FULL", "1")
    else:
        monkeypatch.delenv("ARTISAN_CRM_BUNDLE_FULL", raising=False)
    for recorder in (_Analysis, _PYZ, _EXE, _COLLECT, _BUNDLE):
        recorder.instances = []
    namespace: dict[str, Any] = {
        "__name__": "__main__",
        "__file__": str(SPEC),
        "SPECPATH": str(PACKAGING),
        "Analysis": _Analysis,
        "PYZ": _PYZ,
        "EXE": _EXE,
        "COLLECT": _COLLECT,
        "BUNDLE": _BUNDLE,
    }
    code = compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    exec(code, namespace)
    return namespace


def test_spec_compiles_as_python() -> None:
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")


def test_spec_builds_one_folder_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    ns = run_spec(monkeypatch)
    (analysis,) = _Analysis.instances
    assert Path(analysis.args[0][0]) == PACKAGING / "launcher.py"
    assert str(ROOT) in analysis.kwargs["pathex"]
    exes = _EXE.instances
    assert exes and all(exe.kwargs["exclude_binaries"] for exe in exes), (
        "onedir: binaries go to COLLECT"
    )
    assert exes[0].kwargs["name"] == "artisan-crm"
    assert exes[0].kwargs["console"] is sys.platform.startswith("linux")
    assert len(_COLLECT.instances) == 1
    assert _COLLECT.instances[0].kwargs["name"] == "artisan-crm"
    assert ns["VERSION"] == project_version() == artisan_crm.__version__


def test_spec_data_files_exist_and_land_where_the_app_looks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run_spec(monkeypatch)
    datas = _Analysis.instances[0].kwargs["datas"]
    missing = [src for src, _ in datas if not Path(src).is_file()]
    assert not missing
    shipped = {Path(dest, Path(src).name).as_posix() for src, dest in datas}

    # config.resources_dir() -> sys._MEIPASS/resources
    for path in sorted((ROOT / "resources").rglob("*")):
        if path.is_file() and path.suffix in {".qm", ".svg", ".qss"}:
            assert f"resources/{path.relative_to(ROOT / 'resources').as_posix()}" in shipped
    assert not any(p.endswith(".ts") for p in shipped), "translation sources stay out"
    # Alembic: every revision and env.py as source files beside the migrations package
    migrations = ROOT / "artisan_crm" / "storage" / "migrations"
    revisions = sorted(migrations.glob("versions/*.py"))
    assert revisions
    for path in [migrations / "env.py", migrations / "script.py.mako", *revisions]:
        assert path.relative_to(ROOT).as_posix() in shipped
    # report templates beside artisan_crm/reports/
    templates = [
        p for p in (ROOT / "artisan_crm" / "reports" / "templates").iterdir() if p.is_file()
    ]
    assert templates
    for path in templates:
        assert path.relative_to(ROOT).as_posix() in shipped
    # Qt's own French translation, where QLibraryInfo points inside the bundle
    assert "PySide6/Qt/translations/qtbase_fr.qm" in shipped


def test_spec_collects_every_subcommand_module(monkeypatch: pytest.MonkeyPatch) -> None:
    run_spec(monkeypatch)
    hidden = _Analysis.instances[0].kwargs["hiddenimports"]
    # collect_submodules("artisan_crm") takes artisan_crm.commands.* (pkgutil discovery) with it
    assert "artisan_crm" in hidden
    for module in ("alembic.op", "alembic.context", "sqlalchemy.dialects.sqlite"):
        assert module in hidden


def test_spec_excludes_unused_qt_but_keeps_what_the_app_uses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run_spec(monkeypatch)
    excludes = set(_Analysis.instances[0].kwargs["excludes"])
    for unused in (
        "QtWebEngineCore",
        "Qt3DCore",
        "QtQuick",
        "QtQml",
        "QtMultimedia",
        "QtPdf",
        "QtCharts",
        "QtDataVisualization",
        "QtBluetooth",
        "QtDesigner",
        "QtSql",
        "QtTest",
    ):
        assert f"PySide6.{unused}" in excludes
    # QtOpenGL and QtOpenGLWidgets: pyqtgraph imports them at module level
    for used in (
        "QtCore",
        "QtGui",
        "QtWidgets",
        "QtNetwork",
        "QtPrintSupport",
        "QtSvg",
        "QtOpenGL",
        "QtOpenGLWidgets",
    ):
        assert f"PySide6.{used}" not in excludes
    assert "tkinter" in excludes
    # nothing the application itself imports is excluded
    for module in excludes:
        top = module.split(".")[0]
        assert top != "artisan_crm"


def test_spec_filters_plugins_libraries_and_locales(monkeypatch: pytest.MonkeyPatch) -> None:
    run_spec(monkeypatch)
    a = _Analysis.instances[0]
    binaries = {entry[0] for entry in a.binaries}
    datas = {entry[0] for entry in a.datas}
    pure = {entry[0] for entry in a.pure}
    assert binaries == set(_Analysis.KEEP_BINARIES)
    assert datas == {*_Analysis.KEEP_DATAS, "libQt6Core.so.6"}, "no link left dangling"
    assert pure == set(_Analysis.KEEP_PURE)


def test_spec_full_mode_keeps_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    run_spec(monkeypatch, full=True)
    a = _Analysis.instances[0]
    assert len(a.binaries) == len(_Analysis.KEEP_BINARIES) + len(_Analysis.DROP_BINARIES)
    assert len(a.datas) == len(_Analysis.KEEP_DATAS) + len(_Analysis.DROP_DATAS) + 2


def test_qt_translation_exists_in_the_installed_pyside6() -> None:
    assert (_qt_translations_dir() / "qtbase_fr.qm").is_file()


def test_launcher_supports_spawned_workers() -> None:
    source = (PACKAGING / "launcher.py").read_text(encoding="utf-8")
    compile(source, "launcher.py", "exec")
    assert "multiprocessing.freeze_support()" in source
    assert "from artisan_crm.cli import main" in source
    assert "ARTISAN_CRM_BUNDLE_SELFTEST" in source


# ---- Build script ----------------------------------------------------------------------------


def test_build_script_is_valid_bash() -> None:
    script = PACKAGING / "build.sh"
    assert script.stat().st_mode & 0o111, "build.sh must be executable"
    subprocess.run(["bash", "-n", str(script)], check=True)
    text = script.read_text(encoding="utf-8")
    for needed in ("--smoke", "db upgrade", "db check", "demo --clients 5", "db stats", ".tar.gz"):
        assert needed in text


def test_build_outputs_are_ignored_by_git() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "dist/" in ignored and "build/" in ignored
    assert "/.build-venv/" in (PACKAGING / ".gitignore").read_text(encoding="utf-8").split()


# ---- Linux desktop integration -----------------------------------------------------------------


def read_desktop() -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(strict=True, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser


def test_desktop_entry_has_the_required_keys() -> None:
    entry = read_desktop()["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "artisan-crm"
    assert entry["Icon"] == "artisan-crm"
    assert entry["Terminal"] == "false"
    for key in ("Name", "Name[fr]", "Comment", "Comment[fr]"):
        assert entry[key].strip()
    categories = entry["Categories"]
    assert categories.endswith(";")
    assert {"Office", "ContactManagement"} <= set(filter(None, categories.split(";")))


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils absent"
)
def test_desktop_entry_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_metainfo_is_well_formed_and_complete() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == "fr.artisancrm.ArtisanCRM"
    assert root.findtext("name") == "Artisan CRM"
    assert root.findtext("metadata_license")
    summaries = {s.get(XML_LANG): s.text for s in root.findall("summary")}
    assert summaries.get(None) and summaries.get("fr")
    paragraphs = {p.get(XML_LANG) for p in root.findall("description/p")}
    assert {None, "fr"} <= paragraphs
    assert root.find("content_rating").get("type", "").startswith("oars-")
    launchable = root.find("launchable")
    assert launchable.get("type") == "desktop-id" and launchable.text == DESKTOP.name
    versions = [r.get("version") for r in root.findall("releases/release")]
    assert project_version() in versions
    for release in root.findall("releases/release"):
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", release.get("date", ""))
    categories = {c.text for c in root.findall("categories/category")}
    assert {"Office", "ContactManagement"} <= categories


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream absent")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


# ---- Icons ---------------------------------------------------------------------------------------


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_icon_exists_in_size(size: int) -> None:
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "artisan-crm.png"
    assert png_size(path.read_bytes()) == (size, size)


def test_scalable_icon_is_the_application_icon() -> None:
    scalable = ICONS / "hicolor" / "scalable" / "apps" / "artisan-crm.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "artisan-crm.svg").read_bytes()


def test_windows_ico_holds_every_size() -> None:
    data = (ICONS / "artisan-crm.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        w, h = png_size(data[offset : offset + length])
        assert (w, h) == (width or 256, height or 256)
        sizes.add(w)
    assert {16, 32, 48, 256} <= sizes


def test_macos_icns_is_well_formed() -> None:
    data = (ICONS / "artisan-crm.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    types_found, offset = {}, 8
    while offset < len(data):
        ostype, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        types_found[ostype] = png_size(data[offset + 8 : offset + length])
        offset += length
    assert types_found[b"ic10"] == (1024, 1024)
    assert types_found[b"ic07"] == (128, 128)


# ---- Windows installer ---------------------------------------------------------------------------


def test_inno_setup_script() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.M), "per-user install by default"
    assert 'MessagesFile: "compiler:Languages\\French.isl"' in text
    assert 'MessagesFile: "compiler:Default.isl"' in text
    assert re.search(
        r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"', text, re.M
    )
    assert re.search(r'^Name: "desktopicon".*Flags: unchecked$', text, re.M)
    assert "Tasks: desktopicon" in text
    # the uninstaller keeps the data folder of the application, and says so in both languages
    data_folder = f"{artisan_crm.ORG_NAME}\\{artisan_crm.APP_ID}"
    assert "[UninstallDelete]" not in text.replace("; No [UninstallDelete]", "")
    for language in ("french", "english"):
        message = re.search(rf"^{language}\.ConfirmUninstall=(.*)$", text, re.M)
        assert message and data_folder in message.group(1)
    assert (ICONS / "artisan-crm.ico").is_file()
