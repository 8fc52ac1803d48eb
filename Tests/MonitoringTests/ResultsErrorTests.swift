import Testing
import Tables
@testable import Ingest
import Monitoring

@Suite struct ResultsErrorTests {
    static let methodology: Methodology = {
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
        return (try? Methodology.parse(text, file: "м.yaml")) ?? Methodology(title: "", shortTitle: "", approvedBy: nil, period: nil,
                                                                           directions: [], scale: LevelScale(kind: .points, levels: []), file: "")
    }()

    func problems(_ rows: [[String]]) -> [String] {
        let table = Table(file: "результаты.csv", sheet: nil,
                          rows: rows.enumerated().map { Table.Row(number: $0.offset + 1, cells: $0.element) })
        do {
            _ = try ResultsReader.read(table, methodology: Self.methodology)
            return []
        } catch let error as MonitoringError {
            return error.problems.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    static let header = ["Код", "Наименование ОО", "Руководитель", "plan", "Подтверждённые результаты", "share"]

    @Test func goodRowsRead() {
        #expect(problems([["Итоги мониторинга"], Self.header, ["1", "СОШ № 1", "Иванов И.И.", "да", "3 из 3", "85 %"]]) == [])
    }

    @Test func missingColumn() {
        #expect(problems([["Код", "Наименование ОО", "plan", "share"], ["1", "СОШ", "да", "1"]])
                == ["результаты.csv, строка 1: missing_column: нет столбца для показателя «tests»: «tests» "
                    + "(заголовок — код показателя или его название из методики)"])
    }

    @Test func duplicateSchool() {
        #expect(problems([Self.header, ["7", "СОШ № 7", "", "да", "1", "0,9"], ["7", "ООШ № 7", "", "нет", "2", "0,5"]])
                == ["результаты.csv, строка 3, столбец «Код»: duplicate_school: код ОО «7» уже встречался в строке 2"])
    }

    @Test func valueNotAllowed() {
        #expect(problems([Self.header, ["1", "СОШ № 1", "", "частично", "1", "0,9"]])
                == ["результаты.csv, строка 2, столбец «plan»: value_not_allowed: «частично» — допускается только да или нет (также +/−, 1/0)"])
    }

    @Test func numberOutOfRange() {
        #expect(problems([Self.header, ["1", "СОШ № 1", "", "да", "4", "120 %"]])
                == ["результаты.csv, строка 2, столбец «Подтверждённые результаты»: out_of_range: 4 — вне допустимого: от 0 до 3",
                    "результаты.csv, строка 2, столбец «share»: out_of_range: «120 %» — доля должна быть от 0 до 100 %"])
    }

    @Test func schoolWithoutName() {
        #expect(problems([Self.header, ["9", " ", "", "да", "1", "1"]])
                == ["результаты.csv, строка 2, столбец «Наименование ОО»: no_school_name: у ОО с кодом «9» не указано наименование"])
    }

    @Test func noHeaderRow() {
        #expect(problems([["a", "b"], ["1", "2"]]).first?.hasPrefix("результаты.csv: no_header_row: не найдена строка заголовков") == true)
    }

    @Test(arguments: [("да", true), ("+", true), ("1", true), (" Есть ", true), ("нет", false), ("−", false), ("0", false), ("-", false)])
    func flags(text: String, value: Bool) {
        #expect(CellValue.flag(text) == value)
    }

    @Test(arguments: [("85 %", 0.85), ("85,0", 0.85), ("0,85", 0.85), ("85", 0.85), ("1\u{A0}%", 0.01), ("0.5", 0.5)])
    func shares(text: String, value: Double) {
        #expect(abs((CellValue.share(text) ?? -1) - value) < 1e-12)
    }
}
