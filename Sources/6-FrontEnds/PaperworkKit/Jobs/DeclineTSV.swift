import Diagnostics
import Foundation
import Ingest
import RussianText
import Tables

/// `paperwork decline --tsv`: rows «пол<TAB>фамилия<TAB>имя<TAB>отчество» in, the same four
/// columns and the 15 forms out. Every field is trimmed; a header row is known by its first cell
/// («gender» or «пол») wherever it stands, and printed (in English) only above the rows; an empty gender is `--gender`, or else read from the
/// patronymic, first name and surname. A row that cannot be declined is not printed and is reported with
/// its line and how to fix it; the good rows are printed all the same.
struct DeclineTSV {

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
    /// The input's name in messages («стандартный ввод»).
    let source: String

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
                problems.append(
                    DeclineTSVProblem(line: index + 1, code: problem.code, message: problem.message, source: source))
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
            guard
                let known = defaultGender
                    ?? NameDeclension.gender(surname: surname, first: first, patronymic: patronymic)
            else {
                return .failure(
                    RowProblem(
                        code: "tsv_no_gender",
                        message: "пол не указан и не определяется ни по отчеству, ни по имени "
                            + "«\(Table.excerpt(first))», ни по фамилии «\(Table.excerpt(surname))»: укажите m или f в первом столбце (или --gender "
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
    let source: String

    var diagnostic: Diagnostic { Diagnostic(code, message, at: SourceLocation(file: source, line: line)) }
}

extension Paperwork {
    /// `decline --tsv`: rows «пол<TAB>фамилия<TAB>имя<TAB>отчество» in (UTF-8, or Windows-1251 with
    /// a warning), the same four columns and the 15 forms out.
    /// - Parameter defaultGender: the gender of rows that leave it empty.
    /// - Returns: the output lines (the header, when the input has one, and every good row) and the
    ///   diagnostics: a warning about the encoding, an error for every row left out.
    /// - Throws: a ``Diagnostic`` `tsv_encoding` when the text cannot be read at all.
    public static func declineTSV(_ input: NamedBytes, defaultGender: Gender?) throws
        -> (lines: [String], diagnostics: [Diagnostic])
    {
        let raw = [UInt8](input.bytes)
        let place = SourceLocation(file: input.name)
        guard let (bytes, encoding) = TextEncoding.utf8Bytes(raw) else {
            throw Diagnostic(
                "tsv_encoding",
                "текст не в UTF-8 и не в Windows-1251; сохраните файл в UTF-8 (в Блокноте: "
                    + "«Сохранить как», кодировка UTF-8) или из Excel как «Текст в Юникоде (*.txt)»", at: place)
        }
        var diagnostics: [Diagnostic] = []
        if encoding == .windows1251 {
            if let line = TextEncoding.damagedUTF8Line(raw) {
                throw Diagnostic(
                    "tsv_encoding",
                    "текст в UTF-8, но в этой строке испорчены байты; исправьте её или сохраните файл заново в UTF-8",
                    at: SourceLocation(file: input.name, line: line))
            }
            diagnostics.append(
                Diagnostic(
                    "tsv_windows_1251",
                    "текст не в UTF-8 и прочитан как Windows-1251; если буквы в выводе искажены, сохраните файл в UTF-8",
                    at: place, severity: .warning))
        }
        var lines: [String] = []
        let problems = DeclineTSV(defaultGender: defaultGender, source: input.name)
            .run(String(decoding: bytes, as: UTF8.self)) { lines.append($0) }
        return (lines, diagnostics + problems.map(\.diagnostic))
    }
}
