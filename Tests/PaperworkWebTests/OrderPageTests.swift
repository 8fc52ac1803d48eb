import Foundation
import HummingbirdTesting
import PaperworkKit
import TestSupport
import Testing

@testable import PaperworkWeb

/// «Приказы»: the clerk drafts an order in the form, saves and reopens it, downloads its documents
/// (rendered by PaperworkKit as `paperwork order` renders them), exports and imports its YAML, copies it.
@Suite struct OrderPageTests {
    /// The form of an order with the example department's people, two items (one with a
    /// sub-item, one naming a person in the accusative), a value and a plan of two rows.
    static let fields: [(String, String)] = [
        ("issuer", "АДМИНИСТРАЦИЯ СОСНОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА\r\nОТДЕЛ ОБРАЗОВАНИЯ"),
        ("issuer_name", "отдел образования администрации Сосновского муниципального района"),
        ("kind", "ПРИКАЗ"), ("date", "2024-02-15"), ("date_style", "numeric"), ("number", "45"),
        ("place", "с. Сосновка"), ("command", "ПРИКАЗЫВАЮ:"),
        ("title", "О проведении всероссийских проверочных работ\r\nв 2024 году"),
        ("preamble", "В целях обеспечения объективности «ВПР» № 1"),
        ("people_count", "2"),
        ("person.0.key", "head"), ("person.0.surname", "Ковалёва"), ("person.0.first_name", "Ирина"),
        ("person.0.patronymic", "Сергеевна"), ("person.0.title", "начальник отдела образования"),
        ("person.1.key", "specialist"), ("person.1.surname", "Белова"), ("person.1.first_name", "Евгения"),
        ("person.1.patronymic", "Олеговна"), ("person.1.title", "главный специалист отдела образования"),
        ("item_count", "2"),
        ("item.0.text", "Утвердить план мероприятий (приложение) в срок до {{ deadline | date }}."),
        ("item.0.count", "1"), ("item.0.0.text", "Руководителям ОО: ознакомить педагогов."),
        ("item.1.text", "Контроль за исполнением приказа возложить на {{ specialist | accusative }}."),
        ("item.1.count", "0"),
        ("value_count", "1"), ("value.0.name", "deadline"), ("value.0.value", "2024-03-01"),
        ("signatory", "head"), ("signatory_title", "Начальник\r\nотдела образования"),
        ("executor_name", "Белова Е.О."), ("executor_phone", "2-15-40"),
        ("appendix_count", "1"), ("app.0.mark", "appendix"), ("app.0.title", "План мероприятий"),
        ("app.0.numbering", "roman"), ("app.0.columns", "number,activity,due,responsible"),
        ("app.0.section_count", "1"), ("app.0.sec.0.title", "Подготовка"), ("app.0.sec.0.row_count", "2"),
        ("app.0.sec.0.row.0.activity", "Совещание руководителей ОО"), ("app.0.sec.0.row.0.due", "январь"),
        ("app.0.sec.0.row.0.responsible", "Белова Е.О."),
        ("app.0.sec.0.row.1.activity", "Анализ результатов: «ВПР-2024»"), ("app.0.sec.0.row.1.due", "май"),
        ("app.0.sec.0.row.1.responsible", "руководители ОО"),
    ]

    /// The draft the fields make, as the form reads it.
    static var draft: OrderDraft {
        var form = Form()
        for (name, value) in fields { form.fields[name, default: []].append(value) }
        return OrderDraft(form: form)
    }

    /// The paragraphs of a DOCX or ODT, read by the project's own reader.
    static func text(_ bytes: [UInt8], name: String) throws -> String {
        let inspection = try Inspection(document: try OfficeDocument(bytes: bytes, label: name))
        return plain(inspection.sections.flatMap { $0.paragraphs }.joined(separator: "\n"))
    }

