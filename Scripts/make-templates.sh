#!/usr/bin/env bash
# Regenerates Templates/*.odt and Templates/*.docx from the flat sources in Templates/source
# with LibreOffice, so the committed templates are files a real editor wrote.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=$(mktemp -d)
out=$(mktemp -d)
trap 'rm -rf "$profile" "$out"' EXIT
for source in Templates/source/*.fodt; do
  soffice -env:UserInstallation="file://$profile" --headless --convert-to odt --outdir "$out" "$source" >/dev/null
  soffice -env:UserInstallation="file://$profile" --headless --convert-to docx:"MS Word 2007 XML" --outdir "$out" "$source" >/dev/null
done
cp "$out"/*.odt "$out"/*.docx Templates/
ls -l Templates/*.odt Templates/*.docx
