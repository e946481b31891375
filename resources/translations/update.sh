#!/bin/sh
# Regenerate the translation sources from the code, then build the .qm files.
# Usage: resources/translations/update.sh [AREA...]   (from anywhere; uses the project's .venv)
#
# One .ts per area, so that features can be translated independently:
#   artisan_crm_fr.ts  the shell: artisan_crm/app.py, artisan_crm/ui/*.py, artisan_crm/ui/views/*.py
#   <area>_fr.ts       each feature package artisan_crm/ui/<area>/ (clients, quotes, ...)
#   domain_fr.ts, storage_fr.ts (with scheduling/), services_fr.ts, reports_fr.ts and
#   commands_fr.ts (with cli.py): the layers below ui/, whose strings go through
#                      artisan_crm.i18n.translate()
# Existing translations are kept; new strings appear as "unfinished" in the .ts
# (open it with .venv/bin/pyside6-linguist), and tests/gui/test_translations.py fails
# until they are translated.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin="$root/.venv/bin"
cd "$root"

wanted() { [ $# -eq 0 ] && return 0; for w in $selection; do [ "$w" = "$1" ] && return 0; done; return 1; }
selection="$*"

update_area() {
    area=$1
    shift
    for lang in fr; do
        "$bin/pyside6-lupdate" -no-obsolete -locations none -source-language en -target-language "$lang" \
            "$@" -ts "resources/translations/${area}_$lang.ts"
        "$bin/pyside6-lrelease" "resources/translations/${area}_$lang.ts" \
            -qm "resources/translations/${area}_$lang.qm"
    done
}

if [ -z "$selection" ] || wanted artisan_crm; then
    # shellcheck disable=SC2046
    update_area artisan_crm artisan_crm/app.py $(find artisan_crm/ui -maxdepth 1 -name '*.py' | sort) \
        $(find artisan_crm/ui/views -name '*.py' | sort)
fi
for dir in artisan_crm/ui/*/; do
    area=$(basename "$dir")
    case "$area" in views|__pycache__) continue ;; esac
    if [ -z "$selection" ] || wanted "$area"; then
        # shellcheck disable=SC2046
        update_area "$area" $(find "$dir" -name '*.py' | sort)
    fi
done
for area in domain storage services reports commands; do
    if [ -z "$selection" ] || wanted "$area"; then
        case "$area" in
            storage) dirs="artisan_crm/storage artisan_crm/scheduling" ;;
            commands) dirs="artisan_crm/commands artisan_crm/cli.py" ;;
            *) dirs="artisan_crm/$area" ;;
        esac
        # shellcheck disable=SC2046,SC2086
        update_area "$area" $(find $dirs -name '*.py' -not -path '*/versions/*' | sort)
    fi
done
