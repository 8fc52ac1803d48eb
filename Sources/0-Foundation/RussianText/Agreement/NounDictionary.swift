/// The nouns that numbers count in official text, by their nominative singular in lower case.
/// The department may add its own (``adding(_:)``); an added noun replaces a standard one.
public struct NounDictionary: Sendable {
    public private(set) var entries: [String: NounEntry]

    public init(_ entries: [String: NounEntry]) { self.entries = entries }

    /// This dictionary with `more` added, replacing nouns of the same nominative.
    public func adding(_ more: [String: NounEntry]) -> NounDictionary {
        NounDictionary(entries.merging(more.map { ($0.key.lowercased(), $0.value) }) { _, new in new })
    }

    /// The entry for `word` (its nominative singular), in any letter case.
    public func entry(_ word: String) -> NounEntry? { entries[word.lowercased()] ?? entries[word] }

    /// The nouns of a municipal education department's papers.
    public static let standard: NounDictionary = {
        var entries: [String: NounEntry] = [:]
        func noun(_ gender: NumberWords.Agreement, _ animate: Bool, _ singular: String, _ plural: String) {
            guard let entry = NounEntry(gender: gender, animate: animate, singular: singular, plural: plural),
                let key = entry.singular.first
            else { return }
            entries[key.lowercased()] = entry
        }
        func adjective(_ word: String, _ gender: NumberWords.Agreement) {
            entries[word] = NounEntry(adjective: word, gender: gender)
        }
        noun(
            .feminine, false, "организация организации организации организацию организацией организации",
            "организации организаций организациям организации организациями организациях")
        noun(
            .neuter, false, "учреждение учреждения учреждению учреждение учреждением учреждении",
            "учреждения учреждений учреждениям учреждения учреждениями учреждениях")
        noun(.feminine, false, "школа школы школе школу школой школе", "школы школ школам школы школами школах")
        noun(.masculine, false, "балл балла баллу балл баллом балле", "баллы баллов баллам баллы баллами баллах")
        noun(
            .feminine, false, "работа работы работе работу работой работе",
            "работы работ работам работы работами работах")
        noun(
            .masculine, true, "педагог педагога педагогу педагога педагогом педагоге",
            "педагоги педагогов педагогам педагогов педагогами педагогах")
        noun(
            .neuter, false, "мероприятие мероприятия мероприятию мероприятие мероприятием мероприятии",
            "мероприятия мероприятий мероприятиям мероприятия мероприятиями мероприятиях")
        noun(
            .masculine, false, "показатель показателя показателю показатель показателем показателе",
            "показатели показателей показателям показатели показателями показателях")
        noun(
            .masculine, false, "критерий критерия критерию критерий критерием критерии",
            "критерии критериев критериям критерии критериями критериях")
        noun(.feminine, false, "ОО ОО ОО ОО ОО ОО", "ОО ОО ОО ОО ОО ОО")
        noun(.feminine, false, "ДОО ДОО ДОО ДОО ДОО ДОО", "ДОО ДОО ДОО ДОО ДОО ДОО")
        noun(
            .masculine, false, "класс класса классу класс классом классе",
            "классы классов классам классы классами классах")
        noun(.masculine, false, "сад сада саду сад садом саде", "сады садов садам сады садами садах")
        noun(
            .masculine, true, "учитель учителя учителю учителя учителем учителе",
            "учителя учителей учителям учителей учителями учителях")
        noun(
            .masculine, true, "ученик ученика ученику ученика учеником ученике",
            "ученики учеников ученикам учеников учениками учениках")
        noun(
            .masculine, true, "участник участника участнику участника участником участнике",
            "участники участников участникам участников участниками участниках")
        noun(
            .masculine, true, "выпускник выпускника выпускнику выпускника выпускником выпускнике",
            "выпускники выпускников выпускникам выпускников выпускниками выпускниках")
        noun(
            .masculine, true, "руководитель руководителя руководителю руководителя руководителем руководителе",
            "руководители руководителей руководителям руководителей руководителями руководителях")
        noun(
            .masculine, true, "работник работника работнику работника работником работнике",
            "работники работников работникам работников работниками работниках")
        noun(
            .masculine, true, "человек человека человеку человека человеком человеке",
            "люди человек человекам человек человеками человеках")
        noun(
            .neuter, false, "задание задания заданию задание заданием задании",
            "задания заданий заданиям задания заданиями заданиях")
        noun(
            .masculine, false, "вопрос вопроса вопросу вопрос вопросом вопросе",
            "вопросы вопросов вопросам вопросы вопросами вопросах")
        noun(
            .feminine, false, "группа группы группе группу группой группе",
            "группы групп группам группы группами группах")
        noun(.neuter, false, "место места месту место местом месте", "места мест местам места местами местах")
        noun(
            .masculine, false, "процент процента проценту процент процентом проценте",
            "проценты процентов процентам проценты процентами процентах")
        noun(.masculine, false, "день дня дню день днём дне", "дни дней дням дни днями днях")
        noun(.masculine, false, "год года году год годом годе", "годы лет годам годы годами годах")
        noun(.masculine, false, "час часа часу час часом часе", "часы часов часам часы часами часах")
        noun(
            .masculine, false, "документ документа документу документ документом документе",
            "документы документов документам документы документами документах")
        noun(
            .feminine, false, "программа программы программе программу программой программе",
            "программы программ программам программы программами программах")
        adjective("обучающийся", .masculine)
        adjective("учащийся", .masculine)
        noun(
            .masculine, true, "воспитанник воспитанника воспитаннику воспитанника воспитанником воспитаннике",
            "воспитанники воспитанников воспитанникам воспитанников воспитанниками воспитанниках")
        return NounDictionary(entries)
    }()
}
