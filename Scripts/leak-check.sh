#!/usr/bin/env bash
# Runs a read-and-write round trip of both templates, and a refused hostile file, under
# valgrind, and fails unless every run reports zero definitely-lost bytes in our C layers.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind не установлен: apt-get install valgrind" >&2; exit 1; }
swift build --product paperwork >/dev/null
bin=.build/debug/paperwork
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
check() {
  local name=$1; shift
  local log="$out/$name.log"
  valgrind --leak-check=full --errors-for-leak-kinds=definite --log-file="$log" "$bin" "$@" >/dev/null 2>&1 || true
  local lost
  lost=$(grep -Eo 'definitely lost: [0-9,]+ bytes' "$log" | grep -Eo '[0-9,]+' | tr -d , || echo 0)
  lost=${lost:-0}
  echo "$name: definitely lost $lost bytes"
  if [ "$lost" != "0" ]; then status=1; sed -n '/definitely lost in/,/^==[0-9]*== $/p' "$log" | head -40; fi
}
check repack-docx repack Tests/Fixtures/templates/sample.docx "$out/order.docx"
check repack-odt repack Tests/Fixtures/templates/sample.odt "$out/order.odt"
check inspect-odt inspect Tests/Fixtures/templates/sample.odt
check refused-xxe inspect Tests/Fixtures/hostile/xxe.docx
check refused-truncated inspect Tests/Fixtures/hostile/truncated.docx
exit $status
