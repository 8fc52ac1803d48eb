#!/usr/bin/env bash
# Regenerates the shipped templates (*.odt and *.docx in the PaperworkKit target's Templates folder,
# a SwiftPM resource) from the flat sources in its source/ subfolder with LibreOffice, so the
# committed templates are files a real editor wrote.
# Usage: Scripts/make-templates.sh [--fixtures]
set -euo pipefail
cd "$(dirname "$0")/.."
profile=$(mktemp -d)
out=$(mktemp -d)
trap 'rm -rf "$profile" "$out"' EXIT
templates=Sources/6-FrontEnds/PaperworkKit/Templates
python3 "$templates/source/make_fodt.py"
convert() {
  local target=$1; shift
  soffice -env:UserInstallation="file://$profile" --headless --convert-to odt --outdir "$out" "$@" >/dev/null
  soffice -env:UserInstallation="file://$profile" --headless --convert-to docx:"MS Word 2007 XML" --outdir "$out" "$@" >/dev/null
  cp "$out"/*.odt "$out"/*.docx "$target"/
  rm -f "$out"/*
}
convert "$templates" "$templates"/source/*.fodt
# The engine's test templates (Tests/Fixtures/templates) come from their own sources the same way;
# remaking them changes their golden files, so only on request.
if [ "${1:-}" = "--fixtures" ]; then
  convert Tests/Fixtures/templates Tests/Fixtures/templates/source/*.fodt
fi
ls -l "$templates"/*.odt "$templates"/*.docx
