import Diagnostics

extension PDFConverter.Failure: DiagnosticConvertible {
    public var diagnostics: [Diagnostic] { [Diagnostic("pdf_failed", message, at: SourceLocation())] }
}
