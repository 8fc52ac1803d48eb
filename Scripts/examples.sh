#!/usr/bin/env bash
# The main job on the shipped examples: builds Paperwork (release) and runs it on them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build -c release --product paperwork
bin=.build/release/paperwork
out=out/examples
mkdir -p "$out"
for format in docx odt; do
  "$bin" check "Templates/order.$format" Examples/templates/order-data.yaml
  "$bin" render "Templates/order.$format" Examples/templates/order-data.yaml -o "$out/order.$format"
  "$bin" inspect "$out/order.$format"
  echo
done
echo "Готово: $out"
