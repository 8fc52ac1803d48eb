#!/usr/bin/env python3
"""Writes the flat ODT sources of the templates: the order (order.fodt: appendices on portrait
pages; order-landscape.fodt: appendices on landscape pages), the справка (report.fodt), the
letter to a school (letter.fodt) and the rating (rating.fodt). Scripts/make-templates.sh then has
LibreOffice turn each into .odt and .docx. Layout (GOST R 7.0.97): A4, margins 30/10/20/20 mm,
Times New Roman 14 pt, body justified with a 1.25 cm indent, page numbers centred at the top from
page 2, signature title at the left and «И.О. Фамилия» at the right on its last line.
Pagination: widow and orphan control in every paragraph, headings and requisites kept with what
follows, the last paragraph of the text kept with the signature, table rows never split across
pages, and a tiny closing paragraph so that a document ending in a table gets no empty last page.
Every template sets `paperwork.dates` = numeric in its document properties: one date style per
document («20.11.2023», without «г.»)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"')


def pstyle(name, parent="Standard", para="", text="", cls="text", master=None):
    master_attr = f' style:master-page-name="{master}"' if master else ""
    return (f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="{parent}" style:class="{cls}"{master_attr}>'
            f'<style:paragraph-properties {para}/>' + (f'<style:text-properties {text}/>' if text else "") + '</style:style>')


def tabs(*stops):
    return "<style:tab-stops>" + "".join(f'<style:tab-stop style:position="{p}" style:type="{t}"/>' for p, t in stops) + "</style:tab-stops>"


def pstyle_tabs(name, para, stops, parent="Standard", text=""):
    return (f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="{parent}" style:class="text">'
            f'<style:paragraph-properties {para}>{tabs(*stops)}</style:paragraph-properties>'
            + (f'<style:text-properties {text}/>' if text else "") + '</style:style>')


def p(style, content=""):
    return f'<text:p text:style-name="{style}">{content}</text:p>'


def executor():
    """The executor's mark («Исп.: …») at the bottom left of the page the text ends on (GOST R 7.0.97):
    a frame anchored to a tiny paragraph right after the signature, standing at the bottom of that
    page's text area; the text never flows beside it."""
    frame = ('<draw:frame draw:style-name="ExecutorFrame" draw:name="Executor" text:anchor-type="paragraph" '
             'svg:width="17cm" draw:z-index="0"><draw:text-box fo:min-height="0.4cm">'
             + p("Executor", "{{ executor }}") + '</draw:text-box></draw:frame>')
    return p("End", frame)


def cell(content, style="TableText", span=1, cell_style="Cell"):
    attrs = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    covered = "<table:covered-table-cell/>" * (span - 1)
    return f'<table:table-cell table:style-name="{cell_style}" office:value-type="string"{attrs}>{p(style, content)}</table:table-cell>{covered}'


def row(*cells):
    return '<table:table-row table:style-name="Row">' + "".join(cells) + "</table:table-row>"


def tag_row(tag, columns):
    return row(cell(tag), *[cell("") for _ in range(columns - 1)])


def plan_table(name, widths, columns):
    """The plan: one table per section. From the second section on, a table's heading row is its
    section row: LibreOffice never leaves a table's heading rows alone at the foot of a page, and
    repeats the section's title where the section goes on. The first table's heading row is the
    column headers. Word (and LibreOffice reading the DOCX) joins adjacent tables into one: there
    the column headers repeat on every page, and the section row is kept with the next by
    keep-with-next."""
    cols = "".join(f'<table:table-column table:style-name="{name}.{i}"/>' for i in range(len(widths)))
    header = row(*[cell("{{ a.headers.%s }}" % c, "TableHead") for c in columns])
    section = row(cell("{{ s.number }}", "TableSectionNumber"),
                  cell("{{ s.title }}", "TableSection", span=len(columns) - 1))
    item = row(*[cell("{{ i.number }}" if c == "number" else "{{ i.%s }}" % c) for c in columns])
    body = tag_row("{% for i in s.items %}", len(columns)) + item + tag_row("{% endfor %}", len(columns))

    def table(style, heading, first=""):
        return (f'<table:table table:name="{name}" table:style-name="{style}">{cols}'
                f'<table:table-header-rows>{heading}</table:table-header-rows>{first}{body}</table:table>')
    # The first section's row follows the column headers (the appendix starts a page: it is never
    # alone); the headers alone repeat, also in Word, which joins the tables into one.
    return (p("Body", "{% for s in a.sections %}") + p("Body", "{% if loop.first %}")
            + table(name, header, section) + p("Body", "{% else %}") + table(name + "Next", section)
            + p("Body", "{% endif %}") + p("Body", "{% endfor %}"))


