import Foundation

extension Diagnostic {
    /// One JSON object on one line, for programs and the web page: `code`, `severity`, `message`,
    /// `cause` and the location's fields (`file`, `part`, `line`, `column`, `row`, …) flattened.
    public var jsonLine: String {
        var object: [String: JSONField] = [
            "code": .text(code), "severity": .text(severity.rawValue), "message": .text(message),
        ]
        if let cause { object["cause"] = .text(cause) }
        let place = location
        let texts: [(String, String?)] = [
            ("file", place.file), ("part", place.part), ("story", place.story), ("sheet", place.sheet),
            ("field", place.field), ("tag", place.tag),
        ]
        for (key, value) in texts { if let value { object[key] = .text(value) } }
        let numbers: [(String, Int?)] = [
            ("line", place.line), ("column", place.column), ("row", place.row), ("paragraph", place.paragraph),
        ]
        for (key, value) in numbers { if let value { object[key] = .number(value) } }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(object) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A value of a flattened JSON diagnostic.
private enum JSONField: Encodable {
    case text(String)
    case number(Int)

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        }
    }
}
