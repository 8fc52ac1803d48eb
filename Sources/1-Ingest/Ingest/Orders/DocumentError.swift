import Documents
import Monitoring
import Orders
import RussianText
import Tables
import TemplateEngine
/// One problem of a document description (an order, a department file), with its YAML line.
public struct DocumentProblem: Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case missingField = "missing_field"
        case invalidDate = "invalid_date"
        case unknownPerson = "unknown_person"
        case badField = "bad_field"
        case badText = "bad_text"
    }

    public let code: Code
    public let message: String
    public let file: String
    public let line: Int?

    public var description: String {
        "\(file)\(line.map { ", строка \($0)" } ?? ""): \(code.rawValue): \(message)"
    }
}

/// Every problem of a document description, reported together; nothing is written.
public struct DocumentError: Error, Sendable, CustomStringConvertible {
    public let problems: [DocumentProblem]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// Reads fields of a YAML document by path and records located problems.
struct DocumentReader {
    let lines: [String: Int]
    let file: String
    var problems: [DocumentProblem] = []

    /// The line of `path`, or of its nearest ancestor that has one.
    func line(_ path: String) -> Int? {
        var current = path
        while !current.isEmpty {
            if let line = lines[current] { return line }
            if let cut = current.lastIndex(where: { $0 == "." || $0 == "[" }) { current = String(current[..<cut]) } else { break }
        }
        return lines[""]
    }

    mutating func problem(_ code: DocumentProblem.Code, _ message: String, at path: String) {
        problems.append(DocumentProblem(code: code, message: message, file: file, line: line(path)))
    }
}