def generic_table(name, widths):
    cols = "".join(f'<table:table-column table:style-name="{name}.{i}"/>' for i in range(len(widths)))
    header = row(*[cell("{{ a.headers[%d] }}" % i, "TableHead") for i in range(len(widths))])
    # The rating's place and points are numbers: right-aligned, as in the rating of its own.
    styles = ["TableNumber", "TableText", "TableNumber", "TableText"]
    body = row(*[cell("{{ r[%d] }}" % i, styles[i]) for i in range(len(widths))])
    return (f'<table:table table:name="{name}" table:style-name="{name}">{cols}'
            f'<table:table-header-rows>{header}</table:table-header-rows>'
            + tag_row("{% for r in a.rows %}", len(widths)) + body + tag_row("{% endfor %}", len(widths)) + "</table:table>")


def table_styles(name, widths, master=None, top="0.2cm"):
    total = sum(widths)
    master_attr = f' style:master-page-name="{master}"' if master else ""
    out = (f'<style:style style:name="{name}" style:family="table"{master_attr}><style:table-properties style:width="{total:.2f}cm" '
           f'table:align="margins" fo:margin-top="{top}" fo:margin-bottom="0cm"/></style:style>')
    for i, w in enumerate(widths):
        out += (f'<style:style style:name="{name}.{i}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>')
    return out


