import Foundation
import HummingbirdTesting
import PaperworkKit
import Testing

@testable import PaperworkWeb

/// «Отдел» → «Изменить реквизиты»: the department's requisites in a form. What is saved is the
/// department file the core reads, kept as an upload would be; a form the core refuses keeps
/// nothing and shows each problem at its field.
@Suite struct DepartmentFormTests {
    /// The fields the form page posts for `form` (what a browser sends with JavaScript off).
    static func fields(_ form: DepartmentForm, action: String = "save") -> [(String, String)] {
        var fields: [(String, String)] = [
            ("people_count", String(form.people.count)), ("issuer", form.issuer.joined(separator: "\n")),
            ("issuer_name", form.issuerName), ("contacts", form.contacts.joined(separator: "\n")),
            ("signatory", form.signatory), ("signature_title", form.signatureTitle),
            ("number_prefix", form.numberPrefix), ("report_by", form.reportBy), ("compiler", form.compiler),
            ("executor_name", form.executorName), ("executor_phone", form.executorPhone),
            ("period_from", form.periodFrom), ("period_to", form.periodTo), ("action", action),
        ]
        for (index, person) in form.people.enumerated() {
            let prefix = "person.\(index)."
            fields += [
                (prefix + "key", person.key), (prefix + "surname", person.surname),
                (prefix + "first_name", person.firstName), (prefix + "patronymic", person.patronymic),
                (prefix + "gender", person.gender), (prefix + "title", person.title), (prefix + "extra", person.extra),
            ]
        }
        return fields
    }

    static func example() throws -> DepartmentForm {
        DepartmentForm(
            yaml: try DataFile.load(
                NamedBytes(name: "sosnovsky.yaml", bytes: try WebFixture.example("department/sosnovsky.yaml"))))
    }

    /// The department as the core reads it from the store.
    static func stored(_ web: WebFixture) async throws -> (bytes: Data, department: Department) {
        let record = try #require(try await web.store.department())
        let bytes = try #require(record.files[record.mainFile])
        return (bytes, try Paperwork.department(NamedBytes(name: record.mainFile, bytes: bytes)))
    }

    /// The page's text from the element with `id` to the next field's block or row.
    static func section(_ html: String, id: String) -> String {
        guard let start = html.range(of: "id=\"\(id)\"") else { return "" }
        let rest = html[start.upperBound...]
        let end = ["<div id=\"", "<tr id=\"", "<fieldset"].compactMap { rest.range(of: $0)?.lowerBound }.min()
        return String(rest[..<(end ?? rest.endIndex)])
    }

