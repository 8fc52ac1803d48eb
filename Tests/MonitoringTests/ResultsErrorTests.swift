import Diagnostics
import Monitoring
import Tables
import Testing

@testable import Ingest

@Suite struct ResultsErrorTests {
    /// The methodology the rows are read against; a parse failure is thrown, failing the test.
    static func methodology() throws -> Methodology {
        let text = """
            title: Проверка
            levels:
              scale: percent
              items:
                - {id: high, name: высокий, from: 80, to: 100}
                - {id: low, name: низкий, from: 0}
            directions:
              - title: Направление
                indicators:
                  - {id: plan, title: Наличие плана, max: 1, rule: {kind: fact, points: 1}}
                  - {id: tests, title: Подтверждённые результаты, max: 6, rule: {kind: per_item, items: 3, points_each: 2}}
                  - {id: share, title: Доля педагогов, max: 1, rule: {kind: threshold, at_least: 80, points: 1}}
            """
        return try Methodology.parse(text, file: "м.yaml")
    }

    /// The problems reading `rows` reports; any other error is thrown, failing the test.
    func problems(_ rows: [[String]]) throws -> [String] {
        let table = Table(
            file: "результаты.csv", sheet: nil,
            rows: rows.enumerated().map { Table.Row(number: $0.offset + 1, cells: $0.element) })
        let methodology = try Self.methodology()
        do {
            _ = try ResultsReader.read(table, methodology: methodology)
            return []
        } catch let report as DiagnosticReport {
            return report.diagnostics.map(\.description)
        }
    }

    static let header = ["Код", "Наименование ОО", "Руководитель", "plan", "Подтверждённые результаты", "share"]

    @Test func goodRowsRead() throws {
        #expect(
            try problems([["Итоги мониторинга"], Self.header, ["1", "СОШ № 1", "Иванов И.И.", "да", "3 из 3", "85 %"]])
                == [])
    }

    @Test func missingColumn() throws {
        #expect(
            try problems([["Код", "Наименование ОО", "plan", "share"], ["1", "СОШ", "да", "1"]])
                == [
                    "результаты.csv, строка 1: missing_column: нет столбца для показателя «tests»: «tests» "
                        + "(заголовок — код показателя или его название из методики)"
                ])
    }

    @Test func duplicateSchool() throws {
        #expect(
            try problems([
                Self.header, ["7", "СОШ № 7", "", "да", "1", "0,9"], ["7", "ООШ № 7", "", "нет", "2", "0,5"],
            ])
                == ["результаты.csv, строка 3, столбец «Код»: duplicate_school: код ОО «7» уже встречался в строке 2"])
    }

    @Test func valueNotAllowed() throws {
        #expect(
            try problems([Self.header, ["1", "СОШ № 1", "", "частично", "1", "0,9"]])
                == [
                    "результаты.csv, строка 2, столбец «plan»: value_not_allowed: «частично» — допускается только да или нет (также +/−, 1/0)"
                ])
    }

    @Test func numberOutOfRange() throws {
        #expect(
            try problems([Self.header, ["1", "СОШ № 1", "", "да", "4", "120 %"]])
                == [
                    "результаты.csv, строка 2, столбец «Подтверждённые результаты»: out_of_range: 4 — вне допустимого: от 0 до 3",
                    "результаты.csv, строка 2, столбец «share»: out_of_range: «120 %» — доля должна быть от 0 до 100 %",
                ])
    }

    @Test func schoolWithoutName() throws {
        #expect(
            try problems([Self.header, ["9", " ", "", "да", "1", "1"]])
                == [
                    "результаты.csv, строка 2, столбец «Наименование ОО»: no_school_name: у ОО с кодом «9» не указано наименование"
                ])
    }

    /// A workbook's problem names its sheet too, and carries the column's heading as its field.
    @Test func problemsOfASheetAreLocatedInIt() throws {
        let table = Table(
            file: "результаты.xlsx", sheet: "Лист1",
            rows: [
                Table.Row(number: 3, cells: Self.header),
                Table.Row(number: 4, cells: ["1", "СОШ № 1", "", "частично", "1", "0,9"]),
            ])
        do {
            _ = try ResultsReader.read(table, methodology: try Self.methodology())
            Issue.record("ошибка не найдена")
        } catch let report as DiagnosticReport {
            #expect(
                report.diagnostics.map(\.location) == [
                    SourceLocation(file: "результаты.xlsx", sheet: "Лист1", row: 4, field: "plan")
                ])
            #expect(report.diagnostics.map(\.code) == [ResultsCode.valueNotAllowed.rawValue])
            #expect(
                report.diagnostics.first?.description.hasPrefix(
                    "результаты.xlsx, лист «Лист1», строка 4, столбец «plan»: ") == true)
        }
    }

    @Test func noHeaderRow() throws {
        #expect(
            try problems([["a", "b"], ["1", "2"]]).first?.hasPrefix(
                "результаты.csv: no_header_row: не найдена строка заголовков") == true)
    }

    @Test(arguments: [
        ("да", true), ("+", true), ("1", true), (" Есть ", true), ("нет", false), ("−", false), ("0", false),
        ("-", false),
    ])
    func flags(text: String, value: Bool) {
        #expect(CellValue.flag(text) == value)
    }

    @Test(arguments: [("85 %", 0.85), ("85,0", 0.85), ("0,85", 0.85), ("85", 0.85), ("1\u{A0}%", 0.01), ("0.5", 0.5)])
    func shares(text: String, value: Double) {
        #expect(abs((CellValue.share(text) ?? -1) - value) < 1e-12)
    }
}