def document(landscape):
    text_width = 25.7 if landscape else 17.0
    plan4 = [1.5, 8.5, 3.5, 3.5] if not landscape else [1.7, 12.0, 5.5, 6.5]
    plan5 = [1.2, 6.0, 3.8, 2.6, 3.4] if not landscape else [1.7, 9.0, 6.0, 4.0, 5.0]
    rating = [1.6, 8.6, 1.8, 5.0] if not landscape else [2.0, 14.7, 3.0, 6.0]
    ack = [6.0, 5.5, 2.5, 3.0]
    mark_break = "" if landscape else 'fo:break-before="page"'
    styles = "".join([
        '<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" '
        'style:writing-mode="page" fo:widows="2" fo:orphans="2"/><style:text-properties style:font-name="Times New Roman" fo:font-size="14pt" '
        'fo:language="ru" fo:country="RU" fo:hyphenate="false"/></style:default-style>',
        pstyle("Standard", parent="", para='fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="100%" fo:widows="2" fo:orphans="2"',
               text='style:font-name="Times New Roman" fo:font-size="14pt"').replace(' style:parent-style-name=""', ""),
        pstyle("Issuer", para='fo:text-align="center" fo:keep-with-next="always"', text='fo:font-weight="bold"'),
        pstyle("Kind", para='fo:text-align="center" fo:margin-top="0.6cm" fo:margin-bottom="0.6cm" fo:keep-with-next="always"', text='fo:font-weight="bold"'),
        pstyle_tabs("DateLine", 'fo:margin-bottom="0.2cm"', [("17cm", "right")]),
        pstyle_tabs("DatePlaceLine", 'fo:margin-bottom="0.2cm"', [("8.5cm", "center"), ("17cm", "right")]),
        pstyle("Place", para='fo:text-align="center" fo:margin-bottom="0.4cm"'),
        pstyle("Title", para='fo:text-align="start" fo:margin-top="0.4cm" fo:margin-bottom="0.6cm" fo:margin-right="6cm" fo:keep-with-next="always"',
               text='fo:font-weight="bold"'),
        pstyle("Body", para='fo:text-align="justify" fo:text-indent="1.25cm" fo:line-height="115%"'),
        pstyle("Command", para='fo:margin-top="0.3cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always"', text='fo:font-weight="bold"'),
        pstyle("Item", parent="Body", para='fo:text-align="justify"'),
        pstyle("ItemLast", parent="Body", para='fo:text-align="justify" fo:keep-with-next="always"'),
        pstyle("RecItem", parent="Body", para='fo:text-align="justify" fo:keep-with-next="always"'),
        pstyle("BodyLast", parent="Body", para='fo:text-align="justify" fo:keep-with-next="always"'),
        pstyle("End", parent="Standard", para='fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="0.05cm"', text='fo:font-size="1pt"'),
        pstyle("TableNumber", para='fo:text-align="end"', text='fo:font-size="12pt"', cls="extra"),
        pstyle("Contacts", para='fo:text-align="center"', text='fo:font-size="10pt"'),
        pstyle_tabs("Signature", 'fo:margin-top="1.2cm" fo:keep-together="always" fo:keep-with-next="always"', [("17cm", "right")]),
        pstyle("Executor", para='fo:text-align="start"', text='fo:font-size="10pt"'),
        pstyle("AppendixMark", para=f'fo:margin-left="{text_width - (9.5 if landscape else 7.5):.1f}cm" {mark_break} fo:keep-with-next="always"', master="Landscape" if landscape else None),
        pstyle("AppendixTitle", para='fo:text-align="center" fo:margin-top="0.4cm" fo:margin-bottom="0.4cm" fo:keep-with-next="always"',
               text='fo:font-weight="bold"'),
        pstyle("AckTitle", para='fo:text-align="center" fo:margin-bottom="0.4cm" fo:break-before="page" fo:keep-with-next="always"',
               text='fo:font-weight="bold"'),
        pstyle("TableText", para='fo:text-align="start"', text='fo:font-size="12pt"', cls="extra"),
        pstyle("TableHead", para='fo:text-align="center"', text='fo:font-size="12pt" fo:font-weight="bold"', cls="extra"),
        pstyle("TableSection", para='fo:text-align="start" fo:keep-with-next="always"', text='fo:font-size="12pt" fo:font-weight="bold"', cls="extra"),
        pstyle("TableSectionNumber", para='fo:text-align="center" fo:keep-with-next="always"', text='fo:font-size="12pt" fo:font-weight="bold"', cls="extra"),
        pstyle("Header", para='fo:text-align="center"', text='fo:font-size="12pt"', cls="extra"),
        pstyle("Footer", para='fo:text-align="start"', text='fo:font-size="8pt"', cls="extra"),
        pstyle("ReportTitle", para='fo:text-align="center" fo:margin-bottom="0.4cm" fo:keep-with-next="always"', text='fo:font-weight="bold"'),
        pstyle("Heading", para='fo:text-align="start" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"',
               text='fo:font-weight="bold"'),
        pstyle("Dash", parent="Body", para='fo:text-align="justify"'),
        pstyle("DashLast", parent="Body", para='fo:text-align="justify" fo:keep-with-next="always"'),
        pstyle("Deadline", parent="Body", para='fo:text-align="start"', text='fo:font-style="italic"'),
        pstyle("DeadlineLast", parent="Body", para='fo:text-align="start" fo:keep-with-next="always"', text='fo:font-style="italic"'),
        pstyle("Salutation", para='fo:text-align="center" fo:margin-top="0.4cm" fo:margin-bottom="0.4cm" fo:keep-with-next="always"'),
        pstyle("Addressee", para='fo:text-align="start"'),
        pstyle("LetterIssuer", para='fo:text-align="center"', text='fo:font-size="12pt" fo:font-weight="bold"'),
        pstyle("LetterNumber", para='fo:text-align="center" fo:margin-top="0.3cm"', text='fo:font-size="12pt"'),
    ])
    layouts = (
        # The body starts 20 mm from the top on every page: the first page has no header; on the
        # others the page number stands in the header inside those 20 mm (10 mm from the edge).
        '<style:page-layout style:name="FirstPortrait"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
        'style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="1cm"/>'
        '</style:page-layout>'
        # An order's first page may carry a QR code in its footer (`qr_code: true`), for checking
        # a printed copy against the register.
        '<style:page-layout style:name="OrderFirstPortrait"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
        'style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="1cm" fo:margin-left="3cm" fo:margin-right="1cm"/>'
        '<style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.3cm" '
        'style:dynamic-spacing="false"/></style:footer-style>'
        '</style:page-layout>'
        '<style:page-layout style:name="Portrait"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
        'style:print-orientation="portrait" fo:margin-top="1cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="1cm"/>'
        '<style:header-style><style:header-footer-properties fo:min-height="1cm" fo:margin-bottom="0.3cm" '
        'style:dynamic-spacing="false"/></style:header-style>'
        '</style:page-layout>'
        '<style:page-layout style:name="LandscapeLayout"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" '
        'style:print-orientation="landscape" fo:margin-top="1cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>'
        '<style:header-style><style:header-footer-properties fo:min-height="1cm" fo:margin-bottom="0.3cm" '
        'style:dynamic-spacing="false"/></style:header-style>'
        '</style:page-layout>'
        '<style:style style:name="ExecutorFrame" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties style:wrap="none" '
        'style:vertical-pos="bottom" style:vertical-rel="page-content" style:horizontal-pos="left" '
        'style:horizontal-rel="paragraph" fo:margin-top="0.2cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:padding="0cm" fo:border="none" style:run-through="foreground" '
        'draw:fill="none" draw:stroke="none"/></style:style>'
        '<style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>'
        '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" '
        'fo:border="0.5pt solid #000000"/></style:style>'
        '<style:style style:name="Plain" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" '
        'fo:border="none"/></style:style>'
        + pstyle("FirstPage", parent="Issuer", master="First_20_Page")
        + pstyle("OrderFirstPage", parent="Issuer", master="Order_20_First")
        + pstyle("FirstLetter", parent="LetterIssuer", master="First_20_Page")
        + table_styles("Plan4", plan4) + table_styles("Plan5", plan5)
        + table_styles("Plan4Next", plan4, top="0cm") + table_styles("Plan5Next", plan5, top="0cm") + table_styles("Rating", rating) + table_styles("Ack", ack)
        + table_styles("Levels", [9.0, 4.0, 4.0]) + table_styles("Scores", [1.0, 7.2, 1.6, 1.6, 5.6])
        + table_styles("Head", [8.5, 8.5], master="First_20_Page")
    )
    number = '<text:p text:style-name="Header"><text:page-number text:select-page="current">2</text:page-number></text:p>'
    masters = (
        '<style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="FirstPortrait" '
        'style:next-style-name="Standard"/>'
        '<style:master-page style:name="Order_20_First" style:display-name="Order First" '
        'style:page-layout-name="OrderFirstPortrait" style:next-style-name="Standard"><style:footer>'
        '<text:p text:style-name="Footer">{% if verification %}{{ qr(verification, size="2.5cm") }}{% endif %}</text:p>'
        '</style:footer></style:master-page>'
        f'<style:master-page style:name="Standard" style:page-layout-name="Portrait"><style:header>{number}</style:header></style:master-page>'
        f'<style:master-page style:name="Landscape" style:page-layout-name="LandscapeLayout"><style:header>{number}</style:header></style:master-page>'
    )
    ack_table = ('<table:table table:name="Ack" table:style-name="Ack">'
                 + "".join(f'<table:table-column table:style-name="Ack.{i}"/>' for i in range(4))
                 + '<table:table-header-rows>' + row(*[cell(h, "TableHead") for h in ["Фамилия, имя, отчество", "Должность", "Дата", "Подпись"]])
                 + '</table:table-header-rows>' + tag_row("{% for person in acknowledgement.people %}", 4)
                 + row(cell("{{ person.name }}"), cell("{{ person.title }}"), cell(""), cell("")) + tag_row("{% endfor %}", 4)
                 + '</table:table>')
    order_body = "".join([
        p("OrderFirstPage", "{% if emblem %}{{ image(emblem, height=\"1.5cm\") }}<text:line-break/>{% endif %}{{ issuer }}"),
        p("Kind", "{{ kind }}"),
        p("Body", "{% if place_between %}"),
        p("DatePlaceLine", "{{ date_text }}<text:tab/>{{ place }}<text:tab/>№\u00a0{{ number }}"),
        p("Body", "{% else %}"),
        p("DateLine", "{{ date_text }}<text:tab/>№\u00a0{{ number }}"),
        p("Place", "{{ place }}"),
        p("Body", "{% endif %}"),
        p("Title", "{{ title }}"),
        p("Body", "{{ preamble }}"),
        p("Command", "{{ command }}"),
        p("Body", "{% for item in items %}"),
        p("Body", "{% if loop.last %}"),
        p("ItemLast", "{{ item.number }} {{ item.text }}"),
        p("Body", "{% else %}"),
        p("Item", "{{ item.number }} {{ item.text }}"),
        p("Body", "{% endif %}"),
        p("Body", "{% endfor %}"),
        p("Signature", "{{ signature.title }}<text:tab/>{{ signature.name }}"),
        p("Body", "{% if executor %}"),
        executor(),
        p("Body", "{% endif %}"),
        p("Body", "{% for a in appendices %}"),
        p("AppendixMark", "{{ a.mark }}"),
        p("AppendixTitle", "{{ a.title }}"),
        p("Body", "{% if a.plan4 %}"),
        plan_table("Plan4", plan4, ["number", "activity", "due", "responsible"]),
        p("Body", "{% elif a.plan5 %}"),
        plan_table("Plan5", plan5, ["number", "activity", "result", "due", "responsible"]),
        p("Body", "{% elif a.table %}"),
        generic_table("Rating", rating),
        p("Body", "{% endif %}"),
        p("Body", "{% endfor %}"),
        p("Body", "{% if acknowledgement %}"),
        p("AckTitle", "{{ acknowledgement.title }}"),
        ack_table,
        p("Body", "{% endif %}"),
        p("End"),
    ])
    return styles, layouts, masters, order_body


