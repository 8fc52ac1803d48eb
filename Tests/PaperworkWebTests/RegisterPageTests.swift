import Foundation
import HummingbirdTesting
import PaperworkKit
import Store
import TestSupport
import Testing

@testable import PaperworkWeb

/// «Журнал»: a draft is registered from its form (number and date from the register, files kept
/// as issued with their SHA-256), frozen from then on, amended by a new linked order, cancelled by
/// another registered order; the register is searched and exported as XLSX and a DOCX journal.
@Suite struct RegisterPageTests {
    /// The order form's fields without a number or date: the register gives them.
    static var fields: [(String, String)] {
        OrderPageTests.fields.filter { $0.0 != "number" && $0.0 != "date" }
            .filter { !$0.0.hasPrefix("app.") && $0.0 != "appendix_count" } + [("appendix_count", "0")]
    }

    static func location(_ response: TestResponse) throws -> String { try #require(response.headers[.location]) }

    @Test func aDraftIsRegisteredFrozenAmendedCancelledSearchedAndExported() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            _ = try await web.send(client, .get, "/orders/new")
            let saved = try await web.post(client, "/orders/new", fields: Self.fields + [("action", "save")])
            let draftPath = try Self.location(saved)
            let form = String(buffer: try await web.send(client, .get, draftPath).body)
            #expect(form.contains("Зарегистрировать") && form.contains("по основной деятельности (например, № 1-од)"))
            #expect(form.contains("Ошибок нет"))

            let registered = try await web.post(client, draftPath + "/register", fields: Self.fields)
            #expect(registered.status == .seeOther)
            let entryPath = try Self.location(registered)
            #expect(entryPath.hasPrefix("/register/"))
            let today = RussianDate.of().formatted(.numeric)
            let page = String(buffer: try await web.send(client, .get, entryPath).body)
            #expect(page.contains("Приказ № 1-од от \(today)"))
            #expect(page.contains("зарегистрирован"))

            // Each file downloads as kept, and its hash is the one the page shows.
            let entry = try #require(
                try await web.store.registerEntry(id: String(entryPath.dropFirst("/register/".count))))
            let files = try await web.store.registeredFiles(of: entry.id)
            #expect(files.map(\.format) == ["docx", "odt", "pdf"])
            for file in files {
                #expect(page.contains(file.sha256))
                let download = try await web.send(client, .get, "\(entryPath)/files/\(file.format)")
                #expect(Store.sha256(Array(download.body.readableBytesView)) == file.sha256)
            }
            let docx = try await web.send(client, .get, "\(entryPath)/files/docx")
            let text = try OrderPageTests.text(Array(docx.body.readableBytesView), name: "приказ.docx")
            #expect(text.contains("№ 1-од") && text.contains(today))

            // Registered, the draft is frozen: its page and its form go to the register.
            let reopened = try await web.send(client, .get, draftPath)
            #expect(reopened.status == .seeOther && reopened.headers[.location] == entryPath)
            let edit = try await web.post(client, draftPath, fields: Self.fields + [("action", "save")])
            #expect(edit.headers[.location] == entryPath)
            let again = try await web.post(client, draftPath + "/register", fields: Self.fields)
            #expect(again.headers[.location] == entryPath)
            #expect(try await web.store.registerEntries().count == 1)

            // A change is a new order, linked to the old one.
            let amend = try await web.post(client, entryPath + "/amend", fields: [])
            let amendPath = try Self.location(amend)
            let amendForm = String(buffer: try await web.send(client, .get, amendPath).body)
            #expect(amendForm.contains("О внесении изменений в приказ от \(today) № 1-од"))
            let amendID = String(amendPath.dropFirst("/orders/".count))
            let amendFields =
                Self.fields.filter { $0.0 != "title" }
                + [("title", "О внесении изменений в приказ от \(today) № 1-од")]
            let second = try await web.post(client, amendPath + "/register", fields: amendFields)
            let secondPath = try Self.location(second)
            #expect(try await web.store.order(id: amendID)?.registeredAs != nil)
            let secondPage = String(buffer: try await web.send(client, .get, secondPath).body)
            #expect(secondPage.contains("Вносит изменения в приказ") && secondPage.contains("№ 1-од от \(today)"))
            let firstPage = String(buffer: try await web.send(client, .get, entryPath).body)
            #expect(firstPage.contains("Изменён приказом") && firstPage.contains("№ 2-од от \(today)"))

