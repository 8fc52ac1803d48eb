import Foundation
import HummingbirdTesting
import PaperworkKit
import Store
import TestSupport
import Testing

/// «Шаблоны»: a department's own template, checked, kept, used for its kind of document until the
/// shipped one is put back; a bad one is never used.
@Suite struct TemplateUseTests {
    static let marker = "Особая отметка отдела: шаблон «Сосновский» №\u{00A0}7"

    /// The shipped letter with a paragraph added at the top of its body (`extra`, raw WordprocessingML).
    static func editedLetter(_ extra: String) throws -> Data {
        let shipped = [UInt8](try TemplateLocator.template("letter.docx").bytes)
        let body = try PackageEdit.text(of: "word/document.xml", in: shipped)
        let open = try #require(body.range(of: "<w:body>"))
        return Data(
            try PackageEdit.replacing(
                String(body[open]), with: "<w:body>" + extra, in: "word/document.xml", of: shipped))
    }

    static func paragraph(_ text: String) -> String { "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>" }

    /// Makes the documents of monitoring `id` in DOCX and returns the first letter's paragraphs.
    static func firstLetter(_ web: WebFixture, _ client: any TestClientProtocol, monitoring id: String) async throws
        -> [String]
    {
        let setID = try await web.makeDocuments(client, monitoring: id)
        let names = try await web.store.documentFileNames(id: setID)
        let position = try #require(names.firstIndex { $0.hasPrefix("письма/") && $0.hasSuffix(".docx") })
        let letter = try #require(try await web.store.documentFile(id: setID, position: position))
        return try OfficeDocumentText.paragraphs([UInt8](letter.bytes))
    }

    @Test func anUploadedLetterTemplateWritesTheLettersUntilTheShippedOneIsRestored() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            let id = try await MonitoringPathTests.createExample(web, client)
            let edited = try Self.editedLetter(Self.paragraph(Self.marker))
            let upload = try await web.upload(
                client, "/templates", fields: [("kind", "letter")], files: ["template": ("письмо отдела.docx", edited)])
            #expect(upload.status == .seeOther)
            #expect(upload.headers[.location] == "/templates?taken=letter.docx")
            let stored = try #require(try await web.store.template(kind: "letter", format: "docx"))
            #expect(stored.fileName == "письмо отдела.docx" && stored.bytes == edited)
            #expect(stored.uploadedBy == "локальный пользователь")

            let page = String(buffer: try await web.send(client, .get, "/templates?taken=letter.docx").body)
            #expect(page.contains("Шаблон «письмо отдела.docx» принят"))
            #expect(page.contains("загрузил локальный пользователь"))
            #expect(page.contains("/templates/letter/docx/restore"))
            let download = try await web.send(client, .get, "/templates/letter.docx")
            #expect(Data(download.body.readableBytesView) == edited)
            let shipped = try await web.send(client, .get, "/templates/shipped/letter.docx")
            #expect(Data(shipped.body.readableBytesView) == (try TemplateLocator.template("letter.docx").bytes))

            #expect(try await Self.firstLetter(web, client, monitoring: id).contains(Self.marker))
            // The ODT letters still come from the shipped template: only Word's was replaced.
            #expect(try await web.store.template(kind: "letter", format: "odt") == nil)

