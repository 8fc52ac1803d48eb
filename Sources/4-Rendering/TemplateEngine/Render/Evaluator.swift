/// Evaluates expressions against the data and the loop variables in scope.
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

    /// One iteration of a loop in scope: its variable and item, and where it stands, from which
    /// `loop` is built only when a tag reads it.
    private struct LoopFrame {
        let variable: String
        let item: TemplateValue
        let index: Int
        let count: Int

        var loop: TemplateValue {
            .object([
                ("index", .number(Double(index + 1))), ("index0", .number(Double(index))),
                ("first", .bool(index == 0)), ("last", .bool(index == count - 1)),
                ("length", .number(Double(count))),
            ])
        }
    }

    let filters: FilterRegistry
    private var frames: [LoopFrame]
    private let root: TemplateValue

    init(data: TemplateValue, filters: FilterRegistry) {
        self.root = data
        self.filters = filters
        self.frames = []
    }

    /// Enters iteration `index` of `count` of a loop binding `variable` to `item`.
    mutating func push(_ variable: String, _ item: TemplateValue, index: Int, count: Int) {
        frames.append(LoopFrame(variable: variable, item: item, index: index, count: count))
    }

    mutating func pop() { frames.removeLast() }

    /// The value `name` has in the innermost loop that binds it (`loop` is bound by every loop).
    private func scoped(_ name: String) -> TemplateValue? {
        guard !frames.isEmpty else { return nil }
        if name == "loop", frames[frames.count - 1].variable != name { return frames[frames.count - 1].loop }
        var position = frames.count - 1
        while position >= 0 {
            if frames[position].variable == name { return frames[position].item }
            position -= 1
        }
        return nil
    }

    func evaluate(_ expression: Expression) -> Outcome {
        switch expression {
        case .literal(let value):
            return .value(value)
        case .path(let rootName, let steps):
            return lookup(rootName, steps, in: expression)
        case .not(let inner):
            return .value(.bool(!condition(inner)))
        case .binary(.and, let left, let right):
            return .value(.bool(condition(left) && condition(right)))
        case .binary(.or, let left, let right):
            return .value(.bool(condition(left) || condition(right)))
        case .binary(let op, let left, let right):
            let a = evaluate(left)
            let b = evaluate(right)
            if case .failed = a { return a }
            if case .failed = b { return b }
            return .value(.bool(Evaluator.compare(op, a.valueOrNull, b.valueOrNull)))
        case .keywords(let arguments):
            var fields: [(String, TemplateValue)] = []
            for argument in arguments {
                switch evaluate(argument.value) {
                case .value(let found): fields.append((argument.name, found))
                case let other: return other
                }
            }
            return .value(.object(fields))
        case .filter(let inner, let name, let arguments):
            let input = evaluate(inner)
            guard let filter = filters.filter(name) else { return .failed("неизвестный фильтр «\(name)»") }
            let value: TemplateValue
            switch input {
            case .value(let found): value = found
            case .missing where filters.acceptsMissing.contains(name): value = .null
            case .missing, .failed: return input
            }
            var evaluated: [TemplateValue] = []
            for argument in arguments {
                switch evaluate(argument) {
                case .value(let found): evaluated.append(found)
                case let other: return other
                }
            }
            do {
                return .value(try filter(value, evaluated))
            } catch let failure as FilterFailure {
                return .failed(failure.message)
            } catch {
                return .failed("фильтр \(name) не сработал")
            }
        }
    }

    /// Truthiness of a condition; a value missing from the data counts as false.
    func condition(_ expression: Expression) -> Bool {
        if case .value(let value) = evaluate(expression) { return value.isTruthy }
        return false
    }

    /// The value at path `name` + `steps`, or `.missing` with the path as written in `expression`.
    private func lookup(_ name: String, _ steps: [PathStep], in expression: Expression) -> Outcome {
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
                guard case .value(let key) = evaluate(expression) else { return .missing(text) }
                switch (current, key) {
                case (.list(let items), .number(let number)):
                    let index = Int(number)
                    guard Double(index) == number, items.indices.contains(index) else { return .missing(text) }
                    current = items[index]
                case (.object(let fields), .string(let member)):
                    guard let next = fields[member] else { return .missing(text) }
                    current = next
                default:
                    return .missing(text)
                }
            }
        }
        return .value(current)
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
            case .and, .or: return false
            }
        }
        switch op {
        case .equal: return a == b || (a.text == b.text && isText(a) && isText(b))
        case .notEqual: return !(a == b || (a.text == b.text && isText(a) && isText(b)))
        case .less: return a.text < b.text
        case .lessOrEqual: return a.text <= b.text
        case .greater: return a.text > b.text
        case .greaterOrEqual: return a.text >= b.text
        case .and, .or: return false
        }
    }

    private static func isText(_ value: TemplateValue) -> Bool {
        if case .string = value { return true }
        return false
    }
}
