#!/bin/sh
# Regenerate the translation sources from the code, then build the .qm files.
# Usage: resources/translations/update.sh   (from anywhere; uses the project's .venv)
# Existing translations are kept; new strings appear as "unfinished" in the .ts
# (open it with .venv/bin/pyside6-linguist), and tests/gui/test_translations.py fails
# until they are translated.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin="$root/.venv/bin"
cd "$root"
sources=$(find artisan_crm/app.py artisan_crm/ui -name '*.py' | sort)
for lang in fr; do
    # shellcheck disable=SC2086
    "$bin/pyside6-lupdate" -no-obsolete -locations none -source-language en -target-language "$lang" \
        $sources -ts "resources/translations/artisan_crm_$lang.ts"
    "$bin/pyside6-lrelease" "resources/translations/artisan_crm_$lang.ts" \
        -qm "resources/translations/artisan_crm_$lang.qm"
done
