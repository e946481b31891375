"""Build the Linux bundle with packaging/build.sh and smoke-test the frozen program.

Slow (about 3 to 4 minutes on 2 cores, plus the first creation of packaging/.build-venv):
skipped unless ``ARTISAN_CRM_BUILD_BUNDLE=1``. build.sh itself runs the bundle's
self-test, ``--version``, ``--smoke`` (the real GUI, offscreen), ``db upgrade``,
``db check``, ``demo --clients 5`` and ``db stats`` on a fresh data folder; this test
adds a few checks of its own on the result.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

import artisan_crm

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "artisan-crm"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("ARTISAN_CRM_BUILD_BUNDLE") != "1",
        reason="set ARTISAN_CRM_BUILD_BUNDLE=1 to build and smoke-test the bundle",
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="build.sh is for Linux"),
]


@pytest.fixture(scope="module")
def build_log() -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARTISAN_CRM_")}
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build.sh")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-6000:]
    return log


def test_build_and_smoke_pass(build_log: str) -> None:
    assert "smoke : tout est OK" in build_log
    for step in ("selftest", "version", "gui", "db-upgrade", "db-check", "demo", "db-stats"):
        assert f"smoke {step} : OK" in build_log


def test_archive_holds_the_bundle(build_log: str) -> None:
    version = artisan_crm.__version__
    archive = ROOT / "dist" / f"artisan-crm-{version}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    assert "artisan-crm/artisan-crm" in names
    assert "artisan-crm/share/applications/artisan-crm.desktop" in names
    assert any(
        n.startswith("artisan-crm/_internal/artisan_crm/storage/migrations/versions/")
        for n in names
    )


def test_bundle_carries_source_migrations_and_trimmed_qt(build_log: str) -> None:
    internal = BUNDLE / "_internal"
    revisions = sorted((internal / "artisan_crm/storage/migrations/versions").glob("*.py"))
    source = sorted((ROOT / "artisan_crm/storage/migrations/versions").glob("*.py"))
    assert [p.name for p in revisions] == [p.name for p in source]
    assert (internal / "PySide6/Qt/translations/qtbase_fr.qm").is_file()
    assert not list((internal / "PySide6/Qt/translations").glob("qtbase_de.qm"))
    libs = {p.name for p in (internal / "PySide6/Qt/lib").iterdir()}
    assert not any(
        name.startswith(("libQt6Quick", "libQt6Qml", "libQt6WebEngine")) for name in libs
    )
    assert not (internal / "PySide6/QtQuick.abi3.so").exists()


def test_bundle_runs_without_the_source_tree(build_log: str, tmp_path: Path) -> None:
    """A copy elsewhere, with a neutral working directory, still finds all its files."""
    copy = tmp_path / "opt" / "artisan-crm"
    copy.parent.mkdir()
    subprocess.run(["cp", "-a", str(BUNDLE), str(copy)], check=True)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "ARTISAN_CRM_HOME": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "fr_FR.UTF-8",
    }
    for args in (["db", "upgrade"], ["demo", "--clients", "5"], ["--smoke"]):
        result = subprocess.run(
            [str(copy / "artisan-crm"), *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert result.returncode == 0, (args, result.stdout, result.stderr)
