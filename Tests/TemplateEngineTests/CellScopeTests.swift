import Foundation
import OfficePackage
import TemplateEngine
import TestSupport
import Testing
import XMLTree

/// README scope 3 with each tag alone in its cell: `{% for %}` in one cell and `{% endfor %}` in
/// a later cell of the same row repeat the whole row (the tag cells stay, empty); `{% if %}` …
/// `{% endif %}` show or hide it.
@Suite struct CellScopeTests {
    typealias F = DocumentFixture
    static let plan: TemplateValue = .list([
        .object([("text", .string("Совещание «Итоги ВПР»")), ("due", .string("до 1 декабря"))]),
        .object([("text", .string("Семинар для учителей № 2")), ("due", .string("январь"))]),
    ])
    let data = Render.data([("plan", CellScopeTests.plan), ("show", .bool(true)), ("hide", .bool(false))])

    /// The text of every table cell of the rendered body, row by row.
    static func cells(_ bytes: [UInt8], data: TemplateValue) throws -> [[String]] {
        let output = try Template(bytes: bytes, label: "шаблон").render(data, options: .init(typography: nil))
        let document = try OfficeDocument(bytes: output, label: "результат")
        if document.format == .docx {
            let root = try document.xml("word/document.xml").root
            return root.descendants("tr", in: NS.w).map { row in
                row.elements("tc", in: NS.w).map { cell in
                    cell.elements("p", in: NS.w).map { $0.descendants("t", in: NS.w).map(\.text).joined() }.joined(
                        separator: "\n")
                }
            }
        }
        let root = try document.xml("content.xml").root
        return root.descendants("table-row", in: NS.table).map { row in
            row.elements("table-cell", in: NS.table).map { cell in
                cell.elements("p", in: NS.text).map(\.text).joined(separator: "\n")
            }
        }
    }

    static func docxRow(_ cells: String...) -> String {
        "<w:tr>" + cells.map { "<w:tc>\(F.p($0))</w:tc>" }.joined() + "</w:tr>"
    }

    static func odtRow(_ cells: String...) -> String {
        "<table:table-row>" + cells.map { "<table:table-cell>\(F.tp($0))</table:table-cell>" }.joined()
            + "</table:table-row>"
    }

    static let expectedLoop = [
        ["", "№", "Мероприятие", "Срок", ""],
        ["", "1", "Совещание «Итоги ВПР»", "до 1 декабря", ""],
        ["", "2", "Семинар для учителей № 2", "январь", ""],
        ["", "", "Итого", "", ""],
    ]

    @Test func loopTagsAloneInCellsRepeatTheRowDocx() throws {
        let table =
            "<w:tbl>" + Self.docxRow("", "№", "Мероприятие", "Срок", "")
            + Self.docxRow("{% for m in plan %}", "{{ loop.index }}", "{{ m.text }}", "{{ m.due }}", "{% endfor %}")
            + Self.docxRow("", "", "Итого", "", "") + "</w:tbl>"
        let bytes = try F.docx(body: table + F.p("После таблицы"))
        #expect(try Self.cells(bytes, data: data) == Self.expectedLoop)
    }

    @Test func loopTagsAloneInCellsRepeatTheRowOdt() throws {
        let table =
            "<table:table>" + Self.odtRow("", "№", "Мероприятие", "Срок", "")
            + Self.odtRow("{% for m in plan %}", "{{ loop.index }}", "{{ m.text }}", "{{ m.due }}", "{% endfor %}")
            + Self.odtRow("", "", "Итого", "", "") + "</table:table>"
        let bytes = try F.odt(body: table + F.tp("После таблицы"))
        #expect(try Self.cells(bytes, data: data) == Self.expectedLoop)
    }

    @Test func conditionTagsAloneInCellsShowOrHideTheRowDocx() throws {
        let table =
            "<w:tbl>" + Self.docxRow("{% if show %}", "видно", "{% endif %}")
            + Self.docxRow("{% if hide %}", "скрыто", "{% endif %}") + Self.docxRow("", "всегда", "") + "</w:tbl>"
        let bytes = try F.docx(body: table + F.p(""))
        #expect(try Self.cells(bytes, data: data) == [["", "видно", ""], ["", "всегда", ""]])
    }

    @Test func conditionTagsAloneInCellsShowOrHideTheRowOdt() throws {
        let table =
            "<table:table>" + Self.odtRow("{% if show %}", "видно", "{% endif %}")
            + Self.odtRow("{% if hide %}", "скрыто", "{% endif %}") + Self.odtRow("", "всегда", "") + "</table:table>"
        let bytes = try F.odt(body: table)
        #expect(try Self.cells(bytes, data: data) == [["", "видно", ""], ["", "всегда", ""]])
    }

    /// LibreOffice opens what the cell loops write, in both formats.
    @Test(.enabled(if: LibreOffice.testsEnabled, "LibreOffice (soffice) не установлен; в CI этот тест обязателен"))
    func libreOfficeReadsTheRepeatedRows() throws {
        let folder = try Paths.temporaryFolder()
        let docx = try F.docx(
            body: "<w:tbl>" + Self.docxRow("{% for m in plan %}", "{{ loop.index }}", "{{ m.text }}", "{% endfor %}")
                + "</w:tbl>" + F.p("Конец"))
        let odt = try F.odt(
            body: "<table:table table:name=\"План\"><table:table-column table:number-columns-repeated=\"4\"/>"
                + Self.odtRow("{% for m in plan %}", "{{ loop.index }}", "{{ m.text }}", "{% endfor %}")
                + "</table:table>" + F.tp("Конец"))
        var files: [String] = []
        for (name, bytes) in [("cells-docx.docx", docx), ("cells-odt.odt", odt)] {
            let path = folder.appendingPathComponent(name).path
            try Data(try Template(bytes: bytes, label: name).render(data, options: .init(typography: nil))).write(
                to: URL(fileURLWithPath: path))
            files.append(path)
        }
        for text in try LibreOffice.text(of: files) {
            let lines = text.replacingOccurrences(of: "\u{FEFF}", with: "").split(whereSeparator: \.isNewline).map(
                String.init)
            #expect(lines.contains("Совещание «Итоги ВПР»"), "\(lines)")
            #expect(lines.contains("Семинар для учителей № 2"), "\(lines)")
            #expect(lines.last == "Конец")
        }
    }

    /// Cells of two different rows are still not a scope.
    @Test func tagsAloneInCellsOfDifferentRowsAreAnError() throws {
        let table =
            "<w:tbl>" + Self.docxRow("{% for m in plan %}", "{{ m.text }}")
            + Self.docxRow("{{ m.due }}", "{% endfor %}") + "</w:tbl>"
        let problems = try Render.problems(try F.docx(body: table + F.p("")), data: data)
        #expect(problems.map(\.code) == [.invalidScope])
    }
}
