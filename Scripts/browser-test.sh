#!/usr/bin/env bash
# The browser test: Debian's Chromium, driven by Playwright for Python from a virtual environment in
# .build-venv (no browser is downloaded), walks the methodist's path on a new `paperwork serve`.
# Screenshots of every page: .build-artifacts/browser/. Run after `swift build`.
set -euo pipefail
cd "$(dirname "$0")/.."
# The project's virtual environment (python-docx, docxtpl), with Playwright for this test.
bash Scripts/python-venv.sh
venv=.build-venv
if ! "$venv/bin/python" -c "import playwright" 2>/dev/null; then
  "$venv/bin/pip" install --quiet playwright
fi
binary="$(swift build --show-bin-path)/paperwork"
"$venv/bin/python" Tests/Browser/browser_test.py "$binary" .build-artifacts/browser
