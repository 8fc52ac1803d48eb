/// Parses tag contents into ``Expression`` and ``Statement`` values, with Jinja's operators and
/// their precedence (see `ExpressionParser+Operators.swift`).
struct ExpressionParser {
    typealias Token = ExpressionLexer.Token
    typealias Failure = ExpressionLexer.Failure

    var tokens: [Token]
    var position = 0

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
        let expression = try parser.parseExpression()
        try parser.expectEnd()
        return expression
    }

    /// The keyword a statement starts with, when it has one: to keep blocks paired when the rest
    /// of the tag cannot be read.
    static func keyword(_ text: String) -> String? {
        guard case .identifier(let keyword)? = try? ExpressionLexer.tokens(text).first else { return nil }
        return keyword
    }

    /// Parses the inside of `{% … %}`.
    static func statement(_ text: String) throws -> Statement {
        var parser = try ExpressionParser(try ExpressionLexer.tokens(text))
        guard case .identifier(let keyword)? = parser.next() else {
            throw Failure(
                message: "ожидалось for, endfor, if, elif, else, endif, set, with, endwith, cellbg, colspan, vm, hm "
                    + "или restart_numbering")
        }
        let statement: Statement
        switch keyword {
        case "for":
            var variables: [String] = []
            repeat {
                guard case .identifier(let variable)? = parser.next() else {
                    throw Failure(message: "после for нужно имя переменной: {% for школа in школы %}")
                }
                variables.append(variable)
            } while parser.skip(.symbol(","))
            guard case .identifier("in")? = parser.next() else {
                throw Failure(
                    message:
                        "после имени переменной нужно слово in: {% for \(variables.joined(separator: ", ")) in список %}"
                )
            }
            statement = .forLoop(variables: variables, sequence: try parser.parseOr())
        case "endfor": statement = .endFor
        case "if": statement = .ifBlock(try parser.parseExpression())
        case "elif", "elseif": statement = .elseIf(try parser.parseExpression())
        case "else": statement = .elseBranch
        case "endif": statement = .endIf
        case "set":
            guard case .identifier(let name)? = parser.next(), parser.skip(.symbol("=")) else {
                throw Failure(message: "ожидалось {% set имя = значение %}")
            }
            statement = .set(name: name, value: try parser.parseExpression())
        case "with":
            var bindings: [KeywordArgument] = []
            while case .identifier(let name)? = parser.peek() {
                parser.position += 1
                guard parser.skip(.symbol("=")) else { throw Failure(message: "ожидалось {% with имя = значение %}") }
                bindings.append(KeywordArgument(name: name, value: try parser.parseExpression()))
                guard parser.skip(.symbol(",")) else { break }
            }
            statement = .with(bindings)
        case "endwith": statement = .endWith
        case "cellbg": statement = .cell(.background(try parser.parseExpression()))
        case "colspan": statement = .cell(.columnSpan(try parser.parseExpression()))
        case "vm": statement = .cell(.verticalMerge)
        case "hm": statement = .cell(.horizontalMerge)
        case "restart_numbering":
            statement = .restartNumbering(parser.peek() == nil ? nil : try parser.parseExpression())
        case "macro", "endmacro", "include", "import", "from", "extends", "block", "endblock", "call", "filter":
            throw Failure(
                message: "команда «\(keyword)» не поддерживается: шаблон собирается из одного файла. "
                    + "Повторяющийся текст напишите в шаблоне прямо или циклом {% for %}, общий расчёт вынесите в данные"
            )
        default:
            if case .identifier(let next)? = parser.peek(), Statement.role(ofKeyword: next) != .none || next == "set" {
                throw Failure(
                    message: "приставка «\(keyword)» не поддерживается; допускаются {%p …%}, {%tr …%}, {%tc …%} "
                        + "и {%r …%} (как в docxtpl) или тег без приставки")
            }
            throw Failure(
                message:
                    "неизвестная команда «\(keyword)»; допускаются for, endfor, if, elif, else, endif, set, with, endwith, "
                    + "cellbg, colspan, vm, hm, restart_numbering"
            )
        }
        try parser.expectEnd()
        return statement
    }

    mutating func next() -> Token? {
        guard position < tokens.count else { return nil }
        defer { position += 1 }
        return tokens[position]
    }

    func peek(_ ahead: Int = 0) -> Token? { position + ahead < tokens.count ? tokens[position + ahead] : nil }

    /// Consumes `token` when it comes next.
    mutating func skip(_ token: Token) -> Bool {
        guard peek() == token else { return false }
        position += 1
        return true
    }

    mutating func expect(_ token: Token, _ message: String) throws {
        guard skip(token) else { throw Failure(message: message) }
    }

    func expectEnd() throws {
        if let token = peek() { throw Failure(message: "лишнее в конце тега: «\(describe(token))»") }
    }

    func describe(_ token: Token) -> String {
        switch token {
        case .identifier(let name): name
        case .number(let value), .float(let value): TemplateValue.numberText(value)
        case .string(let text): "\"\(text)\""
        case .symbol(let symbol): symbol
        }
    }
}

extension ExpressionLexer.Token {
    /// Whether the token can begin a value (a name, a number, a string).
    var startsValue: Bool {
        switch self {
        case .identifier, .number, .float, .string: true
        case .symbol: false
        }
    }
}