    @Test func theFormShowsTheExampleDepartment() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            let page = String(buffer: try await web.send(client, .get, "/department/form").body)
            for value in [
                "АДМИНИСТРАЦИЯ СОСНОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", "отдел образования администрации Сосновского",
                "тел. 8 (39541) 2-15-40", "Ковалёва", "Евгения", "главный специалист отдела образования", "01-12/",
                "2023-12-15", "Белова Е.О.", "2023-09", "2023-10", "name=\"_csrf\"",
            ] {
                #expect(page.contains(value), "«\(value)» is on the form")
            }
            #expect(page.contains("<option value=\"head\" selected>"))
            #expect(page.contains("<option value=\"specialist\" selected>"))
            #expect(!page.contains("Найдено ошибок"))
            let department = String(buffer: try await web.send(client, .get, "/department").body)
            #expect(department.contains("href=\"/department/form\""))
        }
    }

    @Test func theDeclinedFormsAreTheCores() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            let page = String(buffer: try await web.send(client, .get, "/department/form").body)
            let department = try await Self.stored(web).department
            let issuer = Self.section(page, id: "issuer_name")
            for grammaticalCase in [GrammaticalCase.genitive, .dative] {
                let form = department.issuerName.form(grammaticalCase)
                #expect(issuer.contains(form), "«\(form)» beside the issuer's name")
            }
            #expect(issuer.contains("отдела образования администрации Сосновского муниципального района"))
            for (index, key) in ["head", "specialist"].enumerated() {
                let row = Self.section(page, id: "person-\(index)")
                let person = try #require(department.people[key])
                for grammaticalCase in [GrammaticalCase.genitive, .dative, .accusative] {
                    let form = person.written(grammaticalCase)
                    #expect(row.contains(form), "«\(form)» in \(key)'s row")
                }
            }
        }
    }

    @Test func changesAreStoredAsTheDepartmentFile() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            _ = try await web.send(client, .get, "/department/form")
            let before = try await Self.stored(web).department
            var form = try Self.example()
            form.issuerName = "управление образования администрации Сосновского муниципального округа"
            form.people[0].surname = "Кравцова"
            let response = try await web.post(client, "/department/form", fields: Self.fields(form))
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/department?saved=1")

            let (bytes, department) = try await Self.stored(web)
            #expect(department.issuerName.nominative == form.issuerName)
            #expect(department.issuerName.form(.genitive).hasPrefix("управления образования администрации"))
            #expect(department.people["head"]?.name?.surname == "Кравцова")
            #expect(department.signatory.name?.surname == "Кравцова")
            // Everything the form does not show is carried through.
            #expect(department.reportTitle == before.reportTitle)
            #expect(department.intro == before.intro)
            #expect(department.conclusion == before.conclusion)
            #expect(department.figures.map(\.text) == before.figures.map(\.text))
            #expect(department.recommendations == before.recommendations)
            #expect(department.order == before.order)
            #expect(department.addressees == before.addressees)
            #expect(department.emblem == "emblem.png")
            #expect(department.qrCode)
            #expect(department.period == before.period)
            #expect(department.contacts == before.contacts)
            #expect(department.reportBy == before.reportBy)
            #expect(department.executor == before.executor)
            let record = try #require(try await web.store.department())
            #expect(record.mainFile == "department/sosnovsky.yaml")
            #expect(record.name == form.issuerName)

            let download = try await web.send(client, .get, "/department/file")
            #expect(download.status == .ok)
            let text = String(buffer: download.body)
            #expect(Data(text.utf8) == bytes)
            #expect(
                text.contains("issuer_name: управление образования администрации Сосновского муниципального округа"))
            #expect(text.contains("surname: Кравцова"))
            let page = String(buffer: try await web.send(client, .get, "/department?saved=1").body)
            #expect(page.contains("Реквизиты сохранены"))
        }
    }

    @Test(arguments: [
        ("issuer_name", "", "issuer_name"), ("period_from", "2023-13", "period"),
        ("report_by", "завтра", "report_by"), ("signatory", "", "signatory"),
    ])
    func anInvalidValueIsShownAtItsFieldAndNothingIsStored(field: String, value: String, anchor: String)
        async throws
    {
        let web = try await WebFixture()
        try await web.run { client in
            _ = try await web.send(client, .get, "/department/form")
            let before = try await Self.stored(web).bytes
            let fields = Self.fields(try Self.example()).map { $0.0 == field ? (field, value) : $0 }
            let response = try await web.post(client, "/department/form", fields: fields)
            #expect(response.status == .unprocessableContent)
            let page = String(buffer: response.body)
            #expect(page.contains("Найдено ошибок"))
            #expect(page.contains("Ничего не сохранено"))
            #expect(Self.section(page, id: anchor).contains("field-problem"), "the problem is at «\(anchor)»")
            #expect(page.contains("href=\"#\(anchor)\""))
            #expect(!page.contains("report.timing"), "a wrong period is not also a missing timing text")
            #expect(try await Self.stored(web).bytes == before)
        }
    }

    @Test func aPersonIsAddedAndRemovedWithoutScripts() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            _ = try await web.send(client, .get, "/department/form")
            var form = try Self.example()
            form.issuerName = "отдел образования администрации Сосновского района"
            let added = try await web.post(client, "/department/form", fields: Self.fields(form, action: "add_person"))
            #expect(added.status == .ok)
            let page = String(buffer: added.body)
            #expect(page.contains("name=\"person.2.key\""))
            #expect(page.contains("name=\"people_count\" value=\"3\""))
            #expect(page.contains("value=\"отдел образования администрации Сосновского района\""), "typed text stays")
            #expect(try await Self.stored(web).department.people.count == 2, "adding a row stores nothing")

            form.people.append(
                DepartmentForm.Person(
                    key: "deputy", surname: "Ильин", firstName: "Пётр", patronymic: "Андреевич", gender: "m",
                    title: "заместитель начальника отдела образования"))
            #expect(try await web.post(client, "/department/form", fields: Self.fields(form)).status == .seeOther)
            let deputy = try #require(try await Self.stored(web).department.people["deputy"])
            #expect(
                deputy.written(.dative).replacingOccurrences(of: "\u{00A0}", with: " ")
                    == "заместителю начальника отдела образования Ильину П.А.")

            let removed = try await web.post(
                client, "/department/form", fields: Self.fields(form, action: "remove_person:2"))
            #expect(removed.status == .ok)
            let without = String(buffer: removed.body)
            #expect(!without.contains("name=\"person.2.key\""))
            #expect(without.contains("name=\"people_count\" value=\"2\""))
            form.people.removeLast()
            #expect(try await web.post(client, "/department/form", fields: Self.fields(form)).status == .seeOther)
            #expect(try await Self.stored(web).department.people["deputy"] == nil)
        }
    }

    @Test func aPeriodEnteredReplacesTheFilesOwnTiming() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            _ = try await web.send(client, .get, "/department")
            let example = String(decoding: try WebFixture.example("department/sosnovsky.yaml"), as: UTF8.self)
            let withTiming = example.replacingOccurrences(of: "period: {from: 2023-09, to: 2023-10}", with: "")
                .replacingOccurrences(of: "  methods:", with: "  timing: сентябрь–октябрь 2023 года.\n  methods:")
            let upload = try await web.upload(
                client, "/department", fields: [],
                files: ["settings": ("sosnovsky.yaml", Data(withTiming.utf8))])
            #expect(upload.status == .seeOther)
            #expect(try await Self.stored(web).department.period == nil)

            let page = String(buffer: try await web.send(client, .get, "/department/form").body)
            #expect(page.contains("name=\"period_from\" value=\"\""))
            var form = try Self.example()
            form.periodFrom = "2024-02"
            form.periodTo = "2024-04"
            #expect(try await web.post(client, "/department/form", fields: Self.fields(form)).status == .seeOther)
            let department = try await Self.stored(web).department
            #expect(department.period != nil)
            #expect(department.timing.replacingOccurrences(of: "\u{00A0}", with: " ") == "февраль–апрель 2024 года.")
        }
    }

    @Test func aNameOnOneLineAndARussianGenderCodeSurviveASave() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            _ = try await web.send(client, .get, "/department")
            let example = String(decoding: try WebFixture.example("department/sosnovsky.yaml"), as: UTF8.self)
            let variant = example.replacingOccurrences(
                of: "patronymic: Сергеевна, title:", with: "patronymic: Сергеевна, gender: ж, title:"
            ).replacingOccurrences(
                of: "specialist: {surname: Белова, first_name: Евгения, patronymic: Олеговна, title: главный "
                    + "специалист отдела образования}",
                with: "specialist: Белова Евгения Олеговна")
            #expect(variant.contains("specialist: Белова Евгения Олеговна"))
            let upload = try await web.upload(
                client, "/department", fields: [], files: ["settings": ("sosnovsky.yaml", Data(variant.utf8))])
            #expect(upload.status == .seeOther)
            let before = try await Self.stored(web).department

            let page = String(buffer: try await web.send(client, .get, "/department/form").body)
            #expect(Self.section(page, id: "person-0").contains("<option value=\"f\" selected>"))
            #expect(Self.section(page, id: "person-1").contains("name=\"person.1.surname\" value=\"Белова\""))
            let form = DepartmentForm(yaml: try DataFile.load(NamedBytes(name: "отдел.yaml", text: variant)))
            #expect(form.people.map(\.gender) == ["f", ""])
            #expect(try await web.post(client, "/department/form", fields: Self.fields(form)).status == .seeOther)
            let after = try await Self.stored(web).department
            #expect(after.people == before.people)
        }
    }
}
