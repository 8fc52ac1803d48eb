import Foundation
import PaperworkKit

/// `paperwork decline --tsv`: rows «пол<TAB>фамилия<TAB>имя<TAB>отчество» in, the same four
/// columns and the 15 forms out. Every field is trimmed; a header row is known by its first cell
/// («gender» or «пол») wherever it stands, and printed (in English) only above the rows; an empty gender is `--gender`, or else read from the
/// patronymic and first name. A row that cannot be declined is not printed and is reported with
/// its line and how to fix it; the good rows are printed all the same.
struct DeclineTSV {
    /// The place named in messages.
    static let source = "стандартный ввод"

    /// The columns of the output, as in the reference table of names.
    static let header: String = {
        let parts = ["surname", "first", "patronymic"]
        let cases = ["gen", "dat", "acc", "ins", "pre"]
        return (["gender", "surname", "first", "patronymic"] + parts.flatMap { part in cases.map { "\(part)_\($0)" } })
            .joined(separator: "\t")
    }()

    private static let columns = PluralForms("столбец", "столбца", "столбцов")

    /// The gender of rows that leave it empty (`--gender`).
    let defaultGender: Gender?

    /// Declines every row of `text`, handing each output line to `output`.
    /// - Returns: the problems of the rows left out, in line order.
    func run(_ text: String, output: (String) -> Void) -> [DeclineTSVProblem] {
        var problems: [DeclineTSVProblem] = []
        var started = false
        // "\r\n" is one Character: a line ends at any of the three.
        var lines = text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        if lines.last?.isEmpty == true { lines.removeLast() }
        for (index, line) in lines.enumerated() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(Self.trimmed)
            if cells.allSatisfy(\.isEmpty) { continue }
            if ["gender", "пол"].contains(cells[0].lowercased()) {
                // Printed once, above the rows; a header further down is passed over.
                if !started { output(Self.header) }
                started = true
                continue
            }
            started = true
            switch decline(cells, line: String(line)) {
            case .success(let row): output(row)
            case .failure(let problem):
                problems.append(DeclineTSVProblem(line: index + 1, code: problem.code, message: problem.message))
            }
        }
        return problems
    }

    private struct RowProblem: Error {
        let code: String
        let message: String
    }

    private func decline(_ cells: [String], line: String) -> Result<String, RowProblem> {
        guard cells.count >= 4 else {
            let spaced = line.contains(" ")
            return .failure(
                RowProblem(
                    code: "tsv_too_few_columns",
                    message: "в строке \(cells.count) \(Self.columns.form(for: cells.count)), "
                        + "а нужно 4: пол, фамилия, имя, отчество, разделённые табуляцией"
                        + (spaced ? " (похоже, значения разделены пробелами — замените их табуляцией)" : "")
                        + "; если отчества нет, оставьте четвёртый столбец пустым"))
        }
        let (code, surname, first, patronymic) = (cells[0], cells[1], cells[2], cells[3])
        if surname.isEmpty || first.isEmpty {
            return .failure(
                RowProblem(
                    code: "tsv_empty_name",
                    message: "не указан\(surname.isEmpty ? "а фамилия" : "о имя"): "
                        + "заполните второй (фамилия) и третий (имя) столбцы"))
        }
        let gender: Gender
        if code.isEmpty {
            guard let known = defaultGender ?? NameDeclension.gender(surname: nil, first: first, patronymic: patronymic)
            else {
                return .failure(
                    RowProblem(
                        code: "tsv_no_gender",
                        message: "пол не указан и не определяется по отчеству и имени "
                            + "«\(Table.excerpt(first))»: укажите m или f в первом столбце (или --gender "
                            + "для всех строк без пола)"))
            }
            gender = known
        } else {
            guard let known = Gender(code: code) else {
                return .failure(
                    RowProblem(
                        code: "tsv_unknown_gender",
                        message: "пол «\(Table.excerpt(code))» не распознан: "
                            + "укажите m (мужской) или f (женский); допускаются также м и ж"))
            }
            gender = known
        }
        let name = FullName(surname: surname, first: first, patronymic: patronymic, gender: gender)
        return .success(
            ([code.isEmpty ? gender.rawValue : code, surname, first, patronymic] + name.referenceForms)
                .joined(separator: "\t"))
    }

    /// A field without the spaces (non-breaking too) around it.
    private static func trimmed(_ field: Substring) -> String {
        field.trimmingCharacters(in: .whitespaces)
    }
}

/// A row of `decline --tsv` input left out: its line, a stable code and what to fix.
struct DeclineTSVProblem: Equatable {
    let line: Int
    let code: String
    let message: String

    var diagnostic: Diagnostic { Diagnostic(code, message, at: SourceLocation(file: DeclineTSV.source, line: line)) }
}
