import Foundation
import Testing

@testable import Store

/// The department's own templates and the schools corrected by hand, on every database.
extension StoreTests {
    @Test(arguments: StoreFixture.kinds)
    func templatesAreKeptPerKindAndFormatAndRemoved(kind: StoreFixture.Kind) async throws {
        try await StoreFixture.withStore(kind) { store in
            #expect(try await store.templates().isEmpty)
            let letter = TemplateRecord(
                kind: "letter", format: "docx", fileName: "письмо «отдела».docx", bytes: Data([0x50, 0x4B, 0, 255]),
                uploadedBy: "администратор", uploadedAt: Date(timeIntervalSince1970: 1_700_000_000))
            try await store.saveTemplate(letter)
            var report = letter
            report.kind = "report"
            report.format = "odt"
            try await store.saveTemplate(report)
            #expect(try await store.template(kind: "letter", format: "docx") == letter)
            #expect(try await store.template(kind: "letter", format: "odt") == nil)
            // A new upload of the same kind and format replaces the old one.
            var newer = letter
            newer.fileName = "второе.docx"
            newer.bytes = Data([1, 2, 3])
            try await store.saveTemplate(newer)
            #expect(try await store.templates() == [newer, report])
            try await store.removeTemplate(kind: "letter", format: "docx")
            #expect(try await store.templates() == [report])
        }
    }

    @Test(arguments: StoreFixture.kinds)
    func aSchoolEditSurvivesTheNextFileWhereTheFileCarriesNothing(kind: StoreFixture.Kind) async throws {
        try await StoreFixture.withStore(kind) { store in
            try await store.addMethodology(
                MethodologyRecord(id: "m", title: "М", shortTitle: "м", period: "", fileName: "m.yaml", yaml: Data()))
            func upload(_ id: String, _ schools: [SchoolRecord]) async throws {
                try await store.addCampaign(
                    CampaignRecord(
                        id: id, methodologyID: "m", period: "2023", resultsName: "r.csv", results: Data(),
                        schoolsCount: schools.count, createdBy: "x"), schools: [], directory: schools)
            }
            try await upload(
                "c1",
                [
                    SchoolRecord(code: "1", name: "МБОУ «СОШ № 1»", shortName: "МБОУ «СОШ № 1»", head: "Ким Саша"),
                    SchoolRecord(code: "2", name: "МБОУ «СОШ № 2»", shortName: "МБОУ «СОШ № 2»", head: ""),
                ])
            var edited = try #require(try await store.school(code: "1"))
            edited.shortName = "Школа № 1"
            edited.headGender = "ж"
            edited.head = "Ким Александра"
            #expect(try await store.editSchool(edited, by: "методист"))
            #expect(
                try await store.editSchool(SchoolRecord(code: "нет", name: "", shortName: "", head: ""), by: "x")
                    == false)
            let stored = try #require(try await store.school(code: "1"))
            #expect(stored.editedBy == "методист" && stored.editedAt != nil && stored.headGender == "ж")

            // The next file renames both, fills school 1's head, leaves school 2's head empty and
            // names school 2's head's gender.
            try await upload(
                "c2",
                [
                    SchoolRecord(code: "1", name: "МАОУ «СОШ № 1»", shortName: "МАОУ «СОШ № 1»", head: "Ким Саша"),
                    SchoolRecord(
                        code: "2", name: "МАОУ «СОШ № 2»", shortName: "МАОУ «СОШ № 2»", head: "", headGender: "м"),
                ])
            let first = try #require(try await store.school(code: "1"))
            #expect(first.name == "МАОУ «СОШ № 1»" && first.head == "Ким Саша")
            #expect(first.shortName == "Школа № 1" && first.headGender == "ж" && first.editedBy == "методист")
            let second = try #require(try await store.school(code: "2"))
            #expect(second.shortName == "МАОУ «СОШ № 2»" && second.head == "" && second.headGender == "м")
        }
    }
}
