import Foundation
import OfficePackage
import TemplateEngine
import TestSupport
import Testing
import XMLTree

/// `{%tc for … %}`: the cells between the tags repeat, and their copies share the width the block
/// took in the template; rows may loop too (docxtpl's dynamic table).
@Suite struct ColumnLoopTests {
    typealias F = DocumentFixture
    let data = Render.data([
        ("years", .list([.number(2021), .number(2022), .number(2023)])),
        (
            "schools",
            .list([
                .object([("name", .string("СОШ № 3")), ("marks", .list([.number(4), .number(5), .number(3)]))]),
                .object([("name", .string("Лицей № 1")), ("marks", .list([.number(5), .number(5), .number(4)]))]),
            ])
        ),
    ])

    static func docxCell(_ text: String, width: Int) -> String {
        "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>\(F.p(text))</w:tc>"
    }

    static func odtRow(_ texts: String...) -> String {
        "<table:table-row>" + texts.map { "<table:table-cell>\(F.tp($0))</table:table-cell>" }.joined()
            + "</table:table-row>"
    }

    static let rows = [
        ["Школа", "{%tc for y in years %}", "{{ y }}", "{%tc endfor %}"],
        ["{%tr for s in schools %}", "", "", ""],
        ["{{ s.name }}", "{%tc for m in s.marks %}", "{{ m }}", "{%tc endfor %}"],
        ["{%tr endfor %}", "", "", ""],
    ]
    static let expected = ["Школа", "2021", "2022", "2023", "СОШ № 3", "4", "5", "3", "Лицей № 1", "5", "5", "4"]

    @Test func docxColumnsRepeatAndShareTheirWidth() throws {
        let grid =
            "<w:tblGrid>" + [2000, 500, 3000, 500].map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        let table =
            "<w:tbl>" + grid
            + Self.rows.map {
                "<w:tr>" + zip($0, [2000, 500, 3000, 500]).map { Self.docxCell($0, width: $1) }.joined() + "</w:tr>"
            }.joined() + "</w:tbl>"
        let bytes = try F.docx(body: table + F.p(""))
        #expect(try Render.paragraphs(bytes, data: data).filter { !$0.isEmpty } == Self.expected)
        let xml = try Render.part(bytes, data: data, part: "word/document.xml")
        #expect(
            xml.contains(
                "<w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"1333\"/><w:gridCol w:w=\"1333\"/><w:gridCol w:w=\"1333\"/></w:tblGrid>"
            ))
        #expect(xml.components(separatedBy: "<w:tcW w:w=\"1333\" w:type=\"dxa\"/>").count - 1 == 9)
        #expect(!xml.contains("pw-column"))
        if LibreOffice.testsEnabled {
            let output = try Template(bytes: bytes, label: "шаблон").render(data, options: .init(typography: nil))
            let text = try LibreOffice.text(ofDocument: output, named: "столбцы.docx")
            #expect(text.contains("2021") && text.contains("Лицей № 1"))
        }
    }

    @Test func odtColumnsRepeatAndTheTableGetsItsColumns() throws {
        let table =
            "<table:table><table:table-column table:number-columns-repeated=\"4\"/>"
            + Self.rows.map { Self.odtRow($0[0], $0[1], $0[2], $0[3]) }.joined() + "</table:table>"
        let bytes = try F.odt(body: table)
        #expect(try Render.paragraphs(bytes, data: data).filter { !$0.isEmpty } == Self.expected)
        let xml = try Render.part(bytes, data: data, part: "content.xml")
        #expect(xml.components(separatedBy: "<table:table-column/>").count - 1 == 4)
        #expect(!xml.contains("number-columns-repeated") && !xml.contains("pw-column"))
        if LibreOffice.testsEnabled {
            let output = try Template(bytes: bytes, label: "шаблон").render(data, options: .init(typography: nil))
            let text = try LibreOffice.text(ofDocument: output, named: "столбцы.odt")
            #expect(text.contains("2023") && text.contains("СОШ № 3"))
        }
    }

    @Test func odtRepeatedColumnsShareTheBlocksWidth() throws {
        let styles = zip(1...4, ["2cm", "0.5cm", "3cm", "0.5cm"]).map {
            "<style:style style:name=\"co\($0)\" style:family=\"table-column\">"
                + "<style:table-column-properties style:column-width=\"\($1)\"/></style:style>"
        }.joined()
        let table =
            "<table:table>" + (1...4).map { "<table:table-column table:style-name=\"co\($0)\"/>" }.joined()
            + Self.rows.map { Self.odtRow($0[0], $0[1], $0[2], $0[3]) }.joined() + "</table:table>"
        let bytes = try PackageEdit.replacing(
            "<office:body>", with: "<office:automatic-styles>\(styles)</office:automatic-styles><office:body>",
            in: "content.xml", of: try F.odt(body: table))
        let xml = try Render.part(bytes, data: data, part: "content.xml")
        #expect(
            xml.contains(
                "<table:table-column table:style-name=\"co1\"/><table:table-column table:style-name=\"co3.pw1\"/>"))
        #expect(xml.components(separatedBy: "table:style-name=\"co3.pw1\"").count - 1 == 3)
        #expect(
            xml.contains(
                "style:name=\"co3.pw1\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"1.333cm\"/>"
            ))
    }

    @Test(arguments: Format.allCases) func columnTagsOutsideOneRowAreAnError(format: Format) throws {
        let table = format.table([[["{%tc for y in years %}"], ["{{ y }}"]], [["{%tc endfor %}"], [""]]])
        let problems = try Render.problems(try format.document([table]), data: data)
        #expect(problems.map(\.code) == [.invalidScope])
        #expect(problems.first?.message.contains("каждый в своей ячейке одной строки таблицы") == true)
    }
}