            // Cancelled by the second, the first keeps its number; it cannot be cancelled twice.
            let cancel = try await web.post(client, entryPath + "/cancel", fields: [("by", "2-од")])
            #expect(cancel.status == .seeOther)
            let cancelled = String(buffer: try await web.send(client, .get, entryPath).body)
            #expect(cancelled.contains("отменён приказом № 2-од от \(today)"))
            let twice = try await web.post(client, entryPath + "/cancel", fields: [("by", "2-од")])
            #expect(twice.status == .unprocessableContent)
            #expect(String(buffer: twice.body).contains("приказ № 1-од уже отменён"))
            let unknown = try await web.post(client, secondPath + "/cancel", fields: [("by", "99-од")])
            #expect(String(buffer: unknown.body).contains("в журнале нет приказа № 99-од"))

            // Search by words of the title, and by number.
            let found = String(
                buffer: try await web.send(client, .get, "/register?q=%D0%B2%D0%BD%D0%B5%D1%81%D0%B5%D0%BD%D0%B8%D0%B8")
                    .body)
            #expect(found.contains(">2-од<") && !found.contains(">1-од<"))
            // A browser's GET form sends a space as «+».
            let words = ["внесении", "изменений"].map {
                $0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            }
            let twoWords = String(
                buffer: try await web.send(client, .get, "/register?q=" + words.joined(separator: "+")).body)
            #expect(twoWords.contains(">2-од<") && !twoWords.contains(">1-од<"))
            let byNumber = String(buffer: try await web.send(client, .get, "/register?q=2-%D0%BE%D0%B4").body)
            #expect(byNumber.contains(">2-од<") && !byNumber.contains(">1-од<"))
            let byDates = String(
                buffer: try await web.send(client, .get, "/register?from=2000-01-01&to=2000-12-31").body)
            #expect(byDates.contains("Ничего не найдено"))

            // The year's register as XLSX (read back by the results reader) and as a DOCX journal.
            let year = RussianDate.of().year
            let xlsx = try await web.send(client, .get, "/register/export/journal.xlsx?year=\(year)")
            let table = try XLSXReader.read(bytes: Array(xlsx.body.readableBytesView), file: "журнал.xlsx")
            #expect(table.rows.first?.cells.prefix(3) == ["Номер", "Дата", "Заголовок к тексту"])
            #expect(table.rows.dropFirst().map { $0[0] } == ["1-од", "2-од"])
            let journal = try await web.send(client, .get, "/register/export/journal.docx?year=\(year)")
            let journalText = try OrderPageTests.text(Array(journal.body.readableBytesView), name: "журнал.docx")
            #expect(journalText.contains("ЖУРНАЛ РЕГИСТРАЦИИ ПРИКАЗОВ") && journalText.contains("за \(year) год"))
            #expect(journalText.contains("приказы по основной деятельности"))
            let other = try await web.send(
                client, .get, "/register/export/journal.xlsx?year=\(year)&series=%D0%BB%D1%81")
            let empty = try XLSXReader.read(bytes: Array(other.body.readableBytesView), file: "журнал.xlsx")
            #expect(empty.rows.count == 1, "the other series has no orders: the header row only")
            #expect(journalText.contains("отменён приказом № 2-од"))
        }
    }

    @Test func aDraftWithProblemsIsNotRegisteredAndUsesNoNumber() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            _ = try await web.send(client, .get, "/orders/new")
            let saved = try await web.post(client, "/orders/new", fields: Self.fields + [("action", "save")])
            let draftPath = try Self.location(saved)
            let broken = Self.fields.filter { $0.0 != "title" && $0.0 != "signatory" }
            let refused = try await web.post(client, draftPath + "/register", fields: broken)
            #expect(refused.status == .unprocessableContent)
            #expect(String(buffer: refused.body).contains("Найдено ошибок"))
            #expect(try await web.store.registerEntries().isEmpty)
            let registered = try await web.post(client, draftPath + "/register", fields: Self.fields)
            let entry = try #require(
                try await web.store.registerEntry(
                    id: String(try Self.location(registered).dropFirst("/register/".count))))
            #expect(entry.number == "1-од")
        }
    }

    @Test func onlyTheClerkOrTheAdministratorRegistersAndCancels() async throws {
        try await RoleTests.signedIn(.methodist) { web, client in
            for path in ["/orders/any/register", "/register/any/cancel", "/register/any/amend"] {
                try await RoleTests.expectForbidden(web, client, path, needs: "«делопроизводитель»")
            }
            #expect(try await web.send(client, .get, "/register").status == .ok)
        }
    }
}

