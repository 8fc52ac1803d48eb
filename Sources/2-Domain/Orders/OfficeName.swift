import RussianText

/// The name of an organisation or office (наименование органа, подразделения) as running text
/// uses it: written once in the nominative, every other case derived
/// (``OrganizationDeclension``) unless the data file gives a form explicitly.
public struct OfficeName: Sendable, Equatable {
    /// The nominative as in running text: «отдел образования администрации … района».
    public var nominative: String
    /// Forms the data file gave explicitly, taking precedence over derived ones.
    public var overrides: [GrammaticalCase: String]

    /// Creates the name from its nominative and explicit forms.
    public init(_ nominative: String, overrides: [GrammaticalCase: String] = [:]) {
        self.nominative = nominative
        self.overrides = overrides
    }

    /// The name in `grammaticalCase`: an explicit form, else derived from the nominative.
    public func form(_ grammaticalCase: GrammaticalCase) -> String {
        if let explicit = overrides[grammaticalCase] { return explicit }
        if grammaticalCase == .nominative { return nominative }
        return OrganizationDeclension.decline(nominative, grammaticalCase)
    }

    /// Whether a name is known at all (a nominative or an explicit form).
    public var isEmpty: Bool { nominative.isEmpty && overrides.isEmpty }
}
