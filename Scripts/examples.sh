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
for order in Examples/orders/*.yaml; do
  "$bin" order "$order" -o "$out/orders" --format docx,odt,pdf
done
echo "Готово: $out"
