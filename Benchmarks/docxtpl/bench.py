#!/usr/bin/env python3
"""The same one-page letter rendered with docxtpl: our shipped letter.docx with its block tags
rewritten in docxtpl's dialect ({%p …%} for paragraph blocks, {%tr …%} for row blocks) and the
very data Paperwork uses for one letter. Prints letters per second (one process, as docxtpl runs)."""
import json
import os
import re
import sys
import tempfile
import time
import zipfile

from docxtpl import DocxTemplate

template, context_file, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
context = json.load(open(context_file, encoding="utf-8"))

work = tempfile.mkdtemp(prefix="docxtpl-bench-")
converted = os.path.join(work, "letter-docxtpl.docx")
with zipfile.ZipFile(template) as source, zipfile.ZipFile(converted, "w", zipfile.ZIP_DEFLATED) as target:
    for item in source.infolist():
        data = source.read(item.filename)
        if item.filename == "word/document.xml":
            xml = data.decode("utf-8")
            # A tag alone in a table row repeats the row; a tag alone in a paragraph repeats paragraphs.
            def rewrite(match):
                row = match.group(0)
                return re.sub(r"\{% ", "{%tr ", row) if re.search(r"\{% (for|endfor|if|endif)", row) and "{{" not in row else row
            xml = re.sub(r"<w:tr[ >].*?</w:tr>", rewrite, xml, flags=re.S)
            xml = re.sub(r"\{% ((?:for|endfor|if|endif|elif|else)[^%]*)%\}", r"{%p \1%}", xml)
            data = xml.encode("utf-8")
        target.writestr(item, data)

started = time.perf_counter()
for index in range(count):
    document = DocxTemplate(converted)
    document.render(context)
    document.save(os.path.join(work, f"letter-{index}.docx"))
seconds = time.perf_counter() - started
print(f"docxtpl: {count} писем за {seconds:.2f} с — {count / seconds:.1f} писем/с")
print(f"DOCXTPL_RATE={count / seconds:.2f}")
