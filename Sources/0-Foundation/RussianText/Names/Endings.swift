/// Building word forms by replacing endings, keeping the word's capitalization.
enum Endings {
    /// A word with its last `drop` letters replaced by `add`; an all-capitals word gets capitals.
    static func replace(_ word: String, drop: Int, add: String) -> String {
        let stem = String(word.dropLast(drop))
        // All capitals when the last two letters are capitals (cheaper than upper-casing the word).
        let upper = word.last?.isUppercase == true && word.dropLast().last?.isUppercase == true
        return stem + (upper ? add.uppercased() : add)
    }

    /// Forms for the five oblique cases, each as (letters to drop, ending to add).
    typealias Pattern = [(Int, String)]

    static func apply(_ word: String, _ pattern: Pattern, _ grammaticalCase: GrammaticalCase) -> String {
        guard let index = GrammaticalCase.oblique.firstIndex(of: grammaticalCase) else { return word }
        let (drop, add) = pattern[index]
        return replace(word, drop: drop, add: add)
    }

    static let sibilants: Set<Character> = ["ж", "ш", "ч", "щ", "ц"]
    static let velars: Set<Character> = ["г", "к", "х"]
    static let vowels: Set<Character> = ["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я"]

    /// The letter before the last `offset` letters, lower-cased.
    static func letter(_ word: String, fromEnd offset: Int) -> Character? {
        // Walks back from the end and lower-cases one letter, not the whole word.
        guard let index = word.index(word.endIndex, offsetBy: -(offset + 1), limitedBy: word.startIndex) else {
            return nil
        }
        let letter = word[index]
        return letter.isUppercase ? letter.lowercased().first ?? letter : letter
    }

    /// Nouns in -а/-я (first declension): мам-а, Ольг-а, Наталь-я, Мари-я, Илья.
    static func firstDeclension(_ word: String, stressedEnding: Bool = false) -> Pattern {
        let lower = word.lowercased()
        let before = letter(word, fromEnd: 1)
        if lower.endsWith("ия") { return [(1, "и"), (1, "и"), (1, "ю"), (1, "ей"), (1, "и")] }
        if lower.endsWith("я") {
            return [(1, "и"), (1, "е"), (1, "ю"), (1, stressedEnding ? "ёй" : "ей"), (1, "е")]
        }
        let soft = before.map { velars.contains($0) || sibilants.contains($0) && $0 != "ц" } ?? false
        let instrumental = before.map { sibilants.contains($0) } ?? false && !stressedEnding ? "ей" : "ой"
        return [(1, soft ? "и" : "ы"), (1, "е"), (1, "у"), (1, instrumental), (1, "е")]
    }

    /// Masculine nouns ending in a consonant (second declension), animate.
    /// After ж/ш/ч/щ/ц the instrumental is -ем (Бабичем, Бушем, Шварцем) unless the ending
    /// takes the stress (Швецом, Ткачом: ``NameExceptions/stressedSibilantStems``).
    static func hardMasculine(_ word: String, stressedEnding: Bool = false) -> Pattern {
        let last = letter(word, fromEnd: 0)
        let sibilant = last.map { sibilants.contains($0) } ?? false
        let stressed = stressedEnding || sibilant && NameExceptions.stressedSibilantStems.contains(word.lowercased())
        let instrumental = sibilant && !stressed ? "ем" : "ом"
        return [(0, "а"), (0, "у"), (0, "а"), (0, instrumental), (0, "е")]
    }

    /// Masculine nouns ending in -ь or -й (other than -ий): Игорь, Андрей.
    static let softMasculine: Pattern = [(1, "я"), (1, "ю"), (1, "я"), (1, "ем"), (1, "е")]
    /// Masculine nouns in -ий: Евгений, Юрий.
    static let masculineIy: Pattern = [(1, "я"), (1, "ю"), (1, "я"), (1, "ем"), (1, "и")]
    /// Feminine nouns in -ь: Любовь (accusative as the nominative).
    static let feminineSoft: Pattern = [(1, "и"), (1, "и"), (0, ""), (0, "ю"), (1, "и")]
}
