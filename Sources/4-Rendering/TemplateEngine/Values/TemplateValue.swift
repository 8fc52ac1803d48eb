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
    /// A picture placed where the tag stands (`qr(…)`, `image(…)`), at its size on the page.
    case picture(PlacedPicture)
    /// A native chart placed where the tag stands (`chart(…)`).
    case chart(Chart)
    /// Another document whose body is inserted where the tag stands (`subdoc(…)`).
    case document(SubDocument)

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
        case .picture, .chart, .document: true
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
        case .picture: "изображение"
        case .chart: "диаграмма"
        case .document: "вложенный документ"
        }
    }
}

/// The members of an object, in the order they were written.
///
/// Small objects (most: a school, an indicator, a recommendation) are searched key by key; an
/// index by key is kept only past ``indexedFrom`` members, so building one costs no hashing.
public struct OrderedFields: Sendable, Equatable {
    private var pairs: [(key: String, value: TemplateValue)] = []
    private var index: [String: Int]?
    /// The number of members from which lookups go through an index.
    static let indexedFrom = 9

    public init(_ pairs: [(String, TemplateValue)] = []) {
        self.pairs.reserveCapacity(pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    /// The keys in the order they were written.
    public var keys: [String] { pairs.map(\.key) }

    public var isEmpty: Bool { pairs.isEmpty }

    public subscript(key: String) -> TemplateValue? {
        get { position(of: key).map { pairs[$0].value } }
        set {
            if let position = position(of: key) {
                if let newValue {
                    pairs[position].value = newValue
                } else {
                    pairs.remove(at: position)
                    if index != nil { reindex() }
                }
            } else if let newValue {
                pairs.append((key, newValue))
                if index != nil {
                    index?[key] = pairs.count - 1
                } else if pairs.count >= OrderedFields.indexedFrom {
                    reindex()
                }
            }
        }
    }

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        return pairs.firstIndex { $0.key == key }
    }

    private mutating func reindex() {
        guard pairs.count >= OrderedFields.indexedFrom else {
            index = nil
            return
        }
        var positions: [String: Int] = [:]
        positions.reserveCapacity(pairs.count)
        for (position, pair) in pairs.enumerated() { positions[pair.key] = position }
        index = positions
    }

    /// Equal when the same keys are in the same order with equal values.
    public static func == (lhs: OrderedFields, rhs: OrderedFields) -> Bool {
        lhs.pairs.count == rhs.pairs.count
            && zip(lhs.pairs, rhs.pairs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}
