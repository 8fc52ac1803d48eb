import Diagnostics
import Foundation

/// The problem codes of a reader that every reader shares: a field that is missing, a field
/// that holds the wrong kind of value.
protocol FieldProblemCode: RawRepresentable, Sendable where RawValue == String {
    static var missingField: Self { get }
    static var badField: Self { get }
}

/// Reads fields of located YAML values and records a located problem (file, line, column)
/// instead of failing at the first, so that a reader reports every problem together.
struct YAMLFields<Code: FieldProblemCode> {
    /// The file the values come from, for problems that have no value to point at.
    let file: String
    /// Every problem recorded, in the order found.
    private(set) var problems: [Diagnostic] = []

    init(file: String) { self.file = file }

    /// Records a problem at `value`, or at the file when there is no value.
    mutating func problem(_ code: Code, _ message: String, at value: YAMLValue?) {
        problems.append(Diagnostic(code.rawValue, message, at: value?.location ?? SourceLocation(file: file)))
    }

    /// Records the problems another file's reader found (at their own files and places).
    mutating func add(_ found: [Diagnostic]) {
        problems += found
    }

    /// Records a problem at `location`.
    mutating func problem(_ code: Code, _ message: String, at location: SourceLocation) {
        problems.append(Diagnostic(code.rawValue, message, at: location))
    }

    /// A non-empty text under `key` of `node`.
    mutating func string(_ node: YAMLValue, _ key: String, required: Bool = true) -> String? {
        guard let value = present(node, key, required: required, what: "поле") else { return nil }
        guard let text = value.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            problem(.badField, "поле «\(key)» должно быть непустой строкой", at: value)
            return nil
        }
        return text
    }

    /// A number under `key` of `node`; a decimal comma is accepted.
    mutating func number(_ node: YAMLValue, _ key: String, required: Bool = true) -> Double? {
        guard let value = present(node, key, required: required, what: "поле") else { return nil }
        guard let text = value.string, let number = Double(text.replacingOccurrences(of: ",", with: ".")) else {
            problem(.badField, "поле «\(key)» должно быть числом", at: value)
            return nil
        }
        return number
    }

    /// The items of a non-empty list under `key` of `node`.
    mutating func list(_ node: YAMLValue, _ key: String, required: Bool = true) -> [YAMLValue] {
        guard let value = present(node, key, required: required, what: "список") else { return [] }
        guard let items = value.items, !items.isEmpty else {
            problem(.badField, "«\(key)» должен быть непустым списком", at: value)
            return []
        }
        return items
    }

    /// The items of an optional list under `key` of `node`, which may be empty.
    mutating func sequence(_ node: YAMLValue, _ key: String) -> [YAMLValue] {
        guard let value = present(node, key, required: false, what: "список") else { return [] }
        guard let items = value.items else {
            problem(.badField, "«\(key)» должен быть списком", at: value)
            return []
        }
        return items
    }

    /// The texts of a list of scalars under `key` of `node`; an item that is not text is reported.
    mutating func strings(_ node: YAMLValue, _ key: String, required: Bool = false) -> [String] {
        guard let value = present(node, key, required: required, what: "список") else { return [] }
        guard let items = value.items else {
            problem(.badField, "«\(key)» должен быть списком: [первое, второе]", at: value)
            return []
        }
        return items.compactMap { item in
            if let text = item.string { return text }
            problem(.badField, "в списке «\(key)» ожидался текст, а здесь \(item.kindName)", at: item)
            return nil
        }
    }

    /// The pairs of a mapping under `key` of `node`.
    mutating func mapping(_ node: YAMLValue, _ key: String, required: Bool = false) -> [YAMLPair] {
        guard let value = present(node, key, required: required, what: "раздел") else { return [] }
        guard let pairs = value.pairs else {
            problem(.badField, "«\(key)» должен состоять из полей «имя: значение»", at: value)
            return []
        }
        return pairs
    }

    private mutating func present(_ node: YAMLValue, _ key: String, required: Bool, what: String) -> YAMLValue? {
        guard let value = node[key], !value.isNull else {
            if required {
                problem(.missingField, "не указан\(what == "поле" ? "о" : "") \(what) «\(key)»", at: node[key] ?? node)
            }
            return nil
        }
        return value
    }
}