/// The results order of a monitoring's documents takes its number from the register when asked:
/// the set holds the very files the register keeps.
extension RegisterPageTests {
    @Test func theResultsOrderOfADocumentSetIsRegisteredWhenAsked() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            let id = try await MonitoringPathTests.createExample(web, client)
            let rating = String(buffer: try await web.send(client, .get, "/monitorings/\(id)").body)
            #expect(rating.contains("Зарегистрировать приказ об итогах в журнале"))
            let setID = try await web.makeDocuments(
                client, monitoring: id, fields: [("format", "docx"), ("register_order", "on")])
            let entries = try await web.store.registerEntries()
            #expect(entries.map(\.number) == ["1-од"])
            #expect(entries.first?.title.hasPrefix("Об итогах мониторинга объективности") == true)
            let kept = try #require(try await web.store.registeredFile(of: entries[0].id, format: "docx"))
            let names = try await web.store.documentFileNames(id: setID)
            let position = try #require(names.firstIndex(of: kept.name))
            let inSet = try await web.store.documentFile(id: setID, position: position)
            #expect(inSet.map { [UInt8]($0.bytes) } == kept.bytes)
            let text = try OrderPageTests.text(kept.bytes, name: kept.name)
            #expect(text.contains("№ 1-од"))

            // Without the box the set leaves the register alone.
            let plain = try await web.post(client, "/monitorings/\(id)/documents", fields: [("format", "docx")])
            #expect(plain.status == .seeOther)
            #expect(try await web.store.registerEntries().count == 1)
        }
    }
}

/// A printed registered order is checked against the register by its QR code: the code, read from
/// the PDF LibreOffice makes of the registered file, names the order and the hash of its text.
extension RegisterPageTests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/zbarimg")))
    func aPrintedOrderIsCheckedByItsQRCode() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            let id = try await MonitoringPathTests.createExample(web, client)
            _ = try await web.post(
                client, "/monitorings/\(id)/documents", fields: [("format", "docx"), ("register_order", "on")])
            var entries: [RegisterEntry] = []
            for _ in 0..<600 where entries.isEmpty {
                try await Task.sleep(for: .milliseconds(200))
                entries = try await web.store.registerEntries()
            }
            let entry = try #require(entries.first)
            let kept = try #require(try await web.store.registeredFile(of: entry.id, format: "docx"))
            let folder = try Paths.temporaryFolder()
            let docx = folder.appendingPathComponent("приказ.docx")
            try Data(kept.bytes).write(to: docx)
            let pdf = try #require(try LibreOffice.convert([docx.path], to: "pdf").first)
            let page = folder.appendingPathComponent("страница").path
            #expect(
                try Command.run(
                    "/usr/bin/pdftoppm", ["-r", "300", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, page]
                ).status == 0)
            let code = try Command.run("/usr/bin/zbarimg", ["-q", "--raw", page + ".png"]).stdout
            #expect(code.contains("Приказ от \(RussianDate.of().formatted(.numeric)) № 1-од"))
            #expect(code.contains("SHA-256 " + Store.sha256(Array(entry.yaml.utf8))))

            func check(_ text: String) async throws -> String {
                let query = text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                return String(buffer: try await web.send(client, .get, "/register/check?code=\(query)").body)
            }
            #expect(try await check(code).contains("Копия соответствует журналу"))
            let altered = code.replacingOccurrences(of: "SHA-256 ", with: "SHA-256 0")
            #expect(try await check(altered).contains("текст копии не тот, что зарегистрирован"))
            let unknown = code.replacingOccurrences(of: "№ 1-од", with: "№ 7-од")
            #expect(try await check(unknown).contains("в журнале нет приказа № 7-од"))
            #expect(try await check("просто текст").contains("не похож на QR-код приказа"))
        }
    }
}
