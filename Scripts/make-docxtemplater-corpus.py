#!/usr/bin/env python3
"""Writes the docxtemplater part of the foreign-syntax corpus: Tests/Fixtures/templates/docxtemplater/.

For each feature docxtemplater's documentation shows ({#loop}…{/loop}, {^inverted}, {-w:p loop},
{@raw}, {%image}, a table-row loop, a condition), three files and the data:
  <name>.docx            the template as a docxtemplater user writes it (Paperwork reports every tag
                         with the rewrite to write: DocxtemplaterCorpusTests);
  <name>.paperwork.docx  the same template rewritten mechanically as those messages say;
  <name>.json            the data; <name>.txt the text the rewritten template must give (golden).
Written with python-docx. Run: .build-venv/bin/python Scripts/make-docxtemplater-corpus.py
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.shared import Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Tests", "Fixtures", "templates", "docxtemplater")

SCHOOLS = [
    {"name": "МБОУ «СОШ № 3»", "score": 87, "passed": True},
    {"name": "МБОУ «Лицей № 1»", "score": 92, "passed": True},
    {"name": "МБОУ «ООШ № 7»", "score": 54, "passed": False},
]
# A 1×1 PNG, as base64 data carries a picture.
PIXEL = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def paragraphs(document, *texts):
    for text in texts:
        document.add_paragraph(text)


def table(document, rows):
    grid = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            grid.cell(r, c).text = text


def inline_loop(d, ours):
    # docxtemplater: {#schools}{name}{/schools} — the loop changes the scope to the item.
    if ours:
        paragraphs(d, "Школы: {% for item in schools %}{{ item.name }} ({{ item.score }}); {% endfor %}")
    else:
        paragraphs(d, "Школы: {#schools}{name} ({score}); {/schools}")
    return {"schools": SCHOOLS}, ["Школы: МБОУ «СОШ № 3» (87); МБОУ «Лицей № 1» (92); МБОУ «ООШ № 7» (54); "]


def inverted(d, ours):
    if ours:
        paragraphs(d, "Итог: {% if not schools %}школ нет{% endif %}{% for item in schools %}{{ item.name }}{% endfor %}.")
    else:
        paragraphs(d, "Итог: {^schools}школ нет{/schools}{#schools}{name}{/schools}.")
    return {"schools": []}, ["Итог: школ нет."]


def condition(d, ours):
    # A section over a boolean is a condition in docxtemplater.
    if ours:
        paragraphs(d, "Отчёт {% if passed %}принят{% endif %}{% if not passed %}возвращён{% endif %}.")
    else:
        paragraphs(d, "Отчёт {#passed}принят{/passed}{^passed}возвращён{/passed}.")
    return {"passed": True}, ["Отчёт принят."]


def paragraph_loop(d, ours):
    # {-w:p schools} repeats the whole paragraph the tag stands in.
    if ours:
        paragraphs(d, "Список:", "{%p for item in schools %}", "— {{ item.name }}", "{%p endfor %}")
    else:
        paragraphs(d, "Список:", "{-w:p schools}— {name}{/schools}")
    return {"schools": SCHOOLS}, ["Список:"] + ["— " + s["name"] for s in SCHOOLS]


def table_rows(d, ours):
    # A loop from the first cell of a row to its last repeats the row.
    if ours:
        table(d, [["Школа", "Балл"], ["{% for item in schools %}{{ item.name }}", "{{ item.score }}{% endfor %}"]])
    else:
        table(d, [["Школа", "Балл"], ["{#schools}{name}", "{score}{/schools}"]])
    lines = ["Школа", "Балл"]
    for s in SCHOOLS:
        lines += [s["name"], str(s["score"])]
    return {"schools": SCHOOLS}, lines


def raw_xml(d, ours):
    # {@note} inserts raw WordprocessingML; Paperwork writes formatted text from data instead.
    if ours:
        paragraphs(d, "Срок: {{r note }}")
    else:
        paragraphs(d, "Срок:", "{@note}")
    return ({"note": {"rich": [{"text": "до 20 ноября", "bold": True, "color": "C00000"}]}},
            ["Срок: до 20 ноября"] if ours else None)


def image(d, ours):
    # The image module's {%logo}; Paperwork's image(…) reads a PNG or JPEG from base64 data.
    if ours:
        paragraphs(d, "Логотип: {{ image(logo, width=\"1cm\") }}", "Конец.")
    else:
        paragraphs(d, "Логотип: {%logo}", "Конец.")
    return {"logo": PIXEL}, ["Логотип: ", "Конец."]


TEMPLATES = [inline_loop, inverted, condition, paragraph_loop, table_rows, raw_xml, image]


def stable(data):
    """The package with fixed dates, so that remaking the corpus gives the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(item.filename))
    return out.getvalue()


def save(document, path):
    document.core_properties.created = datetime.datetime(2024, 1, 1)
    document.core_properties.modified = datetime.datetime(2024, 1, 1)
    buffer = io.BytesIO()
    document.save(buffer)
    with open(path, "wb") as file:
        file.write(stable(buffer.getvalue()))


def main():
    os.makedirs(OUT, exist_ok=True)
    for make in TEMPLATES:
        name = make.__name__.replace("_", "-")
        theirs, ours = Document(), Document()
        make(theirs, False)
        context, lines = make(ours, True)
        save(theirs, os.path.join(OUT, name + ".docx"))
        save(ours, os.path.join(OUT, name + ".paperwork.docx"))
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as file:
            json.dump(context, file, ensure_ascii=False, indent=2)
            file.write("\n")
        with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as file:
            file.write("\n".join(lines) + "\n")
    print(f"{len(TEMPLATES)} templates in {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