def report_body():
    levels = ('<table:table table:name="Levels" table:style-name="Levels">'
              + "".join(f'<table:table-column table:style-name="Levels.{i}"/>' for i in range(3))
              + '<table:table-header-rows>' + row(*[cell(h, "TableHead") for h in ["Уровень", "Количество ОО", "Доля ОО"]])
              + '</table:table-header-rows>' + tag_row("{% for l in levels %}", 3)
              + row(cell("{{ l.name }}"), cell("{{ l.count }}", "TableNumber"), cell("{{ l.share }}", "TableNumber"))
              + tag_row("{% endfor %}", 3) + '</table:table>')
    return "".join([
        p("FirstPage", "{{ issuer }}"),
        p("Kind", "СПРАВКА"),
        p("ReportTitle", "{{ title }}"),
        p("Body", "{{ intro }}"),
        p("Body", "Цель: {{ goal }}"),
        p("Body", "Задача: {{ task }}"),
        p("Body", "Сроки проведения: {{ timing }}"),
        p("Body", "Показатели:"),
        p("Body", "{% for i in indicators %}"),
        p("Dash", "– {{ i.title }} (максимум {{ i.max }}){% if loop.last %}.{% else %};{% endif %}"),
        p("Body", "{% endfor %}"),
        p("Body", "Методы и формы сбора результатов: {{ methods }}"),
        p("Body", "{{ findings }}"),
        levels,
        p("Body", "{{ low_schools }}"),
        # Native charts (`chart(…)`): the distribution by level and every school's total, their data
        # computed from the rating (chart_levels, chart_schools in the report's context).
        p("Chart", '{{ chart("pie", chart_levels, label="name", value="count", colour="colour", '
                   'title="Распределение ОО по уровням", series="Количество ОО", width="16cm", height="8cm") }}'),
        comparison_block(),
        p("Heading", "Рейтинг общеобразовательных организаций"),
        rating_table(),
        p("Chart", '{{ chart("bar", chart_schools, label="name", value="total", colour="colour", '
                   'title="Общий балл ОО", series="Баллы", width="16cm", height=chart_schools_height) }}'),
        p("Body", "Вывод: {{ conclusion }}"),
        p("Body", "Результаты таковы:"),
        p("Body", "{% for f in figures %}"),
        p("Dash", "– {{ f.text }}\u00a0— {{ f.value }}."),
        p("Body", "{% endfor %}"),
        p("Heading", "Рекомендации:"),
        p("Body", "{% for g in recommendations %}"),
        p("Heading", "{{ g.heading }}"),
        p("Body", "{% for r in g.items %}"),
        p("RecItem", "{{ loop.index }}. {{ r.text }}"),
        p("Body", "{% if loop.last %}"),
        p("DeadlineLast", "Срок: {{ r.deadline }}."),
        p("Body", "{% else %}"),
        p("Deadline", "Срок: {{ r.deadline }}."),
        p("Body", "{% endif %}"),
        p("Body", "{% endfor %}"),
        p("Body", "{% endfor %}"),
        p("Signature", "{{ compiler.title }}<text:tab/>{{ compiler.name }}"),
        p("Standard", "{{ date_text }}"),
        p("Body", "{% if executor %}"),
        executor(),
        p("Body", "{% endif %}"),
        p("End"),
    ])


