import Diagnostics

extension TableError: DiagnosticConvertible {
    /// The file, sheet, row as the spreadsheet numbers it and the column's letter.
    public var diagnostics: [Diagnostic] {
        [
            Diagnostic(
                code.rawValue, message,
                at: SourceLocation(
                    file: file, sheet: sheet.map { Table.excerpt($0) }, row: row,
                    field: column.map(Table.columnLetter)))
        ]
    }
}
