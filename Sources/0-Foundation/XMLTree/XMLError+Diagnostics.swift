import Diagnostics

extension XMLError: DiagnosticConvertible {
    /// The part with line and column as the location; libxml2's English text is not shown to users.
    public var diagnostics: [Diagnostic] { diagnostics(file: nil) }

    /// The diagnostics of this error in the document `file`.
    public func diagnostics(file: String?) -> [Diagnostic] {
        [Diagnostic(code.rawValue, message, at: SourceLocation(file: file, part: part, line: line, column: column))]
    }
}
