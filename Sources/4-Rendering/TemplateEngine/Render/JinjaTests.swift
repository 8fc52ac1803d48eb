/// Jinja's tests, written after `is`: `x is defined`, `n is even`, `x is not none`,
/// `n is divisibleby(3)`; `selectattr` and `rejectattr` use them too.
enum JinjaTests {
    /// A test: the value (nil when the data lacks it) and the arguments in, the answer out.
    typealias Test = @Sendable (TemplateValue?, [TemplateValue]) -> Bool

    private static let tests: [String: Test] = [
        "defined": { value, _ in value != nil },
        "undefined": { value, _ in value == nil },
        "none": { value, _ in value == .null },
        "number": { value, _ in isNumber(value) },
        "integer": { value, _ in isNumber(value) && value?.number.map { $0 == $0.rounded() } == true },
        "float": { value, _ in isNumber(value) && value?.number.map { $0 != $0.rounded() } == true },
        "string": { value, _ in if case .string? = value { true } else { false } },
        "boolean": { value, _ in if case .bool? = value { true } else { false } },
        "true": { value, _ in value == .bool(true) },
        "false": { value, _ in value == .bool(false) },
        "mapping": { value, _ in if case .object? = value { true } else { false } },
        "iterable": { value, _ in
            switch value {
            case .list?, .object?, .string?: true
            default: false
            }
        },
        "sequence": { value, _ in
            switch value {
            case .list?, .string?: true
            default: false
            }
        },
        "even": { value, _ in
            isNumber(value) && value?.number.map { $0.truncatingRemainder(dividingBy: 2) == 0 } == true
        },
        "odd": { value, _ in
            isNumber(value) && value?.number.map { abs($0.truncatingRemainder(dividingBy: 2)) == 1 } == true
        },
        "divisibleby": { value, arguments in
            guard let number = value?.number, let divisor = arguments.first?.number, divisor != 0 else { return false }
            return number.truncatingRemainder(dividingBy: divisor) == 0
        },
        "lower": { value, _ in value.map { $0.text == $0.text.lowercased() } ?? false },
        "upper": { value, _ in value.map { $0.text == $0.text.uppercased() } ?? false },
        "in": { value, arguments in value.map { Evaluator.contains(arguments.first ?? .null, $0) } ?? false },
        "sameas": { value, arguments in value == arguments.first },
    ]

    /// Comparison tests under their several names: `selectattr("score", "gt", 3)`.
    private static let comparisons: [String: BinaryOperator] = [
        "eq": .equal, "equalto": .equal, "==": .equal, "ne": .notEqual, "!=": .notEqual,
        "lt": .less, "lessthan": .less, "<": .less, "le": .lessOrEqual, "<=": .lessOrEqual,
        "gt": .greater, "greaterthan": .greater, ">": .greater, "ge": .greaterOrEqual, ">=": .greaterOrEqual,
    ]

    /// The test named `name`, or nil.
    static func test(_ name: String) -> Test? {
        if let test = tests[name] { return test }
        guard let op = comparisons[name] else { return nil }
        return { value, arguments in
            guard let value else { return false }
            return Evaluator.compare(op, value, arguments.first ?? .null)
        }
    }

    /// The names of all tests, sorted.
    static var names: [String] { (Array(tests.keys) + comparisons.keys.filter { $0.first?.isLetter == true }).sorted() }

    private static func isNumber(_ value: TemplateValue?) -> Bool {
        switch value {
        case .number?, .share?: true
        default: false
        }
    }
}
