import Testing

@testable import RussianText

@Suite struct OrdinalWordsTests {
    @Test(arguments: [
        (1, OrdinalWords.Agreement.masculine, GrammaticalCase.nominative, "первый"),
        (2, .neuter, .nominative, "второе"),
        (2, .neuter, .prepositional, "втором"),
        (3, .feminine, .nominative, "третья"),
        (3, .masculine, .genitive, "третьего"),
        (3, .plural, .instrumental, "третьими"),
        (4, .feminine, .accusative, "четвёртую"),
        (6, .masculine, .nominative, "шестой"),
        (7, .neuter, .dative, "седьмому"),
        (11, .masculine, .nominative, "одиннадцатый"),
        (26, .masculine, .genitive, "двадцать шестого"),
        (40, .masculine, .nominative, "сороковой"),
        (90, .feminine, .nominative, "девяностая"),
        (100, .masculine, .nominative, "сотый"),
        (200, .masculine, .nominative, "двухсотый"),
        (345, .neuter, .prepositional, "триста сорок пятом"),
        (1000, .masculine, .nominative, "тысячный"),
        (2000, .masculine, .nominative, "двухтысячный"),
        (2026, .masculine, .prepositional, "две тысячи двадцать шестом"),
        (1100, .masculine, .nominative, "тысяча сотый"),
        (1_000_000, .masculine, .nominative, "миллионный"),
    ])
    func spelled(
        _ number: Int, _ agreement: OrdinalWords.Agreement, _ grammaticalCase: GrammaticalCase, _ expected: String
    ) {
        #expect(OrdinalWords.spell(number, agreement: agreement, case: grammaticalCase) == expected)
    }

    @Test(arguments: [
        (2, OrdinalWords.Agreement.neuter, GrammaticalCase.nominative, "2-е"),
        (2, .masculine, .nominative, "2-й"),
        (2, .feminine, .nominative, "2-я"),
        (2, .masculine, .genitive, "2-го"),
        (2, .neuter, .dative, "2-му"),
        (3, .neuter, .prepositional, "3-м"),
        (3, .feminine, .nominative, "3-я"),
        (3, .neuter, .nominative, "3-е"),
        (5, .plural, .genitive, "5-х"),
        (5, .plural, .instrumental, "5-ми"),
        (1, .feminine, .accusative, "1-ю"),
    ])
    func abbreviated(
        _ number: Int, _ agreement: OrdinalWords.Agreement, _ grammaticalCase: GrammaticalCase, _ expected: String
    ) {
        #expect(OrdinalWords.abbreviated(number, agreement: agreement, case: grammaticalCase) == expected)
    }
}
