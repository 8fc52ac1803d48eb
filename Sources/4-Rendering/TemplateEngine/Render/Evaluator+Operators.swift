import Foundation

extension Evaluator {
    /// The longest text or list `*` and `+` may make: a template cannot grow a value without bound.
    static let maxValueLength = 1_000_000

    /// `+ - * / // % ** ~` as Jinja computes them: on numbers, and `+`/`*` on text and lists too.
    static func arithmetic(
        _ op: BinaryOperator, _ a: TemplateValue, _ b: TemplateValue, style: TemplateSettings.ValueStyle
    ) -> Outcome {
        if op == .concatenate { return .value(.string(style.text(of: a) + style.text(of: b))) }
        switch (op, a, b) {
        case (.add, .string(let x), .string(let y)):
            return x.utf8.count + y.utf8.count > maxValueLength ? tooLong() : .value(.string(x + y))
        case (.add, .list(let x), .list(let y)):
            return x.count + y.count > maxValueLength ? tooLong() : .value(.list(x + y))
        case (.multiply, .string(let text), .number(let count)), (.multiply, .number(let count), .string(let text)):
            let times = max(0, count.clampedInt())
            return text.utf8.count * times > maxValueLength
                ? tooLong() : .value(.string(String(repeating: text, count: times)))
        default: break
        }
        guard let x = a.number, let y = b.number, !isText(a) || !isText(b) else {
            return .failed(
                "«\(op.rawValue)» считает с числами, а здесь \(a.kindName) «\(a.text)» и \(b.kindName) «\(b.text)»; "
                    + "для склейки текста пишите «~»")
        }
        let result = number(op, x, y)
        guard let result else { return .failed("деление на ноль: «\(op.rawValue) \(b.text)»") }
        guard result.isFinite else {
            return .failed("«\(a.text) \(op.rawValue) \(b.text)» не даёт конечного числа; проверьте значения в данных")
        }
        return .value(.number(result))
    }

    /// `x op y` on numbers; nil on division by zero.
    private static func number(_ op: BinaryOperator, _ x: Double, _ y: Double) -> Double? {
        switch op {
        case .add: return x + y
        case .subtract: return x - y
        case .multiply: return x * y
        case .power: return pow(x, y)
        case .divide, .floorDivide, .modulo:
            guard y != 0 else { return nil }
            switch op {
            case .divide: return x / y
            case .floorDivide: return (x / y).rounded(.down)
            default: return x - y * (x / y).rounded(.down)
            }
        default: return .nan
        }
    }

    private static func tooLong() -> Outcome {
        .failed("значение вышло длиннее \(maxValueLength) знаков; проверьте умножение или склейку в теге")
    }

    /// `needle in haystack`: an item of a list, a part of a text, a key of an object.
    static func contains(_ haystack: TemplateValue, _ needle: TemplateValue) -> Bool {
        switch haystack {
        case .list(let items): items.contains { compare(.equal, $0, needle) }
        case .string(let text): text.contains(needle.text)
        case .object(let fields): fields[needle.text] != nil
        default: false
        }
    }

    static func compare(_ op: BinaryOperator, _ a: TemplateValue, _ b: TemplateValue) -> Bool {
        if let x = a.number, let y = b.number, !(isText(a) && isText(b)) {
            switch op {
            case .equal: return x == y
            case .notEqual: return x != y
            case .less: return x < y
            case .lessOrEqual: return x <= y
            case .greater: return x > y
            case .greaterOrEqual: return x >= y
            default: return false
            }
        }
        switch op {
        case .equal: return a == b || (a.text == b.text && isText(a) && isText(b))
        case .notEqual: return !(a == b || (a.text == b.text && isText(a) && isText(b)))
        case .less: return a.text < b.text
        case .lessOrEqual: return a.text <= b.text
        case .greater: return a.text > b.text
        case .greaterOrEqual: return a.text >= b.text
        default: return false
        }
    }

    static func isText(_ value: TemplateValue) -> Bool {
        if case .string = value { return true }
        return false
    }

    /// `value.name(arguments)`: `loop.cycle(…)`, an object's `items()`, `keys()`, `values()`,
    /// `get(…)`, a text's `upper()`, `lower()`, `strip()`, `replace(…)`, `split(…)`,
    /// `startswith(…)`, `endswith(…)`; `[]` is indexing a value that is not a path.
    static func call(_ name: String, on value: TemplateValue, _ arguments: [TemplateValue]) -> Outcome {
        switch (name, value) {
        case ("[]", _):
            guard let key = arguments.first, let item = value.item(key) else { return .missing("[…]") }
            return .value(item)
        case ("cycle", .object(let fields)):
            guard let index = fields["index0"]?.number, !arguments.isEmpty else {
                return .failed("cycle: перечислите значения, например loop.cycle(\"чёт\", \"нечёт\")")
            }
            return .value(arguments[Int(index) % arguments.count])
        case ("items", .object(let fields)):
            return .value(.list(fields.keys.map { .list([.string($0), fields[$0] ?? .null]) }))
        case ("keys", .object(let fields)):
            return .value(.list(fields.keys.map { .string($0) }))
        case ("values", .object(let fields)):
            return .value(.list(fields.keys.map { fields[$0] ?? .null }))
        case ("get", .object(let fields)):
            return .value(arguments.first.flatMap { fields[$0.text] } ?? arguments.dropFirst().first ?? .null)
        case ("upper", .string(let text)): return .value(.string(text.uppercased()))
        case ("lower", .string(let text)): return .value(.string(text.lowercased()))
        case ("strip", .string(let text)): return .value(.string(text.trimmingCharacters(in: .whitespacesAndNewlines)))
        case ("replace", .string(let text)) where arguments.count >= 2:
            return .value(.string(text.replacingOccurrences(of: arguments[0].text, with: arguments[1].text)))
        case ("split", .string(let text)):
            let parts =
                arguments.first.map { text.components(separatedBy: $0.text) }
                ?? text.split(whereSeparator: \.isWhitespace).map(String.init)
            return .value(.list(parts.map { .string($0) }))
        case ("startswith", .string(let text)): return .value(.bool(text.hasPrefix(arguments.first?.text ?? "")))
        case ("endswith", .string(let text)): return .value(.bool(text.hasSuffix(arguments.first?.text ?? "")))
        default:
            return .failed(
                "у значения «\(value.text)» (\(value.kindName)) нет метода \(name)(); доступны loop.cycle(…), "
                    + "items(), keys(), values(), get(…), upper(), lower(), strip(), replace(…), split(…), "
                    + "startswith(…), endswith(…)")
        }
    }
}
