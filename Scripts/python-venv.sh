#!/usr/bin/env bash
# The project's virtual environment (.build-venv, shared with the browser test and the benchmark):
# python-docx, a second reader of the DOCX files Paperwork writes beside LibreOffice, and docxtpl,
# whose output the docxtpl corpus is compared with (DocxtplCorpusTests), with docxcompose for its sub-documents.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import docx, docxtpl, docxcompose" 2>/dev/null; then
  # docxcompose: docxtpl's sub-documents (new_subdoc), for the corpus's subdoc template.
  "$venv/bin/pip" install --quiet python-docx docxtpl docxcompose
fi
