import TemplateEngine
import TestSupport
import Testing
import XMLTree
import ZipArchive

/// Every XML part of every rendered document parses, whether or not the engine re-parsed it.
@Suite struct WellFormedOutputTests {
    typealias F = DocumentFixture
    static let hostile: TemplateValue = .list(
        [
            "A & B < C > \"D\" 'E'", "«ёлочки»\u{1}\u{1F} 😀 №\u{A0}3", "строка\nперенос\tтаб",
            "  пробелы  ", "]]> <!-- --> <?pi?> &amp;",
        ].map { .string($0) })

    func parts(_ package: [UInt8]) throws -> Int {
        let reader = try ZipReader(bytes: package, label: "out")
        var count = 0
        for entry in reader.entries where entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels") {
            _ = try XMLDocument(bytes: try reader.read(entry), part: entry.name)
            count += 1
        }
        return count
    }

    @Test func docxAndOdtWithHostileValuesInEveryScope() throws {
        let docx = try F.docx(
            body: F.p("{% for v in values %}{{ v }}|{% endfor %}") + F.p("{% for v in values %}") + F.p("{{ v }}")
                + F.p("{% endfor %}")
                + "<w:tbl><w:tr><w:tc>\(F.p("№"))</w:tc></w:tr><w:tr><w:tc>\(F.p("{% for v in values %}{{ v }}"))</w:tc><w:tc>\(F.p("{{ loop.index }}{% endfor %}"))</w:tc></w:tr></w:tbl>"
                + F.p(""),
            header: F.p("{{ values[0] }}"))
        let odt = try F.odt(
            body: F.tp("{% for v in values %}{{ v }}|{% endfor %}") + F.tp("{% for v in values %}") + F.tp("{{ v }}")
                + F.tp("{% endfor %}"), footer: F.tp("{{ values[1] }}"))
        for fixture in [docx, odt] {
            let output = try Template(bytes: fixture, label: "t").render(.object([("values", Self.hostile)]))
            #expect(try parts(output) >= 3)
        }
    }
}
