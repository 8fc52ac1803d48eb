import Diagnostics
import Foundation
import Testing

@testable import Store

/// The store on every database it runs on: the same suite, the same expectations.
@Suite(.serialized)
struct StoreTests {
    @Test(arguments: StoreFixture.kinds)
    func migrationsAreAppliedOnceAndRecorded(kind: StoreFixture.Kind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let rows = try await store.run { try await $0.raw("SELECT version FROM schema_migrations").all() }
            #expect(rows.count == Migrations.current)
            // Applying again changes nothing.
            try await Migrations.apply(to: store)
            let again = try await store.run { try await $0.raw("SELECT version FROM schema_migrations").all() }
            #expect(again.count == Migrations.current)
        }
    }

    @Test(arguments: StoreFixture.kinds)
    func departmentIsReplacedWhole(kind: StoreFixture.Kind) async throws {
        try await StoreFixture.withStore(kind) { store in
            #expect(try await store.department() == nil)
            let first = DepartmentRecord(
                name: "Отдел образования «Сосновский»", mainFile: "department/a.yaml",
                files: ["department/a.yaml": Data("issuer: [ОТДЕЛ]\n".utf8), "orders/b.yaml": Data([0, 1, 2, 255])])
            try await store.saveDepartment(first)
            #expect(try await store.department() == first)
            let second = DepartmentRecord(
                name: "Второй", mainFile: "c.yaml", files: ["c.yaml": Data("№ 1".utf8)])
            try await store.saveDepartment(second)
            #expect(try await store.department() == second)
        }
    }

    @Test(arguments: StoreFixture.kinds)
    func methodologiesKeepTheirBytesAndRefuseDuplicates(kind: StoreFixture.Kind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let yaml = Data("title: Методика «ВПР»\n".utf8)
            let record = MethodologyRecord(
                id: "vpr", title: "Методика «ВПР»", shortTitle: "ВПР", period: "2023", fileName: "vpr.yaml",
                yaml: yaml, catalogueName: "vpr.yaml", catalogue: Data("recommendations: []".utf8), shipped: true,
                createdAt: Date(timeIntervalSince1970: 1_700_000_000))
            try await store.addMethodology(record)
            #expect(try await store.methodology(id: "vpr") == record)
            #expect(try await store.methodologies().map(\.id) == ["vpr"])
            await #expect(throws: Diagnostic.self) { try await store.addMethodology(record) }
        }
    }

    @Test(arguments: StoreFixture.kinds)
    func campaignKeepsItsRatingAndUpdatesSchools(kind: StoreFixture.Kind) async throws {
        try await StoreFixture.withStore(kind) { store in
            try await store.addMethodology(
                MethodologyRecord(
                    id: "m", title: "М", shortTitle: "м", period: "2023", fileName: "m.yaml", yaml: Data()))
            let scores = [
                ScoreRecord(
                    indicatorID: "a", title: "Первый", points: 2.5, maximum: 3, answer: "да", explanation: "есть"),
                ScoreRecord(
                    indicatorID: "b", title: "Второй", points: 0, maximum: 1, answer: "нет", explanation: "нет"),
            ]
            let schools = [
                CampaignSchool(
                    code: "OO-2", name: "МБОУ «СОШ № 2»", row: 3, place: 1, total: 2.5, maximum: 4, levelID: "high",
                    levelName: "высокий уровень", scores: scores),
                CampaignSchool(
                    code: "OO-1", name: "МБОУ «СОШ № 1»", row: 2, place: 2, total: 0, maximum: 4, levelID: "low",
                    levelName: "низкий уровень", scores: []),
            ]
            let campaign = CampaignRecord(
                id: "c1", methodologyID: "m", period: "2023", resultsName: "результаты.xlsx",
                results: Data([80, 75, 3, 4]), schoolsCount: 2, createdAt: Date(timeIntervalSince1970: 1_700_000_000),
                createdBy: "методист")
            let directory = [
                SchoolRecord(code: "OO-1", name: "МБОУ «СОШ № 1»", shortName: "СОШ № 1", head: "Иванова И. И.")
            ]
            try await store.addCampaign(campaign, schools: schools, directory: directory)
            #expect(try await store.campaign(id: "c1") == campaign)
            #expect(try await store.campaigns().map(\.resultsName) == ["результаты.xlsx"])
            #expect(try await store.campaignSchools(id: "c1") == schools)
            // A later file renames a school: the directory keeps one row per code, the newest.
            var later = campaign
            later.id = "c2"
            let renamed = [SchoolRecord(code: "OO-1", name: "МАОУ «СОШ № 1»", shortName: "СОШ № 1", head: "Петрова")]
            try await store.addCampaign(later, schools: [], directory: renamed)
            #expect(try await store.schools() == renamed)
            #expect(try await store.campaign(id: "нет") == nil)
        }
    }

    @Test(arguments: StoreFixture.kinds)
    func documentSetIsStoredWholeOrMarkedFailed(kind: StoreFixture.Kind) async throws {
        try await StoreFixture.withStore(kind) { store in
            try await store.addMethodology(
                MethodologyRecord(id: "m", title: "М", shortTitle: "м", period: "", fileName: "m.yaml", yaml: Data()))
            try await store.addCampaign(
                CampaignRecord(
                    id: "c", methodologyID: "m", period: "2023", resultsName: "r.csv", results: Data(),
                    schoolsCount: 0, createdBy: "x"), schools: [], directory: [])
            let set = DocumentSetRecord(id: "s1", campaignID: "c", formats: "docx", inputs: "всё", createdBy: "x")
            try await store.startDocumentSet(set)
            try await store.updateDocumentSet(id: "s1", stage: "Письма ОО", done: 14, total: 26)
            var running = try #require(try await store.documentSet(id: "s1"))
            #expect(running.status == .running && running.done == 14 && running.total == 26)
            #expect(try await store.documentArchive(id: "s1") == nil)
            let files = [(name: "Справка.docx", bytes: Data([1, 2])), (name: "письма/ОО-1.docx", bytes: Data([3]))]
            try await store.finishDocumentSet(id: "s1", archive: Data([9, 9, 9]), files: files)
            running = try #require(try await store.documentSet(id: "s1"))
            #expect(running.status == .done)
            #expect(try await store.documentArchive(id: "s1") == Data([9, 9, 9]))
            #expect(try await store.documentFileNames(id: "s1") == ["Справка.docx", "письма/ОО-1.docx"])
            #expect(try await store.documentFile(id: "s1", position: 1)?.bytes == Data([3]))
            #expect(try await store.documentFile(id: "s1", position: 5) == nil)

            // A set whose server died is marked failed when the next server starts.
            try await store.startDocumentSet(
                DocumentSetRecord(id: "s2", campaignID: "c", formats: "pdf", inputs: "", createdBy: "x"))
            #expect(try await store.failAbandonedDocumentSets(before: Date().addingTimeInterval(5)) == 1)
            let failed = try #require(try await store.documentSet(id: "s2"))
            #expect(failed.status == .failed)
            #expect(failed.message.contains("сервер был остановлен"))
            #expect(try await store.documentSets(campaign: "c").count == 2)
        }
    }

    @Test(arguments: StoreFixture.kinds)
    func usersSignInWithTheirPasswordOnly(kind: StoreFixture.Kind) async throws {
        try await StoreFixture.withStore(kind) { store in
            try await store.setUser(name: "belova", password: "пароль-методиста", role: .methodist, cost: 4)
            #expect(try await store.verifyUser(name: "belova", password: "пароль-методиста")?.role == .methodist)
            #expect(try await store.verifyUser(name: "belova", password: "не тот") == nil)
            #expect(try await store.verifyUser(name: "никто", password: "пароль-методиста") == nil)
            await #expect(throws: Diagnostic.self) {
                try await store.setUser(name: "short", password: "123", role: .clerk, cost: 4)
            }
            let token = try await store.startSession(user: "belova")
            #expect(try await store.sessionUser(token: token)?.name == "belova")
            try await store.endSession(token: token)
            #expect(try await store.sessionUser(token: token) == nil)
            let expired = try await store.startSession(user: "belova", lifetime: -10)
            #expect(try await store.sessionUser(token: expired) == nil)
            // A new password ends the user's sessions.
            let kept = try await store.startSession(user: "belova")
            try await store.setUser(name: "belova", password: "новый-пароль", role: .administrator, cost: 4)
            #expect(try await store.sessionUser(token: kept) == nil)
            #expect(try await store.users().map(\.role) == [.administrator])
        }
    }
}
