extension Expression {
    /// Whether Python would compute the expression as a float, so that Jinja prints a whole result
    /// with its point («5.0»): a number written with a point, `/`, the filters `float` and `round`,
    /// and arithmetic or `abs` on a float. Paperwork's numbers have no int/float kinds; this is read
    /// from the expression, for templates whose values print as Jinja's (`paperwork.values = jinja`).
    /// A float kept in a variable (`{% set x = 10 / 2 %}{{ x }}`) prints as a whole number.
    var isFloat: Bool {
        switch self {
        case .floatLiteral: true
        case .binary(.divide, _, _): true
        case .binary(let op, let left, let right):
            switch op {
            case .add, .subtract, .multiply, .floorDivide, .modulo, .power: left.isFloat || right.isFloat
            default: false
            }
        case .negate(let inner): inner.isFloat
        case .filter(let inner, let name, _):
            switch name {
            case "float", "round": true
            case "abs": inner.isFloat
            default: false
            }
        case .choice(_, let then, let otherwise): then.isFloat && otherwise?.isFloat == true
        default: false
        }
    }
}

extension TemplateValue {
    /// The text of `value` as Jinja prints it, a whole number with «.0» when it is a `float`.
    static func jinjaText(_ value: TemplateValue, float: Bool) -> String {
        if float, case .number(let number) = value, number.isFinite, number == number.rounded(), abs(number) < 1e16 {
            return pythonNumber(number) + ".0"
        }
        return value.jinjaText
    }
}
