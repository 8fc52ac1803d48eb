/// The previous period of a monitoring series (прошлый период), as it was stored: where a trend
/// indicator given with this year's value alone takes last year's value, and what the справка
/// compares this year's rating with. School codes are this year's: a renamed or merged school's
/// old code is already mapped to its new one.
public struct PreviousPeriod: Sendable {
    /// The period's name as stored («2023», «2023/2024 учебный год»).
    public let period: String
    /// The indicators of the methodology of that period, in its order.
    public let indicators: [PastIndicator]
    /// The schools of that period.
    public let schools: [PastSchool]
    /// The level names of that period by level id, for a level this year's scale no longer has.
    public let levelNames: [String: String]
    /// The position of each school in `schools` by code (the first, when two old codes lead to one).
    private let positions: [String: Int]

    /// Creates the value from its parts.
    public init(period: String, indicators: [PastIndicator], schools: [PastSchool], levelNames: [String: String] = [:])
    {
        self.period = period
        self.indicators = indicators
        self.schools = schools
        self.levelNames = levelNames
        positions = Dictionary(schools.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Last period's own value of indicator `indicator` for the school `school` (this year's code),
    /// or `nil` when the school or its value is not there.
    public func value(school: String, indicator: String) -> Double? {
        self.school(school)?.values[indicator]
    }

    /// The school `code` of that period, or `nil`.
    public func school(_ code: String) -> PastSchool? { positions[code].map { schools[$0] } }

    /// The sum of the indicators' maximums in that period.
    public var maximum: Double { indicators.reduce(0) { $0 + $1.maximum } }
}

/// An indicator as the previous period's methodology had it.
public struct PastIndicator: Sendable, Equatable {
    public let id: String
    public let title: String
    public let maximum: Double

    /// Creates the value from its parts.
    public init(id: String, title: String, maximum: Double) {
        self.id = id
        self.title = title
        self.maximum = maximum
    }
}

/// A school's result in the previous period.
public struct PastSchool: Sendable, Equatable {
    /// The school's code as this year's results name it.
    public let code: String
    public let name: String
    public let total: Double
    public let maximum: Double
    public let levelID: String
    /// Points by indicator id.
    public let points: [String: Double]
    /// The period's own values of the trend indicators by indicator id (this year's column of that year).
    public let values: [String: Double]

    /// Creates the value from its parts.
    public init(
        code: String, name: String, total: Double, maximum: Double, levelID: String, points: [String: Double],
        values: [String: Double]
    ) {
        self.code = code
        self.name = name
        self.total = total
        self.maximum = maximum
        self.levelID = levelID
        self.points = points
        self.values = values
    }
}