    /// `text` with the typography's non-breaking spaces and hyphens made plain, for comparing.
    static func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(of: "\u{2011}", with: "-")
    }

    @Test func aDraftFromTheFormIsSavedReopenedExportedDownloadedAndCopied() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            let empty = String(buffer: try await web.send(client, .get, "/orders").body)
            #expect(empty.contains("Приказов пока нет"))
            let new = String(buffer: try await web.send(client, .get, "/orders/new").body)
            #expect(new.contains("Ковалёва") && new.contains("ОТДЕЛ ОБРАЗОВАНИЯ"))

            let saved = try await web.post(client, "/orders/new", fields: Self.fields + [("action", "save")])
            #expect(saved.status == .seeOther)
            let location = try #require(saved.headers[.location])
            let id = String(location.dropFirst("/orders/".count))
            let record = try #require(try await web.store.order(id: id))
            #expect(record.problems == 0)
            #expect(record.number == "45")
            #expect(record.title == "О проведении всероссийских проверочных работ в 2024 году")

            let list = String(buffer: try await web.send(client, .get, "/orders").body)
            #expect(list.contains("О проведении всероссийских проверочных работ") && list.contains("15.02.2024"))
            let reopened = Self.plain(String(buffer: try await web.send(client, .get, location).body))
            #expect(reopened.contains("Ошибок нет"))
            #expect(reopened.contains("Совещание руководителей ОО"))
            // The person named in the accusative, as the order will print it.
            #expect(reopened.contains("главного специалиста отдела образования Белову Е.О."))

            // The YAML out is what the form had, and the command line's reader takes it.
            let export = try await web.send(client, .get, location + "/yaml")
            #expect(export.headers[.contentDisposition]?.hasPrefix("attachment") == true)
            let yaml = String(buffer: export.body)
            #expect(yaml == record.yaml)
            #expect(OrderDraft(yaml: try DataFile.yaml(yaml, file: "приказ.yaml")) == Self.draft.trimmed)
            let order = try Paperwork.order(
                NamedBytes(name: "приказ.yaml", text: yaml), files: FolderSource(folder: web.folder))
            #expect(order.items.count == 2 && order.items[0].items.count == 1)

            let docx = try await web.post(client, location, fields: Self.fields + [("action", "download:docx")])
            #expect(docx.status == .ok)
            #expect(docx.headers[.contentDisposition]?.hasPrefix("attachment") == true)
            let text = try Self.text(Array(docx.body.readableBytesView), name: "приказ.docx")
            #expect(text.contains("О проведении всероссийских проверочных работ"))
            #expect(text.contains("Утвердить план мероприятий (приложение) в срок до 01.03.2024"))
            #expect(text.contains("главного специалиста отдела образования Белову Е.О."))
            #expect(text.contains("Анализ результатов: «ВПР-2024»"))
            // The same document as `paperwork order` makes from the exported YAML.
            let cli = try OrderPrinter.document(order, format: .docx)
            #expect(try Self.text(cli.bytes, name: cli.name) == text)

            let odt = try await web.post(client, location, fields: Self.fields + [("action", "download:odt")])
            #expect(odt.status == .ok)
            #expect(try Self.text(Array(odt.body.readableBytesView), name: "приказ.odt").contains("Белову Е.О."))

            let copied = try await web.post(client, location + "/copy", fields: [])
            #expect(copied.status == .seeOther)
            let copyID = String(try #require(copied.headers[.location]).dropFirst("/orders/".count))
            #expect(copyID != id)
            let copy = try #require(try await web.store.order(id: copyID))
            // The department keeps a register: the copy gets its number when it is registered.
            #expect(copy.number == "" && copy.problems == 0)
            #expect(copy.title == record.title)
            #expect(try await web.store.orders().count == 2)
            let copyPage = String(buffer: try await web.send(client, .get, "/orders/\(copyID)").body)
            #expect(copyPage.contains("Ошибок нет") && copyPage.contains("Зарегистрировать"))
        }
    }

    @Test func theFormGrowsWithoutJavaScriptAndShowsTheCase() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            _ = try await web.send(client, .get, "/orders/new")
            let added = try await web.post(client, "/orders/new", fields: Self.fields + [("action", "add_item")])
            #expect(added.status == .ok)
            let page = String(buffer: added.body)
            #expect(page.contains("name=\"item.2.text\""))
            #expect(page.contains("name=\"item_count\" value=\"3\""))

            let inserted = try await web.post(
                client, "/orders/new",
                fields: Self.fields + [("item.0.person", "head"), ("item.0.case", "dative"), ("action", "insert:0")])
            let insertedPage = Self.plain(String(buffer: inserted.body))
            #expect(insertedPage.contains("{{ deadline | date }}. {{ head | dative }}</textarea>"))
            #expect(insertedPage.contains("начальнику отдела образования Ковалёвой И.С."))

            let row = try await web.post(client, "/orders/new", fields: Self.fields + [("action", "add_row:0.0")])
            #expect(String(buffer: row.body).contains("name=\"app.0.sec.0.row.2.activity\""))
            #expect(try await web.store.orders().isEmpty)
        }
    }

    @Test func aDraftWithProblemsIsKeptAsADraftAndNotPrinted() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            _ = try await web.send(client, .get, "/orders/new")
            // No title (the number the department's register gives): two problems.
            let fields = Self.fields.map { $0.0 == "title" ? ($0.0, "") : $0 }.map {
                $0.0 == "item.1.text" ? ($0.0, "Возложить на {{ nobody | dative }}.") : $0
            }
            let checked = String(buffer: try await web.post(client, "/orders/new", fields: fields).body)
            #expect(checked.contains("Найдено ошибок: 2"))
            #expect(checked.contains("<a href=\"#title\">"))
            #expect(checked.contains("<a href=\"#item-1\">Пункт 2</a>"))
            let download = try await web.post(client, "/orders/new", fields: fields + [("action", "download:docx")])
            #expect(download.status == .unprocessableContent)
            let saved = try await web.post(client, "/orders/new", fields: fields + [("action", "save")])
            #expect(saved.status == .seeOther)
            #expect(try await web.store.orders().first?.problems == 2)
            let list = String(buffer: try await web.send(client, .get, "/orders").body)
            #expect(list.contains("черновик, ошибок: 2"))
        }
    }

    @Test func anExampleYAMLIsImportedAndABrokenOneShowsItsLine() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            _ = try await web.send(client, .get, "/orders/import")
            let example = try WebFixture.example("orders/yenisei-2023-305.yaml")
            let imported = try await web.upload(
                client, "/orders/import", fields: [], files: ["order": ("yenisei-2023-305.yaml", example)])
            #expect(imported.status == .seeOther)
            let location = try #require(imported.headers[.location])
            let page = String(buffer: try await web.send(client, .get, location).body)
            #expect(page.contains("Ошибок нет"))
            #expect(page.contains("01-04-305") && page.contains("Бабкина"))
            #expect(page.contains("name=\"app.0.sec.3.row.1.activity\""))
            // The stored draft prints as the example does.
            let stored = try #require(try await web.store.orders().first)
            #expect(stored.number == "01-04-305")
            let yaml = try #require(try await web.store.order(id: stored.id)).yaml
            let files = FolderSource(folder: web.folder)
            let fromExample = try Paperwork.order(NamedBytes(name: "e.yaml", bytes: example), files: files)
            let fromStore = try Paperwork.order(NamedBytes(name: "s.yaml", text: yaml), files: files)
            let expected = try OrderPrinter.document(fromExample, format: .docx)
            let actual = try OrderPrinter.document(fromStore, format: .docx)
            #expect(
                try Self.text(actual.bytes, name: "s.docx")
                    == Self.text(expected.bytes, name: "e.docx"))

            // The other example: plan rows written as lists, sections numbered I–IV.
            let lysogorsk = try await web.upload(
                client, "/orders/import", fields: [],
                files: ["order": ("lysogorsk-2022-57.yaml", try WebFixture.example("orders/lysogorsk-2022-57.yaml"))])
            #expect(lysogorsk.status == .seeOther)
            #expect(try await web.store.orders().count == 2)

            let broken = Data("title: Приказ\nitems: [Первый пункт\nnumber: 5\n".utf8)
            let bad = try await web.upload(
                client, "/orders/import", fields: [], files: ["order": ("сломанный.yaml", broken)])
            #expect(bad.status == .unprocessableContent)
            let badPage = String(buffer: bad.body)
            #expect(badPage.contains("сломанный.yaml"))
            #expect(badPage.contains("строка 3") || badPage.contains("строка 2"))
            let invalid = try await web.upload(
                client, "/orders/import", fields: [],
                files: ["order": ("без номера.yaml", Data("title: Приказ\nitems: [Пункт]\n".utf8))])
            #expect(invalid.status == .unprocessableContent)
            #expect(String(buffer: invalid.body).contains("number"))
            // A person written on one line reads in the core, but the form would lose the name:
            // refused, with the reason, rather than printed differently.
            let oneLine = Data(
                """
                issuer: [ОТДЕЛ ОБРАЗОВАНИЯ]
                date: 2024-01-10
                number: "1"
                title: О приказе
                people:
                  head: Ковалёва Ирина Сергеевна
                items: [Пункт.]
                signatory: head
                """.utf8)
            let unsupported = try await web.upload(
                client, "/orders/import", fields: [], files: ["order": ("одной строкой.yaml", oneLine)])
            #expect(unsupported.status == .unprocessableContent)
            #expect(String(buffer: unsupported.body).contains("форма не умеет показать"))
            #expect(try await web.store.orders().count == 2)
        }
    }

    @Test func thePreviewIsAPDFShownInTheBrowser() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            _ = try await web.send(client, .get, "/orders/new")
            let preview = try await web.post(client, "/orders/new", fields: Self.fields + [("action", "preview")])
            #expect(preview.status == .ok)
            #expect(preview.headers[.contentType] == "application/pdf")
            #expect(preview.headers[.contentDisposition]?.hasPrefix("inline") == true)
            #expect(Array(preview.body.readableBytesView.prefix(5)) == Array("%PDF-".utf8))
        }
    }

    @Test func yamlIsWrittenSoThatItReadsBackTheSame() throws {
        let value = TemplateValue.object([
            ("number", .string("57")), ("date", .string("2023-11-08")), ("yes", .string("yes")),
            ("text", .string("Строка: «№ 1» # не комментарий\nвторая \"в кавычках\" \\")),
            ("plain", .string("Утвердить план мероприятий")), ("count", .number(5)), ("empty", .list([])),
            ("list", .list([.string("- тире"), .object([("a", .string("б")), ("c", .list([.string("d")]))])])),
        ])
        let written = YAMLWriter.yaml(value, comment: ["пример"])
        #expect(try DataFile.yaml(written.text, file: "t.yaml") == value)
        #expect(written.text.contains("plain: Утвердить план мероприятий\n"))
        #expect(written.paths[2] == "number")
        #expect(written.paths.values.contains("list.1.c.0"))
    }
}
