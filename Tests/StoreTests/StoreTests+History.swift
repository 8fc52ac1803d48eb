import Foundation
import Testing

@testable import Store

/// History across years on every database: a campaign's own trend values, the series of a
/// methodology by period, the previous campaign, old school codes mapped to new ones.
extension StoreTests {
    /// A campaign of methodology `methodology` for `period` with one school per code.
    static func campaign(
        _ store: Store, id: String, methodology: String, period: String, schools: [(String, Double, [String: Double])],
        created: TimeInterval
    ) async throws {
        try await store.addCampaign(
            CampaignRecord(
                id: id, methodologyID: methodology, period: period, resultsName: "\(id).csv", results: Data(),
                schoolsCount: schools.count, createdAt: Date(timeIntervalSince1970: created), createdBy: "методист"),
            schools: schools.enumerated().map { index, school in
                CampaignSchool(
                    code: school.0, name: "Школа \(school.0)", row: index + 2, place: index + 1, total: school.1,
                    maximum: 17, levelID: school.1 >= 14 ? "high" : "low",
                    levelName: school.1 >= 14 ? "высокая" : "низкая",
                    scores: [
                        ScoreRecord(
                            indicatorID: "ege", title: "ЕГЭ", points: 1, maximum: 1, answer: "да", explanation: "")
                    ], values: school.2)
            }, directory: [])
    }

    @Test(arguments: StoreFixture.kinds)
    func aSeriesRunsByPeriodAcrossVersionsOfOneMethodology(kind: StoreFixture.Kind) async throws {
        try await StoreFixture.withStore(kind) { store in
            for (id, title) in [("shnor", "ШНОР"), ("shnor-2", "ШНОР"), ("vpr", "ВПР")] {
                try await store.addMethodology(
                    MethodologyRecord(
                        id: id, title: title, shortTitle: title, period: "", fileName: "\(id).yaml", yaml: Data()))
            }
            // Stored out of order: 2024 first, then 2023 (twice: the newer one counts), then 2025 by the revised methodology.
            try await Self.campaign(
                store, id: "c24", methodology: "shnor", period: "2024", schools: [("OO-1", 15, ["ege": 7])],
                created: 100)
            try await Self.campaign(
                store, id: "c23old", methodology: "shnor", period: "2023/2024 учебный год",
                schools: [("OO-1", 10, [:])],
                created: 200)
            try await Self.campaign(
                store, id: "c23", methodology: "shnor", period: "2023",
                schools: [("OO-1", 17, ["ege": 8.5]), ("OO-2", 9, ["ege": 12])],
                created: 300)
            try await Self.campaign(
                store, id: "c25", methodology: "shnor-2", period: "2025", schools: [("OO-1", 16, [:])], created: 400)
            try await Self.campaign(
                store, id: "v23", methodology: "vpr", period: "2023", schools: [("OO-1", 40, [:])], created: 500)

            #expect(try await store.series(methodologyID: "shnor").map(\.id) == ["c23old", "c23", "c24", "c25"])
            #expect(try await store.previousCampaign(title: "ШНОР", period: "2024")?.id == "c23")
            #expect(try await store.previousCampaign(title: "ШНОР", period: "2025/2026 учебный год")?.id == "c24")
            #expect(try await store.previousCampaign(title: "ШНОР", period: "2023") == nil)
            #expect(try await store.previousCampaign(title: "ВПР", period: "2024")?.id == "v23")
            // The campaign's own trend values come back with its schools.
            let schools = try await store.campaignSchools(id: "c23")
            #expect(schools.first { $0.code == "OO-1" }?.values == ["ege": 8.5])
            #expect(schools.first { $0.code == "OO-2" }?.values == ["ege": 12])
            #expect(
                try await store.schoolHistory(code: "OO-1", methodologyID: "shnor-2").map(\.school.total) == [
                    10, 17, 15, 16,
                ])
        }
    }

    @Test(arguments: StoreFixture.kinds)
    func anOldCodeMappedToANewOneCountsAsTheNewSchool(kind: StoreFixture.Kind) async throws {
        try await StoreFixture.withStore(kind) { store in
            try await store.addMethodology(
                MethodologyRecord(id: "m", title: "М", shortTitle: "м", period: "", fileName: "m.yaml", yaml: Data()))
            try await Self.campaign(
                store, id: "c23", methodology: "m", period: "2023", schools: [("OO-5", 9, ["ege": 20])], created: 1)
            try await Self.campaign(
                store, id: "c24", methodology: "m", period: "2024", schools: [("OO-105", 12, [:])], created: 2)
            #expect(try await store.schoolHistory(code: "OO-105", methodologyID: "m").count == 1)

            try await store.setSchoolAlias(old: "OO-5", new: "OO-99", by: "методист")
            try await store.setSchoolAlias(old: "OO-5", new: "OO-105", by: "методист")
            // A chain leads to the newest code; a cycle stops.
            try await store.setSchoolAlias(old: "OO-1", new: "OO-5", by: "методист")
            #expect(
                try await store.schoolAliases().map { [$0.oldCode, $0.newCode] } == [
                    ["OO-1", "OO-5"], ["OO-5", "OO-105"],
                ])
            #expect(try await store.currentCode("OO-1") == "OO-105")
            #expect(
                Store.resolve(
                    "a",
                    aliases: [
                        .init(oldCode: "a", newCode: "b", createdBy: ""),
                        .init(oldCode: "b", newCode: "a", createdBy: ""),
                    ]) == "b")
            #expect(try await store.campaignSchoolsByCurrentCode(id: "c23").map(\.code) == ["OO-105"])
            #expect(try await store.campaignSchoolsByCurrentCode(id: "c23").first?.values == ["ege": 20])
            #expect(
                try await store.schoolHistory(code: "OO-105", methodologyID: "m").map(\.campaign.period) == [
                    "2023", "2024",
                ])

            try await store.removeSchoolAlias(old: "OO-5")
            #expect(try await store.campaignSchoolsByCurrentCode(id: "c23").map(\.code) == ["OO-5"])
        }
    }
}
