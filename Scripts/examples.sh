#!/usr/bin/env bash
# The main job on the shipped examples: builds Paperwork (release) and runs the batch — the справка,
# the rating, one letter per school and the results order — then the two seed orders and a rating.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build -c release --product paperwork
bin=.build/release/paperwork
out=out/examples
rm -rf "$out"
"$bin" batch --methodology Examples/methodologies/vpr-objectivity.yaml \
  --results Examples/results/vpr-objectivity-2023.xlsx \
  --department Examples/department/sosnovsky.yaml -o "$out/batch" --format docx,odt,pdf
for order in Examples/orders/lysogorsk-2022-57.yaml Examples/orders/yenisei-2023-305.yaml; do
  "$bin" order "$order" -o "$out/orders" --format docx,odt,pdf
done
"$bin" score Examples/methodologies/shnor-effectiveness.yaml Examples/results/shnor-2023.csv
echo "Готово: $out"
