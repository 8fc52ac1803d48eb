import TemplateEngine
import TestSupport
import Testing

/// Values are escaped, stripped of what XML forbids, and keep their breaks, tabs and spaces.
@Suite struct ValueTests {
    typealias F = DocumentFixture
    static let hostile = "A & B < C > \"D\" 'E' «ёлочки» № 5\u{1}\u{B}\u{FFFE} 😀"

    @Test func docxEscapesAndDropsForbiddenCharacters() throws {
        let bytes = try F.docx(body: F.p("{{ v }}"))
        let data = Render.data([("v", .string(Self.hostile))])
        #expect(try Render.paragraphs(bytes, data: data) == ["A & B < C > \"D\" 'E' «ёлочки» № 5 😀"])
        let xml = try Render.part(bytes, data: data, part: "word/document.xml")
        #expect(xml.contains("A &amp; B &lt; C &gt; \"D\" 'E' «ёлочки» № 5 😀"))
    }

    @Test func odtEscapesAndDropsForbiddenCharacters() throws {
        let bytes = try F.odt(body: F.tp("{{ v }}"))
        #expect(
            try Render.paragraphs(bytes, data: Render.data([("v", .string(Self.hostile))]))
                == ["A & B < C > \"D\" 'E' «ёлочки» № 5 😀"])
    }

    @Test func docxBreaksTabsAndSpaces() throws {
        let bytes = try F.docx(body: F.p("[{{ v }}]"))
        let data = Render.data([("v", .string("  два  пробела\nвторая\r\nтретья\tпосле табуляции "))])
        #expect(try Render.paragraphs(bytes, data: data) == ["[  два  пробела\nвторая\nтретья\tпосле табуляции ]"])
        let xml = try Render.part(bytes, data: data, part: "word/document.xml")
        #expect(
            xml.contains(
                "<w:t xml:space=\"preserve\">  два  пробела</w:t><w:br/><w:t xml:space=\"preserve\">вторая</w:t><w:br/>"
            ))
        #expect(xml.contains("<w:tab/>"))
    }

    @Test func odtBreaksTabsAndSpaces() throws {
        let bytes = try F.odt(body: F.tp("[{{ v }}]"))
        let data = Render.data([("v", .string("  два  пробела\nвторая\tпосле табуляции"))])
        let xml = try Render.part(bytes, data: data, part: "content.xml")
        #expect(
            xml.contains(
                "[<text:s text:c=\"2\"/>два <text:s/>пробела<text:line-break/>вторая<text:tab/>после табуляции]"))
        #expect(try Render.paragraphs(bytes, data: data) == ["[  два  пробела\nвторая\tпосле табуляции]"])
    }

    @Test func numbersAndBooleansPrintTheRussianWay() throws {
        let bytes = try F.docx(body: F.p("{{ a }}|{{ b }}|{{ c }}|{{ list }}"))
        let data = Render.data([
            ("a", .number(57)), ("b", .number(2.5)), ("c", .bool(true)),
            ("list", .list([.string("x"), .string("y")])),
        ])
        #expect(try Render.paragraphs(bytes, data: data) == ["57|2,5|да|x, y"])
    }

    @Test func pathsIndexesAndComparisons() throws {
        let schools: TemplateValue = .list([
            .object([("name", .string("СОШ № 1")), ("total", .number(45))]),
            .object([("name", .string("СОШ № 2")), ("total", .number(28))]),
        ])
        let bytes = try F.docx(
            body: F.p(
                "{{ schools[1].name }}, {{ schools.0.name }}: {% for s in schools %}{% if s.total &gt;= 40 and s.name != \"x\" %}{{ s.name }} высокий{% elif s.total &lt; 30 or false %}{{ s.name }} низкий{% endif %}{% if not loop.last %}; {% endif %}{% endfor %}"
            ))
        #expect(
            try Render.paragraphs(bytes, data: Render.data([("schools", schools)]))
                == ["СОШ № 2, СОШ № 1: СОШ № 1 высокий; СОШ № 2 низкий"])
    }
}
