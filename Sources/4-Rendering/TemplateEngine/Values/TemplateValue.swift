/// A value a template reads: what YAML or JSON data holds, plus the domain's own objects
/// converted to it.
public enum TemplateValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    /// A share of a whole (доля) as a fraction: 0.346154 prints «34,6 %» (one decimal, a
    /// non-breaking space before the sign), compares and filters as the number 0.346154
    /// (`percent(2)` gives «34,62 %»).
    case share(Double)
    case string(String)
    case list([TemplateValue])
    /// A mapping with its keys in the order they were written.
    case object(OrderedFields)

    /// Builds an object from pairs, keeping their order.
    public static func object(_ pairs: [(String, TemplateValue)]) -> TemplateValue {
        .object(OrderedFields(pairs))
    }

    /// The member named `key`, when this is an object that has it.
    public subscript(key: String) -> TemplateValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    /// Jinja truthiness: null, false, 0, "" and empty collections are false.
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .number(let value), .share(let value): value != 0
        case .string(let value): !value.isEmpty
        case .list(let items): !items.isEmpty
        case .object(let fields): !fields.isEmpty
        }
    }

    /// The Russian name of the value's kind, for messages.
    public var kindName: String {
        switch self {
        case .null: "пустое значение"
        case .bool: "логическое значение"
        case .number: "число"
        case .share: "доля"
        case .string: "строка"
        case .list: "список"
        case .object: "объект"
        }
    }
}

/// The members of an object, in the order they were written.
public struct OrderedFields: Sendable, Equatable {
    public private(set) var keys: [String] = []
    private var values: [String: TemplateValue] = [:]

    public init(_ pairs: [(String, TemplateValue)] = []) {
        for (key, value) in pairs { self[key] = value }
    }

    public var isEmpty: Bool { keys.isEmpty }

    public subscript(key: String) -> TemplateValue? {
        get { values[key] }
        set {
            if values[key] == nil, newValue != nil { keys.append(key) }
            if newValue == nil { keys.removeAll { $0 == key } }
            values[key] = newValue
        }
    }
}
