/// Roman numerals for section numbers: 1 → I, 4 → IV, 24 → XXIV.
public enum RomanNumeral {
    private static let table: [(Int, String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

    /// The numeral for `number` in 1…3999, or `nil` outside that range.
    public static func string(_ number: Int) -> String? {
        guard (1...3999).contains(number) else { return nil }
        var rest = number
        var text = ""
        for (value, symbol) in table {
            while rest >= value {
                text += symbol
                rest -= value
            }
        }
        return text
    }
}
