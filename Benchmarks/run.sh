#!/usr/bin/env bash
# Release-build benchmark: `paperwork batch` end to end on 10 000 synthetic schools (DOCX, DOCX+ODT), then
# the batch's letter step (1 000 and 10 000 schools) against docxtpl rendering the equivalent one-page letter,
# in the same run; prints the figures and the ratio. Then 200 letters as PDF: bound into volumes on the
# LibreOffice pool (one soffice a core), one by one on the pool, and one by one on one soffice for all.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build -c release --product paperwork-benchmark >/dev/null
swift build -c release --product paperwork >/dev/null
bench=.build/release/paperwork-benchmark
paperwork=.build/release/paperwork
venv=.build-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet docxtpl
fi
context=$(mktemp)
work=$(mktemp -d)
trap 'rm -rf "$context" "$work"' EXIT

# End to end: `paperwork batch` on 10 000 synthetic schools, as a user runs it. The machine may be
# shared: the load average is printed, and the processor time (program and kernel), which others'
# work does not inflate. The folders written are removed only at the end: a file system without a
# journal (ext4 here) skips inodes freed less than 30 s ago one by one, which would slow the next run.
"$bench" "${BATCH_SCHOOLS:-10000}" --write-results "$work/results.csv"
for formats in docx docx,odt; do
  load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$paperwork" batch --methodology Examples/methodologies/vpr-objectivity.yaml \
    --results "$work/results.csv" --department Examples/department/sosnovsky.yaml -o "$work/out-$formats" \
    --format "$formats" >/dev/null
  read -r seconds user system kilobytes <"$work/time"
  echo "paperwork batch, ${BATCH_SCHOOLS:-10000} ОО, $formats: $seconds с, время ЦП: программа $user с, ядро $system с;" \
    "пик памяти $((kilobytes / 1024)) МБ; средняя загрузка перед запуском $load"
done

small=$(TMPDIR="$work" PAPERWORK_BENCH_KEEP=1 "$bench" 1000 --dump-context "$context")
echo "$small" | head -1
large=$(TMPDIR="$work" PAPERWORK_BENCH_KEEP=1 "$bench" 10000)
echo "$large" | head -1
python=$("$venv/bin/python" Benchmarks/docxtpl/bench.py Sources/6-FrontEnds/PaperworkKit/Templates/letter.docx "$context" "${DOCXTPL_LETTERS:-200}")
echo "$python" | head -1
rate=$(echo "$large" | sed -n 's/.*PAPERWORK_RATE=\([0-9.]*\).*/\1/p')
theirs=$(echo "$python" | sed -n 's/DOCXTPL_RATE=\([0-9.]*\)/\1/p')
python3 -c "print(f'Отношение (Paperwork, 10 000 ОО / docxtpl): {float(\"$rate\") / float(\"$theirs\"):.1f}×')"

# PDF: 200 synthetic letters converted by LibreOffice: bound into volumes on the pool (as the batch
# does), then one by one on the pool, then one by one on one soffice for all of them (how
# convertAll worked before the pool).
if pool=$("$bench" 200 --pdf); then
  echo "$pool" | head -1
  alone=$("$bench" 200 --pdf --one-by-one)
  echo "$alone" | head -1
  single=$("$bench" 200 --pdf --processes 1 --chunk 200 --one-by-one)
  echo "$single" | head -1
  ours=$(echo "$pool" | sed -n 's/PDF_RATE=\([0-9.]*\)/\1/p')
  one=$(echo "$single" | sed -n 's/PDF_RATE=\([0-9.]*\)/\1/p')
  python3 -c "print(f'PDF: тома на пуле быстрее одного soffice для всех писем по одному в {float(\"$ours\") / float(\"$one\"):.2f}×')"
else
  echo "$pool"
fi
