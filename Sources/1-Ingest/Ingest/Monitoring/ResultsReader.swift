import Diagnostics
import Monitoring
import RussianText
import Tables

/// Reads the results table: finds the header row below any title rows, matches columns to
/// indicators by id or title, and checks every value. All problems are reported together.
public enum ResultsReader {
    static let idHeaders: Set<String> = ["id", "код", "код оо", "идентификатор", "логин оо"]
    static let nameHeaders: Set<String> = [
        "name", "оо", "наименование", "наименование оо", "название", "название оо",
        "образовательная организация", "общеобразовательная организация",
    ]
    static let headHeaders: Set<String> = ["head", "руководитель", "директор", "фио руководителя", "руководитель оо"]
    static let previousSuffixes = [".было", ".previous", " (было)", " (прошлый год)"]
    static let currentSuffixes = [".стало", ".current", " (стало)", " (текущий год)"]

    /// Reads `table` against `methodology`.
    /// - Parameter previous: the stored previous period of the series, where a trend indicator
    ///   whose file holds this year's column alone takes last year's value.
    /// - Throws: a ``DiagnosticReport`` with every problem (codes of ``ResultsCode``), each at the
    ///   file, the sheet, the row as the spreadsheet numbers it and the column's heading.
    public static func read(_ table: Table, methodology: Methodology, previous: PreviousPeriod? = nil) throws
        -> [SchoolResult]
    {
        var problems: [Diagnostic] = []
        let sheet = table.sheet.map { Table.excerpt($0) }
        func problem(_ code: ResultsCode, _ message: String, row: Int? = nil, field: String? = nil) {
            problems.append(
                Diagnostic(
                    code.rawValue, message,
                    at: SourceLocation(file: table.file, sheet: sheet, row: row, field: field)))
        }
        guard
            let headerIndex = table.rows.prefix(30).firstIndex(where: { row in
                let cells = row.cells.map(CellValue.normalized)
                return cells.contains(where: idHeaders.contains) && cells.contains(where: nameHeaders.contains)
            })
        else {
            problem(
                .noHeaderRow,
                "не найдена строка заголовков: в ней должны быть столбцы «Код» (или id) и "
                    + "«Наименование ОО» (или name)")
            throw DiagnosticReport(problems)
        }
        let top = table.rows[headerIndex]
        let headers = top.cells.map(CellValue.normalized)
        func column(_ names: Set<String>) -> Int? { headers.firstIndex(where: names.contains) }
        let idColumn = column(idHeaders)
        let nameColumn = column(nameHeaders)
        let headColumn = column(headHeaders)
        // A second header row: merged cells repeat the first row's id and name headers (or leave them empty).
        var lower: Table.Row?
        if let idColumn, let nameColumn, headerIndex + 1 < table.rows.count {
            let next = table.rows[headerIndex + 1]
            if [idColumn, nameColumn].allSatisfy({ next[$0].isEmpty || CellValue.normalized(next[$0]) == headers[$0] })
            {
                lower = next
            }
        }
        let header = Table.Row(
            number: top.number,
            cells: (0..<max(top.cells.count, lower?.cells.count ?? 0)).map { index in
                let below = lower?[index] ?? ""
                return below.isEmpty ? top[index] : below
            })
        let candidates = (0..<header.cells.count).map { index in
            Set([top[index], lower?[index] ?? "", header[index]].map(CellValue.normalized).filter { !$0.isEmpty })
        }
        func column(_ name: String) -> Int? {
            let wanted = CellValue.normalized(name)
            return candidates.firstIndex { $0.contains(wanted) }
        }
        let dataStart = headerIndex + (lower == nil ? 1 : 2)

        var readers: [String: ColumnReader] = [:]
        for indicator in methodology.indicators {
            switch ColumnReader.make(for: indicator, find: column) {
            case .success(let reader): readers[indicator.id] = reader
            case .failure(let missing):
                problem(
                    .missingColumn,
                    "нет столбца для показателя «\(indicator.id)»: " + missing.text
                        + " (заголовок — код показателя или его название из методики)", row: header.number)
            }
        }
        guard problems.isEmpty, let idColumn, let nameColumn else { throw DiagnosticReport(problems) }
        let used = Set(readers.values.flatMap(\.columns) + [idColumn, nameColumn] + (headColumn.map { [$0] } ?? []))
        let extraColumns = header.cells.indices.filter { !used.contains($0) && !header[$0].isEmpty }
        // This year's column alone with no previous period: said once per column, at the heading.
        if previous == nil {
            for indicator in methodology.indicators {
                guard case .current(let column)? = readers[indicator.id] else { continue }
                problem(
                    .noPreviousPeriod, ColumnReader.noPreviousPeriod(indicator), row: header.number,
                    field: Table.excerpt(header[column], length: 120))
            }
        }

        var schools: [SchoolResult] = []
        var seen: [String: Int] = [:]
        var memo = ColumnReader.Memo()
        for row in table.rows[dataStart...] {
            let id = CellValue.trimmed(row[idColumn])
            let name = CellValue.trimmed(row[nameColumn])
            if id.isEmpty && name.isEmpty { continue }
            func cell(_ code: ResultsCode, _ message: String, column: Int) {
                problem(code, message, row: row.number, field: Table.excerpt(header[column], length: 120))
            }
            if name.isEmpty {
                cell(.noSchoolName, "у ОО с кодом «\(Table.excerpt(id))» не указано наименование", column: nameColumn)
            }
            if let first = seen[id] {
                cell(
                    .duplicateSchool, "код ОО «\(Table.excerpt(id))» уже встречался в строке \(first)", column: idColumn
                )
            } else {
                seen[id] = row.number
            }
            var answers: [String: Answer] = [:]
            for indicator in methodology.indicators {
                guard let reader = readers[indicator.id] else { continue }
                if previous == nil, case .current = reader { continue }
                let earlier: Double? =
                    if case .current = reader { previous?.value(school: id, indicator: indicator.id) } else { nil }
                switch reader.read(row, indicator: indicator, memo: &memo, earlier: earlier, history: previous?.period)
                {
                case .success(let answer): answers[indicator.id] = answer
                case .failure(let failure):
                    let school =
                        name.isEmpty ? "«\(Table.excerpt(id))»" : "«\(Table.excerpt(id))» («\(Table.excerpt(name))»)"
                    let message =
                        failure.code == .noPreviousValue ? "ОО \(school): " + failure.message : failure.message
                    cell(failure.code, message, column: failure.column)
                }
            }
            var school = SchoolResult(
                id: id, name: name, head: headColumn.map { CellValue.trimmed(row[$0]) } ?? "",
                answers: answers, row: row.number)
            for column in extraColumns { school.extras[header[column]] = CellValue.trimmed(row[column]) }
            schools.append(school)
        }
        if schools.isEmpty && problems.isEmpty {
            problem(.noSchools, "под строкой заголовков нет ни одной ОО", row: header.number)
        }
        if !problems.isEmpty { throw DiagnosticReport(problems) }
        return schools
    }
}
