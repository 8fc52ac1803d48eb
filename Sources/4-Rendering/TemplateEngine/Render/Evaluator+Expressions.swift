extension Evaluator {
    func evaluate(_ expression: Expression) -> Outcome {
        switch expression {
        case .literal(let value):
            return .value(value)
        case .floatLiteral(let value):
            return .value(.number(value))
        case .path(let rootName, let steps):
            return lookup(rootName, steps, in: expression)
        case .not(let inner):
            return .value(.bool(!condition(inner)))
        case .negate(let inner):
            return map(evaluate(inner)) { value in
                guard let number = value.number else {
                    return .failed("«-» ставят перед числом, а не перед «\(value.text)»")
                }
                return .value(.number(-number))
            }
        case .binary(.and, let left, let right):
            return .value(.bool(condition(left) && condition(right)))
        case .binary(.or, let left, let right):
            // Jinja's `or` gives the first true side itself: `name or "—"`.
            if case .value(let value) = evaluate(left), value.isTruthy { return .value(value) }
            return evaluate(right)
        case .binary(.concatenate, let left, let right) where style == .jinja:
            // Python's whole floats keep their point in text: 10 / 2 ~ "" is «5.0».
            let a = evaluate(left)
            guard case .value(let x) = a else { return a }
            let b = evaluate(right)
            guard case .value(let y) = b else { return b }
            return .value(
                .string(
                    TemplateValue.jinjaText(x, float: left.isFloat) + TemplateValue.jinjaText(y, float: right.isFloat)))
        case .binary(let op, let left, let right):
            let a = evaluate(left)
            let b = evaluate(right)
            if case .failed = a { return a }
            if case .failed = b { return b }
            if op.isArithmetic {
                guard case .value(let x) = a else { return a }
                guard case .value(let y) = b else { return b }
                return Evaluator.arithmetic(op, x, y, style: style)
            }
            if op == .contains || op == .notContains {
                let found = Evaluator.contains(b.valueOrNull, a.valueOrNull)
                return .value(.bool(op == .contains ? found : !found))
            }
            return .value(.bool(Evaluator.compare(op, a.valueOrNull, b.valueOrNull)))
        case .choice(let condition, let then, let otherwise):
            if self.condition(condition) { return evaluate(then) }
            return otherwise.map(evaluate) ?? .value(.string(""))
        case .list(let items):
            return collect(items).map { .value(.list($0)) } ?? firstProblem(items)
        case .dictionary(let entries):
            var fields: [(String, TemplateValue)] = []
            for entry in entries {
                guard case .value(let key) = evaluate(entry.key) else { return evaluate(entry.key) }
                guard case .value(let value) = evaluate(entry.value) else { return evaluate(entry.value) }
                fields.append((key.text, value))
            }
            return .value(.object(fields))
        case .keywords(let arguments):
            var fields: [(String, TemplateValue)] = []
            for argument in arguments {
                switch evaluate(argument.value) {
                case .value(let found): fields.append((argument.name, found))
                case let other: return other
                }
            }
            return .value(.object(fields))
        case .test(let inner, let name, let arguments, let negated):
            guard let test = JinjaTests.test(name) else { return .failed("неизвестная проверка «is \(name)»") }
            let subject: TemplateValue?
            switch evaluate(inner) {
            case .value(let value): subject = value
            case .missing: subject = nil
            case let failed: return failed
            }
            guard let evaluated = collect(arguments) else { return firstProblem(arguments) }
            return .value(.bool(test(subject, evaluated) != negated))
        case .method(let inner, let name, let arguments):
            let base = evaluate(inner)
            guard case .value(let value) = base else {
                if name == "[]", case .missing(let path) = base { return .missing(path + "[…]") }
                return base
            }
            guard let evaluated = collect(arguments) else { return firstProblem(arguments) }
            return Evaluator.call(name, on: value, evaluated)
        case .filter(let inner, let name, let arguments):
            return filter(inner, name: name, arguments: arguments)
        }
    }

    private func filter(_ inner: Expression, name: String, arguments: [Expression]) -> Outcome {
        let input = evaluate(inner)
        guard let filter = filters.contextualFilter(name) else { return .failed("неизвестный фильтр «\(name)»") }
        let value: TemplateValue
        switch input {
        case .value(let found): value = found
        case .missing where filters.acceptsMissing.contains(name): value = .null
        case .missing, .failed: return input
        }
        guard let evaluated = collect(arguments) else { return firstProblem(arguments) }
        if name == "map", case .string(let mapped)? = evaluated.first {
            return mapFilter(mapped, over: value, Array(evaluated.dropFirst()))
        }
        do {
            return .value(try filter(value, evaluated, context))
        } catch let failure as FilterFailure {
            return .failed(failure.message)
        } catch {
            return .failed("фильтр \(name) не сработал")
        }
    }

    /// `map("upper")`: the filter named applied to every item.
    private func mapFilter(_ name: String, over value: TemplateValue, _ arguments: [TemplateValue]) -> Outcome {
        guard let filter = filters.contextualFilter(name) else {
            return .failed("map: неизвестный фильтр «\(name)»")
        }
        guard case .list(let items) = value else { return .failed("map: нужен список, а получено «\(value.text)»") }
        do {
            return .value(.list(try items.map { try filter($0, arguments, context) }))
        } catch let failure as FilterFailure {
            return .failed(failure.message)
        } catch {
            return .failed("map: фильтр \(name) не сработал")
        }
    }

    private func map(_ outcome: Outcome, _ transform: (TemplateValue) -> Outcome) -> Outcome {
        if case .value(let value) = outcome { return transform(value) }
        return outcome
    }

    /// The values of `expressions`, or nil when one is missing or failed.
    private func collect(_ expressions: [Expression]) -> [TemplateValue]? {
        var values: [TemplateValue] = []
        for expression in expressions {
            guard case .value(let value) = evaluate(expression) else { return nil }
            values.append(value)
        }
        return values
    }

    private func firstProblem(_ expressions: [Expression]) -> Outcome {
        for expression in expressions {
            let outcome = evaluate(expression)
            if case .value = outcome { continue }
            return outcome
        }
        return .value(.null)
    }
}

extension BinaryOperator {
    var isArithmetic: Bool {
        switch self {
        case .add, .subtract, .multiply, .divide, .floorDivide, .modulo, .power, .concatenate: true
        default: false
        }
    }
}
