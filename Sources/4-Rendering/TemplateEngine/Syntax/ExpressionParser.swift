/// Parses tag contents into ``Expression`` and ``Statement`` values.
struct ExpressionParser {
    typealias Token = ExpressionLexer.Token
    typealias Failure = ExpressionLexer.Failure

    private var tokens: [Token]
    private var position = 0

    /// The most tokens one tag may hold. Real tags hold a few dozen; the bound keeps the parser's,
    /// the evaluator's and the syntax tree's recursion shallow whatever a template contains.
    static let maxTokens = 1_000

    private init(_ tokens: [Token]) throws {
        guard tokens.count <= ExpressionParser.maxTokens else {
            throw Failure(
                message: "выражение слишком длинное (больше \(ExpressionParser.maxTokens) частей); "
                    + "упростите его или вынесите расчёт в данные")
        }
        self.tokens = tokens
    }

    /// Parses the inside of `{{ … }}`.
    static func expression(_ text: String) throws -> Expression {
        var parser = try ExpressionParser(try ExpressionLexer.tokens(text))
        guard !parser.tokens.isEmpty else { throw Failure(message: "пустой тег: укажите, что вставить") }
        let expression = try parser.parseOr()
        try parser.expectEnd()
        return expression
    }

    /// Parses the inside of `{% … %}`.
    static func statement(_ text: String) throws -> Statement {
        var parser = try ExpressionParser(try ExpressionLexer.tokens(text))
        guard case .identifier(let keyword)? = parser.next() else {
            throw Failure(message: "ожидалось for, endfor, if, elif, else или endif")
        }
        let statement: Statement
        switch keyword {
        case "for":
            guard case .identifier(let variable)? = parser.next() else {
                throw Failure(message: "после for нужно имя переменной: {% for школа in школы %}")
            }
            guard case .identifier("in")? = parser.next() else {
                throw Failure(message: "после имени переменной нужно слово in: {% for \(variable) in список %}")
            }
            statement = .forLoop(variable: variable, sequence: try parser.parseOr())
        case "endfor": statement = .endFor
        case "if": statement = .ifBlock(try parser.parseOr())
        case "elif", "elseif": statement = .elseIf(try parser.parseOr())
        case "else": statement = .elseBranch
        case "endif": statement = .endIf
        default:
            throw Failure(message: "неизвестная команда «\(keyword)»; допускаются for, endfor, if, elif, else, endif")
        }
        try parser.expectEnd()
        return statement
    }

    private mutating func next() -> Token? {
        guard position < tokens.count else { return nil }
        defer { position += 1 }
        return tokens[position]
    }

    private func peek() -> Token? { position < tokens.count ? tokens[position] : nil }

    private func expectEnd() throws {
        if let token = peek() { throw Failure(message: "лишнее в конце тега: «\(describe(token))»") }
    }

    private func describe(_ token: Token) -> String {
        switch token {
        case .identifier(let name): name
        case .number(let value): TemplateValue.numberText(value)
        case .string(let text): "\"\(text)\""
        case .symbol(let symbol): symbol
        }
    }

    private mutating func parseOr() throws -> Expression {
        var left = try parseAnd()
        while peek() == .identifier("or") {
            position += 1
            left = .binary(.or, left, try parseAnd())
        }
        return left
    }

    private mutating func parseAnd() throws -> Expression {
        var left = try parseNot()
        while peek() == .identifier("and") {
            position += 1
            left = .binary(.and, left, try parseNot())
        }
        return left
    }

    private mutating func parseNot() throws -> Expression {
        if peek() == .identifier("not") {
            position += 1
            return .not(try parseNot())
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws -> Expression {
        let left = try parseFiltered()
        if case .symbol(let symbol)? = peek(), let op = BinaryOperator(rawValue: symbol) {
            position += 1
            return .binary(op, left, try parseFiltered())
        }
        return left
    }

    private mutating func parseFiltered() throws -> Expression {
        var value = try parsePrimary()
        while peek() == .symbol("|") {
            position += 1
            guard case .identifier(let name)? = next() else { throw Failure(message: "после «|» нужно имя фильтра") }
            var arguments: [Expression] = []
            if peek() == .symbol("(") {
                position += 1
                arguments = try parseArguments(of: name)
            }
            value = .filter(value, name: name, arguments: arguments)
        }
        return value
    }

    private mutating func parsePrimary() throws -> Expression {
        guard let token = next() else { throw Failure(message: "выражение оборвано: не хватает значения") }
        switch token {
        case .number(let value): return .literal(.number(value))
        case .string(let text): return .literal(.string(text))
        case .symbol("-"):
            guard case .number(let value)? = next() else { throw Failure(message: "после «-» ожидалось число") }
            return .literal(.number(-value))
        case .symbol("("):
            let inner = try parseOr()
            guard next() == .symbol(")") else { throw Failure(message: "не закрыта скобка") }
            return inner
        case .identifier(let name):
            switch name {
            case "true", "True": return .literal(.bool(true))
            case "false", "False": return .literal(.bool(false))
            case "none", "None", "null": return .literal(.null)
            default:
                guard peek() == .symbol("(") else { return .path(root: name, steps: try parseSteps()) }
                // A call, `qr(text, size="2cm")`: the filter `name` applied to the first argument.
                position += 1
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

    /// The arguments after `(` up to `)`: values, then `name=value` keywords (gathered into one
    /// last ``Expression/keywords(_:)`` argument).
    private mutating func parseArguments(of name: String) throws -> [Expression] {
        var arguments: [Expression] = []
        var keywords: [KeywordArgument] = []
        while peek() != .symbol(")") {
            if case .identifier(let key)? = peek(), position + 1 < tokens.count, tokens[position + 1] == .symbol("=") {
                position += 2
                keywords.append(KeywordArgument(name: key, value: try parseOr()))
            } else {
                guard keywords.isEmpty else {
                    throw Failure(message: "в \(name)(…) значения без имени пишите до именованных (width=…)")
                }
                arguments.append(try parseOr())
            }
            guard peek() == .symbol(",") else { break }
            position += 1
        }
        guard next() == .symbol(")") else { throw Failure(message: "не закрыта скобка после \(name)") }
        if !keywords.isEmpty { arguments.append(.keywords(keywords)) }
        return arguments
    }

    private mutating func parseSteps() throws -> [PathStep] {
        var steps: [PathStep] = []
        while true {
            if peek() == .symbol(".") {
                position += 1
                switch next() {
                case .identifier(let name)?: steps.append(.member(name))
                case .number(let value)?: steps.append(.index(.literal(.number(value))))
                default: throw Failure(message: "после точки нужно имя поля")
                }
            } else if peek() == .symbol("[") {
                position += 1
                steps.append(.index(try parseOr()))
                guard next() == .symbol("]") else { throw Failure(message: "не закрыта квадратная скобка") }
            } else {
                return steps
            }
        }
    }
}
