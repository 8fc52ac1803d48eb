import Diagnostics

/// An error in a data file (YAML or JSON): a stable code, a Russian message, the file, the line
/// and the position in it.
public struct DataError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case unreadable = "data_unreadable"
        case syntax = "data_syntax"
        case unsupported = "data_unsupported"
        case tooLarge = "file_too_large"
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

    public init(_ code: Code, _ message: String, file: String, line: Int? = nil, column: Int? = nil) {
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

extension DataError: DiagnosticWrapping {
    /// The data error a diagnostic of the input layer stands for.
    init(wrapping diagnostic: Diagnostic) {
        let code: Code = switch diagnostic.code {
        case "file_unreadable": .unreadable
        case "file_too_large": .tooLarge
        case "not_utf8": .notUTF8
        case "too_many_values": .tooManyValues
        case "too_deep": .tooDeep
        default: .syntax
        }
        let place = diagnostic.location
        self.init(code, diagnostic.message, file: place.file ?? "", line: place.line, column: place.column)
    }
}
