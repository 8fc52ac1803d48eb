#!/usr/bin/env python3
"""Writes the docxtpl comparison corpus: Tests/Fixtures/templates/docxtpl/<name>.docx and <name>.json.

Each template uses docxtpl's features the way docxtpl's documentation shows them ({%p %}, {%tr %},
{%r %}, {# #}, Jinja expressions and filters), written with python-docx. Every template sets the
document property paperwork.values = jinja, so Paperwork prints values as Jinja does.
Run: .build-venv/bin/python Scripts/make-docxtpl-corpus.py (python-docx in the venv).
"""
import io
import json
import os
import zipfile

from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Tests", "Fixtures", "templates", "docxtpl")

SCHOOLS = [
    {"name": "МБОУ «СОШ № 3»", "district": "Северный", "score": 87, "passed": True, "head": {"name": "Савкина Л. В."}},
    {"name": "МБОУ «Лицей № 1»", "district": "Южный", "score": 92, "passed": True, "head": {"name": "Котов И. П."}},
    {"name": "МБОУ «ООШ № 7»", "district": "Северный", "score": 54, "passed": False, "head": None},
    {"name": "МКОУ «СОШ с. Берёзовка»", "district": "Южный", "score": 71, "passed": True, "head": {"name": "Ершова А. А."}},
]


def paragraphs(document, *texts):
    for text in texts:
        document.add_paragraph(text)


def runs(document, *pieces):
    paragraph = document.add_paragraph()
    for piece in pieces:
        paragraph.add_run(piece)


def table(document, rows):
    grid = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            grid.cell(r, c).text = text
    document.add_paragraph("")


def variables(d):
    paragraphs(
        d,
        "Приказ № {{ number }} от {{ date }}",
        "Школа: {{ school.name }}, директор {{ school.head.name }}",
        "{{ title|upper }} — {{ title|lower }}",
        "Пустое: [{{ missing_text }}]",
    )
    return {"number": 57, "date": "15.12.2023", "school": SCHOOLS[0], "title": "Отчёт", "missing_text": ""}


def paragraph_loop(d):
    paragraphs(d, "Список школ:", "{%p for s in schools %}", "{{ loop.index }}. {{ s.name }} — {{ s.score }}",
               "{%p endfor %}", "Всего: {{ schools|length }}")
    return {"schools": SCHOOLS}


def paragraph_if(d):
    paragraphs(d, "{%p if passed %}", "Зачтено.", "Поздравляем!", "{%p else %}", "Не зачтено.", "{%p endif %}",
               "{%p if n > 10 %}", "Много.", "{%p elif n > 3 %}", "Средне.", "{%p else %}", "Мало.", "{%p endif %}")
    return {"passed": True, "n": 5}


def table_rows(d):
    table(d, [["№", "Школа", "Балл"], ["{%tr for s in schools %}", "", ""],
              ["{{ loop.index }}", "{{ s.name }}", "{{ s.score }}"], ["{%tr endfor %}", "", ""]])
    return {"schools": SCHOOLS}


def table_if(d):
    table(d, [["Показатель", "Значение"], ["{%tr if show_total %}", ""], ["Итого", "{{ total }}"],
              ["{%tr endif %}", ""], ["{%tr if show_note %}", ""], ["Примечание", "{{ note }}"], ["{%tr endif %}", ""]])
    return {"show_total": True, "total": 304, "show_note": False, "note": "нет"}


def run_tags(d):
    runs(d, "Результат: ", "{%r if passed %}", "зачтено", "{%r else %}", "не зачтено", "{%r endif %}", ".")
    return {"passed": False, "score": 54}


def comments(d):
    paragraphs(d, "{#p этот абзац — комментарий для автора шаблона #}", "Текст{# пометка #} без пометки.",
               "Последний абзац.")
    return {}


def whitespace(d):
    # Within a paragraph docxtpl's {%- joins the tag to the previous paragraph; it is used, as here,
    # on tags alone in their paragraphs, which then vanish.
    paragraphs(d, "[ {{- name -}} ]", "Начало", "{%- if flag %}", "Текст", "{%- endif %}",
               "{%- if not flag %}", "Скрыто", "{%- endif %}", "Конец")
    return {"name": "Ершова", "flag": True}


