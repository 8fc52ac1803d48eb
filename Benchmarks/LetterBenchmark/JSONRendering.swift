import Foundation
import TemplateEngine

/// Writes template data as JSON, for the docxtpl side of the comparison.
enum JSONRendering {
    static func json(_ value: TemplateValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number), .share(let number):
            return number == number.rounded() ? String(Int(number)) : String(number)
        case .string(let text): return quote(text)
        case .picture(let placed): return quote(placed.description)
        case .chart(let chart): return quote(chart.title)
        case .document(let document): return quote(document.name)
        case .list(let items): return "[" + items.map(json).joined(separator: ",") + "]"
        case .object(let fields):
            return "{" + fields.keys.map { quote($0) + ":" + json(fields[$0] ?? .null) }.joined(separator: ",") + "}"
        }
    }

    private static func quote(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text])) ?? Data("[\"\"]".utf8)
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }
}
