#!/usr/bin/env bash
# Runs a read-and-write round trip of both sample templates, a template rendering, an order with its
# plan (both formats), and two refused hostile files under
# valgrind, and fails unless every run reports zero definitely-lost bytes in our C layers.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind не установлен: apt-get install valgrind" >&2; exit 1; }
swift build --product paperwork >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# valgrind 3.19 cannot read the debug info of a Swift 6.3 binary and gives up; the byte counts do not
# need it, so the check runs on a copy without debug sections.
bin="$out/paperwork"
cp .build/debug/paperwork "$bin"
# The shipped templates travel beside the program, as in an installation.
cp -R .build/debug/Paperwork_PaperworkKit.resources "$out/"
strip --strip-debug "$bin"
status=0
check() {
  local name=$1; shift
  local log="$out/$name.log"
  valgrind --leak-check=full --errors-for-leak-kinds=definite --log-file="$log" "$bin" "$@" >/dev/null 2>&1 || true
  local lost
  if grep -q 'All heap blocks were freed' "$log"; then
    lost=0
  else
    lost=$(grep -Eo 'definitely lost: [0-9,]+ bytes' "$log" | grep -Eo '[0-9,]+' | tr -d , || true)
  fi
  if [ -z "$lost" ]; then
    echo "$name: valgrind did not report on leaks:"; tail -5 "$log"; status=1; return
  fi
  echo "$name: definitely lost $lost bytes"
  if [ "$lost" != "0" ]; then status=1; sed -n '/definitely lost in/,/^==[0-9]*== $/p' "$log" | head -40; fi
}
check repack-docx repack Tests/Fixtures/templates/sample.docx "$out/order.docx"
check repack-odt repack Tests/Fixtures/templates/sample.odt "$out/order.odt"
check inspect-odt inspect Tests/Fixtures/templates/sample.odt
check render-docx render Tests/Fixtures/templates/sample.docx Tests/Fixtures/templates/sample-data.yaml "$out/sample.docx"
check order-odt-docx order Examples/orders/yenisei-2023-305.yaml -o "$out/orders"
check refused-xxe inspect Tests/Fixtures/hostile/xxe.docx
check refused-truncated inspect Tests/Fixtures/hostile/truncated.docx
exit $status