def arithmetic(d):
    paragraphs(
        d,
        "{{ a }} + {{ b }} = {{ a + b }}; {{ a }} - {{ b }} = {{ a - b }}; {{ a }} * {{ b }} = {{ a * b }}",
        "{{ a }} / {{ b }} = {{ a / b }}; {{ a }} // {{ b }} = {{ a // b }}; {{ a }} % {{ b }} = {{ a % b }}",
        "{{ 'Приказ № ' ~ number ~ ' от ' ~ date }}",
        "Последняя: {{ schools[-1].name }}; первая: {{ schools[0]['name'] }}",
        "{{ 'да' if a > b else 'нет' }}, {{ 'Южный' in districts }}, {{ 'Западный' not in districts }}",
        "{{ [1, 2, 3]|sum }}; {{ {'к': 'в'}['к'] }}; {{ -a }}; {{ 2 ** 10 }}",
    )
    return {"a": 10, "b": 4, "number": 57, "date": "15.12.2023", "schools": SCHOOLS,
            "districts": ["Северный", "Южный"]}


def tests(d):
    paragraphs(
        d,
        "{{ a is defined }}, {{ nothing is defined }}, {{ empty is none }}, {{ a is not none }}",
        "{{ a is number }}, {{ name is string }}, {{ a is even }}, {{ a is odd }}, {{ 9 is divisibleby(3) }}",
        "{% if nothing is not defined %}нет значения{% endif %}",
    )
    return {"a": 10, "empty": None, "name": "Ершова"}


def set_with(d):
    paragraphs(
        d,
        "{% set total = a * 2 %}Удвоенное: {{ total }}",
        "{% with n = 5, word = 'школ' %}{{ n }} {{ word }}{% endwith %}",
        "{%p set hidden = 1 %}",
        "{%p for s in schools %}",
        "{% set line = s.name ~ ': ' ~ s.score %}{{ line }}",
        "{%p endfor %}",
    )
    return {"a": 21, "schools": SCHOOLS[:2]}


def loop_variables(d):
    paragraphs(
        d,
        "{%p for s in schools %}",
        "{{ loop.index }}/{{ loop.length }} ({{ loop.revindex }}, {{ loop.revindex0 }}, {{ loop.index0 }}) "
        "{{ loop.cycle('чёт', 'нечёт') }} {{ s.name }}{% if loop.first %} — первая{% endif %}"
        "{% if loop.last %} — последняя{% endif %}",
        "{% if loop.previtem %}после {{ loop.previtem.name }}{% endif %}"
        "{% if loop.nextitem %}; перед {{ loop.nextitem.name }}{% endif %}",
        "{%p endfor %}",
    )
    return {"schools": SCHOOLS[:3]}


def list_filters(d):
    paragraphs(
        d,
        "{{ schools|length }} / {{ schools|count }}",
        "{{ schools|map(attribute='name')|join(', ') }}",
        "{{ (schools|sort(attribute='score', reverse=true)|first).name }}; {{ (schools|sort(attribute='score')|last).name }}",
        "{{ schools|sum(attribute='score') }}; {{ (schools|max(attribute='score')).name }}; {{ (schools|min(attribute='score')).name }}",
        "{{ numbers|min }} {{ numbers|max }} {{ numbers|sum }} {{ numbers|sort|join(' ') }} {{ numbers|reverse|join(' ') }}",
        "{{ districts|unique|join(', ') }}",
        "{{ schools|selectattr('passed')|map(attribute='name')|join('; ') }}",
        "{{ schools|rejectattr('passed')|map(attribute='name')|join('; ') }}",
        "{{ schools|selectattr('score', 'gt', 80)|map(attribute='name')|join('; ') }}",
        "{{ names|map('upper')|join(' ') }}",
    )
    return {"schools": SCHOOLS, "numbers": [5, 3, 9, 1], "districts": ["Южный", "Северный", "Южный"],
            "names": ["а", "б"]}


