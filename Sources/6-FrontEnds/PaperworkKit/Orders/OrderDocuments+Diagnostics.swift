import Diagnostics

extension OrderDocuments.Failure: DiagnosticConvertible {
    public var diagnostics: [Diagnostic] { [Diagnostic("order_template", message, at: SourceLocation())] }
}
