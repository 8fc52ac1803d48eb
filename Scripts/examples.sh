#!/usr/bin/env bash
# The main job on the shipped examples: builds Paperwork (release) and runs it on them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build -c release --product paperwork
bin=.build/release/paperwork
out=out/examples
mkdir -p "$out"
"$bin" score Examples/methodologies/vpr-objectivity.yaml Examples/results/vpr-objectivity-2023.xlsx
"$bin" score Examples/methodologies/shnor-effectiveness.yaml Examples/results/shnor-2023.csv --format csv -o "$out/shnor-rating.csv"
for format in docx odt; do
  "$bin" check "Templates/order.$format" Examples/templates/order-data.yaml
  "$bin" render "Templates/order.$format" Examples/templates/order-data.yaml -o "$out/order.$format"
  "$bin" inspect "$out/order.$format"
  echo
done
echo "Готово: $out"
