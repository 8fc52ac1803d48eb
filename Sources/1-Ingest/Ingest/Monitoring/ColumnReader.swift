import Monitoring
import RussianText
import Tables

/// Where an indicator's values are in the table and how to read them.
enum ColumnReader {
    case single(Int)
    case checklist([Int])
    case trend(previous: Int, current: Int)
    /// A trend indicator's value of this year alone; last year's comes from the stored previous period.
    case current(Int)

    /// The table columns this reader reads.
    var columns: [Int] {
        switch self {
        case .single(let column), .current(let column): [column]
        case .checklist(let columns): columns
        case .trend(let previous, let current): [previous, current]
        }
    }

    struct Failure: Error {
        let code: ResultsCode
        let message: String
        let column: Int
    }

    static func make(for indicator: Indicator, find: (String) -> Int?) -> Result<ColumnReader, MissingColumns> {
        let own = find(indicator.id) ?? find(indicator.title)
        switch indicator.rule {
        case .checklist(let items):
            var columns: [Int] = []
            var missing: [String] = []
            for item in items {
                if let column = find("\(indicator.id).\(item.id)") ?? find(item.title) {
                    columns.append(column)
                } else {
                    missing.append("«\(indicator.id).\(item.id)» или «\(item.title)»")
                }
            }
            return missing.isEmpty
                ? .success(.checklist(columns)) : .failure(MissingColumns(missing.joined(separator: ", ")))
        case .trend:
            let previous = ResultsReader.previousSuffixes.compactMap { find(indicator.id + $0) }.first
            let current = ResultsReader.currentSuffixes.compactMap { find(indicator.id + $0) }.first
            if let previous, let current { return .success(.trend(previous: previous, current: current)) }
            if let current { return .success(.current(current)) }
            if let own { return .success(.single(own)) }
            return .failure(
                MissingColumns(
                    "«\(indicator.id)» (да/нет), пара «\(indicator.id).было» и «\(indicator.id).стало» или только "
                        + "«\(indicator.id).стало» (прошлый год — из сохранённого мониторинга прошлого периода)"))
        default:
            return own.map { .success(.single($0)) } ?? .failure(MissingColumns("«\(indicator.id)»"))
        }
    }

    struct MissingColumns: Error {
        let text: String
        init(_ text: String) { self.text = text }
    }

    /// Cell texts already read, per column: a column holds few distinct answers («да», «нет», the
    /// options of a choice), so each is read once.
    struct Memo {
        fileprivate var answers: [Int: [String: Result<Answer, Failure>]] = [:]
        fileprivate var flags: [String: Bool?] = [:]

        fileprivate mutating func flag(_ text: String) -> Bool? {
            if let known = flags[text] { return known }
            let flag = CellValue.flag(text)
            flags[text] = flag
            return flag
        }
    }

    /// The answer of `row` to `indicator`; `earlier` is last year's value from the stored previous
    /// period (for ``current(_:)``), `history` that period's name, `nil` when none is stored.
    func read(_ row: Table.Row, indicator: Indicator, memo: inout Memo, earlier: Double? = nil, history: String? = nil)
        -> Result<Answer, Failure>
    {
        switch (self, indicator.rule) {
        case (.current(let column), .trend):
            guard let value = CellValue.number(row[column])?.value else {
                return .failure(notNumber(row[column], column))
            }
            guard let history else {
                return .failure(
                    Failure(code: .noPreviousPeriod, message: ColumnReader.noPreviousPeriod(indicator), column: column))
            }
            guard let earlier else {
                return .failure(
                    Failure(
                        code: .noPreviousValue,
                        message: "нет значения прошлого периода («\(Table.excerpt(history))»): в сохранённом "
                            + "мониторинге у этой ОО нет числа по показателю «\(indicator.id)»; впишите его в столбец "
                            + "«\(indicator.id).было» или, если ОО сменила код, сопоставьте старый код с новым на "
                            + "странице «Школы» → «Переименования»",
                        column: column))
            }
            return .success(.trend(previous: earlier, current: value))
        case (.checklist(let columns), .checklist):
            var flags: [Bool] = []
            for column in columns {
                guard let flag = memo.flag(row[column]) else { return .failure(notFlag(row[column], column)) }
                flags.append(flag)
            }
            return .success(.checklist(flags))
        case (.trend(let previous, let current), .trend):
            guard let before = CellValue.number(row[previous])?.value else {
                return .failure(notNumber(row[previous], previous))
            }
            guard let after = CellValue.number(row[current])?.value else {
                return .failure(notNumber(row[current], current))
            }
            return .success(.trend(previous: before, current: after))
        case (.single(let column), let rule):
            let text = row[column]
            if let known = memo.answers[column]?[text] { return known }
            let answer = ColumnReader.single(text, column: column, rule: rule)
            memo.answers[column, default: [:]][text] = answer
            return answer
        default:
            return .failure(
                Failure(code: .valueNotAllowed, message: "столбцы показателя не подходят к его правилу", column: 0))
        }
    }

