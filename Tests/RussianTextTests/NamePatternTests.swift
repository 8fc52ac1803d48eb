import Testing

@testable import RussianText

/// The patterns of issue 17, each with the example the issue gives.
@Suite struct NamePatternTests {
    @Test(arguments: [
        ("Бонч-Бруевич", Gender.male, GrammaticalCase.dative, "Бонч-Бруевичу"),
        ("Тер-Петросян", .male, .dative, "Тер-Петросяну"),
        ("Римский-Корсаков", .male, .dative, "Римскому-Корсакову"),
        ("Салтыков-Щедрин", .male, .dative, "Салтыкову-Щедрину"),
        ("Салтыков-Щедрин", .male, .instrumental, "Салтыковым-Щедриным"),
        ("Гарсиа", .male, .genitive, "Гарсиа"),
        ("Делакруа", .female, .dative, "Делакруа"),
        ("Моравиа", .male, .instrumental, "Моравиа"),
        ("Буш", .male, .instrumental, "Бушем"),
        ("Шварц", .male, .instrumental, "Шварцем"),
        ("Жорж", .male, .instrumental, "Жоржем"),
        ("Блок", .male, .instrumental, "Блоком"),
        ("Швец", .male, .instrumental, "Швецом"),
        ("Дарвин", .male, .instrumental, "Дарвином"),
        ("Чаплин", .male, .instrumental, "Чаплином"),
        ("Пушкин", .male, .instrumental, "Пушкиным"),
        ("Цой", .male, .genitive, "Цоя"),
        ("Цой", .male, .instrumental, "Цоем"),
        ("Гудзий", .male, .genitive, "Гудзия"),
        ("Гудзий", .male, .prepositional, "Гудзии"),
        ("Горький", .male, .genitive, "Горького"),
        ("Шенгелая", .male, .genitive, "Шенгелаи"),
        ("Шенгелая", .female, .instrumental, "Шенгелаей"),
        ("Толстая", .female, .instrumental, "Толстой"),
        ("Рерих", .male, .genitive, "Рериха"),
        ("Долгих", .male, .genitive, "Долгих"),
        ("Рерих", .female, .genitive, "Рерих"),
    ])
    func surname(_ nominative: String, _ gender: Gender, _ grammaticalCase: GrammaticalCase, _ expected: String) {
        #expect(NameDeclension.surname(nominative, gender: gender, grammaticalCase) == expected)
    }

    @Test(arguments: [
        ("Жан-Поль", GrammaticalCase.dative, "Жану-Полю"),
        ("Игорёк", .genitive, "Игорька"),
        ("Игорёк", .instrumental, "Игорьком"),
        ("Пий", .dative, "Пию"),
        ("Пий", .instrumental, "Пием"),
        ("Пий", .prepositional, "Пие"),
        ("Юрий", .prepositional, "Юрии"),
        ("Андреа", .genitive, "Андреа"),
        ("Франц", .instrumental, "Францем"),
    ])
    func maleFirstName(_ nominative: String, _ grammaticalCase: GrammaticalCase, _ expected: String) {
        #expect(NameDeclension.firstName(nominative, gender: .male, grammaticalCase) == expected)
    }

    @Test func genderComesFromPatronymicThenFirstNameThenSurname() {
        #expect(NameDeclension.gender(surname: "Гарсиа", first: "Андреа", patronymic: "Луисовна") == .female)
        #expect(NameDeclension.gender(surname: "Гарсиа", first: "Андреа", patronymic: "Луисович") == .male)
        #expect(NameDeclension.gender(surname: "Шенгелая", first: "Эльдар", patronymic: nil) == .male)
        #expect(NameDeclension.gender(surname: "Петрова", first: "Андреа", patronymic: nil) == .female)
        #expect(NameDeclension.gender(surname: "Гарсиа", first: "Андреа", patronymic: nil) == nil)
        // Саша, Женя, Валя: Александр or Александра — the surname decides, or nothing does.
        #expect(NameDeclension.gender(surname: "Ким", first: "Саша", patronymic: nil) == nil)
        #expect(NameDeclension.gender(surname: "Ким", first: "Женя", patronymic: nil) == nil)
        #expect(NameDeclension.gender(surname: "Иванова", first: "Саша", patronymic: nil) == .female)
        #expect(NameDeclension.gender(surname: "Иванов", first: "Валя", patronymic: nil) == .male)
        #expect(NameDeclension.gender(surname: "Ким", first: "Саша", patronymic: "Петровна") == .female)
    }

    @Test func unknownGenderIsMarkedNotGuessedSilently() throws {
        let unknown = try #require(FullName(parsing: "Гарсиа Андреа"))
        #expect(!unknown.genderIsKnown)
        let given = try #require(FullName(parsing: "Гарсиа Андреа", gender: .female))
        #expect(given.genderIsKnown)
        #expect(try #require(FullName(parsing: "Цой Виктор Робертович")).genderIsKnown)
    }
}

extension NamePatternTests {
    /// «й» and «ё» typed as a letter and a combining mark decline as the composed letters.
    @Test func decomposedLettersDeclineAsComposed() {
        let sergey = "Серге\u{0438}\u{0306}"
        #expect(NameDeclension.firstName(sergey, gender: .male, .dative) == "Сергею")
        #expect(NameDeclension.firstName("Игоре\u{0308}к", gender: .male, .genitive) == "Игорька")
        #expect(NameDeclension.surname("Толсто\u{0438}\u{0306}", gender: .male, .genitive) == "Толстого")
        #expect(NameDeclension.gender(surname: nil, first: "Андре\u{0438}\u{0306}", patronymic: nil) == .male)
    }

    @Test func capitalsStayCapitals() {
        #expect(NameDeclension.surname("ИВАНОВ", gender: .male, .dative) == "ИВАНОВУ")
        #expect(NameDeclension.surname("Иванов", gender: .male, .dative) == "Иванову")
        #expect(NameDeclension.surname("МакДональд", gender: .male, .dative) == "МакДональду")
    }
}
