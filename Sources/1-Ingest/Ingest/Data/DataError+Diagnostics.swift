import Diagnostics

extension DataError: DiagnosticConvertible {
    public var diagnostics: [Diagnostic] { [Diagnostic(code.rawValue, message, at: SourceLocation(file: file, line: line, column: column))] }
}
