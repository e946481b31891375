#!/usr/bin/env bash
# Artisan CRM: build the Linux one-folder bundle and smoke-test it (one command).
#
#   packaging/build.sh              build dist/artisan-crm/ + dist/artisan-crm-<version>-linux-x86_64.tar.gz, then smoke-test
#   packaging/build.sh --no-smoke   build only
#   packaging/build.sh --smoke-only smoke-test the bundle already in dist/
#
# Environment:
#   PYTHON=python3.11              interpreter for the build venv (3.11, like the app)
#   BUILD_VENV=packaging/.build-venv
#   ARTISAN_CRM_BUNDLE_FULL=1      no module/plugin exclusions (to measure what they save)
set -euo pipefail

START=$(date +%s)
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-python3.11}"
BUILD_VENV="${BUILD_VENV:-$HERE/.build-venv}"
DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"
APP="artisan-crm"
BUNDLE="$DIST/$APP"

say() { printf '[build] %s\n' "$*" >&2; }
die() { say "ERREUR : $*"; exit 1; }

SMOKE=1
BUILD=1
for arg in "$@"; do
  case "$arg" in
    --no-smoke) SMOKE=0 ;;
    --smoke-only) BUILD=0 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) die "option inconnue : $arg" ;;
  esac
done

VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/artisan_crm/__init__.py")
[ -n "$VERSION" ] || die "version introuvable dans artisan_crm/__init__.py"
ARCH=$(uname -m)
TARBALL="$DIST/$APP-$VERSION-linux-$ARCH.tar.gz"

