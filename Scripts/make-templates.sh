#!/usr/bin/env bash
# Regenerates Templates/*.odt and Templates/*.docx from the flat sources in Templates/source
# with LibreOffice, so the committed templates are files a real editor wrote.
# Usage: Scripts/make-templates.sh [--fixtures]
set -euo pipefail
cd "$(dirname "$0")/.."
profile=$(mktemp -d)
out=$(mktemp -d)
trap 'rm -rf "$profile" "$out"' EXIT
python3 Templates/source/make_fodt.py
convert() {
  local target=$1; shift
  soffice -env:UserInstallation="file://$profile" --headless --convert-to odt --outdir "$out" "$@" >/dev/null
  soffice -env:UserInstallation="file://$profile" --headless --convert-to docx:"MS Word 2007 XML" --outdir "$out" "$@" >/dev/null
  cp "$out"/*.odt "$out"/*.docx "$target"/
  rm -f "$out"/*
}
convert Templates Templates/source/*.fodt
# The engine's test templates (Tests/Fixtures/templates) come from their own sources the same way;
# remaking them changes their golden files, so only on request.
if [ "${1:-}" = "--fixtures" ]; then
  convert Tests/Fixtures/templates Tests/Fixtures/templates/source/*.fodt
fi
ls -l Templates/*.odt Templates/*.docx
