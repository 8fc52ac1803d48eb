import Foundation
import OfficePackage
import TestSupport
import Testing
import ZipArchive

/// Only word-processing documents open: a workbook, a presentation or another OpenDocument kind
/// is named for what it is, and a macro-enabled document is refused, whatever the file is called.
/// Codes are compared as text: they are stable.
@Suite struct PackageKindTests {
    static let documentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

    static func sampleDocx() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: Paths.fixture("templates/sample.docx"))))
    }

    /// A minimal OOXML package whose main part has `contentType`.
    static func ooxml(main: String, contentType: String) throws -> [UInt8] {
        let writer = try ZipWriter(label: "fixture")
        try writer.add(
            "[Content_Types].xml",
            bytes: Array(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/\(main)" ContentType="\(contentType)"/></Types>
                """.utf8))
        try writer.add(
            "_rels/.rels",
            bytes: Array(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="\(main)"/></Relationships>
                """.utf8))
        try writer.add(main, bytes: Array("<?xml version=\"1.0\"?><root/>".utf8))
        return try writer.finish()
    }

    static func openingError(_ bytes: [UInt8], label: String) -> OfficeError? {
        #expect(throws: OfficeError.self) { try OfficeDocument(bytes: bytes, label: label) }
    }

    @Test func excelWorkbookIsNotADocument() throws {
        let bytes = try Self.ooxml(
            main: "xl/workbook.xml",
            contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
        let error = try #require(Self.openingError(bytes, label: "результаты.xlsx"))
        #expect(error.code.rawValue == "package_unknown_format")
        #expect(error.message.hasPrefix("это книга Excel, а не документ Word"))
        #expect(error.message.contains(".docx или .odt"))
        #expect(error.description.hasPrefix("результаты.xlsx: package_unknown_format: это книга Excel"))
    }

    @Test func realWorkbookFromTheExamplesIsNotADocument() throws {
        let error = #expect(throws: OfficeError.self) {
            try OfficeDocument(
                path: Paths.root.appendingPathComponent("Examples/results/vpr-objectivity-2023.xlsx").path)
        }
        #expect(error?.message.hasPrefix("это книга Excel") == true)
    }

    @Test func presentationIsNotADocument() throws {
        let bytes = try Self.ooxml(
            main: "ppt/presentation.xml",
            contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml")
        let error = try #require(Self.openingError(bytes, label: "слайды.pptx"))
        #expect(error.code.rawValue == "package_unknown_format")
        #expect(error.message.hasPrefix("это презентация PowerPoint, а не документ Word"))
    }

    @Test func mainPartOfAnUnknownKindIsNotADocument() throws {
        let bytes = try Self.ooxml(main: "word/document.xml", contentType: "application/xml")
        let error = try #require(Self.openingError(bytes, label: "странный.docx"))
        #expect(error.code.rawValue == "package_unknown_format")
        #expect(error.part == "word/document.xml")
    }

    @Test func calcSpreadsheetIsNotADocument() throws {
        let odt = try DocumentFixture.odt(body: DocumentFixture.tp("текст"))
        let ods = try PackageEdit.replacing(
            "opendocument.text", with: "opendocument.spreadsheet", in: "mimetype", of: odt)
        let error = try #require(Self.openingError(ods, label: "таблица.ods"))
        #expect(error.code.rawValue == "package_unknown_format")
        #expect(error.message.hasPrefix("это таблица LibreOffice Calc, а не текстовый документ"))
    }

    @Test(arguments: [
        ("отчёт.docm", "application/vnd.ms-word.document.macroEnabled.main+xml"),
        ("бланк.dotm", "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"),
        ("переименован.docx", "application/vnd.ms-word.document.macroEnabled.main+xml"),
    ])
    func macroEnabledDocumentIsRefused(label: String, contentType: String) throws {
        let bytes = try PackageEdit.replacing(
            Self.documentType, with: contentType, in: "[Content_Types].xml", of: Self.sampleDocx())
        let error = try #require(Self.openingError(bytes, label: label))
        #expect(error.code.rawValue == "package_macro_enabled")
        #expect(error.message.hasPrefix("документ с макросами"))
        #expect(error.message.contains("«Документ Word (.docx)»"))
        #expect(error.part == "word/document.xml")
    }

    @Test func wordTemplateOpensAsADocx() throws {
        let bytes = try PackageEdit.replacing(
            Self.documentType, with: "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
            in: "[Content_Types].xml", of: Self.sampleDocx())
        let document = try OfficeDocument(bytes: bytes, label: "бланк.dotx")
        #expect(document.format == .docx)
    }
}