def comparison_block():
    """The comparison with the previous period, when the store has one: the levels then and now (in
    the level table's column styles), the mean score, the schools whose level changed, and what is
    not comparable. Self-contained: nothing else of the справка refers to it."""
    table = ('<table:table table:name="Comparison" table:style-name="Levels">'
             + "".join(f'<table:table-column table:style-name="Levels.{i}"/>' for i in range(3))
             + '<table:table-header-rows>'
             + row(cell("Уровень", "TableHead"), cell("Прошлый период ({{ comparison.period }}): ОО (доля)", "TableHead"),
                   cell("Этот период: ОО (доля)", "TableHead"))
             + '</table:table-header-rows>' + tag_row("{% for l in comparison.levels %}", 3)
             + row(cell("{{ l.name }}"), cell("{{ l.then }} ({{ l.then_share }})", "TableNumber"),
                   cell("{{ l.now }} ({{ l.now_share }})", "TableNumber"))
             + tag_row("{% endfor %}", 3) + '</table:table>')
    return "".join([
        p("Body", "{% if comparison %}"),
        p("Heading", "{{ comparison.title }}"),
        table,
        p("Body", "{{ comparison.mean }}"),
        p("Body", "{{ comparison.up }}"),
        p("Body", "{{ comparison.down }}"),
        p("Body", "{% if comparison.notes %}"),
        p("Body", "Оговорки к сравнению:"),
        p("Body", "{% for n in comparison.notes %}"),
        p("Dash", "– {{ n }}{% if loop.last %}.{% else %};{% endif %}"),
        p("Body", "{% endfor %}"),
        p("Body", "{% endif %}"),
        p("Body", "{% endif %}"),
    ])


