import Foundation
import TemplateEngine
import TestSupport
import Testing
import ZipArchive

/// Sub-documents that cannot go in fail at their tag, in Russian, naming the file.
@Suite struct SubDocumentProblemTests {
    typealias S = SubDocumentFixture
    static let tag = "{{p subdoc(\"приложение.docx\") }}"

    private func message(_ files: [String: [UInt8]], tag: String = tag) throws -> String {
        let problems = try S.problems(tag: tag, files: files)
        #expect(problems.count == 1)
        #expect(problems.first?.code == .filterFailed)
        #expect(problems.first?.location.tag == tag)
        #expect(problems.first?.location.paragraph == 3)
        return problems.first?.message ?? ""
    }

    @Test func anODTIntoADOCXIsRefused() throws {
        let text = try message(["приложение.docx": try S.appendix("odt")])
        #expect(text.contains("«приложение.docx» — документ ODT (LibreOffice), а шаблон — DOCX (Word)"))
    }

    @Test func aMissingFileIsNamed() throws {
        #expect(try message([:]).contains("subdoc: файла «приложение.docx» нет"))
    }

    @Test func notADocument() throws {
        #expect(try message(["приложение.docx": Array("просто текст".utf8)]).contains("subdoc: «приложение.docx» — "))
    }

    /// A part that inflates 40 MB of spaces from a few kilobytes.
    @Test func aZipBombIsRefusedUnread() throws {
        let writer = try ZipWriter(label: "bomb")
        let base = try ZipReader(bytes: try DocumentFixture.docx(body: DocumentFixture.p("x")), label: "base")
        for entry in base.entries where entry.name != "word/document.xml" { try writer.copy(entry, from: base) }
        try writer.add("word/document.xml", bytes: [UInt8](repeating: 0x20, count: 40 << 20))
        let text = try message(["приложение.docx": try writer.finish()])
        #expect(text.hasPrefix("subdoc: «приложение.docx» — "))
    }

    @Test func xmlEntitiesAreRefused() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>\
            <w:document xmlns:w="\(DocumentFixture.w)"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>
            """
        let text = try message(["приложение.docx": try S.docx(documentXML: Array(xml.utf8))])
        #expect(text.hasPrefix("subdoc: «приложение.docx» — "))
        #expect(!text.contains("root:"))
    }

    /// A sub-document that includes itself (or holds any tag) would be a template: refused.
    @Test func aSubDocumentThatIncludesItselfIsRefused() throws {
        let itself = try S.template("docx", tag: Self.tag)
        #expect(try message(["приложение.docx": itself]).contains("сам содержит теги шаблона («{{»)"))
    }

    @Test func aHugeFileIsRefused() throws {
        let huge = [UInt8](repeating: 0, count: SubDocument.maximumBytes + 1)
        let text = try message(["приложение.docx": huge])
        #expect(text.contains("слишком велик") || text.contains("больше 20 МБ"))
    }

    @Test func aDocumentFromTheDataAsBase64() throws {
        let base64 = Data(try S.appendix("docx")).base64EncodedString()
        let template = try S.template("docx", tag: "{{p subdoc(appendix) }}")
        let rendered = try Template(bytes: template, label: "приказ.docx").render(
            .object([("appendix", .string(base64))]), options: .init(typography: nil))
        #expect(try PackageEdit.text(of: "word/document.xml", in: rendered).contains("второй пункт приложения"))
    }
}
