/// A person's name as clerks enter it once, in the nominative, with every other form derived.
public struct FullName: Sendable, Equatable {
    public let surname: String
    public let first: String
    public let patronymic: String
    public let gender: Gender
    /// Whether the gender was given or could be told from the name; when not, ``gender`` is
    /// a guess (male) and a document should ask for `gender` instead of printing it.
    public let genderIsKnown: Bool
    /// Forms given by hand for the rare exception, by case; they win over the rules.
    public var overrides: [GrammaticalCase: Parts] = [:]

    /// The three parts of a name in one case.
    public struct Parts: Sendable, Equatable {
        public var surname: String
        public var first: String
        public var patronymic: String

        public init(surname: String, first: String, patronymic: String) {
            self.surname = surname
            self.first = first
            self.patronymic = patronymic
        }
    }

    /// A name; the gender is inferred from the patronymic, first name and surname when not given.
    public init(surname: String, first: String, patronymic: String, gender: Gender? = nil) {
        self.surname = surname
        self.first = first
        self.patronymic = patronymic
        let known = gender ?? NameDeclension.gender(surname: surname, first: first, patronymic: patronymic)
        self.gender = known ?? .male
        self.genderIsKnown = known != nil
    }

    /// Reads «Фамилия Имя Отчество» (the patronymic may be missing).
    public init?(parsing text: String, gender: Gender? = nil) {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map(String.init)
        // «Муса оглы», «Рашид кызы»: a Turkic patronymic is two words.
        if words.count == 4, ["оглы", "кызы", "улы", "гызы"].contains(words[3].lowercased()) {
            words = [words[0], words[1], words[2] + " " + words[3]]
        }
        guard words.count == 2 || words.count == 3 else { return nil }
        self.init(surname: words[0], first: words[1], patronymic: words.count == 3 ? words[2] : "", gender: gender)
    }

    /// The three parts in `grammaticalCase`.
    public func parts(_ grammaticalCase: GrammaticalCase) -> Parts {
        if let override = overrides[grammaticalCase] { return override }
        return Parts(
            surname: NameDeclension.surname(surname, gender: gender, grammaticalCase),
            first: NameDeclension.firstName(first, gender: gender, grammaticalCase),
            patronymic: patronymic.isEmpty ? "" : NameDeclension.patronymic(patronymic, gender: gender, grammaticalCase)
        )
    }

    /// «Л.В.»: initials never decline.
    public var initials: String {
        [first, patronymic].compactMap { $0.first.map { "\($0)." } }.joined()
    }

    /// «Савкиной Людмиле Викторовне».
    public func full(_ grammaticalCase: GrammaticalCase) -> String {
        let p = parts(grammaticalCase)
        return [p.surname, p.first, p.patronymic].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The surname alone in `grammaticalCase` (what ``parts(_:)`` gives, without declining the rest).
    private func surname(_ grammaticalCase: GrammaticalCase) -> String {
        overrides[grammaticalCase]?.surname ?? NameDeclension.surname(surname, gender: gender, grammaticalCase)
    }

    /// «Савкиной Л.В.», with a non-breaking space before the initials.
    public func surnameInitials(_ grammaticalCase: GrammaticalCase) -> String {
        surname(grammaticalCase) + (initials.isEmpty ? "" : "\u{A0}" + initials)
    }

    /// «Л.В. Савкиной», with a non-breaking space after the initials.
    public func initialsSurname(_ grammaticalCase: GrammaticalCase) -> String {
        (initials.isEmpty ? "" : initials + "\u{A0}") + surname(grammaticalCase)
    }

    /// The 15 forms in the column order of the reference table: surname, first name and
    /// patronymic, each in genitive, dative, accusative, instrumental, prepositional.
    public var referenceForms: [String] {
        let all = GrammaticalCase.oblique.map(parts)
        return all.map(\.surname) + all.map(\.first) + all.map(\.patronymic)
    }
}
