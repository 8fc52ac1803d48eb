import Foundation
import Hummingbird
import HummingbirdTesting
import PaperworkKit
import Store
import TestSupport
import Testing

/// The methodist's path on a real app and a real SQLite store: a monitoring from the example
/// files, its rating, a bad file with every problem shown, documents stored whole.
@Suite struct MonitoringPathTests {
    static func createExample(_ web: WebFixture, _ client: any TestClientProtocol) async throws -> String {
        let form = String(buffer: try await web.send(client, .get, "/monitorings/new").body)
        // The methodology the example department is written for is offered first.
        let first = try #require(form.range(of: "<option value=\""))
        #expect(form[first.upperBound...].hasPrefix("vpr-objectivity\""))
        let response = try await web.upload(
            client, "/monitorings/new", fields: [("methodology", "vpr-objectivity"), ("period", "2023")],
            files: [
                "results": ("vpr-objectivity-2023.xlsx", try WebFixture.example("results/vpr-objectivity-2023.xlsx"))
            ])
        #expect(response.status == .seeOther)
        let location = try #require(response.headers[.location])
        #expect(location.hasPrefix("/monitorings/"))
        return String(location.dropFirst("/monitorings/".count))
    }

    /// The example results (Windows-1251, as Excel saves them) with a word for a number in row 2
    /// («пять») and a negative count in row 3.
    static func badResults() throws -> Data {
        let bytes = [UInt8](try WebFixture.example("results/vpr-objectivity-2023.csv"))
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map {
            $0.split(separator: 0x3B, omittingEmptySubsequences: false).map(Array.init)
        }
        lines[1][3] = [0xEF, 0xFF, 0xF2, 0xFC]
        lines[2][4] = Array("-4".utf8)
        return Data(lines.map { $0.joined(separator: [0x3B]) }.joined(separator: [0x0A]))
    }