def letter_body():
    head = ('<table:table table:name="Head" table:style-name="Head">'
            + "".join(f'<table:table-column table:style-name="Head.{i}"/>' for i in range(2))
            + row('<table:table-cell table:style-name="Plain" office:value-type="string">'
                  + p("LetterIssuer", "{{ issuer }}") + p("Contacts", "{{ contacts }}")
                  + p("LetterNumber", "{{ date_text }} №\u00a0{{ number }}") + '</table:table-cell>',
                  '<table:table-cell table:style-name="Plain" office:value-type="string">' + p("Addressee", "{{ addressee }}")
                  + '</table:table-cell>')
            + '</table:table>')
    scores = ('<table:table table:name="Scores" table:style-name="Scores">'
              + "".join(f'<table:table-column table:style-name="Scores.{i}"/>' for i in range(5))
              + '<table:table-header-rows>' + row(*[cell(h, "TableHead") for h in ["№", "Показатель", "Баллы", "Макс.", "Пояснение"]])
              + '</table:table-header-rows>' + tag_row("{% for i in indicators %}", 5)
              + row(cell("{{ loop.index }}", "TableNumber"), cell("{{ i.title }}"), cell("{{ i.points }}", "TableNumber"),
                    cell("{{ i.max }}", "TableNumber"), cell("{{ i.explanation }}"))
              + tag_row("{% endfor %}", 5)
              + row(cell(""), cell("Итого", "TableSection"), cell("{{ total }}", "TableSection"), cell("{{ max }}", "TableSection"),
                    cell("{{ level }}", "TableSection"))
              + '</table:table>')
    return "".join([
        head.replace('<table:table-cell table:style-name="Plain" office:value-type="string">' + p("LetterIssuer", "{{ issuer }}"),
                     '<table:table-cell table:style-name="Plain" office:value-type="string">' + p("FirstLetter", "{{ issuer }}")),
        p("Title", "{{ title }}"),
        p("Salutation", "{{ salutation }}"),
        p("Body", "{{ intro }}"),
        scores,
        p("Body", "{{ summary }}"),
        p("Body", "{% if chart_directions %}"),
        p("Chart", '{{ chart("column", chart_directions, label="name", value="points", colour="colour", '
                   'title=chart_directions_title, series="Баллы", width="16cm", height="7cm") }}'),
        p("Body", "{% endif %}"),
        p("Body", "{% if recommendations %}"),
        p("Body", "По результатам мониторинга рекомендуем:"),
        p("Body", "{% for r in recommendations %}"),
        p("Item", "{{ loop.index }}. {{ r.text }} Срок: {{ r.deadline }}."),
        p("Body", "{% endfor %}"),
        p("Body", "{% endif %}"),
        p("BodyLast", "{{ report_back }}"),
        p("Signature", "{{ signature.title }}<text:tab/>{{ signature.name }}"),
        executor(),
        p("End"),
    ])


