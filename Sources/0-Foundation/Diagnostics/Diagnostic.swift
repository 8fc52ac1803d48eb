/// One problem found by any layer of Paperwork, as every front end shows it: a stable code, a
/// severity, a Russian message that says how to fix it, where it is and what caused it.
///
/// Layers keep their own error types; each converts to diagnostics (``DiagnosticConvertible``)
/// field by field, never by reading message text.
public struct Diagnostic: Error, Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Codable {
        /// Nothing is written while an error stands.
        case error
        /// Worth a look; the job still runs.
        case warning
    }

    /// A stable identifier (`missing_column`, `unclosed_tag`) that programs and tests may rely on.
    public var code: String
    public var severity: Severity
    /// What is wrong and how to fix it, in Russian.
    public var message: String
    public var location: SourceLocation
    /// The underlying problem (a zip, XML or system failure), in Russian, when there is one.
    public var cause: String?

    /// Creates a diagnostic.
    public init(
        _ code: String, _ message: String, at location: SourceLocation, severity: Severity = .error,
        cause: String? = nil
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.location = location
        self.cause = cause
    }

    /// The compiler-style line: `шаблон.docx: word/document.xml, абзац 12: unclosed_tag: …`.
    public var description: String {
        let place = location.description
        let text = (place.isEmpty ? "" : place + ": ") + code + ": " + message
        return cause.map { text + " (\($0))" } ?? text
    }
}

/// An error that knows the diagnostics it stands for.
public protocol DiagnosticConvertible: Error {
    /// Every diagnostic of the error, in the order found.
    var diagnostics: [Diagnostic] { get }
}

/// Every problem a stage found, reported together; nothing was written.
public struct DiagnosticReport: Error, Sendable, DiagnosticConvertible, CustomStringConvertible {
    public let diagnostics: [Diagnostic]

    /// A report of `diagnostics`.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension Diagnostic: DiagnosticConvertible {
    public var diagnostics: [Diagnostic] { [self] }
}
