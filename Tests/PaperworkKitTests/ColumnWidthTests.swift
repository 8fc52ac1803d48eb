import Foundation
import OfficePackage
import TestSupport
import Testing

@testable import PaperworkKit
@testable import TemplateEngine

/// The rating's columns sized by what they hold (`paperwork.columns` = `content` in the shipped
/// rating and справка): a methodology whose levels have long names still prints each level on one
/// line, in Word's and LibreOffice's format alike, while the table keeps its width.
@Suite(.enabled(if: LibreOffice.testsEnabled, "LibreOffice (soffice) не установлен; в CI этот тест обязателен"))
struct ColumnWidthTests {
    static let levels = ["уровень значительно выше среднего", "средний уровень", "уровень ниже среднего"]

    /// The shipped rating filled with `schools` schools whose levels are ``levels``.
    static func data(schools: Int) -> TemplateValue {
        let rows = (1...schools).map { index -> TemplateValue in
            .object([
                ("place", .string("\(index)")),
                ("name", .string("МБОУ «Средняя общеобразовательная школа № \(index)»")),
                ("total", .string("\(60 - index)")), ("level", .string(levels[index % levels.count])),
            ])
        }
        return .object([
            ("issuer", .string("ОТДЕЛ ОБРАЗОВАНИЯ")), ("title", .string("Рейтинг")), ("max", .string("60")),
            ("count", .number(Double(schools))), ("mean", .string("50,0")), ("schools", .list(rows)),
            (
                "levels",
                .list(
                    levels.map { .object([("name", .string($0)), ("count", .number(1)), ("share", .string("1 %"))]) })
            ),
            ("signature", .object([("title", .string("Начальник")), ("name", .string("И.С. Ковалёва"))])),
            ("date_text", .string("20.11.2023")),
        ])
    }

    @Test(arguments: ["rating.docx", "rating.odt"])
    func everyLevelStaysOnOneLine(_ name: String) throws {
        let template = try TemplateLocator.template(name).compile(filters: Filters.all)
        #expect(template.settings.columnsFromContent)
        let folder = try Paths.temporaryFolder()
        let file = folder.appendingPathComponent("d.\(URL(fileURLWithPath: name).pathExtension)")
        try Data(try template.render(Self.data(schools: 6))).write(to: file)
        let pdf = try #require(try LibreOffice.convert([file.path], to: "pdf").first)
        let text = try Command.run("/usr/bin/pdftotext", ["-layout", pdf, "-"]).stdout
            .replacingOccurrences(of: "\u{A0}", with: " ")
        for level in Self.levels {
            #expect(
                text.split(separator: "\n").filter { $0.hasSuffix(level) }.count == 2,
                "\(name): «\(level)» разорван между строками:\n\(text)")
        }
    }

    /// Without content the widths keep the template's proportions; a column never gets less than
    /// its longest word; the total stays.
    @Test func widthsShareTheTotal() {
        var widths = ColumnWidths(columns: 3)
        widths.measure("1", column: 0)
        widths.measure("МБОУ «Средняя школа № 1»", column: 1)
        widths.measure("достаточный уровень", column: 2)
        let fitted = widths.widths(sharing: [100, 200, 100])
        #expect(abs(fitted.reduce(0, +) - 400) < 0.001)
        #expect(fitted[0] < fitted[2] && fitted[2] < fitted[1])
        #expect(fitted[2] >= Double("достаточный уровень".count) * ColumnWidths.character)
    }
}