    private static func single(_ text: String, column: Int, rule: Rule) -> Result<Answer, Failure> {
        switch rule {
        case .choice(let options):
            let value = CellValue.normalized(text)
            if let index = options.firstIndex(where: { option in
                ([option.answer] + option.aliases).map(CellValue.normalized).contains(value)
            }) {
                return .success(.option(index))
            }
            if let (number, _) = CellValue.number(text) {
                let matching = options.indices.filter { options[$0].points == number }
                if matching.count == 1 { return .success(.option(matching[0])) }
            }
            return .failure(
                Failure(
                    code: .valueNotAllowed,
                    message: "«\(Table.excerpt(text))» — нет такого варианта; допускаются: "
                        + options.map { "«\($0.answer)»" }.joined(separator: ", "), column: column))
        case .perItem(let items, _, _, _), .events(let items, _, _, _, _, _, _):
            guard let count = CellValue.count(text) else {
                return .failure(
                    Failure(
                        code: .valueNotAllowed,
                        message: "«\(Table.excerpt(text))» — нужно целое число от 0 до \(items)",
                        column: column))
            }
            guard (0...items).contains(count) else {
                return .failure(
                    Failure(code: .outOfRange, message: "\(count) — вне допустимого: от 0 до \(items)", column: column))
            }
            return .success(.count(count))
        case .fact, .trend:
            guard let flag = CellValue.flag(text) else { return .failure(notFlag(text, column)) }
            return .success(.flag(flag))
        case .threshold:
            guard let share = CellValue.share(text) else {
                return .failure(
                    Failure(
                        code: .valueNotAllowed,
                        message: "«\(Table.excerpt(text))» — нужна доля: «85 %», «85» или «0,85»",
                        column: column))
            }
            guard (0...1).contains(share) else {
                return .failure(
                    Failure(
                        code: .outOfRange, message: "«\(Table.excerpt(text))» — доля должна быть от 0 до 100 %",
                        column: column))
            }
            return .success(.share(share))
        case .checklist:
            return .failure(
                Failure(
                    code: .valueNotAllowed, message: "у показателя-перечня каждый пункт — свой столбец", column: column)
            )
        }
    }

    /// Why this year's column alone cannot be read when no previous period is stored, and what to do.
    static func noPreviousPeriod(_ indicator: Indicator) -> String {
        "в файле только значение этого года, а мониторинга прошлого периода по этой методике нет: сохраните "
            + "сначала его (paperwork campaign add … --data или страница «Мониторинги»; период этого мониторинга "
            + "должен быть позже) или добавьте столбец «\(indicator.id).было»"
    }

    private func notFlag(_ text: String, _ column: Int) -> Failure { ColumnReader.notFlag(text, column) }
    private func notNumber(_ text: String, _ column: Int) -> Failure {
        Failure(code: .valueNotAllowed, message: "«\(Table.excerpt(text))» — нужно число", column: column)
    }

    private static func notFlag(_ text: String, _ column: Int) -> Failure {
        Failure(
            code: .valueNotAllowed,
            message: "«\(Table.excerpt(text))» — допускается только да или нет (также +/−, 1/0)", column: column)
    }
}
