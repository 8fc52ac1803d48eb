import Foundation
import TestSupport
import Testing

/// `check` and `render` take the same templates: word-processing DOCX/ODT documents and
/// templates (`.dotx`, `.ott`); a workbook or a macro-enabled document is refused by both, with
/// exit 65 and the reason in Russian. A template renders to a document.
@Suite struct TemplateKindCommandTests {
    static let data = Paths.fixture("templates/sample-data.yaml")
    static let workbook = Paths.root.appendingPathComponent("Examples/results/vpr-objectivity-2023.xlsx").path
    static let documentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

    static func sampleDocx(changingTypeTo type: String, as name: String, in folder: URL) throws -> String {
        let docx = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Paths.fixture("templates/sample.docx"))))
        let path = folder.appendingPathComponent(name).path
        try Data(try PackageEdit.replacing(documentType, with: type, in: "[Content_Types].xml", of: docx)).write(
            to: URL(fileURLWithPath: path))
        return path
    }

    /// `render` writes, so its errors say that nothing was written; `check` only reads.
    static func heading(_ arguments: [String]) -> String {
        arguments.first == "render" ? "ошибка (ничего не записано): " : "ошибка: "
    }

    @Test func checkAndRenderRefuseAWorkbook() throws {
        let folder = try Paths.temporaryFolder()
        let output = folder.appendingPathComponent("out.docx").path
        for arguments in [
            ["check", Self.workbook], ["check", Self.workbook, Self.data],
            ["render", Self.workbook, Self.data, "-o", output],
        ] {
            let result = try Command.paperwork(arguments)
            #expect(result.status == 65, "\(arguments): \(result.stderr)")
            #expect(
                result.stderr.hasPrefix(
                    Self.heading(arguments) + "vpr-objectivity-2023.xlsx: package_unknown_format: "
                        + "это книга Excel, а не документ Word"),
                "\(arguments): \(result.stderr)")
            #expect(!result.stdout.contains("Ошибок нет"))
            #expect(!result.stdout.contains("Данные подходят"))
        }
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test(arguments: [
        ("отчёт.docm", "application/vnd.ms-word.document.macroEnabled.main+xml"),
        ("бланк.dotm", "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"),
    ])
    func checkAndRenderRefuseMacros(name: String, type: String) throws {
        let folder = try Paths.temporaryFolder()
        let template = try Self.sampleDocx(changingTypeTo: type, as: name, in: folder)
        let output = folder.appendingPathComponent("out.docx").path
        for arguments in [["check", template], ["render", template, Self.data, "-o", output]] {
            let result = try Command.paperwork(arguments)
            #expect(result.status == 65, "\(arguments): \(result.stderr)")
            #expect(
                result.stderr.hasPrefix(
                    Self.heading(arguments) + "\(name): word/document.xml: package_macro_enabled: "
                        + "документ с макросами"),
                "\(arguments): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func dotxRendersToADocx() throws {
        let folder = try Paths.temporaryFolder()
        let template = try Self.sampleDocx(
            changingTypeTo: "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
            as: "приказ.dotx", in: folder)
        let output = folder.appendingPathComponent("приказ.docx").path
        let result = try Command.paperwork(["render", template, Self.data, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let written = [UInt8](try Data(contentsOf: URL(fileURLWithPath: output)))
        let types = try PackageEdit.text(of: "[Content_Types].xml", in: written)
        #expect(types.contains("ContentType=\"\(Self.documentType)\""))
        #expect(!types.contains("template.main+xml"))
        let sameKind = try Command.paperwork([
            "render", template, Self.data, "-o", folder.appendingPathComponent("x.dotx").path,
        ])
        #expect(sameKind.status == 64)
        #expect(sameKind.stderr.contains("результат должен быть файлом .docx, .odt (в формате шаблона) или .pdf"))
        let otherFormat = try Command.paperwork([
            "render", template, Self.data, "-o", folder.appendingPathComponent("x.odt").path,
        ])
        #expect(otherFormat.status == 64)
        #expect(
            otherFormat.stderr == "ошибка (ничего не записано): приказ.dotx: usage_output_format: результат шаблона "
                + "«приказ.dotx» можно записать только как .docx (формат шаблона) или .pdf, а не .odt\n")
    }
}

/// `repack` of a template into a document writes the document's content type, as `render` does.
@Suite struct RepackTemplateTests {
    @Test func dotxRepackedAsDocxIsADocument() throws {
        let folder = try Paths.temporaryFolder()
        let template = try TemplateKindCommandTests.sampleDocx(
            changingTypeTo: "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
            as: "бланк.dotx", in: folder)
        let output = folder.appendingPathComponent("бланк.docx").path
        let result = try Command.paperwork(["repack", template, output])
        #expect(result.status == 0, "\(result.stderr)")
        let types = try PackageEdit.text(
            of: "[Content_Types].xml", in: [UInt8](try Data(contentsOf: URL(fileURLWithPath: output))))
        #expect(types.contains("ContentType=\"\(TemplateKindCommandTests.documentType)\""))
        #expect(!types.contains("template.main+xml"))
    }
}