def groupby(d):
    paragraphs(d, "{%p for group in schools|groupby('district') %}",
               "{{ group.grouper }}: {{ group.list|map(attribute='name')|join(', ') }}", "{%p endfor %}",
               "{%p for district, items in schools|groupby('district') %}",
               "{{ district }} — {{ items|length }}", "{%p endfor %}")
    return {"schools": SCHOOLS}


def text_filters(d):
    paragraphs(
        d,
        "{{ phrase|title }}",
        "[{{ padded|trim }}]",
        "{{ phrase|replace('отчёт', 'доклад') }}",
        "{{ long|truncate(30) }}",
        "{{ long|wordcount }}",
        "{{ value|round(1) }}; {{ value|int }}; {{ -value|abs }}; {{ '7'|int + 1 }}",
        "{{ markup|e }} {{ markup|escape }}",
    )
    return {"phrase": "годовой отчёт по школам", "padded": "   с пробелами   ",
            "long": "Анализ результатов всероссийских проверочных работ в общеобразовательных организациях",
            "value": 3.14159, "markup": "A & B"}


def dict_items(d):
    paragraphs(d, "{%p for subject, mark in marks.items() %}", "{{ subject }}: {{ mark }}", "{%p endfor %}",
               "{{ marks.keys()|list|join(', ') }}")
    return {"marks": {"Математика": 5, "Русский язык": 4, "История": 3}}


def nested(d):
    table(d, [["Район", "Школы"], ["{%tr for group in schools|groupby('district') %}", ""],
              ["{{ group.grouper }}", "{% for s in group.list %}{{ s.name }}{% if not loop.last %}, {% endif %}{% endfor %}"],
              ["{%tr endfor %}", ""]])
    return {"schools": SCHOOLS}


def header_footer(d):
    d.sections[0].header.paragraphs[0].text = "{{ department }}"
    d.sections[0].footer.paragraphs[0].text = "Исп. {{ author }}"
    paragraphs(d, "Текст письма.")
    return {"department": "Управление образования", "author": "Ершова А. А."}


def column_loop(d):
    table(d, [["Школа", "{%tc for y in years %}", "{{ y }}", "{%tc endfor %}"],
              ["{%tr for s in schools %}", "", "", ""],
              ["{{ s.name }}", "{%tc for m in s.marks %}", "{{ m }}", "{%tc endfor %}"],
              ["{%tr endfor %}", "", "", ""]])
    return {"years": [2021, 2022, 2023], "schools": [{"name": "МБОУ «СОШ № 3»", "marks": [4, 5, 3]},
                                                    {"name": "МБОУ «Лицей № 1»", "marks": [5, 5, 4]}]}


def cell_tags(d):
    table(d, [["{%tc for y in years %}", "Годы{% hm %}", "{%tc endfor %}", "Итого"],
              ["{%tr for s in schools %}", "", "", ""],
              ["{{ s.district }}{% vm %}", "{{ s.name }}{% cellbg s.color %}", "{{ s.score }}", "—"],
              ["{%tr endfor %}", "", "", ""]])
    return {"years": [2021, 2022, 2023],
            "schools": [dict(s, color=c) for s, c in zip([SCHOOLS[0], SCHOOLS[2]], ["FFCC00", "C0FFC0"])]}


def rich_text(d):
    # docxtpl's RichText with {{r }}: the data is Paperwork's {"rich": [...]}; the corpus script builds a
    # docxtpl RichText from it (size in points, as Paperwork reads it; docxtpl wants half-points).
    paragraphs(d, "Срок: {{r deadline }}.", "{%p for s in schools %}", "{{r s.note }} — {{ s.name }}",
               "{%p endfor %}", "Подробнее: {{r link }}")
    return {
        "deadline": {"rich": [{"text": "до 20 ноября", "bold": True, "color": "C00000", "size": 14},
                              {"text": " (включительно)", "italic": True}]},
        "schools": [{"name": SCHOOLS[0]["name"], "note": {"rich": [{"text": "отлично", "color": "00B050"}]}},
                    {"name": SCHOOLS[2]["name"],
                     "note": {"rich": ["нужно ", {"text": "исправить\nдо конца года", "underline": True,
                                                  "strike": False}]}}],
        "link": {"rich": [{"text": "сайт управления", "url": "https://example.ru/uo?a=1&b=2"},
                          " и ", {"text": "почта", "url": "mailto:uo@example.ru"}]},
    }


