import Foundation
import HummingbirdTesting
import PaperworkKit
import Store
import TestSupport
import Testing

/// «Школы»: the list the results files fill, a school corrected by hand, and what the next
/// results file does to the correction.
@Suite struct SchoolPageTests {
    @Test func aSchoolEditIsStoredShownInTheRatingAndSurvivesTheNextFileWhereItCarriesNothing() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            let id = try await MonitoringPathTests.createExample(web, client)
            let list = String(buffer: try await web.send(client, .get, "/schools").body)
            #expect(list.contains("OO-001") && list.contains("Орлова Ирина Петровна"))
            #expect(list.contains("href=\"/schools/OO%2D001\"") || list.contains("href=\"/schools/OO-001\""))
            let form = try await web.send(client, .get, "/schools/OO-001")
            #expect(form.status == .ok)
            #expect(
                String(buffer: form.body).contains("value=\"МБОУ «СОШ № 1»\"")
                    || String(buffer: form.body).contains("СОШ № 1"))

            let saved = try await web.post(
                client, "/schools/OO-001",
                fields: [
                    ("name", "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 1»"),
                    ("shortName", "Школа № 1 имени Пушкина"), ("head", "Орлова Ирина Петровна"), ("gender", "ж"),
                ])
            #expect(saved.status == .seeOther)
            let school = try #require(try await web.store.school(code: "OO-001"))
            #expect(school.shortName == "Школа № 1 имени Пушкина" && school.headGender == "ж")
            #expect(school.editedBy == "локальный пользователь" && school.editedAt != nil)
            let rating = String(buffer: try await web.send(client, .get, "/monitorings/\(id)").body)
            #expect(rating.contains("Школа № 1 имени Пушкина"))
            #expect(String(buffer: try await web.send(client, .get, "/schools").body).contains("исправил(а)"))

            // The same results again: the full name and head come from the file; the short name and
            // the gender, which the file does not carry, stay as written by hand.
            _ = try await MonitoringPathTests.createExample(web, client)
            let after = try #require(try await web.store.school(code: "OO-001"))
            #expect(after.name == "МБОУ «СОШ № 1»")
            #expect(after.shortName == "Школа № 1 имени Пушкина" && after.headGender == "ж")
            #expect(after.head == "Орлова Ирина Петровна")
            // A school never edited follows its file.
            let other = try #require(try await web.store.school(code: "OO-002"))
            #expect(other.shortName == other.name && other.editedAt == nil)
        }
    }

    @Test func aBadEditIsRefusedFieldByFieldAndNothingIsStored() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            _ = try await MonitoringPathTests.createExample(web, client)
            let before = try #require(try await web.store.school(code: "OO-001"))
            let bad = try await web.post(
                client, "/schools/OO-001",
                fields: [("name", ""), ("shortName", "СОШ № 1"), ("head", "Орлова"), ("gender", "x")])
            #expect(bad.status == .unprocessableContent)
            let html = String(buffer: bad.body)
            #expect(html.contains("Полное наименование:") && html.contains("впишите полное наименование"))
            #expect(html.contains("Руководитель:") && html.contains("Фамилия Имя Отчество"))
            #expect(html.contains("Пол руководителя:"))
            // A head whose gender the name does not tell needs the gender chosen.
            let unknown = try await web.post(
                client, "/schools/OO-001",
                fields: [("name", "МБОУ «СОШ № 1»"), ("shortName", "СОШ № 1"), ("head", "Ким Саша"), ("gender", "")])
            #expect(unknown.status == .unprocessableContent)
            #expect(String(buffer: unknown.body).contains("выберите пол руководителя"))
            let noToken = try await web.post(
                client, "/schools/OO-001", fields: [("name", "x"), ("shortName", "x")], csrf: false)
            #expect(noToken.status == .forbidden)
            #expect(try await web.store.school(code: "OO-001") == before)
            #expect(try await web.send(client, .get, "/schools/%D0%9D%D0%95%D0%A2").status == .notFound)
            let missing = try await web.post(
                client, "/schools/NOPE", fields: [("name", "x"), ("shortName", "x"), ("head", ""), ("gender", "")])
            #expect(missing.status == .notFound)
        }
    }

    @Test func aGenderChosenByHandLetsTheLettersBeWrittenWhenTheFileCannotTellIt() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            // The first school's head given without a patronymic, by a name that does not tell the gender.
            var text = try String(
                contentsOfFile: Paths.example("results/vpr-objectivity-2023.csv"), encoding: .windowsCP1251)
            let head = try #require(text.range(of: "Орлова Ирина Петровна"))
            text.replaceSubrange(head, with: "Ким Саша")
            let results = try #require(text.data(using: .windowsCP1251))
            _ = try await web.send(client, .get, "/monitorings/new")
            let created = try await web.upload(
                client, "/monitorings/new", fields: [("methodology", "vpr-objectivity"), ("period", "2023")],
                files: ["results": ("результаты.csv", results)])
            #expect(created.status == .seeOther)
            let id = String(try #require(created.headers[.location]).dropFirst("/monitorings/".count))
            let refused = try await web.post(client, "/monitorings/\(id)/documents", fields: [("format", "docx")])
            #expect(refused.status == .unprocessableContent)
            #expect(String(buffer: refused.body).contains("не удалось определить пол руководителя «Ким Саша»"))

            let saved = try await web.post(
                client, "/schools/OO-001",
                fields: [("name", "МБОУ «СОШ № 1»"), ("shortName", "СОШ № 1"), ("head", "Ким Саша"), ("gender", "ж")])
            #expect(saved.status == .seeOther)
            let paragraphs = try await TemplateUseTests.firstLetter(web, client, monitoring: id)
            #expect(paragraphs.contains { $0.contains("Уважаемая Саша") })
        }
    }
}
