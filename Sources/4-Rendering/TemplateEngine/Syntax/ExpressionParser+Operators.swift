extension ExpressionParser {
    /// An expression with Jinja's precedence, loosest first: `… if … else …`, `or`, `and`, `not`,
    /// comparisons and `in`, `+ -`, `~`, `* / // %`, `**`, unary minus, then `.`, `[]`, calls,
    /// filters `|` and tests `is`.
    mutating func parseExpression() throws -> Expression {
        let value = try parseOr()
        guard skip(.identifier("if")) else { return value }
        let condition = try parseOr()
        let otherwise = skip(.identifier("else")) ? try parseExpression() : nil
        return .choice(condition: condition, then: value, otherwise: otherwise)
    }

    mutating func parseOr() throws -> Expression {
        var left = try parseAnd()
        while skip(.identifier("or")) { left = .binary(.or, left, try parseAnd()) }
        return left
    }

    private mutating func parseAnd() throws -> Expression {
        var left = try parseNot()
        while skip(.identifier("and")) { left = .binary(.and, left, try parseNot()) }
        return left
    }

    private mutating func parseNot() throws -> Expression {
        if skip(.identifier("not")) { return .not(try parseNot()) }
        return try parseComparison()
    }

    private mutating func parseComparison() throws -> Expression {
        let left = try parseSum()
        if case .symbol(let symbol)? = peek(), let op = BinaryOperator(rawValue: symbol),
            [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual].contains(op)
        {
            position += 1
            return .binary(op, left, try parseSum())
        }
        if skip(.identifier("in")) { return .binary(.contains, left, try parseSum()) }
        if peek() == .identifier("not"), peek(1) == .identifier("in") {
            position += 2
            return .binary(.notContains, left, try parseSum())
        }
        return left
    }

    private mutating func parseSum() throws -> Expression {
        var left = try parseConcatenation()
        while case .symbol(let symbol)? = peek(), symbol == "+" || symbol == "-" {
            position += 1
            left = .binary(symbol == "+" ? .add : .subtract, left, try parseConcatenation())
        }
        return left
    }

    private mutating func parseConcatenation() throws -> Expression {
        var left = try parseProduct()
        while skip(.symbol("~")) { left = .binary(.concatenate, left, try parseProduct()) }
        return left
    }

    private mutating func parseProduct() throws -> Expression {
        var left = try parsePower()
        while case .symbol(let symbol)? = peek(), let op = BinaryOperator(rawValue: symbol),
            [.multiply, .divide, .floorDivide, .modulo].contains(op)
        {
            position += 1
            left = .binary(op, left, try parsePower())
        }
        return left
    }

    private mutating func parsePower() throws -> Expression {
        var left = try parseUnary(filtered: true)
        while skip(.symbol("**")) { left = .binary(.power, left, try parseUnary(filtered: true)) }
        return left
    }

    private mutating func parseUnary(filtered: Bool) throws -> Expression {
        var value: Expression
        if skip(.symbol("-")) {
            let inner = try parseUnary(filtered: false)
            if case .literal(.number(let number)) = inner {
                value = .literal(.number(-number))
            } else {
                value = .negate(inner)
            }
        } else if skip(.symbol("+")) {
            value = try parseUnary(filtered: false)
        } else {
            value = try parsePostfix(try parsePrimary())
        }
        return filtered ? try parseFiltersAndTests(value) : value
    }

    private mutating func parseFiltersAndTests(_ start: Expression) throws -> Expression {
        var value = start
        while true {
            if skip(.symbol("|")) {
                guard case .identifier(let name)? = next() else {
                    throw Failure(message: "после «|» нужно имя фильтра")
                }
                let arguments = skip(.symbol("(")) ? try parseArguments(of: name) : []
                value = .filter(value, name: name, arguments: arguments)
            } else if skip(.identifier("is")) {
                let negated = skip(.identifier("not"))
                guard case .identifier(let name)? = next() else {
                    throw Failure(message: "после «is» нужно имя проверки: is defined, is none, is even…")
                }
                var arguments: [Expression] = []
                if skip(.symbol("(")) {
                    arguments = try parseArguments(of: name)
                } else if let token = peek(), case .number = token {
                    arguments = [try parsePrimary()]
                } else if let token = peek(), case .string = token {
                    arguments = [try parsePrimary()]
                }
                value = .test(value, name: name, arguments: arguments, negated: negated)
            } else {
                return value
            }
        }
    }

    private mutating func parsePrimary() throws -> Expression {
        guard let token = next() else { throw Failure(message: "выражение оборвано: не хватает значения") }
        switch token {
        case .number(let value): return .literal(.number(value))
        case .float(let value): return .floatLiteral(value)
        case .string(let text): return .literal(.string(text))
        case .symbol("("):
            let inner = try parseExpression()
            try expect(.symbol(")"), "не закрыта скобка")
            return inner
        case .symbol("["):
            var items: [Expression] = []
            while peek() != .symbol("]") {
                items.append(try parseExpression())
                guard skip(.symbol(",")) else { break }
            }
            try expect(.symbol("]"), "не закрыта квадратная скобка списка")
            return .list(items)
        case .symbol("{"):
            var entries: [DictionaryEntry] = []
            while peek() != .symbol("}") {
                let key = try parseExpression()
                try expect(.symbol(":"), "в словаре после ключа нужно двоеточие: {\"ключ\": значение}")
                entries.append(DictionaryEntry(key: key, value: try parseExpression()))
                guard skip(.symbol(",")) else { break }
            }
            try expect(.symbol("}"), "не закрыта фигурная скобка словаря")
            return .dictionary(entries)
        case .identifier(let name):
            switch name {
            case "true", "True": return .literal(.bool(true))
            case "false", "False": return .literal(.bool(false))
            case "none", "None", "null": return .literal(.null)
            default:
                guard skip(.symbol("(")) else { return .path(root: name, steps: []) }
                // A call, `qr(text, size="2cm")`, `range(5)`: the filter `name` applied to the first argument.
                var arguments = try parseArguments(of: name)
                guard let first = arguments.first, first.isPositional else {
                    throw Failure(message: "\(name)(…) нужно хотя бы одно значение в скобках: \(name)(значение)")
                }
                arguments.removeFirst()
                return .filter(first, name: name, arguments: arguments)
            }
        case .symbol(let symbol):
            throw Failure(message: "неожиданный символ «\(symbol)»")
        }
    }

    /// `.name`, `[index]` and `.method(…)` after a value.
    private mutating func parsePostfix(_ start: Expression) throws -> Expression {
        var value = start
        while true {
            if skip(.symbol(".")) {
                let step: PathStep
                switch next() {
                case .identifier(let name)?:
                    if skip(.symbol("(")) {
                        value = .method(value, name: name, arguments: try parseArguments(of: name))
                        continue
                    }
                    step = .member(name)
                case .number(let number)?: step = .index(.literal(.number(number)))
                default: throw Failure(message: "после точки нужно имя поля")
                }
                value = appending(step, to: value)
            } else if skip(.symbol("[")) {
                let index = try parseExpression()
                try expect(.symbol("]"), "не закрыта квадратная скобка")
                value = appending(.index(index), to: value)
            } else {
                return value
            }
        }
    }

    private func appending(_ step: PathStep, to value: Expression) -> Expression {
        if case .path(let root, let steps) = value { return .path(root: root, steps: steps + [step]) }
        switch step {
        case .member(let name): return .method(value, name: "[]", arguments: [.literal(.string(name))])
        case .index(let index): return .method(value, name: "[]", arguments: [index])
        }
    }

    /// The arguments after `(` up to `)`: values, then `name=value` keywords (gathered into one
    /// last ``Expression/keywords(_:)`` argument).
    mutating func parseArguments(of name: String) throws -> [Expression] {
        var arguments: [Expression] = []
        var keywords: [KeywordArgument] = []
        while peek() != .symbol(")") {
            if case .identifier(let key)? = peek(), peek(1) == .symbol("=") {
                position += 2
                keywords.append(KeywordArgument(name: key, value: try parseExpression()))
            } else {
                guard keywords.isEmpty else {
                    throw Failure(message: "в \(name)(…) значения без имени пишите до именованных (width=…)")
                }
                arguments.append(try parseExpression())
            }
            guard skip(.symbol(",")) else { break }
        }
        try expect(.symbol(")"), "не закрыта скобка после \(name)")
        if !keywords.isEmpty { arguments.append(.keywords(keywords)) }
        return arguments
    }
}
