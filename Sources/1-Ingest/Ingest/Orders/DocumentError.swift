import Diagnostics

/// One problem of a document description (an order, a department file), with its YAML line and
/// position.
public struct DocumentProblem: Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case missingField = "missing_field"
        case invalidDate = "invalid_date"
        case unknownPerson = "unknown_person"
        case badField = "bad_field"
        case badText = "bad_text"
        case yamlSyntax = "yaml_syntax"
        case fileUnreadable = "file_unreadable"
        case fileTooLarge = "file_too_large"
        case notUTF8 = "not_utf8"
        case tooManyValues = "too_many_values"
        case tooDeep = "too_deep"
    }

    public let code: Code
    public let message: String
    public let file: String
    public let line: Int?
    /// The column in the line, from 1, in characters.
    public let column: Int?

    /// A problem of `file` at `line` and `column`.
    public init(code: Code, message: String, file: String, line: Int?, column: Int? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String {
        "\(file)\(line.map { ", строка \($0)" } ?? "")\(column.map { ", позиция \($0)" } ?? ""): \(code.rawValue): \(message)"
    }
}

/// Every problem of a document description, reported together; nothing is written.
public struct DocumentError: Error, Sendable, CustomStringConvertible {
    public let problems: [DocumentProblem]
    public var description: String { problems.map(\.description).joined(separator: "\n") }

    /// An error with `problems`.
    public init(problems: [DocumentProblem]) { self.problems = problems }
}

extension DocumentProblem.Code: FieldProblemCode {}

extension DocumentError: DiagnosticWrapping {
    /// The problems of a reader's located diagnostics; each code is one of ``DocumentProblem/Code``'s.
    init(_ diagnostics: [Diagnostic], file: String) {
        self.init(problems: diagnostics.map { diagnostic in
            let place = diagnostic.location
            return DocumentProblem(code: DocumentProblem.Code(rawValue: diagnostic.code) ?? .badField,
                                   message: diagnostic.message, file: place.file ?? file, line: place.line,
                                   column: place.column)
        })
    }

    init(wrapping diagnostic: Diagnostic) {
        self.init([diagnostic], file: diagnostic.location.file ?? "")
    }
}
