#!/usr/bin/env bash
# python-docx in the project's virtual environment (.build-venv, shared with the browser test): the
# Swift tests open the DOCX files Paperwork writes with it, as a second reader beside LibreOffice.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import docx" 2>/dev/null; then
  "$venv/bin/pip" install --quiet python-docx
fi
