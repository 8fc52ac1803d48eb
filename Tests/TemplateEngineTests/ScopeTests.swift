import TemplateEngine
import TestSupport
import Testing

/// The four scopes, in both formats.
@Suite struct ScopeTests {
    static let items: TemplateValue = .list([.string("первое"), .string("второе"), .string("третье")])
    let data = Render.data([
        ("items", ScopeTests.items), ("show", .bool(true)), ("hide", .bool(false)), ("n", .number(2)),
    ])
    typealias F = DocumentFixture

    @Test func inlineLoopAndConditionDocx() throws {
        let bytes = try F.docx(
            body: F.p(
                "Список: {% for x in items %}{{ loop.index }}) {{ x }}{% if not loop.last %}; {% endif %}{% endfor %}.")
        )
        #expect(try Render.paragraphs(bytes, data: data) == ["Список: 1) первое; 2) второе; 3) третье."])
    }

    @Test func inlineLoopAndConditionOdt() throws {
        let bytes = try F.odt(
            body: F.tp(
                "Список: {% for x in items %}{{ loop.index }}) {{ x }}{% if not loop.last %};<text:s/>{% endif %}{% endfor %}."
            ))
        #expect(try Render.paragraphs(bytes, data: data) == ["Список: 1) первое; 2) второе; 3) третье."])
    }

    @Test func inlineBlockTagInsideASpanIsLiftedOut() throws {
        let bytes = try F.odt(
            body: F.tp("<text:span text:style-name=\"T1\">А {% if show %}</text:span>да{% endif %} Б"))
        #expect(try Render.paragraphs(bytes, data: data) == ["А да Б"])
    }

    @Test func paragraphLoopDocxTagParagraphsVanish() throws {
        let bytes = try F.docx(
            body: F.p("До") + F.p("{% for x in items %}") + F.p("{{ loop.index }}. {{ x }}") + F.p("{% endfor %}")
                + F.p("После"))
        #expect(try Render.paragraphs(bytes, data: data) == ["До", "1. первое", "2. второе", "3. третье", "После"])
    }

    @Test func paragraphConditionWithElifAndElseOdt() throws {
        let body =
            F.tp("{% if n == 1 %}") + F.tp("один") + F.tp("{% elif n == 2 %}") + F.tp("два") + F.tp("ещё два")
            + F.tp("{% else %}") + F.tp("много") + F.tp("{% endif %}")
        let bytes = try F.odt(body: body)
        #expect(try Render.paragraphs(bytes, data: data) == ["два", "ещё два"])
    }

    static func docxRow(_ cells: String...) -> String {
        "<w:tr>" + cells.map { "<w:tc>\(F.p($0))</w:tc>" }.joined() + "</w:tr>"
    }

    static func odtRow(_ cells: String...) -> String {
        "<table:table-row>" + cells.map { "<table:table-cell>\(F.tp($0))</table:table-cell>" }.joined()
            + "</table:table-row>"
    }

    @Test func rowTagsDocx() throws {
        let table =
            "<w:tbl>" + Self.docxRow("№", "Мероприятие") + Self.docxRow("{% for x in items %}", "")
            + Self.docxRow("{{ loop.index }}", "{{ x }}") + Self.docxRow("{% endfor %}", "") + "</w:tbl>"
        let bytes = try F.docx(body: table + F.p(""))
        #expect(
            try Render.paragraphs(bytes, data: data) == [
                "№", "Мероприятие", "1", "первое", "2", "второе", "3", "третье", "",
            ])
    }

    @Test func rowTagsOdt() throws {
        let table =
            "<table:table>" + Self.odtRow("№", "Мероприятие") + Self.odtRow("{% for x in items %}")
            + Self.odtRow("{{ loop.index }}", "{{ x }}") + Self.odtRow("{% endfor %}") + "</table:table>"
        let bytes = try F.odt(body: table)
        #expect(
            try Render.paragraphs(bytes, data: data) == [
                "№", "Мероприятие", "1", "первое", "2", "второе", "3", "третье",
            ])
    }

    @Test func cellToCellLoopRepeatsTheRowDocx() throws {
        let table =
            "<w:tbl>" + Self.docxRow("№", "Мероприятие")
            + Self.docxRow("{% for x in items %}{{ loop.index }}", "{{ x }}{% endfor %}") + "</w:tbl>"
        let bytes = try F.docx(body: table + F.p(""))
        #expect(
            try Render.paragraphs(bytes, data: data) == [
                "№", "Мероприятие", "1", "первое", "2", "второе", "3", "третье", "",
            ])
    }

    @Test func cellToCellConditionShowsTheRowOdt() throws {
        let table =
            "<table:table>" + Self.odtRow("{% if hide %}А", "Б{% endif %}")
            + Self.odtRow("{% if show %}В", "Г{% endif %}") + "</table:table>"
        let bytes = try F.odt(body: table)
        #expect(try Render.paragraphs(bytes, data: data) == ["В", "Г"])
    }

    @Test func nestedLoops() throws {
        let groups: TemplateValue = .list([
            .object([("name", .string("I")), ("items", .list([.string("а"), .string("б")]))]),
            .object([("name", .string("II")), ("items", .list([.string("в")]))]),
        ])
        let bytes = try F.docx(
            body: F.p("{% for g in groups %}")
                + F.p("{{ g.name | roman }}{{ g.name }}:{% for i in g.items %} {{ loop.index }}{{ i }}{% endfor %}")
                + F.p("{% endfor %}"))
        let problems = try Render.problems(bytes, data: Render.data([("groups", groups)]))
        #expect(problems.map(\.code) == [.filterFailed, .filterFailed])
        #expect(problems.first?.message == "roman: нужно целое число от 1 до 3999, а получено «I»")
        let fixed = try F.docx(
            body: F.p("{% for g in groups %}")
                + F.p(
                    "{{ loop.index | roman }}. {{ g.name }}:{% for i in g.items %} {{ loop.index }}{{ i }}{% endfor %}")
                + F.p("{% endfor %}"))
        #expect(try Render.paragraphs(fixed, data: Render.data([("groups", groups)])) == ["I. I: 1а 2б", "II. II: 1в"])
    }

    @Test func rowLoopOverAnEmptyListLeavesNoEmptyTable() throws {
        let table =
            "<w:tbl>" + Self.docxRow("{% for x in items %}") + Self.docxRow("{{ x }}") + Self.docxRow("{% endfor %}")
            + "</w:tbl>"
        let bytes = try F.docx(body: "<w:tbl><w:tr><w:tc>\(table)</w:tc></w:tr></w:tbl>" + F.p("конец"))
        let xml = try Render.part(bytes, data: Render.data([("items", .list([]))]), part: "word/document.xml")
        #expect(xml.components(separatedBy: "<w:tbl>").count == 2)
        #expect(xml.contains("<w:tc><w:p/></w:tc>"))
    }

    @Test func blockThatCannotFormAScopeIsAnError() throws {
        let bytes = try F.docx(body: F.p("{% for x in items %} текст") + F.p("{{ x }}") + F.p("{% endfor %}"))
        let problems = try Render.problems(bytes, data: data)
        #expect(problems.map(\.code) == [.invalidScope])
        #expect(problems.first?.location.paragraph == 1)
    }
}
