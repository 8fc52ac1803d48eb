import Diagnostics

extension PDFConverter.Failure: DiagnosticConvertible {
    /// One diagnostic a problem, located at the PDF it concerns.
    public var diagnostics: [Diagnostic] {
        problems.map { Diagnostic($0.code.rawValue, $0.message, at: SourceLocation(file: $0.document)) }
    }
}
