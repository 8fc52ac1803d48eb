import Diagnostics

extension MonitoringProblem {
    /// The problem as a diagnostic: a YAML line, or a row and column of the results table.
    public var diagnostic: Diagnostic {
        Diagnostic(code.rawValue, message,
                   at: SourceLocation(file: location.file, line: location.line, column: location.position, row: location.row,
                                      field: location.column))
    }
}

extension MonitoringError: DiagnosticConvertible {
    public var diagnostics: [Diagnostic] { problems.map(\.diagnostic) }
}
