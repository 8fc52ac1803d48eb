/// Whole numbers in words, in any case and agreeing in gender where Russian needs it:
/// «одна школа», «две школы», «одно мероприятие», «в двадцати шести организациях»,
/// «двумстам пятидесяти одной тысяче».
public enum NumberWords {
    /// The gender a number agrees with (only 1 and 2 show it).
    public enum Agreement: String, Sendable, CaseIterable {
        case masculine = "m"
        case feminine = "f"
        case neuter = "n"
    }

    private static let scales: [(Agreement, ScaleNoun)] = [
        (.feminine, .thousand), (.masculine, .million), (.masculine, .billion),
    ]

    /// `number` in words in `grammaticalCase`; `agreement` is the gender of the noun it counts.
    /// In the accusative, `animate` makes 1–4 take the genitive («принять двух педагогов»,
    /// «двадцать одного обучающегося»); otherwise the accusative is the nominative («два балла»,
    /// «одну школу»).
    public static func spell(
        _ number: Int, agreement: Agreement = .masculine, case grammaticalCase: GrammaticalCase = .nominative,
        animate: Bool = false
    ) -> String {
        if number == 0 { return NumeralForms.zero.form(grammaticalCase) }
        if number < 0 {
            return "минус " + spell(-number, agreement: agreement, case: grammaticalCase, animate: animate)
        }
        var groups: [Int] = []
        var rest = number
        while rest > 0 {
            groups.append(rest % 1000)
            rest /= 1000
        }
        var words: [String] = []
        for (index, group) in groups.enumerated().reversed() where group > 0 {
            if index == 0 {
                var last = triple(group, agreement, grammaticalCase)
                // «двух педагогов», «двадцать одного обучающегося», but «одну», «двадцать два».
                let oneMasculine = group % 10 == 1 && group % 100 != 11 && agreement != .feminine
                if grammaticalCase == .accusative, animate, oneMasculine || (2...4).contains(number),
                    let genitive = triple(group, agreement, .genitive).last
                {
                    last[last.count - 1] = genitive
                }
                words += last
            } else if index - 1 < scales.count {
                let (scaleAgreement, noun) = scales[index - 1]
                words += triple(group, scaleAgreement, grammaticalCase) + [noun.form(count: group, grammaticalCase)]
            }
        }
        return words.joined(separator: " ")
    }

    /// The words of 1…999 in `grammaticalCase`.
    static func triple(_ value: Int, _ agreement: Agreement, _ grammaticalCase: GrammaticalCase) -> [String] {
        var words: [String] = []
        if value >= 100 { words.append(NumeralForms.hundreds[value / 100 - 1].form(grammaticalCase)) }
        let lastTwo = value % 100
        if lastTwo >= 10 && lastTwo < 20 {
            words.append(NumeralForms.teens[lastTwo - 10].form(grammaticalCase))
            return words
        }
        if lastTwo >= 20 { words.append(NumeralForms.tens[lastTwo / 10 - 2].form(grammaticalCase)) }
        let unit = lastTwo % 10
        if unit > 0 { words.append(NumeralForms.unit(unit, agreement).form(grammaticalCase)) }
        return words
    }
}
