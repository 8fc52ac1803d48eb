/// A cardinal numeral's six case forms, as Розенталь lists them: «пять, пяти, пяти, пять, пятью,
/// пяти»; «двести, двухсот, двумстам, двести, двумястами, двухстах».
struct NumeralForms: Sendable {
    /// Nominative, genitive, dative, accusative, instrumental, prepositional.
    let forms: [String]

    init(_ forms: String) { self.forms = forms.split(separator: " ").map(String.init) }

    func form(_ grammaticalCase: GrammaticalCase) -> String {
        GrammaticalCase.allCases.firstIndex(of: grammaticalCase).map { forms[$0] } ?? forms[0]
    }

    /// Numerals in -ь: «пять, пяти, пяти, пять, пятью, пяти».
    init(soft nominative: String, stem: String? = nil) {
        let oblique = (stem ?? String(nominative.dropLast())) + "и"
        let instrumental = String(nominative.dropLast()) + "ью"
        forms = [nominative, oblique, oblique, nominative, instrumental, oblique]
    }

    static let zero = NumeralForms("ноль нуля нулю ноль нулём нуле")

    static func unit(_ digit: Int, _ agreement: NumberWords.Agreement) -> NumeralForms {
        switch (digit, agreement) {
        case (1, .masculine): NumeralForms("один одного одному один одним одном")
        case (1, .neuter): NumeralForms("одно одного одному одно одним одном")
        case (1, .feminine): NumeralForms("одна одной одной одну одной одной")
        case (2, .feminine): NumeralForms("две двух двум две двумя двух")
        case (2, _): NumeralForms("два двух двум два двумя двух")
        case (3, _): NumeralForms("три трёх трём три тремя трёх")
        case (4, _): NumeralForms("четыре четырёх четырём четыре четырьмя четырёх")
        default: units[max(0, min(digit, 9) - 5)]
        }
    }

    private static let units = [
        NumeralForms(soft: "пять"), NumeralForms(soft: "шесть"), NumeralForms(soft: "семь"),
        NumeralForms(soft: "восемь", stem: "восьм"), NumeralForms(soft: "девять"),
    ]

    static let teens = [
        "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
        "семнадцать", "восемнадцать", "девятнадцать",
    ].map { NumeralForms(soft: $0) }

    /// 20, 30, …, 90.
    static let tens = [
        NumeralForms(soft: "двадцать"), NumeralForms(soft: "тридцать"),
        NumeralForms("сорок сорока сорока сорок сорока сорока"),
        NumeralForms("пятьдесят пятидесяти пятидесяти пятьдесят пятьюдесятью пятидесяти"),
        NumeralForms("шестьдесят шестидесяти шестидесяти шестьдесят шестьюдесятью шестидесяти"),
        NumeralForms("семьдесят семидесяти семидесяти семьдесят семьюдесятью семидесяти"),
        NumeralForms("восемьдесят восьмидесяти восьмидесяти восемьдесят восемьюдесятью восьмидесяти"),
        NumeralForms("девяносто девяноста девяноста девяносто девяноста девяноста"),
    ]

    /// 100, 200, …, 900.
    static let hundreds = [
        NumeralForms("сто ста ста сто ста ста"),
        NumeralForms("двести двухсот двумстам двести двумястами двухстах"),
        NumeralForms("триста трёхсот трёмстам триста тремястами трёхстах"),
        NumeralForms("четыреста четырёхсот четырёмстам четыреста четырьмястами четырёхстах"),
        NumeralForms("пятьсот пятисот пятистам пятьсот пятьюстами пятистах"),
        NumeralForms("шестьсот шестисот шестистам шестьсот шестьюстами шестистах"),
        NumeralForms("семьсот семисот семистам семьсот семьюстами семистах"),
        NumeralForms("восемьсот восьмисот восьмистам восемьсот восемьюстами восьмистах"),
        NumeralForms("девятьсот девятисот девятистам девятьсот девятьюстами девятистах"),
    ]
}

/// «тысяча», «миллион», «миллиард»: nouns that agree with the number before them.
enum ScaleNoun: Sendable {
    case thousand, million, billion

    private var singular: NumeralForms {
        switch self {
        case .thousand: NumeralForms("тысяча тысячи тысяче тысячу тысячей тысяче")
        case .million: NumeralForms("миллион миллиона миллиону миллион миллионом миллионе")
        case .billion: NumeralForms("миллиард миллиарда миллиарду миллиард миллиардом миллиарде")
        }
    }

    private var plural: NumeralForms {
        switch self {
        case .thousand: NumeralForms("тысячи тысяч тысячам тысячи тысячами тысячах")
        case .million: NumeralForms("миллионы миллионов миллионам миллионы миллионами миллионах")
        case .billion: NumeralForms("миллиарды миллиардов миллиардам миллиарды миллиардами миллиардах")
        }
    }

    /// The noun after `count` in `grammaticalCase`: «две тысячи», «пяти тысяч», «одной тысяче»,
    /// «двумя тысячами», «одну тысячу».
    func form(count: Int, _ grammaticalCase: GrammaticalCase) -> String {
        let one = count % 10 == 1 && count % 100 != 11
        switch grammaticalCase {
        case .nominative, .accusative:
            if one { return singular.form(grammaticalCase) }
            let few = (2...4).contains(count % 10) && !(12...14).contains(count % 100)
            return few ? singular.form(.genitive) : plural.form(.genitive)
        default:
            return one ? singular.form(grammaticalCase) : plural.form(grammaticalCase)
        }
    }
}
