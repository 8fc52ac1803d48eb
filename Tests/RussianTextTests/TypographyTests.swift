import Testing

@testable import RussianText

/// Typography on real phrases of the seeds and of the documents Paperwork writes.
@Suite struct TypographyTests {
    static let nb = "\u{A0}"
    let standard = Typography()

    @Test(arguments: [
        ("Директору МБОУ «СОШ № 1»", "Директору МБОУ «СОШ №\u{A0}1»"),
        ("МАОУ «Лицей №23»", "МАОУ «Лицей №\u{A0}23»"),
        ("от 16 марта 2018 года № 05-71", "от 16\u{A0}марта\u{A0}2018\u{A0}года №\u{A0}05\u{2011}71"),
        ("Начальник отдела образования И.С. Ковалёва", "Начальник отдела образования И.С.\u{A0}Ковалёва"),
        ("Савкиной Л.В. довести", "Савкиной\u{A0}Л.В. довести"),
        ("в срок до 15 декабря 2023 г.", "в срок до 15\u{A0}декабря\u{A0}2023\u{A0}г."),
        ("проведения ВПР в 2023 году", "проведения ВПР в 2023\u{A0}году"),
        ("Итого: 44 балла из 50 (88,0 %)", "Итого: 44\u{A0}балла из 50 (88,0\u{A0}%)"),
        ("высокий уровень в 9 ОО (34,6 %)", "высокий уровень в 9\u{A0}ОО (34,6\u{A0}%)"),
        ("(ВПР, РПР, ИС-9, ИС-11, ОГЭ, ГВЭ)", "(ВПР, РПР, ИС\u{2011}9, ИС\u{2011}11, ОГЭ, ГВЭ)"),
        ("в 2023-2024 учебном году", "в 2023–2024 учебном году"),
        ("(далее – ВПР)", "(далее\u{A0}— ВПР)"),
        ("50 баллов из 50 (100,0 %) — высокий уровень", "50\u{A0}баллов из 50 (100,0\u{A0}%)\u{A0}— высокий уровень"),
        ("и т. д.", "и\u{A0}т.\u{A0}д."),
        ("т.е. всех", "т.\u{A0}е. всех"),
        ("г. Енисейск", "г.\u{A0}Енисейск"),
        ("МБОУ «Лицей «Эрудит»»", "МБОУ «Лицей „Эрудит“»"),
        ("приказ \"О проведении \"ВПР\"\"", "приказ «О проведении „ВПР“»"),
        ("10", "10"),
    ])
    func standardRules(_ text: String, _ expected: String) {
        #expect(standard.apply(text) == expected)
    }

    @Test func typographicInitials() {
        let typographic = Typography(initials: .typographic)
        #expect(typographic.apply("Е.О. Белова") == "Е.\u{A0}О.\u{A0}Белова")
        #expect(typographic.apply("Белова Е.О., тел.") == "Белова\u{A0}Е.\u{A0}О., тел.")
        #expect(standard.apply("Е. О. Белова") == "Е.О.\u{A0}Белова")
    }

    @Test func oneDateStyle() {
        let numeric = Typography(dates: .numeric)
        #expect(numeric.apply("23.03.2022 г. № 57") == "23.03.2022 №\u{A0}57")
        #expect(numeric.apply("23.03.2022 г.") == "23.03.2022")
        #expect(numeric.apply("в срок до 1 апреля 2022 года.") == "в срок до 01.04.2022.")
        #expect(
            numeric.apply("просим сообщить в срок до 15 декабря 2023 г.") == "просим сообщить в срок до 15.12.2023.")
        #expect(numeric.apply("до 01.12.2023 г. Руководителям") == "до 01.12.2023. Руководителям")
        #expect(numeric.apply("до 01.12.2023 г. (приложение)") == "до 01.12.2023 (приложение)")
        let verbal = Typography(dates: .verbal)
        #expect(verbal.apply("в срок до 01.12.2023 г.") == "в срок до 1\u{A0}декабря\u{A0}2023\u{A0}г.")
        #expect(verbal.apply("до 15 декабря 2023 года") == "до 15\u{A0}декабря\u{A0}2023\u{A0}г.")
    }

    /// A range whose first date has no year of its own takes the second's: both become numeric, or
    /// neither is touched; never «с 15 марта по 20.05.2023» (the справка of the example, seed 003).
    @Test func aDateRangeChangesStyleWhole() {
        let numeric = Typography(dates: .numeric)
        #expect(
            numeric.apply("работ с 15 марта по 20 мая 2023 года осуществлён")
                == "работ с 15.03.2023 по 20.05.2023 осуществлён")
        #expect(numeric.apply("с 1 по 20 мая 2023 г.") == "с 01.05.2023 по 20.05.2023.")
        #expect(numeric.apply("с 20 декабря по 15 января 2024 года") == "с 20.12.2023 по 15.01.2024")
        #expect(numeric.apply("с 15 марта по 20 мая 2023 г. Итоги") == "с 15.03.2023 по 20.05.2023. Итоги")
        #expect(numeric.apply("с 15 марта проводится") == "с 15\u{A0}марта проводится")
    }

    @Test func unpairedQuotesStay() {
        #expect(standard.apply("МБОУ «СОШ № 1") == "МБОУ «СОШ №\u{A0}1")
    }
}
