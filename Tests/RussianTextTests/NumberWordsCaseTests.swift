import Testing

@testable import RussianText

/// Numbers in words in every case, checked against the paradigms in Розенталь's guide
/// (склонение числительных); the rows are typed by hand.
@Suite struct NumberWordsCaseTests {
    /// number, gender, then nominative, genitive, dative, accusative (inanimate), instrumental, prepositional.
    static let rows: [(Int, NumberWords.Agreement, [String])] = [
        (0, .masculine, ["ноль", "нуля", "нулю", "ноль", "нулём", "нуле"]),
        (1, .masculine, ["один", "одного", "одному", "один", "одним", "одном"]),
        (1, .feminine, ["одна", "одной", "одной", "одну", "одной", "одной"]),
        (1, .neuter, ["одно", "одного", "одному", "одно", "одним", "одном"]),
        (2, .feminine, ["две", "двух", "двум", "две", "двумя", "двух"]),
        (2, .neuter, ["два", "двух", "двум", "два", "двумя", "двух"]),
        (3, .masculine, ["три", "трёх", "трём", "три", "тремя", "трёх"]),
        (4, .feminine, ["четыре", "четырёх", "четырём", "четыре", "четырьмя", "четырёх"]),
        (5, .masculine, ["пять", "пяти", "пяти", "пять", "пятью", "пяти"]),
        (8, .masculine, ["восемь", "восьми", "восьми", "восемь", "восемью", "восьми"]),
        (11, .feminine, ["одиннадцать", "одиннадцати", "одиннадцати", "одиннадцать", "одиннадцатью", "одиннадцати"]),
        (17, .masculine, ["семнадцать", "семнадцати", "семнадцати", "семнадцать", "семнадцатью", "семнадцати"]),
        (
            26, .feminine,
            [
                "двадцать шесть", "двадцати шести", "двадцати шести", "двадцать шесть", "двадцатью шестью",
                "двадцати шести",
            ]
        ),
        (40, .masculine, ["сорок", "сорока", "сорока", "сорок", "сорока", "сорока"]),
        (41, .feminine, ["сорок одна", "сорока одной", "сорока одной", "сорок одну", "сорока одной", "сорока одной"]),
        (
            52, .feminine,
            [
                "пятьдесят две", "пятидесяти двух", "пятидесяти двум", "пятьдесят две", "пятьюдесятью двумя",
                "пятидесяти двух",
            ]
        ),
        (
            68, .masculine,
            [
                "шестьдесят восемь", "шестидесяти восьми", "шестидесяти восьми", "шестьдесят восемь",
                "шестьюдесятью восемью", "шестидесяти восьми",
            ]
        ),
        (
            73, .masculine,
            [
                "семьдесят три", "семидесяти трёх", "семидесяти трём", "семьдесят три", "семьюдесятью тремя",
                "семидесяти трёх",
            ]
        ),
        (
            80, .masculine,
            ["восемьдесят", "восьмидесяти", "восьмидесяти", "восемьдесят", "восемьюдесятью", "восьмидесяти"]
        ),
        (
            99, .masculine,
            [
                "девяносто девять", "девяноста девяти", "девяноста девяти", "девяносто девять", "девяноста девятью",
                "девяноста девяти",
            ]
        ),
        (100, .masculine, ["сто", "ста", "ста", "сто", "ста", "ста"]),
        (101, .neuter, ["сто одно", "ста одного", "ста одному", "сто одно", "ста одним", "ста одном"]),
        (200, .masculine, ["двести", "двухсот", "двумстам", "двести", "двумястами", "двухстах"]),
        (
            345, .masculine,
            [
                "триста сорок пять", "трёхсот сорока пяти", "трёмстам сорока пяти", "триста сорок пять",
                "тремястами сорока пятью", "трёхстах сорока пяти",
            ]
        ),
        (400, .masculine, ["четыреста", "четырёхсот", "четырёмстам", "четыреста", "четырьмястами", "четырёхстах"]),
        (
            512, .masculine,
            [
                "пятьсот двенадцать", "пятисот двенадцати", "пятистам двенадцати", "пятьсот двенадцать",
                "пятьюстами двенадцатью", "пятистах двенадцати",
            ]
        ),
        (600, .masculine, ["шестьсот", "шестисот", "шестистам", "шестьсот", "шестьюстами", "шестистах"]),
        (
            777, .masculine,
            [
                "семьсот семьдесят семь", "семисот семидесяти семи", "семистам семидесяти семи",
                "семьсот семьдесят семь", "семьюстами семьюдесятью семью", "семистах семидесяти семи",
            ]
        ),
        (800, .masculine, ["восемьсот", "восьмисот", "восьмистам", "восемьсот", "восемьюстами", "восьмистах"]),
        (900, .masculine, ["девятьсот", "девятисот", "девятистам", "девятьсот", "девятьюстами", "девятистах"]),
        (
            1000, .masculine,
            ["одна тысяча", "одной тысячи", "одной тысяче", "одну тысячу", "одной тысячей", "одной тысяче"]
        ),
        (
            2000, .masculine,
            ["две тысячи", "двух тысяч", "двум тысячам", "две тысячи", "двумя тысячами", "двух тысячах"]
        ),
        (
            5000, .feminine,
            ["пять тысяч", "пяти тысяч", "пяти тысячам", "пять тысяч", "пятью тысячами", "пяти тысячах"]
        ),
        (
            11_000, .masculine,
            [
                "одиннадцать тысяч", "одиннадцати тысяч", "одиннадцати тысячам", "одиннадцать тысяч",
                "одиннадцатью тысячами", "одиннадцати тысячах",
            ]
        ),
        (
            21_001, .feminine,
            [
                "двадцать одна тысяча одна", "двадцати одной тысячи одной", "двадцати одной тысяче одной",
                "двадцать одну тысячу одну", "двадцатью одной тысячей одной", "двадцати одной тысяче одной",
            ]
        ),
        (
            2026, .masculine,
            [
                "две тысячи двадцать шесть", "двух тысяч двадцати шести", "двум тысячам двадцати шести",
                "две тысячи двадцать шесть", "двумя тысячами двадцатью шестью", "двух тысячах двадцати шести",
            ]
        ),
        (
            254_302, .neuter,
            [
                "двести пятьдесят четыре тысячи триста два", "двухсот пятидесяти четырёх тысяч трёхсот двух",
                "двумстам пятидесяти четырём тысячам трёмстам двум", "двести пятьдесят четыре тысячи триста два",
                "двумястами пятьюдесятью четырьмя тысячами тремястами двумя",
                "двухстах пятидесяти четырёх тысячах трёхстах двух",
            ]
        ),
        (
            1_000_000, .masculine,
            ["один миллион", "одного миллиона", "одному миллиону", "один миллион", "одним миллионом", "одном миллионе"]
        ),
    ]