def rating_table():
    """The rating: place, school, points, level; one row per school."""
    return ('<table:table table:name="Rating" table:style-name="Rating">'
            + "".join(f'<table:table-column table:style-name="Rating.{i}"/>' for i in range(4))
            + '<table:table-header-rows>' + row(*[cell(h, "TableHead") for h in ["Место", "Образовательная организация", "Баллы", "Уровень"]])
            + '</table:table-header-rows>' + tag_row("{% for s in schools %}", 4)
            + row(cell("{{ s.place }}", "TableNumber"), cell("{{ s.name }}"), cell("{{ s.total }}", "TableNumber"),
                  cell("{{ s.level }}"))
            + tag_row("{% endfor %}", 4) + '</table:table>')


def rating_body():
    return "".join([
        p("FirstPage", "{{ issuer }}"),
        p("ReportTitle", "{{ title }}"),
        p("Standard", "Максимальный балл — {{ max }}; общеобразовательных организаций — {{ count }}; средний балл — {{ mean }}."),
        rating_table(),
        p("Body", "{% for l in levels %}"),
        p("Body", "{% if loop.last %}"),
        p("DashLast", "{{ l.name }}: {{ l.count }} ОО ({{ l.share }})."),
        p("Body", "{% else %}"),
        p("Dash", "{{ l.name }}: {{ l.count }} ОО ({{ l.share }});"),
        p("Body", "{% endif %}"),
        p("Body", "{% endfor %}"),
        p("Signature", "{{ signature.title }}<text:tab/>{{ signature.name }}"),
        p("Standard", "{{ date_text }}"),
        p("End"),
    ])


