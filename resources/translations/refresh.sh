#!/bin/sh
# Regenerate AREA's .ts from the code, fill its unfinished entries from the JSON files of
# translations given (default: /tmp/i18n/*.json, see fill.py), and rebuild the .qm.
# Usage: resources/translations/refresh.sh AREA [TRANSLATIONS.json...]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
area=$1
shift
[ $# -gt 0 ] || set -- /tmp/i18n/*.json
# One refresh of an area at a time (several people may translate the same area at once).
exec 9>"${TMPDIR:-/tmp}/artisan-crm-ts-$area.lock"
flock 9
"$here/update.sh" "$area" >/dev/null
"$root/.venv/bin/python" "$here/fill.py" "$area" "$@" || true
"$here/update.sh" "$area" | tail -1
