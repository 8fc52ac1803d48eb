import Diagnostics
import Monitoring

extension MonitoringProblem.Code: FieldProblemCode {}

extension MonitoringProblem {
    /// The problem a reader's located diagnostic stands for; its code is one of ``Code``'s.
    init(_ diagnostic: Diagnostic, file: String) {
        let place = diagnostic.location
        self.init(Code(rawValue: diagnostic.code) ?? .badField, diagnostic.message,
                  at: MonitoringLocation(file: place.file ?? file, line: place.line, position: place.column))
    }
}

extension MonitoringError {
    /// Every problem of `diagnostics`, in their order.
    init(_ diagnostics: [Diagnostic], file: String) {
        self.init(diagnostics.map { MonitoringProblem($0, file: file) })
    }
}

extension MonitoringError: DiagnosticWrapping {
    init(wrapping diagnostic: Diagnostic) {
        self.init([diagnostic], file: diagnostic.location.file ?? "")
    }
}
