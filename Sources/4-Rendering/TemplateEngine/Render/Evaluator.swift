/// Evaluates expressions against the data and the names in scope (loop variables, `{% set %}`,
/// `{% with %}`).
struct Evaluator {
    /// The result of evaluating: a value, or the dotted path that was not found in the data.
    enum Outcome {
        case value(TemplateValue)
        case missing(String)
        case failed(String)

        var valueOrNull: TemplateValue {
            if case .value(let value) = self { return value }
            return .null
        }
    }

    /// Where a loop stands: its items and the current position, from which `loop` is built only
    /// when a tag reads it.
    struct LoopState {
        let items: [TemplateValue]
        let index: Int

        var loop: TemplateValue {
            let count = items.count
            var fields: [(String, TemplateValue)] = [
                ("index", .number(Double(index + 1))), ("index0", .number(Double(index))),
                ("revindex", .number(Double(count - index))), ("revindex0", .number(Double(count - index - 1))),
                ("first", .bool(index == 0)), ("last", .bool(index == count - 1)),
                ("length", .number(Double(count))),
            ]
            if index > 0 { fields.append(("previtem", items[index - 1])) }
            if index + 1 < count { fields.append(("nextitem", items[index + 1])) }
            return .object(fields)
        }
    }

    /// Names bound by one loop iteration, one `{% with %}`, or the template itself (`{% set %}`
    /// outside any block).
    private struct Frame {
        var names: [(name: String, value: TemplateValue)] = []
        /// A loop's variables, bound to its current item (unpacked when there are several); kept
        /// apart from `names` so that a loop pass allocates nothing.
        var variables: [String] = []
        var loop: LoopState?

        func value(of name: String) -> TemplateValue? {
            if let bound = names.last(where: { $0.name == name }) { return bound.value }
            guard let loop, let position = variables.firstIndex(of: name) else { return nil }
            let item = loop.items[loop.index]
            if variables.count == 1 { return item }
            let parts = item.unpacked
            return position < parts.count ? parts[position] : .null
        }
    }

    let filters: FilterRegistry
    /// What contextual filters receive: the files the rendering may read.
    let context: FilterContext
    /// How values print where an expression makes text of them (`~`): Russian or as Jinja prints.
    let style: TemplateSettings.ValueStyle
    private var frames: [Frame] = [Frame()]
    private let root: TemplateValue

    init(
        data: TemplateValue, filters: FilterRegistry, style: TemplateSettings.ValueStyle = .russian,
        context: FilterContext = .none
    ) {
        self.root = data
        self.filters = filters
        self.context = context
        self.style = style
    }

    /// Enters iteration `index` of a loop over `items`, binding `variables` to the item (several
    /// variables unpack it: `for key, value in pairs`).
    mutating func push(_ variables: [String], items: [TemplateValue], index: Int) {
        frames.append(Frame(variables: variables, loop: LoopState(items: items, index: index)))
    }

    /// Enters a `{% with %}` block binding `names`.
    mutating func push(names: [(String, TemplateValue)]) {
        frames.append(Frame(names: names.map { (name: $0.0, value: $0.1) }))
    }

    mutating func pop() {
        if frames.count > 1 { frames.removeLast() }
    }

    /// The innermost loop being repeated, if any.
    var innermostLoop: LoopState? { frames.last(where: { $0.loop != nil })?.loop }

    /// `{% set name = value %}`: binds `name` in the innermost loop or block (the whole template
    /// outside them), as Jinja scopes it.
    mutating func assign(_ name: String, _ value: TemplateValue) {
        let last = frames.count - 1
        if let position = frames[last].names.firstIndex(where: { $0.name == name }) {
            frames[last].names[position].value = value
        } else {
            frames[last].names.append((name, value))
        }
    }

    /// The value `name` has in the innermost scope that binds it (`loop` is bound by every loop).
    private func scoped(_ name: String) -> TemplateValue? {
        for frame in frames.reversed() {
            if let value = frame.value(of: name) { return value }
            if name == "loop", let loop = frame.loop { return loop.loop }
        }
        return nil
    }

    /// Truthiness of a condition; a value missing from the data counts as false.
    func condition(_ expression: Expression) -> Bool {
        if case .value(let value) = evaluate(expression) { return value.isTruthy }
        return false
    }

    /// The value at path `name` + `steps`, or `.missing` with the path as written in `expression`.
    func lookup(_ name: String, _ steps: [PathStep], in expression: Expression) -> Outcome {
        var text: String { expression.pathText ?? name }
        var current: TemplateValue
        if let scoped = scoped(name) {
            current = scoped
        } else if let value = root[name] {
            current = value
        } else {
            return .missing(text)
        }
        for step in steps {
            switch step {
            case .member(let member):
                guard let next = current[member] else { return .missing(text) }
                current = next
            case .index(let expression):
                guard case .value(let key) = evaluate(expression), let next = current.item(key) else {
                    return .missing(text)
                }
                current = next
            }
        }
        return .value(current)
    }
}

extension TemplateValue {
    /// The item at `key`: a list's by position (negative counts from the end, as in Python), an
    /// object's by name.
    func item(_ key: TemplateValue) -> TemplateValue? {
        switch (self, key) {
        case (.list(let items), .number(let number)):
            guard var index = number.wholeInt else { return nil }
            if index < 0 { index += items.count }
            return items.indices.contains(index) ? items[index] : nil
        case (.object(let fields), _):
            return fields[key.text]
        case (.string(let text), .number(let number)):
            let characters = Array(text)
            guard var index = number.wholeInt else { return nil }
            if index < 0 { index += characters.count }
            return characters.indices.contains(index) ? .string(String(characters[index])) : nil
        default:
            return nil
        }
    }

    /// The parts a loop with several variables unpacks: a list's items, an object's values.
    var unpacked: [TemplateValue] {
        switch self {
        case .list(let items): items
        case .object(let fields): fields.keys.compactMap { fields[$0] }
        default: [self]
        }
    }
}
