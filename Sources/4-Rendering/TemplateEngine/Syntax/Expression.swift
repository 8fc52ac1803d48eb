/// An expression inside a tag: `school.head.name`, `schools[-1]`, `"—"`, `a == b and not c`,
/// `date | date("long")`, `total / count * 100`, `x is defined`, `[1, 2]`, `loop.cycle("a", "b")`.
indirect enum Expression: Sendable, Equatable {
    case literal(TemplateValue)
    /// A number written with a point or an exponent (`2.0`): the number, which Jinja prints as a float.
    case floatLiteral(Double)
    case path(root: String, steps: [PathStep])
    case not(Expression)
    /// `-x`: the number negated.
    case negate(Expression)
    case binary(BinaryOperator, Expression, Expression)
    case filter(Expression, name: String, arguments: [Expression])
    /// `x is name(arguments)` (`negated` for `is not`).
    case test(Expression, name: String, arguments: [Expression], negated: Bool)
    /// `[a, b]`.
    case list([Expression])
    /// `{"key": value}`.
    case dictionary([DictionaryEntry])
    /// `a if condition else b` (`otherwise` nil: nothing when the condition fails).
    case choice(condition: Expression, then: Expression, otherwise: Expression?)
    /// `value.method(arguments)`: `loop.cycle(…)`, `dict.items()`, `text.upper()`.
    case method(Expression, name: String, arguments: [Expression])
    /// Keyword arguments of a filter or call (`width="3cm"`), passed to it as one last object argument.
    case keywords([KeywordArgument])

    /// The dotted text of a path, for messages: `school.head.name`, `schools[0]`.
    var pathText: String? {
        guard case .path(let root, let steps) = self else { return nil }
        return steps.reduce(root) { text, step in
            switch step {
            case .member(let name): return text + "." + name
            case .index(.literal(let value)): return text + "[\(value.text)]"
            case .index: return text + "[…]"
            }
        }
    }

    /// Whether this is a value rather than keyword arguments.
    var isPositional: Bool {
        if case .keywords = self { return false }
        return true
    }

    /// The expressions directly inside this one.
    var children: [Expression] {
        switch self {
        case .literal, .floatLiteral: []
        case .path(_, let steps):
            steps.compactMap {
                if case .index(let inner) = $0 { return inner }
                return nil
            }
        case .not(let inner), .negate(let inner): [inner]
        case .binary(_, let left, let right): [left, right]
        case .filter(let inner, _, let arguments), .test(let inner, _, let arguments, _),
            .method(let inner, _, let arguments):
            [inner] + arguments
        case .list(let items): items
        case .choice(let condition, let then, let otherwise): [condition, then] + (otherwise.map { [$0] } ?? [])
        case .dictionary(let entries): entries.flatMap { [$0.key, $0.value] }
        case .keywords(let arguments): arguments.map(\.value)
        }
    }

    /// Every filter name used in the expression (`map("upper")` names a filter too).
    var filterNames: [String] {
        var own: [String] = []
        if case .filter(_, let name, let arguments) = self {
            own.append(name)
            if name == "map", case .literal(.string(let mapped))? = arguments.first { own.append(mapped) }
        }
        return own + children.flatMap(\.filterNames)
    }

    /// Every test name used in the expression (`is even`, `selectattr("x", "odd")` aside).
    var testNames: [String] {
        var own: [String] = []
        if case .test(_, let name, _, _) = self { own.append(name) }
        return own + children.flatMap(\.testNames)
    }
}

/// `name=value` in an argument list.
struct KeywordArgument: Sendable, Equatable {
    let name: String
    let value: Expression
}

/// `key: value` in a dictionary literal.
struct DictionaryEntry: Sendable, Equatable {
    let key: Expression
    let value: Expression
}

enum PathStep: Sendable, Equatable {
    case member(String)
    case index(Expression)
}

enum BinaryOperator: String, Sendable, Equatable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case and, or
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case floorDivide = "//"
    case modulo = "%"
    case power = "**"
    /// `~`: both sides as text, joined.
    case concatenate = "~"
    case contains = "in"
    case notContains = "not in"
}
