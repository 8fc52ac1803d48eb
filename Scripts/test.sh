#!/usr/bin/env bash
# Every test: the Swift test suites (LibreOffice opens what we write; docxtpl renders its corpus; the store on SQLite, and on
# PostgreSQL when PAPERWORK_TEST_POSTGRES names one), the leak check, the browser test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build --build-tests
# docxtpl and python-docx for the docxtpl corpus comparison (DocxtplCorpusTests), in the same virtual
# environment the browser test and the benchmark use.
venv=.build-venv
if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
if ! "$venv/bin/python" -c "import docxtpl, docx" 2>/dev/null; then
  "$venv/bin/pip" install --quiet docxtpl python-docx
fi
# The build takes minutes: make sure the database the store's tests use is still up.
if [ -n "${PAPERWORK_TEST_POSTGRES:-}" ]; then bash Scripts/start-postgres.sh >/dev/null; fi
swift test --skip-build
bash Scripts/leak-check.sh
bash Scripts/browser-test.sh
