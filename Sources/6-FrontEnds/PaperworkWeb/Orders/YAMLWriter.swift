import Foundation
import PaperworkKit

/// Writes a ``TemplateValue`` as block-style YAML that Paperwork's own reader reads back to the
/// same value: text that YAML would take for something else (a number, `yes`, a date, a line
/// with `: ` or `#`) is double-quoted, line breaks become `\n`. It remembers which field each
/// line holds, so that a problem the core finds at a line of the YAML is shown at its form field.
struct YAMLWriter {
    /// The text written so far.
    private(set) var text = ""
    /// The path of the field on each line, from 1 (`items.2`, `appendices.0.sections.1.items.3.due`).
    private(set) var paths: [Int: String] = [:]
    private var line = 1

    /// The YAML of `value` after `comment` lines (each written as `# …`).
    static func yaml(_ value: TemplateValue, comment: [String] = []) -> (text: String, paths: [Int: String]) {
        var writer = YAMLWriter()
        for note in comment { writer.emit("# " + note, path: "") }
        writer.write(value, indent: 0, path: "")
        return (writer.text, writer.paths)
    }

    private mutating func emit(_ content: String, path: String) {
        text += content + "\n"
        if !path.isEmpty { paths[line] = path }
        line += 1
    }

    private mutating func write(_ value: TemplateValue, indent: Int, path: String) {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .object(let fields):
            for key in fields.keys {
                let child = fields[key] ?? .null
                let childPath = path.isEmpty ? key : path + "." + key
                if let inline = Self.inline(child) {
                    emit(pad + Self.key(key) + ": " + inline, path: childPath)
                } else {
                    emit(pad + Self.key(key) + ":", path: childPath)
                    write(child, indent: indent + 2, path: childPath)
                }
            }
        case .list(let items):
            for (index, item) in items.enumerated() {
                let childPath = path + "." + String(index)
                if let inline = Self.inline(item) {
                    emit(pad + "- " + inline, path: childPath)
                } else {
                    // The item's first line follows the dash; the rest is indented under it.
                    var nested = YAMLWriter()
                    nested.write(item, indent: indent + 2, path: childPath)
                    for (offset, content) in nested.text.split(separator: "\n", omittingEmptySubsequences: false)
                        .dropLast().enumerated()
                    {
                        let written = offset == 0 ? pad + "- " + String(content.dropFirst(indent + 2)) : String(content)
                        emit(written, path: nested.paths[offset + 1] ?? childPath)
                    }
                }
            }
        default:
            emit(pad + (Self.inline(value) ?? "~"), path: path)
        }
    }

    /// A scalar or an empty collection as written on its key's line; `nil` for a collection with items.
    static func inline(_ value: TemplateValue) -> String? {
        switch value {
        case .null, .picture, .chart, .document: "~"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number), .share(let number):
            number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .string(let string): scalar(string)
        case .list(let items): items.isEmpty ? "[]" : nil
        case .object(let fields): fields.isEmpty ? "{}" : nil
        }
    }

    /// Words YAML reads as null or true/false when written plain.
    private static let reserved: Set<String> = [
        "~", "null", "yes", "no", "true", "false", "on", "off", "y", "n",
    ]

    /// `text` plain when YAML reads it back as the same text, else double-quoted.
    static func scalar(_ text: String) -> String {
        let special = Set(":#\"'{}[]&*!|>%@`\\\t\n\r")
        let plain =
            (text.first?.isLetter ?? false) && !text.contains(where: { special.contains($0) })
            && text.last != " " && !reserved.contains(text.lowercased())
            && !text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
        return plain ? text : quoted(text)
    }

    /// A mapping key: plain when it is an identifier, else quoted.
    static func key(_ text: String) -> String {
        let identifier =
            (text.first.map { $0.isLetter || $0 == "_" } ?? false)
            && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
            && !reserved.contains(text.lowercased())
        return identifier ? text : quoted(text)
    }

    /// `text` in double quotes with YAML's escapes.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += String(format: "\\x%02X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
