/// An expression inside a tag: `school.head.name`, `schools[0]`, `"—"`, `a == b and not c`,
/// `date | date("long")`.
indirect enum Expression: Sendable, Equatable {
    case literal(TemplateValue)
    case path(root: String, steps: [PathStep])
    case not(Expression)
    case binary(BinaryOperator, Expression, Expression)
    case filter(Expression, name: String, arguments: [Expression])
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

    /// Every filter name used in the expression.
    var filterNames: [String] {
        switch self {
        case .literal, .path: []
        case .not(let inner): inner.filterNames
        case .binary(_, let left, let right): left.filterNames + right.filterNames
        case .filter(let inner, let name, let arguments): inner.filterNames + [name] + arguments.flatMap(\.filterNames)
        case .keywords(let arguments): arguments.flatMap(\.value.filterNames)
        }
    }
}

/// `name=value` in an argument list.
struct KeywordArgument: Sendable, Equatable {
    let name: String
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
}

/// What a `{% … %}` tag says.
enum Statement: Sendable, Equatable {
    case forLoop(variable: String, sequence: Expression)
    case endFor
    case ifBlock(Expression)
    case elseIf(Expression)
    case elseBranch
    case endIf

    /// The keyword as written, for messages.
    var keyword: String {
        switch self {
        case .forLoop: "for"
        case .endFor: "endfor"
        case .ifBlock: "if"
        case .elseIf: "elif"
        case .elseBranch: "else"
        case .endIf: "endif"
        }
    }
}
