import Diagnostics

extension ZipError: DiagnosticConvertible {
    /// The archive and entry as the location; libzip's English text is not shown to users.
    public var diagnostics: [Diagnostic] {
        [Diagnostic(code.rawValue, message, at: SourceLocation(file: archive, part: entry))]
    }
}
