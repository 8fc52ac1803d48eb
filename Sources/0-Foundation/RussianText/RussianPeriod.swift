/// The period a monitoring ran, stated once in the data and written wherever a document needs it:
/// «сентябрь–октябрь 2023 года» in a list of facts, «в сентябре–октябре 2023 года» in a sentence.
/// Whole months (`2023-09` … `2023-10`) or days (`2023-03-15` … `2023-05-20`: «с 15 марта по 20 мая
/// 2023 года» in both forms).
public struct RussianPeriod: Sendable, Equatable {
    /// One end of the period: a month, or a day of it.
    public struct End: Sendable, Equatable {
        public let year: Int
        public let month: Int
        public let day: Int?

        /// Reads `ГГГГ-ММ` or `ГГГГ-ММ-ДД`; `nil` for anything else or a day the month lacks.
        public init?(parsing text: String) {
            let parts = text.trimmingCharacters(in: .whitespaces).split(
                separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2 || parts.count == 3, parts[0].count == 4, parts[1].count == 2,
                let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month), year > 0
            else { return nil }
            if parts.count == 3 {
                guard parts[2].count == 2, let day = Int(parts[2]),
                    RussianDate(year: year, month: month, day: day) != nil
                else { return nil }
                self.day = day
            } else {
                self.day = nil
            }
            self.year = year
            self.month = month
        }

        var order: (Int, Int, Int) { (year, month, day ?? 0) }
    }

    public let from: End
    public let to: End

    /// A period from `from` to `to`: both months or both days, the first not after the second.
    public init?(from: End, to: End) {
        guard (from.day == nil) == (to.day == nil), from.order <= to.order else { return nil }
        self.from = from
        self.to = to
    }

    /// «сентябрь–октябрь 2023 года», «сентябрь 2023 года», «с 15 марта по 20 мая 2023 года».
    public var nominative: String { text(months: RussianDate.nominativeMonths, inSentence: false) }

    /// «в сентябре–октябре 2023 года», «в сентябре 2023 года», «с 15 марта по 20 мая 2023 года».
    public var prepositional: String { text(months: Self.prepositionalMonths, inSentence: true) }

    private func text(months: [String], inSentence: Bool) -> String {
        let nbsp = "\u{A0}"
        func year(_ end: End) -> String { "\(end.year)\(nbsp)года" }
        if from.day != nil || to.day != nil {
            func day(_ end: End) -> String { "\(end.day ?? 1)\(nbsp)\(RussianDate.genitiveMonths[end.month - 1])" }
            if from == to { return day(from) + " " + year(from) }
            if from.year == to.year { return "с \(day(from)) по \(day(to)) \(year(to))" }
            return "с \(day(from)) \(year(from)) по \(day(to)) \(year(to))"
        }
        let lead = inSentence ? "в " : ""
        let first = months[from.month - 1]
        let last = months[to.month - 1]
        if from == to { return lead + first + " " + year(to) }
        if from.year == to.year { return lead + first + "–" + last + " " + year(to) }
        return lead + first + " " + year(from) + " – " + last + " " + year(to)
    }

    static let prepositionalMonths = [
        "январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
        "сентябре", "октябре", "ноябре", "декабре",
    ]
}
