import Foundation
import OfficePackage
import PaperworkKit
import TemplateEngine
import TestSupport
import Testing

/// The shipped templates, written by LibreOffice, rendered with the example data.
@Suite struct TemplateDocumentTests {
    static let data = Paths.fixture("templates/sample-data.yaml")

    static func render(_ template: String) throws -> [UInt8] {
        try Template(path: Paths.fixture("templates/" + template), filters: Filters.all).render(
            try DataFile.load(path: data))
    }

    @Test(arguments: ["sample.docx", "sample.odt"])
    func matchesTheGoldenFiles(template: String) throws {
        let differences = try Golden.compare(
            try Self.render(template), name: template.replacingOccurrences(of: ".", with: "-"))
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }
}

/// LibreOffice opens what the engine writes and reads exactly the expected lines.
@Suite(.enabled(if: LibreOffice.testsEnabled, "LibreOffice (soffice) не установлен; в CI этот тест обязателен"))
struct LibreOfficeRenderingTests {
    static let expectedOrder = [
        "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ЛЫСОГОРСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", "", "ПРИКАЗ", "",
        "23.03.2022\t\t\t\t\t\t\t№ 57", "р.п. Лысые Горы",
        "Об утверждении плана мероприятий по повышению объективности оценки образовательных результатов",
        "В соответствии с методическими рекомендациями Рособрнадзора от 16 марта 2018 года № 05-71 & письмом ГАУ СО «РЦОКО» <2022>",
        "ПРИКАЗЫВАЮ:", "1. Утвердить план мероприятий (приложение).",
        "2. Заместителю начальника управления образования Савкиной Л.В. довести план до сведения руководителей ОО.",
        "3. Контроль за исполнением приказа оставляю за собой.", "",
        "Начальник управления образования\t\t\t\tЕ.Б. Мирошниченко",
        "Приложение к приказу от 23 марта 2022 г. № 57",
        "№ п/п", "Мероприятия", "Сроки", "Ответственные",
        "1", "Организация вебинаров", "в течение учебного года", "управление образования",
        "2", "Обеспечение общественного наблюдения", "на оценочных процедурах", "по графику", "руководители ОО 😀",
    ]

    @Test func shippedTemplatesRenderToTheExpectedLines() throws {
        let folder = try Paths.temporaryFolder()
        var files: [String] = []
        for template in ["sample.docx", "sample.odt"] {
            let path = folder.appendingPathComponent(
                "rendered-\(template.replacingOccurrences(of: ".", with: "-")).\(template.split(separator: ".").last ?? "")"
            ).path
            try Data(try TemplateDocumentTests.render(template)).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        for (file, text) in zip(files, try LibreOffice.text(of: files)) {
            // The values are set in type: no-break spaces and hyphens where a line must not break.
            #expect(text.contains("№\u{A0}05\u{2011}71") && text.contains("Е.Б.\u{A0}Мирошниченко"), "\(file)")
            let lines = text.replacingOccurrences(of: "\u{FEFF}", with: "").replacingOccurrences(
                of: "\u{A0}", with: " "
            )
            .replacingOccurrences(of: "\u{2011}", with: "-").components(separatedBy: "\n")
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\r")) }
            #expect(Array(lines.prefix(Self.expectedOrder.count)) == Self.expectedOrder, "\(file)")
            #expect(
                lines.dropFirst(Self.expectedOrder.count).allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
            )
        }
    }

    /// A DOCX written the way Word writes it: tags cut by rsid runs, spell-check marks, _GoBack,
    /// formatting changes; rendered with hostile data; LibreOffice opens it and reads every line.
    @Test func wordStyleDocxWithHostileDataOpens() throws {
        typealias F = DocumentFixture
        let cut =
            "<w:r w:rsidR=\"00B2\"><w:t>{{ sch</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r w:rsidR=\"00C3\"><w:rPr><w:b/></w:rPr><w:t>ool.na</w:t></w:r><w:proofErr w:type=\"spellEnd\"/><w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/><w:r><w:t>me }}</w:t></w:r>"
        let body =
            "<w:p>\(cut)</w:p>" + F.p("{% for n in notes %}") + F.p("{{ loop.index }}. {{ n }}") + F.p("{% endfor %}")
            + "<w:tbl><w:tr><w:tc>\(F.p("{% for n in notes %}{{ loop.index }}"))</w:tc><w:tc>\(F.p("{{ n }}{% endfor %}"))</w:tc></w:tr></w:tbl>"
            + F.p("конец")
        let template = try Template(bytes: try F.docx(body: body), label: "word.docx")
        let notes: [TemplateValue] = ["A & B < C > \"D\" 'E'", "«ёлочки»\u{1}\u{1F} 😀 № 3", "строка\nперенос\tтаб"].map
        { .string($0) }
        let output = try template.render(
            .object([
                ("school", .object([("name", .string("МБОУ «СОШ № 3» & <филиал>"))])),
                ("notes", .list(notes)),
            ]), options: .init(typography: nil))
        let path = try Paths.temporaryFolder().appendingPathComponent("word-style.docx").path
        try Data(output).write(to: URL(fileURLWithPath: path))
        let lines = try LibreOffice.text(of: [path])[0].replacingOccurrences(of: "\u{FEFF}", with: "")
            .components(separatedBy: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\r")) }
        #expect(
            Array(lines.prefix(12)) == [
                "МБОУ «СОШ № 3» & <филиал>", "1. A & B < C > \"D\" 'E'", "2. «ёлочки» 😀 № 3", "3. строка",
                "перенос\tтаб",
                "1", "A & B < C > \"D\" 'E'", "2", "«ёлочки» 😀 № 3", "3", "строка", "перенос\tтаб",
            ])
    }
}
