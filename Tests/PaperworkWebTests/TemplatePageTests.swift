import Foundation
import HummingbirdTesting
import PaperworkKit
import TestSupport
import Testing

/// «Шаблоны»: the shipped templates to download, by their names only, and a check of an edited one.
@Suite struct TemplatePageTests {
    @Test func templatesDownloadAndAnEditedOneIsChecked() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            let page = String(buffer: try await web.send(client, .get, "/templates").body)
            #expect(page.contains("/templates/letter.docx") && page.contains("/templates/order-landscape.odt"))
            let letter = try await web.send(client, .get, "/templates/letter.docx")
            #expect(letter.status == .ok)
            #expect(Array(letter.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
            #expect(try await web.send(client, .get, "/templates/..%2F..%2Fetc%2Fpasswd").status == .notFound)
            #expect(try await web.send(client, .get, "/templates/letter.txt").status == .notFound)

            let shipped = try TemplateLocator.template("letter.docx")
            let good = try await web.upload(
                client, "/templates/check", fields: [], files: ["template": ("письмо.docx", shipped.bytes)])
            #expect(good.status == .ok)
            #expect(String(buffer: good.body).contains("Шаблон «письмо.docx» в порядке"))
            let bad = try await web.upload(
                client, "/templates/check", fields: [], files: ["template": ("не шаблон.docx", Data("текст".utf8))])
            #expect(bad.status == .unprocessableContent)
            #expect(String(buffer: bad.body).contains("Найдено ошибок"))
        }
    }
}
