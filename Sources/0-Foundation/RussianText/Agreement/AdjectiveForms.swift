/// The forms of an adjective or participle given in any one of its nominative forms
/// («общеобразовательная», «муниципальное», «обучающийся»), after Розенталь's tables of the
/// hard, velar, sibilant and soft declensions.
struct AdjectiveForms: Sendable {
    private let stem: String
    private let kind: Kind
    private let stressed: Bool
    private let reflexive: Bool

    private enum Kind { case hard, velar, sibilant, soft }

    private static let endings: Set<String> = ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие"]

    /// The adjective `word` stands for, or `nil` when it does not end like one.
    init?(_ word: String) {
        var base = word
        reflexive = base.lowercased().hasSuffix("ся")
        if reflexive { base.removeLast(2) }
        let lower = base.lowercased()
        guard lower.count > 3, Self.endings.contains(String(lower.suffix(2))) else { return nil }
        stem = String(base.dropLast(2))
        let ending = String(lower.suffix(2))
        let last = stem.lowercased().last
        stressed = ending == "ой"
        if let last, Endings.velars.contains(last) {
            kind = .velar
        } else if let last, Endings.sibilants.contains(last) && last != "ц" {
            kind = .sibilant
        } else if ["ий", "яя", "ее", "ие"].contains(ending) {
            kind = .soft
        } else {
            kind = .hard
        }
    }

    /// The form agreeing with a noun of `gender` (or plural) in `grammaticalCase`; `animate`
    /// makes the masculine singular and the plural accusative the genitive.
    func form(
        _ gender: NumberWords.Agreement, plural: Bool, _ grammaticalCase: GrammaticalCase, animate: Bool
    ) -> String {
        var grammaticalCase = grammaticalCase
        if grammaticalCase == .accusative, animate, plural || gender == .masculine { grammaticalCase = .genitive }
        let index = GrammaticalCase.allCases.firstIndex(of: grammaticalCase) ?? 0
        let o = kind == .soft || (kind == .sibilant && !stressed) ? "е" : "о"
        let y = kind == .hard ? "ы" : "и"
        let table: [String]
        if plural {
            table = [y + "е", y + "х", y + "м", y + "е", y + "ми", y + "х"]
        } else {
            switch gender {
            case .masculine:
                let nominative = stressed ? "ой" : y + "й"
                table = [nominative, o + "го", o + "му", nominative, y + "м", o + "м"]
            case .neuter:
                table = [o + "е", o + "го", o + "му", o + "е", y + "м", o + "м"]
            case .feminine:
                let nominative = kind == .soft ? "яя" : "ая"
                let accusative = kind == .soft ? "юю" : "ую"
                table = [nominative, o + "й", o + "й", accusative, o + "й", o + "й"]
            }
        }
        return stem + table[index] + (reflexive ? "ся" : "")
    }
}
