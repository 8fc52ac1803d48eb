import Foundation
import HummingbirdTesting
import PaperworkKit
import Store
import TestSupport
import Testing

/// History across years on the web page: the ШНОР example stored for 2023 and 2024, the 2024
/// trends from the stored 2023, a school's page with its years, and renamed schools mapped.
@Suite struct HistoryPageTests {
    /// Stores the ШНОР results `file` for `period` through the «Новый мониторинг» form.
    static func store(
        _ web: WebFixture, _ client: any TestClientProtocol, _ name: String, _ bytes: Data, period: String
    ) async throws -> TestResponse {
        _ = try await web.send(client, .get, "/monitorings/new")
        return try await web.upload(
            client, "/monitorings/new", fields: [("methodology", "shnor-effectiveness"), ("period", period)],
            files: ["results": (name, bytes)])
    }

    static func id(_ response: TestResponse) throws -> String {
        String(try #require(response.headers[.location]).dropFirst("/monitorings/".count))
    }

    @Test func theSecondYearTakesItsTrendsFromTheFirstAndTheSchoolPageShowsBoth() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            let first = try await Self.store(
                web, client, "shnor-2023.xlsx", try WebFixture.example("results/shnor-2023.xlsx"), period: "2023")
            #expect(first.status == .seeOther)
            let second = try await Self.store(
                web, client, "shnor-2024.csv", try WebFixture.example("results/shnor-2024.csv"), period: "2024")
            #expect(second.status == .seeOther)
            let id = try Self.id(second)
            // The hand-computed points of the four «down» trends (see HistoryScoreTests).
            let schools = try await web.store.campaignSchools(id: id)
            let expected: [String: ([Double], Double)] = [
                "OO-001": ([1, 1, 0, 0], 15), "OO-002": ([0, 0, 0, 0], 4), "OO-003": ([1, 1, 1, 1], 17),
                "OO-005": ([1, 0, 1, 0], 12),
            ]
            for (code, (points, total)) in expected {
                let school = try #require(schools.first { $0.code == code })
                #expect(Array(school.scores.prefix(4).map(\.points)) == points && school.total == total, "\(code)")
            }
            let oo3 = try #require(schools.first { $0.code == "OO-003" })
            #expect(oo3.scores[0].explanation == "было 14, стало 13 — снизилась")
            #expect(oo3.values["oge_math_min"] == 16)

            let rating = String(buffer: try await web.send(client, .get, "/monitorings/\(id)").body)
            #expect(
                rating.contains("<dt>Прошлый период</dt><dd><a href=\"/monitorings/\(try Self.id(first))\">2023</a>"))
            let page = try await web.send(client, .get, "/monitorings/\(id)/schools/OO-003")
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("<h2>По годам</h2>") && html.contains("<svg"))
            #expect(html.contains("Баллы школы по периодам"))
            #expect(html.contains("<strong>2024</strong>") && html.contains(">2023</a>"))
            #expect(html.contains("<td class=\"num\">13</td>") && html.contains("<td class=\"num\">17</td>"))
            #expect(html.contains("средняя") && html.contains("высокая"))
        }
    }

    /// The 2024 results with OO-005 under a new code, OO-105.
    static func renamedResults() throws -> Data {
        let text = try #require(
            String(data: try WebFixture.example("results/shnor-2024.csv"), encoding: .windowsCP1251))
        return try #require(text.replacingOccurrences(of: "OO-005;", with: "OO-105;").data(using: .windowsCP1251))
    }

    @Test func aRenamedSchoolIsNamedUntilItsOldCodeIsMapped() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            _ = try await Self.store(
                web, client, "shnor-2023.csv", try WebFixture.example("results/shnor-2023.csv"), period: "2023")
            let refused = try await Self.store(web, client, "шнор-2024.csv", try Self.renamedResults(), period: "2024")
            #expect(refused.status == .unprocessableContent)
            let html = String(buffer: refused.body)
            #expect(html.contains("шнор-2024.csv"))
            #expect(html.contains("ОО «OO-105» («МБОУ «СОШ № 5»»): нет значения прошлого периода («2023»)"))
            #expect(html.contains("ege_rus_min.стало"))

            let page = String(buffer: try await web.send(client, .get, "/schools/aliases").body)
            #expect(page.contains("Старый код") && page.contains("action=\"/schools/aliases\""))
            let same = try await web.post(client, "/schools/aliases", fields: [("old", "OO-005"), ("new", "OO-005")])
            #expect(same.status == .unprocessableContent)
            #expect(String(buffer: same.body).contains("старый и новый коды совпадают"))
            let saved = try await web.post(client, "/schools/aliases", fields: [("old", "OO-005"), ("new", "OO-105")])
            #expect(saved.status == .seeOther)
            #expect(String(buffer: try await web.send(client, .get, "/schools/aliases").body).contains("OO-105"))

            let stored = try await Self.store(web, client, "шнор-2024.csv", try Self.renamedResults(), period: "2024")
            #expect(stored.status == .seeOther)
            let id = try Self.id(stored)
            let school = try #require(try await web.store.campaignSchools(id: id).first { $0.code == "OO-105" })
            #expect(school.total == 12 && school.levelID == "medium")
            let history = String(buffer: try await web.send(client, .get, "/monitorings/\(id)/schools/OO-105").body)
            #expect(history.contains(">2023</a>") && history.contains("<strong>2024</strong>"))

            let removed = try await web.post(client, "/schools/aliases/remove", fields: [("old", "OO-005")])
            #expect(removed.status == .seeOther)
            #expect(try await web.store.schoolAliases().isEmpty)
        }
    }

    /// The form says a monitoring without a period takes the methodology's: a period the series can place.
    @Test func aMonitoringWithoutAPeriodTakesTheMethodologys() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            let response = try await Self.store(
                web, client, "shnor-2023.csv", try WebFixture.example("results/shnor-2023.csv"), period: "")
            #expect(response.status == .seeOther)
            let campaign = try #require(try await web.store.campaign(id: try Self.id(response)))
            #expect(campaign.period == "2023/2024 учебный год")
        }
    }

    /// The справка the page makes for the second year compares it with the first: the documents of
    /// a monitoring read the previous period from the store, as `paperwork batch --data` does.
    @Test func theSecondYearsSpravkaComparesWithTheFirst() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            _ = try await MonitoringPathTests.createExample(web, client)
            let second = try await web.upload(
                client, "/monitorings/new", fields: [("methodology", "vpr-objectivity"), ("period", "2024")],
                files: ["results": ("vpr-2024.xlsx", try WebFixture.example("results/vpr-objectivity-2023.xlsx"))])
            let id = try Self.id(second)
            let setID = try await web.makeDocuments(client, monitoring: id)
            let names = try await web.store.documentFileNames(id: setID)
            let position = try #require(names.firstIndex(of: "Справка.docx"))
            let report = try #require(try await web.store.documentFile(id: setID, position: position))
            let text = try OfficeDocumentText.paragraphs([UInt8](report.bytes)).joined(separator: "\n")
                .replacingOccurrences(of: "\u{A0}", with: " ")
            #expect(text.contains("Сравнение с прошлым периодом (2023)"))
            #expect(text.contains("Ни одна ОО не повысила уровень."))
            #expect(
                text.contains(
                    "Средний балл: в прошлом периоде (2023) — 30,1 из 50, в этом — 30,1 из 50 (не изменился)."))
        }
    }
}
