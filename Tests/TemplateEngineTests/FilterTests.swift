import Testing

@testable import TemplateEngine

@Suite struct FilterTests {
    func apply(_ name: String, _ value: TemplateValue, _ arguments: [TemplateValue] = []) throws -> String {
        let filter = try #require(FilterRegistry.standard.filter(name))
        return try filter(value, arguments).text
    }

    @Test func textFilters() throws {
        #expect(try apply("upper", .string("ёлка")) == "ЁЛКА")
        #expect(try apply("lower", .string("ПРИКАЗ")) == "приказ")
        #expect(try apply("capitalize", .string("об утверждении")) == "Об утверждении")
        #expect(try apply("default", .null, [.string("—")]) == "—")
        #expect(try apply("default", .string(""), [.string("—")]) == "—")
        #expect(try apply("default", .number(0), [.string("—")]) == "0")
        #expect(try apply("join", .list([.string("а"), .string("б")]), [.string("; ")]) == "а; б")
        #expect(try apply("roman", .number(1)) == "I")
        #expect(try apply("roman", .number(24)) == "XXIV")
        #expect(throws: FilterFailure.self) { try apply("roman", .number(0)) }
    }

    @Test(arguments: [
        ("numeric", "08.11.2023"), ("long", "8 ноября 2023 г."), ("full", "8 ноября 2023 года"),
        ("month", "ноябрь 2023"), ("day_month", "8 ноября"), ("school_year", "2023/2024 учебный год"),
    ])
    func dates(style: String, expected: String) throws {
        #expect(try apply("date", .string("2023-11-08"), [.string(style)]) == expected)
    }

    @Test func badDatesFail() {
        #expect(throws: FilterFailure("date: «2023-02-30» не является датой; пишите даты в данных как ГГГГ-ММ-ДД")) {
            try apply("date", .string("2023-02-30"), [.string("long")])
        }
        #expect(throws: FilterFailure.self) { try apply("date", .string("2023-11-08"), [.string("weekday")]) }
    }

    @Test func numbers() throws {
        #expect(try apply("number", .number(1234567.891), [.number(2)]) == "1\u{A0}234\u{A0}567,89")
        #expect(try apply("number", .number(0.5), [.number(1)]) == "0,5")
        #expect(try apply("number", .string("85,0"), [.number(0)]) == "85")
        #expect(try apply("percent", .number(0.857), [.number(1)]) == "85,7\u{A0}%")
        #expect(try apply("percent", .number(1)) == "100,0\u{A0}%")
        #expect(throws: FilterFailure.self) { try apply("number", .string("много")) }
    }

    @Test(arguments: [
        (35.0, "35 баллов"), (21, "21 балл"), (2.5, "2,5 балла"), (1, "1 балл"), (2, "2 балла"),
        (5, "5 баллов"), (11, "11 баллов"), (111, "111 баллов"), (0, "0 баллов"), (-10, "−10 баллов"),
    ])
    func plural(number: Double, expected: String) throws {
        #expect(
            try apply("plural", .number(number), [.string("балл"), .string("балла"), .string("баллов")]) == expected)
    }
}
