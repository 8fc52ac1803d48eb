/// Whole numbers in words, agreeing in gender where Russian needs it: «одна школа», «два балла»,
/// «две школы», «одно мероприятие», «пятьдесят».
public enum NumberWords {
    /// The gender a number agrees with (only 1 and 2 show it).
    public enum Agreement: String, Sendable {
        case masculine = "m"
        case feminine = "f"
        case neuter = "n"
    }

    private static let units = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
    private static let teens = [
        "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
        "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать",
    ]
    private static let tens = [
        "", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
        "восемьдесят", "девяносто",
    ]
    private static let hundreds = [
        "", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
        "восемьсот", "девятьсот",
    ]
    private static let scales: [(Agreement, PluralForms)] = [
        (.feminine, PluralForms("тысяча", "тысячи", "тысяч")),
        (.masculine, PluralForms("миллион", "миллиона", "миллионов")),
        (.masculine, PluralForms("миллиард", "миллиарда", "миллиардов")),
    ]

    /// `number` in words; `agreement` is the gender of the noun it counts.
    public static func spell(_ number: Int, agreement: Agreement = .masculine) -> String {
        if number == 0 { return "ноль" }
        if number < 0 { return "минус " + spell(-number, agreement: agreement) }
        var groups: [Int] = []
        var rest = number
        while rest > 0 {
            groups.append(rest % 1000)
            rest /= 1000
        }
        var words: [String] = []
        for (index, group) in groups.enumerated().reversed() where group > 0 {
            if index == 0 {
                words += triple(group, agreement)
            } else if index - 1 < scales.count {
                let (scaleAgreement, forms) = scales[index - 1]
                words += triple(group, scaleAgreement) + [forms.form(for: group)]
            }
        }
        return words.joined(separator: " ")
    }

    private static func triple(_ value: Int, _ agreement: Agreement) -> [String] {
        var words: [String] = []
        if value >= 100 { words.append(hundreds[value / 100]) }
        let lastTwo = value % 100
        if lastTwo >= 10 && lastTwo < 20 {
            words.append(teens[lastTwo - 10])
            return words
        }
        if lastTwo >= 20 { words.append(tens[lastTwo / 10]) }
        let unit = lastTwo % 10
        switch (unit, agreement) {
        case (0, _): break
        case (1, .feminine): words.append("одна")
        case (1, .neuter): words.append("одно")
        case (2, .feminine): words.append("две")
        default: words.append(units[unit])
        }
        return words
    }
}
