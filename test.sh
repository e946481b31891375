#!/usr/bin/env bash
# Artisan CRM: set everything up (first time) and run the whole test suite.
#   ./test.sh                 every test: unit, integration (SQLite + PostgreSQL), GUI, CLI
#   ./test.sh tests/unit -k money   any pytest arguments
set -euo pipefail
cd "$(dirname "$0")"
WITH_TESTS=1 source ./scripts/setup-env.sh
export QT_QPA_PLATFORM=offscreen
ensure_postgres || true
exec "$VENV/bin/python" -m pytest "$@"