def whole_floats(d):
    # Python keeps 10 / 2 a float and prints 5.0; Paperwork reads the float from the expression.
    paragraphs(d, "{{ total / count }}; {{ 2.4|round }}; {{ 7|float }}")
    return {"total": 10, "count": 2}


def inline_trim(d):
    # Known difference: docxtpl's {%- inside a paragraph joins the tag to the previous paragraph,
    # dropping the text before it; Paperwork trims the spaces as Jinja does.
    paragraphs(d, "Первый абзац.", "Дом {%- if town -%} в городе {%- else -%} в деревне {%- endif -%}.")
    return {"town": True}


def subdoc(d):
    # The appendix (files/приложение.docx, written by appendix()) goes in where the tag stands; the
    # comparison script gives docxtpl a subdoc() that calls its new_subdoc().
    paragraphs(d, "Приказ № {{ number }}", "{{p subdoc('files/приложение.docx') }}", "Конец приказа.")
    return {"number": 57}


def png():
    """A 16×16 red square as a PNG, written without a picture library."""
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + b"\xcc\x22\x22" * 16 for _ in range(16))
    header = struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def appendix():
    """The sub-document: a heading, a numbered list, a table and a picture."""
    from docx.shared import Cm

    d = Document()
    d.add_paragraph("Приложение «А» к приказу")
    d.add_paragraph("первый пункт приложения", style="List Number")
    d.add_paragraph("второй пункт приложения", style="List Number")
    grid = d.add_table(rows=2, cols=2)
    for r, cells in enumerate([["Школа", "Баллы"], ["МБОУ «СОШ № 3»", "87"]]):
        for c, text in enumerate(cells):
            grid.cell(r, c).text = text
    d.add_picture(io.BytesIO(png()), width=Cm(1))
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()


TEMPLATES = [
    variables, paragraph_loop, paragraph_if, table_rows, table_if, run_tags, comments, whitespace, arithmetic,
    tests, set_with, loop_variables, list_filters, groupby, text_filters, dict_items, nested, header_footer,
    column_loop, cell_tags, rich_text, whole_floats, inline_trim, subdoc,
]

CUSTOM = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="paperwork.values">'
    "<vt:lpwstr>jinja</vt:lpwstr></property></Properties>"
)
CUSTOM_TYPE = ('<Override PartName="/docProps/custom.xml" '
               'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>')
CUSTOM_REL = ('<Relationship Id="rIdPaperwork" '
              'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" '
              'Target="docProps/custom.xml"/>')


def with_property(data):
    """The package with docProps/custom.xml holding paperwork.values = jinja; dates fixed for stable bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", CUSTOM_TYPE.encode() + b"</Types>")
            elif item.filename == "_rels/.rels":
                content = content.replace(b"</Relationships>", CUSTOM_REL.encode() + b"</Relationships>")
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, content)
        info = zipfile.ZipInfo("docProps/custom.xml", date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        target.writestr(info, CUSTOM)
    return out.getvalue()


def main():
    os.makedirs(OUT, exist_ok=True)
    for make in TEMPLATES:
        name = make.__name__.replace("_", "-")
        document = Document()
        context = make(document)
        buffer = io.BytesIO()
        document.save(buffer)
        with open(os.path.join(OUT, name + ".docx"), "wb") as file:
            file.write(with_property(buffer.getvalue()))
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as file:
            json.dump(context, file, ensure_ascii=False, indent=2)
            file.write("\n")
    os.makedirs(os.path.join(OUT, "files"), exist_ok=True)
    with open(os.path.join(OUT, "files", "приложение.docx"), "wb") as file:
        file.write(appendix())
    print(f"{len(TEMPLATES)} templates in {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