            let restore = try await web.post(client, "/templates/letter/docx/restore", fields: [])
            #expect(restore.status == .seeOther)
            #expect(try await web.store.templates().isEmpty)
            let after = try await Self.firstLetter(web, client, monitoring: id)
            #expect(!after.contains(Self.marker))
            #expect(after.contains { $0.contains("Уважаем") })
        }
    }

    @Test func aBadTemplateIsRefusedWithEveryProblemAndNeverUsed() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            _ = try await MonitoringPathTests.createExample(web, client)
            _ = try await web.send(client, .get, "/templates")
            // A tag left open: the template's own problem, at its paragraph.
            let broken = try Self.editedLetter(Self.paragraph("{{school.name"))
            let first = try await web.upload(
                client, "/templates", fields: [("kind", "letter")], files: ["template": ("сломанное.docx", broken)])
            #expect(first.status == .unprocessableContent)
            let html = String(buffer: first.body)
            #expect(html.contains("Найдено ошибок") && html.contains("сломанное.docx") && html.contains("абзац 1"))
            // A value the monitoring does not have: found by filling the template with its data.
            let unknown = try Self.editedLetter(Self.paragraph("{{school.nickname}}"))
            let second = try await web.upload(
                client, "/templates", fields: [("kind", "letter")], files: ["template": ("чужое.docx", unknown)])
            #expect(second.status == .unprocessableContent)
            #expect(String(buffer: second.body).contains("чужое.docx"))
            // Not a document at all, and a file of another kind.
            let text = try await web.upload(
                client, "/templates", fields: [("kind", "letter")], files: ["template": ("письмо.txt", Data("x".utf8))])
            #expect(text.status == .unprocessableContent)
            #expect(String(buffer: text.body).contains("Word (.docx) или LibreOffice (.odt)"))
            let none = try await web.upload(client, "/templates", fields: [("kind", "letter")], files: [:])
            #expect(none.status == .unprocessableContent)
            #expect(try await web.store.templates().isEmpty)
            let page = String(buffer: try await web.send(client, .get, "/templates").body)
            #expect(!page.contains("шаблон отдела</strong>"))
        }
    }

    @Test(.enabled(if: LibreOffice.testsEnabled))
    func thePreviewIsTheLetterToTheFirstSchoolAsPDF() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            let before = try await web.send(client, .get, "/templates/letter/docx/preview")
            #expect(before.status == .badRequest)
            #expect(String(buffer: before.body).contains("мониторингов ещё нет"))
            _ = try await MonitoringPathTests.createExample(web, client)
            let edited = try Self.editedLetter(Self.paragraph(Self.marker))
            _ = try await web.upload(
                client, "/templates", fields: [("kind", "letter")], files: ["template": ("письмо.docx", edited)])
            let preview = try await web.send(client, .get, "/templates/letter/docx/preview")
            #expect(preview.status == .ok, "\(String(buffer: preview.body))")
            #expect(preview.headers[.contentType] == "application/pdf")
            #expect(preview.headers[.contentDisposition]?.hasPrefix("inline;") == true)
            let pdf = Data(preview.body.readableBytesView)
            #expect(pdf.starts(with: Data("%PDF".utf8)))
            let folder = try Paths.temporaryFolder()
            let file = folder.appendingPathComponent("образец.pdf")
            try pdf.write(to: file)
            let text = try Command.run("/usr/bin/pdftotext", ["-enc", "UTF-8", file.path, "-"]).stdout
            #expect(text.contains("Особая отметка отдела"))
            #expect(text.contains("Орлов") || text.contains("СОШ № 1"))
            #expect(try await web.send(client, .get, "/templates/letter/pdf/preview").status == .notFound)
        }
    }

    @Test func anODTTemplateIsTakenForItsOwnFormatAndATemplateOfAnotherKindIsRefused() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            _ = try await MonitoringPathTests.createExample(web, client)
            _ = try await web.send(client, .get, "/templates")
            // The letter's template offered as the rating's: the rating has no school to greet.
            let letter = try TemplateLocator.template("letter.odt").bytes
            let wrong = try await web.upload(
                client, "/templates", fields: [("kind", "rating")], files: ["template": ("рейтинг.odt", letter)])
            #expect(wrong.status == .unprocessableContent)
            #expect(String(buffer: wrong.body).contains("рейтинг.odt"))
            #expect(try await web.store.templates().isEmpty)
            // The справка's own template in LibreOffice's format replaces the ODT one only.
            let report = try TemplateLocator.template("report.odt").bytes
            let taken = try await web.upload(
                client, "/templates", fields: [("kind", "report")], files: ["template": ("справка.odt", report)])
            #expect(taken.status == .seeOther)
            #expect(try await web.store.templates().map(\.shippedName) == ["report.odt"])
        }
    }
}
