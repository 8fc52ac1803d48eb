import Testing

@testable import RussianText

/// The monitoring's period in the two forms documents need: in a list of facts and in a sentence.
@Suite struct RussianPeriodTests {
    func period(_ from: String, _ to: String) throws -> RussianPeriod {
        let start = try #require(RussianPeriod.End(parsing: from))
        let end = try #require(RussianPeriod.End(parsing: to))
        return try #require(RussianPeriod(from: start, to: end))
    }

    @Test func monthsOfOneYear() throws {
        let period = try period("2023-09", "2023-10")
        #expect(period.nominative == "сентябрь–октябрь 2023\u{A0}года")
        #expect(period.prepositional == "в сентябре–октябре 2023\u{A0}года")
        let one = try self.period("2023-05", "2023-05")
        #expect(one.nominative == "май 2023\u{A0}года" && one.prepositional == "в мае 2023\u{A0}года")
    }

    @Test func monthsAcrossTheNewYear() throws {
        let period = try period("2023-12", "2024-01")
        #expect(period.nominative == "декабрь 2023\u{A0}года – январь 2024\u{A0}года")
        #expect(period.prepositional == "в декабре 2023\u{A0}года – январе 2024\u{A0}года")
    }

    /// Seed 003's ВПР ran «с 15 марта по 20 мая 2023 года»: days read the same in both forms.
    @Test func days() throws {
        let period = try period("2023-03-15", "2023-05-20")
        #expect(period.nominative == "с 15\u{A0}марта по 20\u{A0}мая 2023\u{A0}года")
        #expect(period.prepositional == period.nominative)
        #expect(try self.period("2023-12-20", "2024-01-15").nominative.contains("декабря 2023\u{A0}года по 15"))
    }

    @Test func whatIsNotAPeriod() {
        #expect(RussianPeriod.End(parsing: "2023-13") == nil)
        #expect(RussianPeriod.End(parsing: "2023-02-30") == nil)
        #expect(RussianPeriod.End(parsing: "сентябрь") == nil)
        if let a = RussianPeriod.End(parsing: "2023-10"), let b = RussianPeriod.End(parsing: "2023-09"),
            let day = RussianPeriod.End(parsing: "2023-11-01")
        {
            #expect(RussianPeriod(from: a, to: b) == nil)
            #expect(RussianPeriod(from: b, to: day) == nil)
        } else {
            Issue.record("месяцы не прочитаны")
        }
    }
}
