import Monitoring
import Tables
import Testing

@testable import Ingest

/// Values that a results reader must survive: as long as a cell may be, huge numbers, control
/// characters and emoji. Every message quotes at most 40 characters of a value and nothing crashes.
@Suite struct HostileValueTests {
    func problems(_ rows: [[String]]) throws -> [String] {
        try ResultsErrorTests().problems([ResultsErrorTests.header] + rows)
    }

    @Test func longValueIsQuotedShort() throws {
        let long = "частично, " + String(repeating: "а", count: 9_980)
        #expect(
            try problems([["1", "СОШ № 1", "", long, "1", "0,9"]])
                == [
                    "результаты.csv, строка 2, столбец «plan»: value_not_allowed: «частично, \(String(repeating: "а", count: 30))…» "
                        + "— допускается только да или нет (также +/−, 1/0)"
                ])
    }

    @Test func longSchoolCodeIsQuotedShort() throws {
        let id = String(repeating: "7", count: 10_000)
        let found = try problems([["\(id)", "СОШ № 7", "", "да", "1", "0,9"], ["\(id)", " ", "", "нет", "2", "0,5"]])
        let quoted = "«\(String(repeating: "7", count: 40))…»"
        #expect(
            found == [
                "результаты.csv, строка 3, столбец «Наименование ОО»: no_school_name: у ОО с кодом \(quoted) не указано наименование",
                "результаты.csv, строка 3, столбец «Код»: duplicate_school: код ОО \(quoted) уже встречался в строке 2",
            ])
    }

    @Test(arguments: ["1e300", "-1e300", "9223372036854775808", "1e19 из 6", String(repeating: "9", count: 400)])
    func hugeCountIsAnErrorNotACrash(text: String) throws {
        let found = try problems([["1", "СОШ № 1", "", "да", text, "0,9"]])
        #expect(found.count == 1)
        #expect(found.first?.contains("столбец «Подтверждённые результаты»: value_not_allowed: «") == true)
    }

    @Test func controlCharactersAndEmojiAreShownSafely() throws {
        let odd = "\u{1B}[2J\u{7}да👍🏽\u{202E}\r\nнет\u{0}"
        #expect(
            try problems([["1", "СОШ 🏫 № 1", "", odd, "1", "0,9"]])
                == [
                    "результаты.csv, строка 2, столбец «plan»: value_not_allowed: «�[2J�да👍🏽�↵нет�» "
                        + "— допускается только да или нет (также +/−, 1/0)"
                ])
    }
}
