#!/usr/bin/env bash
# A bounded load test on loopback: 20 users for 60 s browse the example rating and generate the
# example documents on a new `paperwork serve` (release build); every archive is checked whole.
# Usage: bash Scripts/load-test.sh [USERS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product paperwork
python3 Tests/Load/load_test.py "$(swift build -c release --show-bin-path)/paperwork" "${1:-20}" "${2:-60}"
