/// Declension of job titles: the leading adjectives and the head noun change, the genitive tail
/// and anything in quotes stay: «заместитель начальника управления образования» →
/// «заместителю начальника управления образования». A title stays masculine for a woman,
/// except the participle of an acting official: «исполняющей обязанности директора».
public enum TitleDeclension {
    /// Participles that head a title by themselves and govern what follows («заведующий отделом»).
    static let headParticiples: Set<String> = [
        "заведующий", "исполняющий", "управляющий", "уполномоченный",
        "заведующая", "исполняющая", "управляющая", "уполномоченная",
    ]
    /// Words that agree with the holder's gender rather than stay masculine.
    static let agreeWithHolder: Set<String> = ["исполняющий", "исполняющая"]
    /// Head nouns with the stress on the ending (секретарь → секретарём).
    static let stressedEnding: Set<String> = ["секретарь", "врач"]

    /// `title` in `grammaticalCase`, for a holder of `holder` gender.
    public static func decline(_ title: String, _ grammaticalCase: GrammaticalCase, holder: Gender = .male) -> String {
        guard grammaticalCase != .nominative else { return title }
        var words = title.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in words.indices {
            let word = words[index]
            let lower = word.lowercased()
            if lower.isEmpty { continue }
            if word.first.map({ "«„“\"(".contains($0) }) ?? false { break }
            if ["и.о.", "врио", "вр.и.о."].contains(lower) { break }
            if lower == "временно" { continue }
            if isAdjective(lower) {
                let gender: Gender = agreeWithHolder.contains(lower) ? holder : .male
                words[index] = adjective(word, grammaticalCase, gender: gender)
                if headParticiples.contains(lower) { break }
                continue
            }
            words[index] = word.split(separator: "-", omittingEmptySubsequences: false)
                .map { noun(String($0), grammaticalCase) }.joined(separator: "-")
            break
        }
        return words.joined(separator: " ")
    }

    static func isAdjective(_ lower: String) -> Bool {
        lower.count > 3 && ["ый", "ий", "ой", "ая", "яя"].contains { lower.hasSuffix($0) }
    }

    /// A masculine (or, for acting officials, feminine) adjective or participle.
    static func adjective(_ word: String, _ grammaticalCase: GrammaticalCase, gender: Gender) -> String {
        let lower = word.lowercased()
        let before = Endings.letter(word, fromEnd: 2)
        let velar = before.map { Endings.velars.contains($0) } ?? false
        let sibilant = before.map { Endings.sibilants.contains($0) } ?? false
        let soft = lower.hasSuffix("ий") && !velar
        if gender == .female {
            let e = sibilant || soft ? "ей" : "ой"
            return Endings.apply(
                word, [(2, e), (2, e), (2, soft && !sibilant ? "юю" : "ую"), (2, e), (2, e)], grammaticalCase)
        }
        let o = soft ? "е" : "о"
        let instrumental = soft || velar || (sibilant && !lower.hasSuffix("ый")) ? "им" : "ым"
        return Endings.apply(
            word, [(2, o + "го"), (2, o + "му"), (2, o + "го"), (2, instrumental), (2, o + "м")], grammaticalCase)
    }

    /// A head noun, animate: masculine in a consonant, -ь or -й, or feminine in -а/-я.
    static func noun(_ word: String, _ grammaticalCase: GrammaticalCase) -> String {
        let lower = word.lowercased()
        guard let last = lower.last, lower.count > 1 else { return word }
        if last == "а" || last == "я" {
            return Endings.apply(word, Endings.firstDeclension(word), grammaticalCase)
        }
        if last == "ь" || last == "й" {
            var pattern = lower.hasSuffix("ий") ? Endings.masculineIy : Endings.softMasculine
            if stressedEnding.contains(lower) { pattern[3] = (1, "ём") }
            return Endings.apply(word, pattern, grammaticalCase)
        }
        if Endings.vowels.contains(last) || !last.isLetter { return word }
        return Endings.apply(
            word, Endings.hardMasculine(word, stressedEnding: stressedEnding.contains(lower)), grammaticalCase)
    }
}
