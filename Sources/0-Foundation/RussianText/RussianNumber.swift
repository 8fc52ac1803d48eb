/// Numbers as Russian documents print them: decimal comma, non-breaking spaces between
/// groups of thousands, «85,7 %».
public enum RussianNumber {
    /// U+00A0, used between thousands and before «%».
    public static let nonBreakingSpace = "\u{00A0}"

    /// `value` with exactly `decimals` digits after the comma: `format(1234.5, decimals: 2)` → «1 234,50».
    ///
    /// Never traps: `decimals` is taken in 0…15; beyond 9·10¹⁸, and for infinity and NaN, the number
    /// prints in exponent form with a comma, «1,5e+300» (infinity as «∞», NaN as «—»).
    public static func format(_ value: Double, decimals: Int) -> String {
        let decimals = min(max(decimals, 0), 15)
        guard value.isFinite, value.magnitude < 9e18 else { return exponentForm(value) }
        let scale = pow10(decimals)
        // The whole part is exact; the fraction is rounded to `decimals` digits and may carry into it.
        var whole = Int(value.magnitude.rounded(.towardZero))
        var fraction = Int(((value.magnitude - Double(whole)) * scale).rounded())
        if fraction >= Int(scale) {
            whole += 1
            fraction -= Int(scale)
        }
        var text = group(whole)
        if decimals > 0 {
            let digits = String(fraction)
            text += "," + String(repeating: "0", count: max(0, decimals - digits.count)) + digits
        }
        return (value < 0 && (whole != 0 || fraction != 0) ? "−" : "") + text
    }

    /// «1,5e+300», «−∞», «—» for NaN: numbers too large for grouped digits.
    private static func exponentForm(_ value: Double) -> String {
        if value.isNaN { return "—" }
        if value.isInfinite { return value < 0 ? "−∞" : "∞" }
        let text = String(describing: value.magnitude).map { $0 == "." ? "," : $0 }
        return (value < 0 ? "−" : "") + String(text)
    }

    /// `value` with as few decimals as it needs (up to `maxDecimals`): 35 → «35», 2.5 → «2,5».
    public static func compact(_ value: Double, maxDecimals: Int = 2) -> String {
        // Whole numbers below a thousand (points, counts) need neither a comma nor grouping.
        if value == value.rounded(), abs(value) < 1000 {
            return value < 0 ? "−" + String(Int(-value)) : String(Int(value))
        }
        var text = format(value, decimals: maxDecimals)
        if text.contains(",") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(",") { text.removeLast() }
        }
        return text
    }

    /// A fraction as a percentage: 0.857 → «85,7 %»; `decimals` digits after the comma.
    public static func percent(_ fraction: Double, decimals: Int = 1) -> String {
        format(fraction * 100, decimals: decimals) + nonBreakingSpace + "%"
    }

    /// `number` with zeros in front up to `width` digits, as `%0<width>d` writes it: (7, 3) → «007».
    public static func zeroPadded(_ number: Int, width: Int) -> String {
        let digits = String(number.magnitude)
        let zeros = String(repeating: "0", count: max(0, width - digits.count - (number < 0 ? 1 : 0)))
        return (number < 0 ? "-" : "") + zeros + digits
    }

    /// Digits grouped by three with non-breaking spaces: 1234567 → «1 234 567».
    static func group(_ whole: Int) -> String {
        let digits = Array(String(whole))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += nonBreakingSpace }
            text.append(digit)
        }
        return text
    }

    private static func pow10(_ n: Int) -> Double {
        (0..<max(0, n)).reduce(1.0) { value, _ in value * 10 }
    }
}
