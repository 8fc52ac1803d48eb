import RussianText

/// A monitoring methodology (порядок мониторинга): indicators grouped by direction, each with a
/// scoring rule and a maximum, and a scale that places a school's total on a level.
public struct Methodology: Sendable {
    /// The full title, as in the approving document.
    public let title: String
    /// A short name for running text («мониторинг объективности проведения ВПР»).
    public let shortTitle: String
    /// The document that approves the methodology.
    public let approvedBy: String?
    /// The period the results belong to («2023», «2023/2024 учебный год»).
    public let period: String?
    public let directions: [Direction]
    public let scale: LevelScale
    /// The file it was read from, for messages.
    public let file: String

    /// All indicators in order.
    public var indicators: [Indicator] { directions.flatMap(\.indicators) }
    /// The sum of the indicators' maximums.
    public var maximum: Double { indicators.reduce(0) { $0 + $1.maximum } }

    /// Creates the value from its parts.
    public init(
        title: String, shortTitle: String, approvedBy: String? = nil, period: String? = nil, directions: [Direction],
        scale: LevelScale, file: String
    ) {
        self.title = title
        self.shortTitle = shortTitle
        self.approvedBy = approvedBy
        self.period = period
        self.directions = directions
        self.scale = scale
        self.file = file
    }
}

/// A direction (направление) of the methodology with its indicators.
public struct Direction: Sendable {
    public let title: String
    public let indicators: [Indicator]

    /// Creates the value from its parts.
    public init(title: String, indicators: [Indicator]) {
        self.title = title
        self.indicators = indicators
    }
}

/// An indicator (показатель): what is measured and how it scores.
public struct Indicator: Sendable {
    /// A stable id, also usable as a results column name.
    public let id: String
    /// The title as in the methodology; also accepted as a results column name.
    public let title: String
    /// The most points the indicator gives.
    public let maximum: Double
    public let rule: Rule
    /// The YAML line of the indicator, for messages.
    public let line: Int?

    /// Creates the value from its parts.
    public init(id: String, title: String, maximum: Double, rule: Rule, line: Int? = nil) {
        self.id = id
        self.title = title
        self.maximum = maximum
        self.rule = rule
        self.line = line
    }
}

/// A level (уровень) of the scale with its name in the cases documents use.
public struct Level: Sendable, Equatable {
    public let id: String
    /// The nominative name («высокий уровень», «высокая»).
    public let name: String
    /// The name in other cases, by case name (`genitive`, `dative`, `accusative`, `instrumental`, `prepositional`).
    public let forms: [String: String]
    /// The lower bound, inclusive: points, or percent of the maximum.
    public let from: Double
    /// The upper bound, inclusive (points scales); `nil` for the top of a percent scale.
    public let to: Double?

    /// The name in `grammaticalCase`: the form the methodology gives, else derived from the
    /// nominative («высокий уровень» → «высокого уровня»).
    public func name(in grammaticalCase: String) -> String {
        if let form = forms[grammaticalCase] { return form }
        guard let parsed = GrammaticalCase(name: grammaticalCase) else { return name }
        return OrganizationDeclension.decline(name, parsed)
    }

    /// Creates the value from its parts.
    public init(id: String, name: String, forms: [String: String], from: Double, to: Double? = nil) {
        self.id = id
        self.name = name
        self.forms = forms
        self.from = from
        self.to = to
    }
}

/// How totals map to levels: by points or by percent of the maximum. Levels are ordered from the
/// highest down; a total below every bound (even negative) falls on the last level.
public struct LevelScale: Sendable {
    public enum Kind: String, Sendable { case points, percent }
    public let kind: Kind
    public let levels: [Level]

    /// The level of a total out of `maximum`.
    public func level(total: Double, maximum: Double) -> Level? {
        let value = kind == .points ? total : (maximum > 0 ? total / maximum * 100 : 0)
        return levels.first { value >= $0.from - 1e-9 } ?? levels.last
    }

    /// Creates the value from its parts.
    public init(kind: Kind, levels: [Level]) {
        self.kind = kind
        self.levels = levels
    }
}
