import Foundation

/// Ordinal numbers in any case and gender: «второй», «во втором полугодии», «2-е место»,
/// «двадцать шестого», «двухтысячный».
public enum OrdinalWords {
    /// What an ordinal agrees with: a masculine, feminine or neuter noun, or a plural one.
    public enum Agreement: String, Sendable, CaseIterable {
        case masculine = "m"
        case feminine = "f"
        case neuter = "n"
        case plural = "pl"
    }

    /// `number` (at least 1) as an ordinal in words: (2, .neuter, .prepositional) → «втором».
    /// Only the last word of a compound is an ordinal: «две тысячи двадцать шестой».
    public static func spell(
        _ number: Int, agreement: Agreement = .masculine, case grammaticalCase: GrammaticalCase = .nominative
    ) -> String {
        guard number > 0 else { return NumberWords.spell(number) }
        let (stem, rest) = lastStem(number)
        var words: [String] = []
        if rest > 0 {
            var cardinal = NumberWords.spell(rest)
            if cardinal.hasPrefix("одна тысяча") { cardinal.removeFirst("одна ".count) }
            words.append(cardinal)
        }
        words.append(stem.0 + ending(stem.1, agreement, grammaticalCase))
        return words.joined(separator: " ")
    }

    /// «2-е», «2-го», «3-м», «1-я»: the number with the last letters of its ordinal, one letter
    /// when a vowel (or ь) stands before the last, two otherwise (Розенталь).
    public static func abbreviated(
        _ number: Int, agreement: Agreement = .masculine, case grammaticalCase: GrammaticalCase = .nominative
    ) -> String {
        let word = Array(spell(number, agreement: agreement, case: grammaticalCase))
        guard word.count > 2 else { return String(number) }
        let before = Character(word[word.count - 2].lowercased())
        let keep = Endings.vowels.contains(before) || before == "ь" ? 1 : 2
        return String(number) + "-" + String(word.suffix(keep))
    }

    /// How an ordinal's ending goes: пят-ый, втор-ой, трет-ий.
    enum Kind { case hard, stressed, soft }

    private static let units: [(String, Kind)] = [
        ("перв", .hard), ("втор", .stressed), ("трет", .soft), ("четвёрт", .hard), ("пят", .hard),
        ("шест", .stressed), ("седьм", .stressed), ("восьм", .stressed), ("девят", .hard),
    ]
    private static let teens = [
        "десят", "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат",
        "семнадцат", "восемнадцат", "девятнадцат",
    ]
    private static let tens: [(String, Kind)] = [
        ("двадцат", .hard), ("тридцат", .hard), ("сороков", .stressed), ("пятидесят", .hard),
        ("шестидесят", .hard), ("семидесят", .hard), ("восьмидесят", .hard), ("девяност", .hard),
    ]

    /// The stem of the last ordinal word and the part of `number` said before it as a cardinal.
    private static func lastStem(_ number: Int) -> ((String, Kind), Int) {
        let lastTwo = number % 100
        if (10...19).contains(lastTwo) { return ((teens[lastTwo - 10], .hard), number - lastTwo) }
        if lastTwo % 10 != 0 { return (units[lastTwo % 10 - 1], number - lastTwo % 10) }
        if lastTwo != 0 { return (tens[lastTwo / 10 - 2], number - lastTwo) }
        let lastThree = number % 1000
        if lastThree != 0 {
            let stem = lastThree == 100 ? "сот" : NumeralForms.hundreds[lastThree / 100 - 1].form(.genitive)
            return ((stem, .hard), number - lastThree)
        }
        // 1000 → тысячный, 2000 → двухтысячный, 1 000 000 → миллионный.
        for (scale, name) in [(1_000_000_000, "миллиардн"), (1_000_000, "миллионн"), (1000, "тысячн")]
        where number % scale == 0 {
            let count = (number / scale) % 1000
            let prefix =
                count == 1 ? "" : NumberWords.spell(count, case: .genitive).replacingOccurrences(of: " ", with: "")
            return ((prefix + name, .hard), number - count * scale)
        }
        return (("", .hard), number)
    }

    private static func ending(_ kind: Kind, _ agreement: Agreement, _ grammaticalCase: GrammaticalCase) -> String {
        let index = GrammaticalCase.allCases.firstIndex(of: grammaticalCase) ?? 0
        let table: [String]
        switch (kind, agreement) {
        case (.soft, .masculine): table = ["ий", "ьего", "ьему", "ий", "ьим", "ьем"]
        case (.soft, .neuter): table = ["ье", "ьего", "ьему", "ье", "ьим", "ьем"]
        case (.soft, .feminine): table = ["ья", "ьей", "ьей", "ью", "ьей", "ьей"]
        case (.soft, .plural): table = ["ьи", "ьих", "ьим", "ьи", "ьими", "ьих"]
        case (_, .masculine):
            table = [kind == .stressed ? "ой" : "ый", "ого", "ому", kind == .stressed ? "ой" : "ый", "ым", "ом"]
        case (_, .neuter): table = ["ое", "ого", "ому", "ое", "ым", "ом"]
        case (_, .feminine): table = ["ая", "ой", "ой", "ую", "ой", "ой"]
        case (_, .plural): table = ["ые", "ых", "ым", "ые", "ыми", "ых"]
        }
        return table[index]
    }
}
