import TemplateEngine
import TestSupport
import Testing

/// docxtpl's dialect as written: `{%p %}`, `{%tr %}`, `{%tc %}`, `{%r %}`, `{{r }}`, `{{p }}`,
/// `{# #}` and whitespace control, in both formats.
@Suite struct DialectTests {
    let data = Render.data([
        ("items", .list([.string("первое"), .string("второе")])), ("show", .bool(true)), ("hide", .bool(false)),
        ("name", .string("Ершова")),
    ])

    @Test(arguments: Format.allCases) func paragraphPrefixTakesTheTagParagraphAway(format: Format) throws {
        let bytes = try format.document(
            paragraphs: "До", "Список: {%p for x in items %}", "{{ x }}", "{%p endfor %} (конец)",
            "{%p if hide %}", "скрыто", "{%p endif %}", "После")
        #expect(try Render.paragraphs(bytes, data: data) == ["До", "первое", "второе", "После"])
    }

    @Test(arguments: Format.allCases) func twoPrefixedTagsInOneParagraphTakeItOnce(format: Format) throws {
        let bytes = try format.document(
            paragraphs: "До", "{%p if hide %}скрыто{%p endif %}", "{%p for x in items %}{%p endfor %}",
            "{%if show%}видно{%endif%}", "После")
        #expect(try Render.paragraphs(bytes, data: data) == ["До", "видно", "После"])
    }

    @Test(arguments: Format.allCases) func paragraphPrefixInACellKeepsTheRow(format: Format) throws {
        // Without the prefix, tags alone in a row's only cell would repeat the row.
        let table = format.table([[["№"]], [["{%p for x in items %}", "{{ x }}", "{%p endfor %}"]]])
        let bytes = try format.document([table])
        let texts = try Render.paragraphs(bytes, data: data)
        #expect(texts == ["№", "первое", "второе"])
    }

    @Test(arguments: Format.allCases) func rowPrefixTakesTheWholeRowAway(format: Format) throws {
        let table = format.table([
            [["№"], ["Название"]], [["{%tr for x in items %}"], ["пояснение автора"]],
            [["{{ loop.index }}"], ["{{ x }}"]], [["{%tr endfor %}"], [""]],
            [["{%tr if hide %}"], [""]], [["скрыто"], [""]], [["{%tr endif %}"], [""]],
        ])
        let bytes = try format.document([table, format.paragraph("")])
        let texts = try Render.paragraphs(bytes, data: data).filter { !$0.isEmpty }
        #expect(texts == ["№", "Название", "1", "первое", "2", "второе"])
    }

    @Test(arguments: Format.allCases) func runPrefixStaysInItsParagraph(format: Format) throws {
        let bytes = try format.document([
            format.paragraph(runs: ["Итог: ", "{%r if show %}", "зачтено", "{%r else %}", "нет", "{%r endif %}", "."]),
            format.paragraph("{{r name }} и {{p name }}"),
        ])
        #expect(try Render.paragraphs(bytes, data: data) == ["Итог: зачтено.", "Ершова и Ершова"])
    }

    @Test(arguments: Format.allCases) func runPrefixAcrossParagraphsIsAnError(format: Format) throws {
        let problems = try Render.problems(try format.document(paragraphs: "{%r if show %}", "да", "{%r endif %}"))
        #expect(problems.map(\.code) == [.invalidScope])
        #expect(problems.first?.message.contains("{%p …%}") == true)
    }

    @Test(arguments: Format.allCases) func commentsWriteNothing(format: Format) throws {
        let bytes = try format.document(
            paragraphs: "Текст{# пометка #} без пометки.", "{#p абзац-комментарий #}", "{# только комментарий #}",
            "Конец")
        #expect(try Render.paragraphs(bytes, data: data) == ["Текст без пометки.", "", "Конец"])
    }

    @Test(arguments: Format.allCases) func rowCommentTakesItsRowAway(format: Format) throws {
        let table = format.table([
            [["№"], ["Название"]], [["{#tr строка для автора шаблона #}"], ["пояснение"]], [["1"], ["{{ name }}"]],
        ])
        let bytes = try format.document([table, format.paragraph("")])
        let texts = try Render.paragraphs(bytes, data: data).filter { !$0.isEmpty }
        #expect(texts == ["№", "Название", "1", "Ершова"])
    }

    @Test(arguments: Format.allCases) func whitespaceControl(format: Format) throws {
        let bytes = try format.document(
            paragraphs: "[ {{- name -}} ]", "А {%- if show -%} Б {%- endif -%} В", "Начало", "{%- if show %}", "Текст",
            "{%- endif %}", "Конец")
        #expect(try Render.paragraphs(bytes, data: data) == ["[Ершова]", "АБВ", "Начало", "Текст", "Конец"])
    }

    @Test(arguments: Format.allCases) func unknownPrefixIsNamed(format: Format) throws {
        let problems = try Render.problems(
            try format.document(paragraphs: "{%x if show %}да{%x endif %}", "{{w name }}"))
        #expect(problems.map(\.code) == [.syntax, .syntax, .syntax])
        #expect(problems[0].message.contains("приставка «x» не поддерживается; допускаются {%p …%}") == true)
        #expect(problems[2].message.contains("приставка «w» не поддерживается") == true)
    }

    @Test(arguments: Format.allCases) func oneUnreadableTagGivesOneProblem(format: Format) throws {
        let bytes = try format.document(
            paragraphs: "{% for x in %}", "{{ x }}", "{% endfor %}", "{% if show == %}да{% else %}нет{% endif %}")
        let problems = try Render.problems(bytes, data: data)
        #expect(problems.map(\.code) == [.syntax, .syntax])
        #expect(problems.map(\.location.paragraph) == [1, 4])
    }

    @Test(arguments: Format.allCases) func macroAndIncludeAreOutOfScope(format: Format) throws {
        let problems = try Render.problems(
            try format.document(paragraphs: "{% macro row(x) %}", "{% include 'шапка.docx' %}"))
        #expect(problems.map(\.code) == [.syntax, .syntax])
        #expect(problems[0].message.contains("команда «macro» не поддерживается: шаблон собирается из одного файла"))
        #expect(problems[1].message.contains("команда «include» не поддерживается"))
    }
}
