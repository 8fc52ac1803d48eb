import Diagnostics

extension DocumentProblem {
    /// The problem as a diagnostic at its YAML line.
    public var diagnostic: Diagnostic { Diagnostic(code.rawValue, message, at: SourceLocation(file: file, line: line, column: column)) }
}

extension DocumentError: DiagnosticConvertible {
    public var diagnostics: [Diagnostic] { problems.map(\.diagnostic) }
}
