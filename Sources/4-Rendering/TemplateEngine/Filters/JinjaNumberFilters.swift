import Foundation

/// Jinja's `round`, `int`, `float`, `abs`.
enum JinjaNumberFilters {
    static func register(in registry: inout FilterRegistry) {
        registry.register("round") { value, arguments in
            let options = Options(arguments, positional: ["precision", "method"])
            let number = try StandardFilters.numeric(value, filter: "round")
            let precision = max(0, min(10, (options["precision"]?.number ?? 0).clampedInt()))
            let scale = pow(10, Double(precision))
            let rule: FloatingPointRoundingRule
            switch options["method"]?.text ?? "common" {
            case "ceil": rule = .up
            case "floor": rule = .down
            // Python's round: halves to even.
            default: rule = .toNearestOrEven
            }
            return .number((number * scale).rounded(rule) / scale)
        }
        registry.register("int") { value, arguments in
            guard let number = value.number else { return arguments.first ?? .number(0) }
            return .number(number.rounded(.towardZero))
        }
        registry.register("float") { value, arguments in
            .number(value.number ?? arguments.first?.number ?? 0)
        }
        registry.register("abs") { value, _ in
            .number(abs(try StandardFilters.numeric(value, filter: "abs")))
        }
    }
}
