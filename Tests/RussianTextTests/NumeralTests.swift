import Testing

@testable import RussianText

@Suite struct NumeralTests {
    let points = PluralForms("балл", "балла", "баллов")

    @Test func agreementFrom0To200() {
        for n in 0...200 {
            let lastTwo = n % 100
            let last = n % 10
            let expected =
                (11...14).contains(lastTwo)
                ? "баллов" : last == 1 ? "балл" : (2...4).contains(last) ? "балла" : "баллов"
            #expect(points.form(for: n) == expected, "\(n)")
        }
        #expect([1, 21, 101, 121].map { points.form(for: $0) } == ["балл", "балл", "балл", "балл"])
        #expect([11, 12, 111, 114].map { points.form(for: $0) } == ["баллов", "баллов", "баллов", "баллов"])
    }

    @Test func fractionsTakeTheGenitiveSingular() {
        #expect(points.form(for: 2.5) == "балла")
        #expect(points.form(for: 0.5) == "балла")
        #expect(points.form(for: 21.0) == "балл")
        #expect(points.form(for: 5.0) == "баллов")
    }

    @Test func numberFormatting() {
        #expect(RussianNumber.format(1234.5, decimals: 2) == "1\u{A0}234,50")
        #expect(RussianNumber.format(999, decimals: 0) == "999")
        #expect(RussianNumber.format(-0.004, decimals: 2) == "0,00")
        #expect(RussianNumber.format(-12.5, decimals: 1) == "−12,5")
        #expect(RussianNumber.compact(2.50) == "2,5")
        #expect(RussianNumber.compact(35) == "35")
        #expect(RussianNumber.percent(0.857) == "85,7\u{A0}%")
        #expect(RussianNumber.percent(2.0 / 3.0, decimals: 0) == "67\u{A0}%")
    }

    @Test func romanNumerals() {
        #expect(
            (1...12).compactMap(RomanNumeral.string) == [
                "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
            ])
        #expect(RomanNumeral.string(1994) == "MCMXCIV")
        #expect(RomanNumeral.string(0) == nil)
        #expect(RomanNumeral.string(4000) == nil)
    }
}

@Suite struct DateTests {
    @Test func parsingAndValidity() {
        #expect(RussianDate(parsing: "2023-11-08") == RussianDate(year: 2023, month: 11, day: 8))
        #expect(RussianDate(parsing: "08.11.2023") == RussianDate(year: 2023, month: 11, day: 8))
        #expect(RussianDate(parsing: "2024-02-29") != nil)
        #expect(RussianDate(parsing: "2023-02-29") == nil)
        #expect(RussianDate(parsing: "1900-02-29") == nil)
        #expect(RussianDate(parsing: "2023-04-31") == nil)
        #expect(RussianDate(parsing: "8 ноября") == nil)
    }

    @Test func styles() throws {
        let date = try #require(RussianDate(year: 2022, month: 3, day: 23))
        #expect(date.formatted(.numeric) == "23.03.2022")
        #expect(date.formatted(.long) == "23 марта 2022 г.")
        #expect(date.formatted(.full) == "23 марта 2022 года")
        #expect(date.formatted(.month) == "март 2022")
        #expect(date.formatted(.dayMonth) == "23 марта")
        let months = (1...12).compactMap { RussianDate(year: 2023, month: $0, day: 1)?.formatted(.long) }
        #expect(
            months.map { $0.split(separator: " ")[1] } == [
                "января", "февраля", "марта", "апреля", "мая", "июня", "июля",
                "августа", "сентября", "октября", "ноября", "декабря",
            ])
    }

    @Test func schoolYear() {
        #expect(RussianDate(year: 2023, month: 9, day: 1)?.schoolYear == "2023/2024 учебный год")
        #expect(RussianDate(year: 2024, month: 8, day: 31)?.schoolYear == "2023/2024 учебный год")
        #expect(RussianDate(year: 2023, month: 11, day: 8)?.schoolYear == "2023/2024 учебный год")
    }
}
