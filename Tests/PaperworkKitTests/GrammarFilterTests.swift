import PaperworkKit
import TemplateEngine
import TestSupport
import Testing

@Suite struct GrammarFilterTests {
    static let deputy: TemplateValue = .object([
        ("surname", .string("Савкина")), ("first_name", .string("Людмила")), ("patronymic", .string("Викторовна")),
        ("title", .string("заместитель начальника управления образования")),
    ])
    static let methodist: TemplateValue = .object([
        ("surname", .string("Бабкина")), ("first_name", .string("Наталья")), ("patronymic", .string("Александровна")),
        ("gender", .string("f")), ("title", .string("главный методист МКУ «Управление образования»")),
    ])

    func render(_ tag: String, _ data: [(String, TemplateValue)]) throws -> String {
        let template = try Template(
            bytes: try DocumentFixture.odt(body: DocumentFixture.tp(tag)), label: "t.odt", filters: Filters.all)
        let output = try template.render(.object(data), options: .init(typography: nil))
        let document = try OfficeDocumentText.paragraphs(output)
        return document.joined(separator: "\n")
    }

    @Test func casesOfAPersonWithATitle() throws {
        let data = [("deputy", Self.deputy), ("methodist", Self.methodist)]
        #expect(
            try render("{{ deputy | dative }} довести", data)
                == "заместителю начальника управления образования Савкиной\u{A0}Л.В. довести")
        #expect(
            try render("возложить на {{ methodist | accusative }}", data)
                == "возложить на главного методиста МКУ «Управление образования» Бабкину\u{A0}Н.А.")
        #expect(
            try render("по представлению {{ methodist | genitive(\"initials\") }}", data)
                == "по представлению Бабкиной\u{A0}Н.А.")
        #expect(try render("{{ deputy | instrumental(\"full\") }}", data) == "Савкиной Людмилой Викторовной")
        #expect(try render("{{ deputy | dative(\"initials_first\") }}", data) == "Л.В.\u{A0}Савкиной")
        #expect(
            try render("{{ deputy | prepositional(\"title\") }}", data)
                == "заместителе начальника управления образования")
        #expect(
            try render("{{ deputy | initials }}, {{ deputy | initials_first }}", data)
                == "Савкина\u{A0}Л.В., Л.В.\u{A0}Савкина")
        #expect(try render("{{ deputy | initials_first(\"dative\") }}", data) == "Л.В.\u{A0}Савкиной")
        #expect(
            try render("{{ deputy | nominative }}", data)
                == "заместитель начальника управления образования Савкина\u{A0}Л.В.")
    }

    @Test func stringsAreNamesOrTitles() throws {
        #expect(
            try render("{{ p | dative }}", [("p", .string("Леорда Светлана Игоревна"))]) == "Леорде Светлане Игоревне")
        #expect(
            try render("{{ t | dative }}", [("t", .string("директор МКУ «ЭМС системы образования»"))])
                == "директору МКУ «ЭМС системы образования»")
        #expect(try render("{{ t | genitive }}", [("t", .string("руководители ОО"))]) == "руководители ОО")
    }

    @Test func overridesAndWords() throws {
        let person: TemplateValue = .object([
            ("surname", .string("Кваша")), ("first_name", .string("Игорь")),
            ("patronymic", .string("Петрович")),
            ("declension", .object([("instrumental", .string("Квашой Игорем Петровичем"))])),
        ])
        #expect(try render("{{ p | instrumental(\"full\") }}", [("p", person)]) == "Квашой Игорем Петровичем")
        #expect(
            try render("{{ n | words(\"f\") }} школы, {{ m | words }}", [("n", .number(2)), ("m", .number(50))])
                == "две школы, пятьдесят")
        #expect(try render("{{ x | plural(\"балл\", \"балла\", \"баллов\") }}", [("x", .number(2.5))]) == "2,5 балла")
    }

    @Test func nonPersonFails() {
        #expect(throws: TemplateError.self) { try render("{{ n | dative }}", [("n", .number(5))]) }
    }
}

extension GrammarFilterTests {
    @Test func aNameOfUnknownGenderAsksForIt() throws {
        let person: TemplateValue = .object([("surname", .string("Гарсиа")), ("first_name", .string("Андреа"))])
        #expect(throws: TemplateError.self) { try render("{{ p | dative(\"full\") }}", [("p", person)]) }
        let woman: TemplateValue = .object([
            ("surname", .string("Гарсиа")), ("first_name", .string("Андреа")), ("gender", .string("f")),
        ])
        #expect(try render("{{ p | dative(\"full\") }}", [("p", woman)]) == "Гарсиа Андреа")
    }
}
