/// A noun of a dictionary of counted things: its gender, whether it names people, and its
/// twelve forms («организация, организации, организации, организацию, организацией,
/// организации» and the plural ones).
public struct NounEntry: Sendable, Equatable {
    /// The gender adjectives and numbers agree with.
    public let gender: NumberWords.Agreement
    /// Whether the noun names people or animals (the accusative is then the genitive).
    public let animate: Bool
    /// Nominative, genitive, dative, accusative, instrumental, prepositional, singular.
    public let singular: [String]
    /// The same six cases in the plural.
    public let plural: [String]
    /// A noun made of an adjective or participle («обучающийся»): counted as adjectives are.
    public let adjectival: Bool

    /// A noun with its forms as two lines of six words each, in the order of ``GrammaticalCase``.
    /// Returns `nil` when a line has not exactly six words.
    public init?(gender: NumberWords.Agreement, animate: Bool = false, singular: String, plural: String) {
        let one = singular.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        let many = plural.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard one.count == 6, many.count == 6 else { return nil }
        self.gender = gender
        self.animate = animate
        self.singular = one
        self.plural = many
        adjectival = false
    }

    /// A noun that declines as the adjective or participle `word` («обучающийся», «учащаяся»).
    public init?(adjective word: String, gender: NumberWords.Agreement, animate: Bool = true) {
        guard let forms = AdjectiveForms(word) else { return nil }
        self.gender = gender
        self.animate = animate
        let cases = GrammaticalCase.allCases
        // The accusative kept as the nominative here; animate phrases take the genitive when counted.
        singular = cases.map { forms.form(gender, plural: false, $0, animate: false) }
        plural = cases.map { forms.form(gender, plural: true, $0, animate: false) }
        adjectival = true
    }

    /// The form in `grammaticalCase`, singular or plural; an animate accusative is the genitive
    /// for masculine singulars and all plurals.
    func form(plural isPlural: Bool, _ grammaticalCase: GrammaticalCase) -> String {
        var grammaticalCase = grammaticalCase
        if grammaticalCase == .accusative, animate, isPlural || (gender == .masculine && adjectival) {
            grammaticalCase = .genitive
        }
        let index = GrammaticalCase.allCases.firstIndex(of: grammaticalCase) ?? 0
        return (isPlural ? plural : singular)[index]
    }
}
