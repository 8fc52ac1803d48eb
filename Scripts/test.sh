#!/usr/bin/env bash
# Every test: the Swift test suites (LibreOffice and python-docx open what we write; docxtpl renders its
# corpus; the store on SQLite, and on PostgreSQL when PAPERWORK_TEST_POSTGRES names one), the leak check, the browser test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
bash Scripts/python-venv.sh
swift build --build-tests
# The build takes minutes: make sure the database the store's tests use is still up.
if [ -n "${PAPERWORK_TEST_POSTGRES:-}" ]; then bash Scripts/start-postgres.sh >/dev/null; fi
swift test --skip-build
bash Scripts/leak-check.sh
bash Scripts/browser-test.sh
