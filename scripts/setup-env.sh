# Sourced by run.sh and test.sh: creates .venv if missing, installs the project,
# and installs the system libraries Qt needs where it can (Debian/Ubuntu, as root
# or with sudo); elsewhere it says plainly what is missing.
VENV="${VENV:-$PWD/.venv}"
PYTHON="${PYTHON:-python3}"

say() { printf '[artisan-crm] %s\n' "$*" >&2; }

if ! command -v "$PYTHON" >/dev/null 2>&1; then
  say "Python 3.11 ou plus récent est nécessaire (commande '$PYTHON' introuvable)."
  exit 1
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  say "Python 3.11 ou plus récent est nécessaire ($("$PYTHON" --version 2>&1) trouvé)."
  exit 1
fi

# System libraries for a real Qt window (xcb) on Debian/Ubuntu.
QT_DEBS="libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3 \
libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 \
libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core"
TEST_DEBS="poppler-utils"
missing_debs() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || printf '%s ' "$pkg"
  done
}
install_debs() {
  local missing
  # shellcheck disable=SC2086
  missing=$(missing_debs $*)
  [ -z "$missing" ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    say "Bibliothèques système peut-être manquantes pour Qt : $missing (installez l'équivalent pour votre système)."
    return 0
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; else
      say "Paquets système manquants : $missing"
      say "Installez-les avec : sudo apt-get install -y $missing"
      return 0
    fi
  fi
  say "Installation des paquets système : $missing"
  $sudo apt-get update -qq >/dev/null 2>&1 || true
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null \
    || say "Échec de l'installation de : $missing (l'interface peut ne pas s'afficher)."
}

if [ "${WITH_TESTS:-0}" = 1 ]; then
  install_debs $QT_DEBS $TEST_DEBS
else
  install_debs $QT_DEBS
fi

if [ ! -x "$VENV/bin/python" ]; then
  say "Création de l'environnement Python dans $VENV"
  "$PYTHON" -m venv "$VENV"
fi
EXTRA=""
[ "${WITH_TESTS:-0}" = 1 ] && EXTRA="[test]"
STAMP="$VENV/.installed$EXTRA"
if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ]; then
  say "Installation d'Artisan CRM et de ses dépendances (première fois : quelques minutes)"
  "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
  "$VENV/bin/python" -m pip install -q -e ".$EXTRA"
  touch "$STAMP"
fi

# The shared-mode tests need the local PostgreSQL server; start it if it is installed.
ensure_postgres() {
  if command -v pg_isready >/dev/null 2>&1 && pg_isready -h 127.0.0.1 -p 5432 -q; then return 0; fi
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    say "Démarrage du serveur PostgreSQL local"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
    for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && return 0; sleep 1; done
  fi
  say "PostgreSQL n'est pas joignable sur 127.0.0.1:5432 : les tests du mode partagé seront ignorés (échec en CI)."
  return 1
}
