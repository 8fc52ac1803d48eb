import Testing

@testable import RussianText

@Suite struct NumberWordsTests {
    @Test(arguments: [
        (0, NumberWords.Agreement.masculine, "ноль"), (1, .feminine, "одна"), (1, .neuter, "одно"),
        (2, .masculine, "два"),
        (2, .feminine, "две"), (11, .feminine, "одиннадцать"), (21, .feminine, "двадцать одна"),
        (22, .feminine, "двадцать две"),
        (50, .masculine, "пятьдесят"), (100, .masculine, "сто"), (112, .masculine, "сто двенадцать"),
        (200, .feminine, "двести"), (1000, .masculine, "одна тысяча"), (2002, .feminine, "две тысячи две"),
        (5000, .masculine, "пять тысяч"), (21_000, .masculine, "двадцать одна тысяча"),
        (1_000_000, .masculine, "один миллион"),
        (2_345_678, .masculine, "два миллиона триста сорок пять тысяч шестьсот семьдесят восемь"),
        (-3, .masculine, "минус три"),
    ])
    func spelled(number: Int, agreement: NumberWords.Agreement, expected: String) {
        #expect(NumberWords.spell(number, agreement: agreement) == expected)
    }

    @Test func everyNumberFrom0To200IsSpelled() {
        let spelled = (0...200).map { NumberWords.spell($0) }
        #expect(Set(spelled).count == 201)
        #expect(spelled.allSatisfy { !$0.isEmpty && !$0.contains("  ") })
        #expect(spelled[99] == "девяносто девять" && spelled[101] == "сто один" && spelled[200] == "двести")
    }
}
