#!/usr/bin/env bash
# The main job on the shipped examples: builds Paperwork (release) and runs it on them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build -c release --product paperwork
bin=.build/release/paperwork
for template in Templates/*.docx Templates/*.odt; do
  "$bin" inspect "$template"
  echo
done
