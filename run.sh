#!/usr/bin/env bash
# Artisan CRM: set everything up (first time) and start the application.
#   ./run.sh                 start the app (SQLite in your data folder; demo data offered on first start)
#   ./run.sh demo --clients 200   any artisan-crm sub-command
set -euo pipefail
cd "$(dirname "$0")"
source ./scripts/setup-env.sh
exec "$VENV/bin/artisan-crm" "$@"
