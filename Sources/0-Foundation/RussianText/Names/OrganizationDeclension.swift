/// Declension of the names of organisations and their offices (наименования органов и
/// подразделений): the leading adjectives and the head noun change, the genitive tail, anything
/// in quotes and abbreviations stay: «Управление образования администрации Лысогорского
/// муниципального района» → «Управления образования администрации …», «муниципальное казённое
/// учреждение «Управление образования»» → «муниципального казённого учреждения «Управление
/// образования»», «МКУ «Управление образования»» unchanged. The head noun is inanimate
/// (accusative as the nominative); a plural head («руководители …») is declined as a plural.
public enum OrganizationDeclension {
    /// Head nouns of office names in the nominative singular, with their gender.
    static let heads: [String: Noun] = [
        "отдел": .masculine, "комитет": .masculine, "департамент": .masculine, "центр": .masculine,
        "сектор": .masculine, "совет": .masculine, "кабинет": .masculine, "институт": .masculine,
        "управление": .neuter, "учреждение": .neuter, "министерство": .neuter, "агентство": .neuter,
        "объединение": .neuter, "подразделение": .neuter,
        "администрация": .feminine, "служба": .feminine, "инспекция": .feminine, "школа": .feminine,
        "организация": .feminine, "палата": .feminine, "комиссия": .feminine, "дирекция": .feminine,
    ]

    enum Noun { case masculine, neuter, feminine, plural }

    /// Masculine nouns whose last «е» drops in the other cases.
    static let fleeting = ["уровень", "день"]

    /// `name` in `grammaticalCase`; the nominative comes back as it is.
    public static func decline(_ name: String, _ grammaticalCase: GrammaticalCase) -> String {
        guard grammaticalCase != .nominative else { return name }
        var words = name.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let head = headIndex(words)
        let adjectives = head.map { 0..<$0 } ?? (leadingAdjectivesOnly(words) ? 0..<words.count : 0..<0)
        for index in adjectives where !words[index].isEmpty {
            words[index] = adjective(words[index], grammaticalCase)
        }
        if let head { words[head] = noun(words[head], nounKind(words[head]), grammaticalCase) }
        return words.joined(separator: " ")
    }

    /// Whether `name`'s head noun is a known office noun in the nominative («отдел образования»,
    /// «управление»): what a field meant for another case must not hold.
    public static func isNominative(_ name: String) -> Bool {
        let words = name.split(separator: " ").map(String.init)
        guard let head = headIndex(words) else { return false }
        return heads[words[head].lowercased()] != nil
    }

    /// The first word that is neither empty nor an adjective; nil when a quote or an abbreviation
    /// («МКУ») comes first: such a name does not decline.
    static func headIndex(_ words: [String]) -> Int? {
        for (index, word) in words.enumerated() where !word.isEmpty {
            if word.first.map({ "«„“\"(".contains($0) }) ?? true { return nil }
            let lower = word.lowercased()
            if heads[lower] != nil { return index }
            if isAdjective(lower) { continue }
            let abbreviation = word == word.uppercased() && word.count <= 6
            return abbreviation || !(word.last?.isLetter ?? false) ? nil : index
        }
        return nil
    }

    /// Whether the whole name is adjectives («высокая»): a level named without its noun.
    static func leadingAdjectivesOnly(_ words: [String]) -> Bool {
        !words.isEmpty && words.allSatisfy { $0.isEmpty || isAdjective($0.lowercased()) }
    }

    static func isAdjective(_ lower: String) -> Bool {
        lower.count > 3 && ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие"].contains { lower.hasSuffix($0) }
            && !lower.hasSuffix("ние") && !lower.hasSuffix("тие")
    }

    static func nounKind(_ word: String) -> Noun {
        let lower = word.lowercased()
        if let known = heads[lower] { return known }
        if lower.hasSuffix("и") || lower.hasSuffix("ы") { return .plural }
        if lower.hasSuffix("а") || lower.hasSuffix("я") { return .feminine }
        if lower.hasSuffix("о") || lower.hasSuffix("е") { return .neuter }
        return .masculine
    }

    static func noun(_ word: String, _ kind: Noun, _ grammaticalCase: GrammaticalCase) -> String {
        let lower = word.lowercased()
        let pattern: Endings.Pattern
        switch kind {
        case .feminine: pattern = Endings.firstDeclension(word)
        case .neuter where lower.hasSuffix("ие"): pattern = [(1, "я"), (1, "ю"), (0, ""), (1, "ем"), (1, "и")]
        case .neuter where lower.hasSuffix("е"): pattern = [(1, "а"), (1, "у"), (0, ""), (0, "м"), (0, "")]
        case .neuter: pattern = [(1, "а"), (1, "у"), (0, ""), (0, "м"), (1, "е")]
        case .plural:
            let soft = lower.hasSuffix("и") && !(Endings.letter(word, fromEnd: 1).map(Endings.velars.contains) ?? false)
            let a = soft && !(Endings.letter(word, fromEnd: 1).map(Endings.sibilants.contains) ?? false) ? "я" : "а"
            pattern = [(1, soft ? "ей" : "ов"), (1, a + "м"), (0, ""), (1, a + "ми"), (1, a + "х")]
        case .masculine where lower.hasSuffix("й"): pattern = [(1, "я"), (1, "ю"), (0, ""), (1, "ем"), (1, "е")]
        case .masculine where fleeting.contains(where: lower.hasSuffix):
            // уровень → уровня: the «е» before the last consonant drops.
            if grammaticalCase == .accusative { return word }
            let stem = Endings.replace(word, drop: 3, add: String(lower.suffix(2).prefix(1)))
            return Endings.apply(stem, [(0, "я"), (0, "ю"), (0, ""), (0, "ем"), (0, "е")], grammaticalCase)
        case .masculine where lower.hasSuffix("ь"): pattern = [(1, "я"), (1, "ю"), (0, ""), (1, "ем"), (1, "е")]
        case .masculine: pattern = [(0, "а"), (0, "у"), (0, ""), (0, "ом"), (0, "е")]
        }
        return Endings.apply(word, pattern, grammaticalCase)
    }

    /// An adjective in the nominative of any gender or the plural, put into `grammaticalCase`
    /// agreeing with an inanimate noun.
    static func adjective(_ word: String, _ grammaticalCase: GrammaticalCase) -> String {
        let lower = word.lowercased()
        guard isAdjective(lower) else { return word }
        let before = Endings.letter(word, fromEnd: 2)
        let velar = before.map { Endings.velars.contains($0) } ?? false
        let sibilant = before.map { Endings.sibilants.contains($0) } ?? false
        let ending = String(lower.suffix(2))
        let soft = ["ий", "ее", "яя", "ие"].contains(ending) && !velar
        let o = soft ? "е" : "о"
        let y = soft || velar || sibilant ? "и" : "ы"
        switch ending {
        case "ая", "яя":
            let e = soft || sibilant ? "ей" : "ой"
            return Endings.apply(word, [(2, e), (2, e), (2, soft ? "юю" : "ую"), (2, e), (2, e)], grammaticalCase)
        case "ые", "ие":
            return Endings.apply(
                word, [(2, y + "х"), (2, y + "м"), (0, ""), (2, y + "ми"), (2, y + "х")], grammaticalCase)
        case "ое", "ее":
            return Endings.apply(
                word, [(2, o + "го"), (2, o + "му"), (0, ""), (2, y + "м"), (2, o + "м")], grammaticalCase)
        default:
            return Endings.apply(
                word, [(2, o + "го"), (2, o + "му"), (0, ""), (2, y + "м"), (2, o + "м")], grammaticalCase)
        }
    }
}
