#!/usr/bin/env bash
# Every test: the Swift test suites (LibreOffice opens what we write) and the leak check.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build --build-tests
swift test --skip-build
bash Scripts/leak-check.sh