    @Test func everyCaseOfTheParadigms() {
        for (number, agreement, forms) in Self.rows {
            let produced = GrammaticalCase.allCases.map { NumberWords.spell(number, agreement: agreement, case: $0) }
            #expect(produced == forms, "\(number) \(agreement)")
        }
    }

    @Test func animateAccusativeTakesTheGenitiveUpToFour() {
        #expect(NumberWords.spell(2, case: .accusative, animate: true) == "двух")
        #expect(NumberWords.spell(4, agreement: .feminine, case: .accusative, animate: true) == "четырёх")
        #expect(NumberWords.spell(21, case: .accusative, animate: true) == "двадцать одного")
        #expect(NumberWords.spell(22, case: .accusative, animate: true) == "двадцать два")
        #expect(NumberWords.spell(1, agreement: .feminine, case: .accusative, animate: true) == "одну")
        #expect(NumberWords.spell(5, case: .accusative, animate: true) == "пять")
    }

    /// The whole range 0…1 000 000 in every case and gender: thousands said as their own
    /// number of «тысяча» in the same case, the rest as the number below a thousand.
    @Test func theWholeRangeIsBuiltFromThousandsAndTheRest() {
        var checked = 0
        for number in stride(from: 0, through: 1_000_000, by: 101) {
            for grammaticalCase in GrammaticalCase.allCases {
                for agreement in NumberWords.Agreement.allCases {
                    let text = NumberWords.spell(number, agreement: agreement, case: grammaticalCase)
                    let thousands = number / 1000
                    let rest = number % 1000
                    var expected: [String] = []
                    if number == 1_000_000 {
                        expected = [NumberWords.spell(1_000_000, case: grammaticalCase)]
                    } else if number == 0 {
                        expected = [NumberWords.spell(0, case: grammaticalCase)]
                    } else {
                        if thousands > 0 {
                            expected.append(NumberWords.spell(thousands, agreement: .feminine, case: grammaticalCase))
                            expected.append(ScaleNoun.thousand.form(count: thousands, grammaticalCase))
                        }
                        if rest > 0 {
                            expected.append(NumberWords.spell(rest, agreement: agreement, case: grammaticalCase))
                        }
                    }
                    #expect(text == expected.joined(separator: " "))
                    #expect(!text.contains("  ") && !text.isEmpty)
                    checked += 1
                }
            }
        }
        #expect(checked > 170_000)
    }

    @Test func thousandAgreesWithItsCount() {
        let forms = [1, 2, 5, 11, 21, 22, 25, 101, 112].map { ScaleNoun.thousand.form(count: $0, .nominative) }
        #expect(forms == ["тысяча", "тысячи", "тысяч", "тысяч", "тысяча", "тысячи", "тысяч", "тысяча", "тысяч"])
        #expect(ScaleNoun.thousand.form(count: 1, .accusative) == "тысячу")
        #expect(ScaleNoun.thousand.form(count: 3, .instrumental) == "тысячами")
        #expect(ScaleNoun.thousand.form(count: 31, .dative) == "тысяче")
    }
}
