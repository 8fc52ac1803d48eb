/// An error of the XML layer: a stable code, a Russian message, the part it concerns with
/// line and column, and libxml2's own text as the cause.
public struct XMLError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Stable identifiers of XML failures.
    public enum Code: String, Sendable {
        case malformed = "xml_malformed"
        case entityDeclared = "xml_entity_declared"
        case externalDTD = "xml_external_dtd"
        case empty = "xml_empty"
        case serializeFailed = "xml_serialize_failed"
        case invalidOperation = "xml_invalid_operation"
    }

    public let code: Code
    /// What went wrong and how to fix it, in Russian.
    public let message: String
    /// The part (`word/document.xml`, `content.xml`, …) or file being parsed.
    public let part: String
    /// 1-based line, when known.
    public let line: Int?
    /// 1-based column, when known.
    public let column: Int?
    /// libxml2's message, when it gave one.
    public let cause: String?

    public init(
        _ code: Code, _ message: String, part: String, line: Int? = nil, column: Int? = nil,
        cause: String? = nil
    ) {
        self.code = code
        self.message = message
        self.part = part
        self.line = line
        self.column = column
        self.cause = cause
    }

    public var description: String {
        var place = part
        if let line {
            place += ", строка \(line)"
            if let column { place += ", столбец \(column)" }
        }
        var text = "\(place): \(code.rawValue): \(message)"
        if let cause { text += " (\(cause))" }
        return text
    }
}