    @Test func theExampleMonitoringGivesTheRatingThatScoreGives() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            let id = try await Self.createExample(web, client)
            let page = try await web.send(client, .get, "/monitorings/\(id)")
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            let expected = try Paperwork.score(
                methodology: NamedBytes.read(path: Paths.example("methodologies/vpr-objectivity.yaml")),
                results: NamedBytes.read(path: Paths.example("results/vpr-objectivity-2023.xlsx"))
            ).rating
            #expect(expected.schools.count == 26)
            let schools = try await web.store.campaignSchools(id: id)
            #expect(schools.count == 26)
            for score in expected.schools {
                let stored = try #require(schools.first { $0.code == score.school.id })
                #expect(stored.levelID == score.level.id && stored.place == score.place && stored.total == score.total)
            }
            #expect(html.contains("<svg") && html.contains("Распределение по уровням"))
            #expect(html.contains("Сформировать документы"))
            for level in expected.levels { #expect(html.contains(level.level.name)) }
            let first = try #require(expected.schools.first)
            let school = try await web.send(client, .get, "/monitorings/\(id)/schools/\(first.school.id)")
            #expect(school.status == .ok)
            #expect(String(buffer: school.body).contains(first.indicators[0].explanation))
        }
    }

    @Test func aBadResultsFileShowsEveryProblemWithItsRowAndStoresNothing() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            _ = try await web.send(client, .get, "/monitorings/new")
            let bad = try Self.badResults()
            let response = try await web.upload(
                client, "/monitorings/new", fields: [("methodology", "vpr-objectivity")],
                files: ["results": ("плохой.csv", bad)])
            #expect(response.status == .unprocessableContent)
            let html = String(buffer: response.body)
            #expect(html.contains("Найдено ошибок"))
            #expect(html.contains("плохой.csv"))
            #expect(html.contains("<td class=\"num\">2</td>") && html.contains("<td class=\"num\">3</td>"))
            #expect(html.contains("Загрузить и посчитать"))
            // No absent value printed as such: «плохой.csv, nil» was shown once.
            #expect(!html.contains("nil") && !html.contains("Optional("))
            #expect(try await web.store.campaigns().isEmpty)
        }
    }

    @Test func documentsAreGeneratedStoredAndDownloadable() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            let id = try await Self.createExample(web, client)
            let setID = try await web.makeDocuments(client, monitoring: id)
            let location = "/documents/" + setID
            let page = String(buffer: try await web.send(client, .get, location).body)
            #expect(page.contains("Скачать всё одним архивом"))
            let archive = try await web.send(client, .get, "\(location)/archive")
            #expect(archive.status == .ok)
            #expect(archive.headers[.contentType] == "application/zip")
            let names = try await web.store.documentFileNames(id: setID)
            #expect(names.filter { $0.hasPrefix("письма/") && $0.hasSuffix(".docx") }.count == 26)
            #expect(names.contains("Справка.docx") && names.contains("Рейтинг.docx"))
            #expect(names.contains { $0.hasPrefix("приказ") })
            let file = try await web.send(client, .get, "\(location)/files/0")
            #expect(file.status == .ok)
            #expect(file.headers[.contentDisposition]?.contains("filename*=UTF-8''") == true)
            let events = try await web.send(client, .get, "\(location)/events")
            #expect(String(buffer: events.body).contains("\"status\":\"done\""))
        }
    }

    @Test func twoSetsGeneratedAtOnceAreBothComplete() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            let id = try await Self.createExample(web, client)
            async let first = web.post(client, "/monitorings/\(id)/documents", fields: [("format", "docx")])
            async let second = web.post(client, "/monitorings/\(id)/documents", fields: [("format", "odt")])
            let sets = try await [first, second].compactMap { $0.headers[.location]?.split(separator: "/").last }
            #expect(sets.count == 2)
            for set in sets.map(String.init) {
                var record = try await web.store.documentSet(id: set)
                for _ in 0..<900 where record?.status == .running {
                    try await Task.sleep(for: .milliseconds(200))
                    record = try await web.store.documentSet(id: set)
                }
                #expect(record?.status == .done)
                let names = try await web.store.documentFileNames(id: set)
                #expect(names.filter { $0.hasPrefix("письма/") }.count == 26)
                let archive = try #require(try await web.store.documentArchive(id: set))
                // Every file is in the archive: its central directory lists as many entries.
                let entries =
                    archive.count > 22 ? Int(archive[archive.count - 12]) | Int(archive[archive.count - 11]) << 8 : 0
                #expect(entries == names.count)
            }
        }
    }

    @Test func aLetterInPDFOpensInTheBrowserAndADocumentIsSaved() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            let id = try await Self.createExample(web, client)
            try await web.store.startDocumentSet(
                DocumentSetRecord(id: "set", campaignID: id, formats: "pdf,docx", inputs: "", createdBy: "x"))
            try await web.store.finishDocumentSet(
                id: "set", archive: Data(),
                files: [(name: "письма/ОО-1.pdf", bytes: Data("%PDF-1.4".utf8)), (name: "Справка.docx", bytes: Data())])
            let pdf = try await web.send(client, .get, "/documents/set/files/0")
            #expect(pdf.headers[.contentType] == "application/pdf")
            #expect(pdf.headers[.contentDisposition]?.hasPrefix("inline;") == true)
            #expect(pdf.headers[.contentSecurityPolicy] == nil)
            #expect(pdf.headers[.xContentTypeOptions] == "nosniff")
            let docx = try await web.send(client, .get, "/documents/set/files/1")
            #expect(docx.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
            #expect(docx.headers[.contentSecurityPolicy] != nil)
        }
    }

    @Test func aSetWhoseServerDiedIsShownAsFailedAfterARestart() async throws {
        let folder = try Paths.temporaryFolder()
        let first = try await WebFixture(folder: folder)
        nonisolated(unsafe) var campaign = ""
        try await first.run { client in campaign = try await Self.createExample(first, client) }
        // A set left running, as by a server that was killed while writing.
        let store = try await Store.open(.sqlite(path: folder.appendingPathComponent("paperwork.sqlite").path))
        try await store.startDocumentSet(
            DocumentSetRecord(
                id: "orphan", campaignID: campaign, formats: "docx", inputs: "", createdBy: "x",
                now: Date().addingTimeInterval(-5)))
        try await store.close()
        let second = try await WebFixture(folder: folder)
        try await second.run { client in
            let list = String(buffer: try await second.send(client, .get, "/monitorings").body)
            #expect(list.contains("/monitorings/\(campaign)"))
            let page = String(buffer: try await second.send(client, .get, "/documents/orphan").body)
            #expect(page.contains("Документы не сформированы") && page.contains("сервер был остановлен"))
            #expect(page.contains("Сформировать ещё раз"))
        }
    }
}