if [ "$BUILD" = 1 ]; then
  # ---- 1. Build environment (kept between builds; reinstalled when an input changes) ------
  command -v "$PYTHON" >/dev/null 2>&1 || die "interpréteur '$PYTHON' introuvable (PYTHON=...)"
  "$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' \
    || say "attention : $("$PYTHON" --version 2>&1), l'application vise Python 3.11"
  if [ ! -x "$BUILD_VENV/bin/python" ]; then
    say "création de l'environnement de construction $BUILD_VENV"
    "$PYTHON" -m venv "$BUILD_VENV"
  fi
  STAMP="$BUILD_VENV/.installed"
  INPUTS=("$ROOT/pyproject.toml" "$HERE/requirements-build.txt" "$HERE/constraints.txt")
  NEEDS_INSTALL=0
  [ -f "$STAMP" ] || NEEDS_INSTALL=1
  for f in "${INPUTS[@]}"; do [ "$f" -nt "$STAMP" ] 2>/dev/null && NEEDS_INSTALL=1; done
  if [ "$NEEDS_INSTALL" = 1 ]; then
    say "installation du projet et de PyInstaller dans l'environnement de construction"
    "$BUILD_VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    # Editable, for the dependencies: the spec analyses the source tree itself (pathex),
    # so the bundle always holds the checked-out code without reinstalling it.
    "$BUILD_VENV/bin/python" -m pip install -q --disable-pip-version-check \
      -c "$HERE/constraints.txt" -r "$HERE/requirements-build.txt" -e "$ROOT"
    touch "$STAMP"
  fi
  "$BUILD_VENV/bin/python" -c 'import PySide6; v = PySide6.__version__; assert v.startswith("6.11."), v' \
    || die "PySide6 doit rester en 6.11 (6.12.0 a un bogue de compteur de références fatal)"

  # ---- 2. PyInstaller ----------------------------------------------------------------------
  say "PyInstaller ($("$BUILD_VENV/bin/pyinstaller" --version)) : packaging/artisan-crm.spec"
  rm -rf "$BUNDLE" "$TARBALL"
  T0=$(date +%s)
  "$BUILD_VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" "$HERE/artisan-crm.spec"
  say "PyInstaller : $(( $(date +%s) - T0 )) s"
  [ -x "$BUNDLE/$APP" ] || die "exécutable absent : $BUNDLE/$APP"

  # ---- 3. Checks on the files, then the archive ---------------------------------------------
  INTERNAL="$BUNDLE/_internal"
  # Debug information (a pyenv-built libpython carries 17 MB of it): not needed to run.
  if command -v strip >/dev/null 2>&1 && command -v readelf >/dev/null 2>&1; then
    BEFORE=$(du -sb "$BUNDLE" | cut -f1)
    while IFS= read -r -d '' lib; do
      if readelf -S "$lib" 2>/dev/null | grep -q '\.debug_info'; then strip --strip-debug "$lib"; fi
    done < <(find "$INTERNAL" -type f \( -name '*.so' -o -name '*.so.*' \) -print0)
    say "informations de débogage retirées : $(( (BEFORE - $(du -sb "$BUNDLE" | cut -f1)) / 1048576 )) Mio"
  fi
  DANGLING=$(find "$BUNDLE" -xtype l)
  [ -z "$DANGLING" ] || die "liens symboliques cassés : $DANGLING"
  for required in \
      resources/artisan_crm.qss \
      resources/icons/artisan-crm.svg \
      resources/translations/artisan_crm_fr.qm \
      artisan_crm/storage/migrations/env.py \
      artisan_crm/storage/migrations/script.py.mako \
      artisan_crm/reports/templates/quote.html \
      PySide6/Qt/translations/qtbase_fr.qm \
      PySide6/Qt/plugins/platforms/libqxcb.so \
      PySide6/Qt/plugins/platforms/libqoffscreen.so \
      PySide6/Qt/plugins/iconengines/libqsvgicon.so; do
    [ -e "$INTERNAL/$required" ] || die "fichier absent du paquet : $required"
  done
  ls "$INTERNAL"/artisan_crm/storage/migrations/versions/*.py >/dev/null 2>&1 \
    || die "aucune migration Alembic (.py) dans le paquet"
  # Every shared library must find its dependencies inside the bundle or on the workshop PC.
  # Expected from the desktop itself: GTK (Qt's GTK theme plugin, used only under GNOME) and
  # the Wayland client libraries (used only in a Wayland session). Anything else is a bundling bug.
  SYSTEM_OK='^(libgtk-3|libgdk-3|libwayland-(client|cursor|egl)|libxkbcommon|libEGL|libGL|libfontconfig|libfreetype|libdbus-1|libX|libxcb|libcups|libgssapi)'
  MISSING=$(find "$INTERNAL" \( -name '*.so' -o -name '*.so.*' \) -type f -print0 \
    | LD_LIBRARY_PATH="$INTERNAL:$INTERNAL/PySide6/Qt/lib" xargs -0 -n 50 ldd 2>/dev/null \
    | awk '/not found/ {print $1}' | sort -u || true)
  UNEXPECTED=$(printf '%s\n' "$MISSING" | grep -Ev "$SYSTEM_OK" | grep . || true)
  [ -z "$MISSING" ] || say "fournies par le bureau du poste (absentes ici) : $(echo $MISSING)"
  [ -z "$UNEXPECTED" ] || die "bibliothèques introuvables dans le paquet : $(echo $UNEXPECTED)"

  # The PC's glibc must be at least the newest version any bundled file asks for.
  if command -v objdump >/dev/null 2>&1; then
    GLIBC_MIN=$(find "$BUNDLE" -type f \( -name '*.so' -o -name '*.so.*' -o -name "$APP" \) -print0 \
      | xargs -0 -n 50 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sort -Vu | tail -n1)
    say "glibc minimale sur le poste : ${GLIBC_MIN#GLIBC_} (celle de la machine de construction : $(ldd --version | head -n1 | awk '{print $NF}'))"
  fi

  # Desktop integration files, for installing from the archive (see packaging/README.md).
  mkdir -p "$BUNDLE/share/applications" "$BUNDLE/share/metainfo" "$BUNDLE/share/icons"
  cp "$HERE/linux/artisan-crm.desktop" "$BUNDLE/share/applications/"
  cp "$HERE/linux/fr.artisancrm.ArtisanCRM.metainfo.xml" "$BUNDLE/share/metainfo/"
  cp -r "$HERE/icons/hicolor" "$BUNDLE/share/icons/"

  say "archive $(basename "$TARBALL")"
  tar -C "$DIST" -czf "$TARBALL" "$APP"
  say "taille du dossier : $(du -sh "$BUNDLE" | cut -f1) ($(du -sb "$BUNDLE" | cut -f1) octets, $(find "$BUNDLE" -type f | wc -l) fichiers)"
  say "taille de l'archive : $(du -sh "$TARBALL" | cut -f1)"
fi

# ---- 4. Smoke test: the frozen program, a fresh data folder, no display ---------------------
if [ "$SMOKE" = 1 ]; then
  [ -x "$BUNDLE/$APP" ] || die "pas de paquet à tester dans $BUNDLE"
  SMOKE_HOME=$(mktemp -d "${TMPDIR:-/tmp}/artisan-crm-smoke.XXXXXX")
  trap 'rm -rf "$SMOKE_HOME"' EXIT
  export ARTISAN_CRM_HOME="$SMOKE_HOME/home"
  export QT_QPA_PLATFORM=offscreen
  unset ARTISAN_CRM_DATABASE_URL
  EXE="$BUNDLE/$APP"
  step() {
    local name="$1"; shift
    local t0 out rc
    t0=$(date +%s%N)
    set +e
    out=$(timeout 120 "$EXE" "$@" 2>&1)
    rc=$?
    set -e
    printf '%s\n' "$out" > "$SMOKE_HOME/$name.log"
    if [ "$rc" -ne 0 ]; then
      say "ÉCHEC smoke '$name' ($APP $*) : code $rc"
      printf '%s\n' "$out" | tail -n 40 >&2
      exit 1
    fi
    local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    say "smoke $name : OK ($((ms / 1000)).$(( (ms % 1000) / 100 )) s)"
    LAST_OUTPUT="$out"
  }
  # every module, data file, Qt plugin and the spawned worker processes, from inside the bundle
  ARTISAN_CRM_BUNDLE_SELFTEST=1 step selftest
  printf '%s\n' "$LAST_OUTPUT" | grep '^  ' | sed 's/^/[build]   /' >&2
  step version --version
  [ "$LAST_OUTPUT" = "artisan-crm $VERSION" ] || die "--version a répondu « $LAST_OUTPUT »"
  step help --help
  printf '%s\n' "$LAST_OUTPUT" | grep -q 'demo' || die "--help ne montre pas les sous-commandes"
  step gui --smoke
  if grep -q "translation qtbase_fr not found" "$SMOKE_HOME/gui.log"; then
    die "traduction de Qt manquante : $(grep 'translation qtbase_fr' "$SMOKE_HOME/gui.log")"
  fi
  grep 'translation .* not found' "$SMOKE_HOME/gui.log" | sed 's/^/[build] remarque : /' >&2 || true
  step db-upgrade db upgrade
  step db-check db check
  [ "$LAST_OUTPUT" = "OK" ] || die "db check a répondu « $LAST_OUTPUT »"
  # a second, empty database for the demo (demo data is never mixed with existing clients)
  export ARTISAN_CRM_HOME="$SMOKE_HOME/demo-home"
  step demo demo --clients 5
  step db-stats db stats
  printf '%s\n' "$LAST_OUTPUT" | grep -q '"clients"' || die "db stats sans clients : $LAST_OUTPUT"
  say "smoke : tout est OK"
fi

say "durée totale : $(( $(date +%s) - START )) s"
