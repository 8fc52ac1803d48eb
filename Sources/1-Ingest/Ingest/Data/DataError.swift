import Documents
import Monitoring
import Orders
import RussianText
import Tables
import TemplateEngine
/// An error in a data file (YAML or JSON): a stable code, a Russian message, the file and line.
public struct DataError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case unreadable = "data_unreadable"
        case syntax = "data_syntax"
        case unsupported = "data_unsupported"
    }

    public let code: Code
    public let message: String
    public let file: String
    public let line: Int?

    public init(_ code: Code, _ message: String, file: String, line: Int? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
    }

    public var description: String {
        "\(file)\(line.map { ", строка \($0)" } ?? ""): \(code.rawValue): \(message)"
    }
}