# The register journal's columns on a landscape page (25.7 cm of text width).
REGISTER_WIDTHS = [2.3, 2.4, 9.2, 5.0, 3.4, 3.4]


def register_body():
    """The journal of orders (журнал регистрации приказов) for a year, on landscape pages: one row
    per registered order, the header row repeated on every page."""
    heads = ["Номер", "Дата", "Заголовок к тексту", "Подписал", "Исполнитель", "Отметка"]
    fields = ["number", "date", "title", "signatory", "executor", "state"]
    return "".join([
        '<table:table table:name="Register" table:style-name="Register">'
        + "".join(f'<table:table-column table:style-name="Register.{i}"/>' for i in range(len(heads)))
        + '<table:table-header-rows>' + row(*[cell(h, "TableHead") for h in heads]) + '</table:table-header-rows>'
        + tag_row("{% for r in rows %}", len(heads))
        + row(*[cell("{{ r.%s }}" % f) for f in fields])
        + tag_row("{% endfor %}", len(heads)) + '</table:table>',
        p("Standard", "Всего записей: {{ count }}. Журнал сформирован {{ made }}."),
        p("End"),
    ])


def register_document(parts):
    styles, layouts, masters, _ = parts
    # The title stands before the table on the first landscape page.
    # Table and column styles are automatic styles, as LibreOffice writes them (else Word sees equal columns).
    title = pstyle("RegisterTitle", parent="ReportTitle", master="Landscape")
    layouts = layouts + table_styles("Register", REGISTER_WIDTHS)
    body = (p("RegisterTitle", "ЖУРНАЛ РЕГИСТРАЦИИ ПРИКАЗОВ<text:line-break/>{{ issuer }}<text:line-break/>"
              "за {{ year }} год{% if series %}<text:line-break/>{{ series }}{% endif %}") + register_body())
    return wrap((styles + title, layouts, masters, None), body)


def wrap(parts, body, columns=False, extra_styles=""):
    styles, layouts, masters, _ = parts
    styles += extra_styles
    # The справка and the rating size their tables' columns by what they hold (`paperwork.columns`).
    fit = '<meta:user-defined meta:name="paperwork.columns">content</meta:user-defined>' if columns else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS}>'
            '<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="\'Times New Roman\'" '
            'style:font-family-generic="roman" style:font-pitch="variable"/></office:font-face-decls>'
            f'<office:meta><meta:user-defined meta:name="paperwork.dates">numeric</meta:user-defined>{fit}</office:meta>'
            f'<office:styles>{styles}</office:styles><office:automatic-styles>{layouts}</office:automatic-styles>'
            f'<office:master-styles>{masters}</office:master-styles>'
            f'<office:body><office:text>{body}</office:text></office:body></office:document>\n')


portrait, landscape = document(False), document(True)
chart_style = pstyle(
    "Chart", para='fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm" fo:line-height="100%"')
outputs = {
    "order.fodt": wrap(portrait, portrait[3]),
    "order-landscape.fodt": wrap(landscape, landscape[3]),
    "report.fodt": wrap(portrait, report_body(), columns=True, extra_styles=chart_style),
    "letter.fodt": wrap(portrait, letter_body(), extra_styles=chart_style),
    "rating.fodt": wrap(portrait, rating_body(), columns=True),
    "register.fodt": register_document(portrait),
}
for name, text in outputs.items():
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as handle:
        handle.write(text)
