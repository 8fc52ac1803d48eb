#!/usr/bin/env python3
"""Writes the hostile documents the tests feed to Paperwork (Tests/Fixtures/hostile).

Each is a small file committed to the repository; this script documents how each was made.
"""
import io
import os
import sys
import zipfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
out = os.path.join(root, "Tests", "Fixtures", "hostile")
template = os.path.join(root, "Tests", "Fixtures", "templates", "sample.docx")
os.makedirs(out, exist_ok=True)

with zipfile.ZipFile(template) as source:
    parts = {info.filename: source.read(info.filename) for info in source.infolist()}


def docx(name, replace=None, extra=None):
    path = os.path.join(out, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for part, data in parts.items():
            target.writestr(part, (replace or {}).get(part, data))
        for part, data in (extra or {}).items():
            target.writestr(part, data)


# An entry that would land two folders above wherever the archive is unpacked.
docx("path-traversal.docx", extra={"../../evil.txt": b"written outside"})

# 600 MB of zeros deflated to a few hundred KB, declared honestly in the central directory.
bomb = os.path.join(out, "zip-bomb.docx")
with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
    for part, data in parts.items():
        target.writestr(part, data)
    with target.open("word/media/zeros.bin", "w", force_zip64=True) as stream:
        chunk = bytes(1 << 20)
        for _ in range(600):
            stream.write(chunk)

# XXE: the main part declares an external entity pointing at /etc/passwd and uses it.
xxe = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
       b'<!DOCTYPE w:document [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'
       b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
       b'<w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>')
docx("xxe.docx", replace={"word/document.xml": xxe})

# Billion laughs: ten levels of ten references.
levels = ['<!ENTITY lol0 "lol">'] + [
    '<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1)) * 10) for i in range(1, 10)]
laughs = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE w:document [' + "".join(levels) + ']>\n'
          '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>').encode()
docx("billion-laughs.docx", replace={"word/document.xml": laughs})

open(os.path.join(out, "empty.docx"), "wb").close()
with open(os.path.join(out, "text.docx"), "w", encoding="utf-8") as handle:
    handle.write("Это обычный текстовый файл, переименованный в .docx\n")
with open(template, "rb") as handle:
    data = handle.read()
with open(os.path.join(out, "truncated.docx"), "wb") as handle:
    handle.write(data[: len(data) // 2])

for name in sorted(os.listdir(out)):
    print(name, os.path.getsize(os.path.join(out, name)), file=sys.stderr)
