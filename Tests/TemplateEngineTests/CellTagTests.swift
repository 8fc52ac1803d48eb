import Foundation
import TemplateEngine
import TestSupport
import Testing

/// docxtpl's cell tags: `{% cellbg %}` shades a cell from a value, `{% colspan %}` spans columns,
/// `{% vm %}` merges a row loop's copies of a cell vertically, `{% hm %}` a column loop's horizontally.
@Suite struct CellTagTests {
    let data = Render.data([
        (
            "schools",
            .list([
                .object([
                    ("name", .string("СОШ № 3")), ("district", .string("Северный")), ("color", .string("#ffcc00")),
                ]),
                .object([("name", .string("ООШ № 7")), ("district", .string("Северный")), ("color", .string("C0FFC0"))]
                ),
                .object([
                    ("name", .string("Лицей № 1")), ("district", .string("Северный")), ("color", .string("FFCC00")),
                ]),
            ])
        ),
        ("years", .list([.number(2021), .number(2022), .number(2023)])),
    ])

    func table(_ format: Format) -> String {
        format.table([
            [["{%tc for y in years %}"], ["Годы{% hm %}"], ["{%tc endfor %}"], ["Итого"]],
            [["{%tr for s in schools %}"], [""], [""], [""]],
            [["{{ s.district }}{% vm %}"], ["{{ s.name }}{% cellbg s.color %}"], ["—"], ["—"]],
            [["{%tr endfor %}"], [""], [""], [""]],
            [["{% colspan 3 %}Всего"], ["3"]],
        ])
    }

    @Test func docxCellTags() throws {
        let bytes = try Format.docx.document([table(.docx), Format.docx.paragraph("")])
        let xml = try Render.part(bytes, data: data, part: "word/document.xml")
        #expect(xml.components(separatedBy: "<w:gridSpan w:val=\"3\"/>").count - 1 == 2)
        #expect(xml.contains("<w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr>"))
        #expect(xml.components(separatedBy: "<w:vMerge w:val=\"restart\"/>").count - 1 == 1)
        #expect(xml.components(separatedBy: "<w:vMerge/>").count - 1 == 2)
        #expect(
            xml.components(separatedBy: "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFCC00\"/>").count - 1 == 2)
        #expect(xml.contains("w:fill=\"C0FFC0\"") && !xml.contains("pw-cell"))
        let texts = try Render.paragraphs(bytes, data: data).filter { !$0.isEmpty }
        #expect(
            texts == [
                "Годы", "Итого", "Северный", "СОШ № 3", "—", "—", "ООШ № 7", "—", "—", "Лицей № 1", "—", "—", "Всего",
                "3",
            ])
        try opensInLibreOffice(bytes, name: "ячейки.docx")
    }

    @Test func odtCellTags() throws {
        let bytes = try Format.odt.document([table(.odt)])
        let xml = try Render.part(bytes, data: data, part: "content.xml")
        #expect(xml.contains("table:number-columns-spanned=\"3\""))
        #expect(xml.components(separatedBy: "table:number-columns-spanned=\"3\"").count - 1 == 2)
        #expect(xml.contains("table:number-rows-spanned=\"3\""))
        #expect(xml.components(separatedBy: "<table:covered-table-cell/>").count - 1 == 6)
        #expect(
            xml.contains(
                "<style:style style:family=\"table-cell\" style:name=\"pw.bgFFCC00\"><style:table-cell-properties fo:background-color=\"#ffcc00\"/></style:style>"
            ))
        #expect(xml.components(separatedBy: "table:style-name=\"pw.bgFFCC00\"").count - 1 == 2)
        #expect(!xml.contains("pw-cell"))
        try opensInLibreOffice(bytes, name: "ячейки.odt")
    }

    @Test(arguments: Format.allCases) func badValuesAreLocated(format: Format) throws {
        let table = format.table([[["{% cellbg 'красный' %}"], ["{% colspan 0 %}"]]])
        let problems = try Render.problems(try format.document([table]))
        #expect(problems.map(\.code) == [.filterFailed, .filterFailed])
        #expect(problems[0].message.hasPrefix("cellbg: «красный» — не цвет"))
        #expect(problems[1].message.hasPrefix("colspan: «0» — нужно целое число столбцов"))
    }

    private func opensInLibreOffice(_ bytes: [UInt8], name: String) throws {
        guard LibreOffice.testsEnabled else { return }
        let output = try Template(bytes: bytes, label: "шаблон").render(data, options: .init(typography: nil))
        let text = try LibreOffice.text(ofDocument: output, named: name)
        #expect(text.contains("Лицей № 1") && text.contains("Итого") && text.contains("Всего"), "\(text)")
    }
}
