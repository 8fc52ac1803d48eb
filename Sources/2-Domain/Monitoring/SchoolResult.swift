/// A school's answer to one indicator, read and checked against the indicator's rule.
public enum Answer: Sendable, Hashable {
    /// The index of the chosen option (choice).
    case option(Int)
    /// How many items or events (per item, events).
    case count(Int)
    /// Which checklist items are present, in the rule's order.
    case checklist([Bool])
    /// A yes/no fact, or a trend given directly as present or not.
    case flag(Bool)
    /// A share as a fraction (threshold).
    case share(Double)
    /// Last year's and this year's values (trend).
    case trend(previous: Double, current: Double)
}

/// One school's row of the results: who it is and its answers by indicator id.
public struct SchoolResult: Sendable {
    public let id: String
    public let name: String
    /// The head's full name as typed («Савкина Людмила Викторовна»).
    public let head: String
    public let answers: [String: Answer]
    /// The row number in the results file.
    public let row: Int
    /// Columns the methodology does not score, by header («Всего работ»: «120»), for statistics.
    public var extras: [String: String] = [:]

    /// Creates the value from its parts.
    public init(
        id: String, name: String, head: String, answers: [String: Answer], row: Int, extras: [String: String] = [:]
    ) {
        self.id = id
        self.name = name
        self.head = head
        self.answers = answers
        self.row = row
        self.extras = extras
    }
}

extension SchoolResult {
    /// This year's values of the trend indicators given as numbers, by indicator id: what the next
    /// period takes as last year's values.
    public var trendValues: [String: Double] {
        answers.compactMapValues { answer in
            if case .trend(_, let current) = answer { return current }
            return nil
        }
    }
}
