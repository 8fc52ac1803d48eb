import Diagnostics

extension TableError: DiagnosticConvertible {
    public var diagnostics: [Diagnostic] { [Diagnostic(code.rawValue, message, at: SourceLocation(file: file, row: row))] }
}
