#!/usr/bin/env python3
"""The docxtpl side of the corpus comparison (Tests/TemplateEngineTests/DocxtplCorpusTests.swift).

  docxtpl-corpus.py render <corpus folder> <output folder>
      renders every <name>.docx of the corpus with its <name>.json by docxtpl into <output>/<name>.docx;
      a template docxtpl cannot render gets <output>/<name>.error with the reason.
  docxtpl-corpus.py text <file.docx>...
      prints one JSON object: file → the lines python-docx reads (body paragraphs and table cells in
      document order, then headers and footers), or {"error": …} when python-docx cannot open it.
"""
import json
import os
import sys


def rich(value, template):
    """Paperwork's rich text {"rich": [piece, ...]} as docxtpl's RichText, recursively through the data."""
    from docxtpl import RichText

    if isinstance(value, list):
        return [rich(item, template) for item in value]
    if not isinstance(value, dict):
        return value
    if list(value) != ["rich"]:
        return {key: rich(item, template) for key, item in value.items()}
    pieces = value["rich"] if isinstance(value["rich"], list) else [value["rich"]]
    text = RichText()
    for piece in pieces:
        if not isinstance(piece, dict):
            text.add(piece)
            continue
        url = piece.get("url") or piece.get("link")
        size = piece.get("size")
        text.add(piece.get("text", ""), bold=piece.get("bold", False), italic=piece.get("italic", False),
                 underline=piece.get("underline", False), strike=piece.get("strike", False),
                 color=piece.get("color") or piece.get("colour"), size=int(size * 2) if size else None,
                 url_id=template.build_url_id(url) if url else None)
    return text


def render(corpus, output):
    import jinja2
    from docxtpl import DocxTemplate

    os.makedirs(output, exist_ok=True)
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".docx"):
            continue
        base = name[:-5]
        try:
            with open(os.path.join(corpus, base + ".json"), encoding="utf-8") as file:
                context = json.load(file)
            template = DocxTemplate(os.path.join(corpus, name))
            # subdoc("files/приложение.docx"), as Paperwork reads it: docxtpl's new_subdoc of that file.
            environment = jinja2.Environment()
            environment.globals["subdoc"] = lambda path, t=template: t.new_subdoc(os.path.join(corpus, path))
            template.render(rich(context, template), environment)
            template.save(os.path.join(output, name))
        except Exception as error:  # noqa: BLE001 — the reason is the comparison's result
            with open(os.path.join(output, base + ".error"), "w", encoding="utf-8") as file:
                file.write(f"{type(error).__name__}: {error}")


def lines(path):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = Document(path)
    result = []

    def block(container):
        for child in container.iter_inner_content():
            if isinstance(child, Paragraph):
                result.append(child.text)
            elif isinstance(child, Table):
                for row in child.rows:
                    for cell in row.cells:
                        block(cell)

    block(document)
    for section in document.sections:
        for part in (section.header, section.footer):
            if not part.is_linked_to_previous:
                block(part)
    return result


def text(files):
    found = {}
    for path in files:
        try:
            found[path] = lines(path)
        except Exception as error:  # noqa: BLE001
            found[path] = {"error": f"{type(error).__name__}: {error}"}
    json.dump(found, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    if sys.argv[1] == "render":
        render(sys.argv[2], sys.argv[3])
    else:
        text(sys.argv[2:])
