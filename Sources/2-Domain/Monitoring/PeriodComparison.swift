import RussianText

/// This year's rating against the stored previous period (сравнение с прошлым периодом): the level
/// distribution then and now, the schools whose level changed, and the mean score then and now —
/// over what is comparable when the methodology changed between the periods.
public struct PeriodComparison: Sendable {
    /// A level with its count of schools then and now.
    public struct LevelRow: Sendable, Equatable {
        public let name: String
        public let then: Int
        public let thenShare: Double
        public let now: Int
        public let nowShare: Double

        /// Creates the value from its parts.
        public init(name: String, then: Int, thenShare: Double, now: Int, nowShare: Double) {
            self.name = name
            self.then = then
            self.thenShare = thenShare
            self.now = now
            self.nowShare = nowShare
        }
    }

    /// A school whose level changed.
    public struct Change: Sendable, Equatable {
        public let code: String
        public let name: String
        public let then: String
        public let now: String

        /// Creates the value from its parts.
        public init(code: String, name: String, then: String, now: String) {
            self.code = code
            self.name = name
            self.then = then
            self.now = now
        }
    }

    /// The previous period's name.
    public let period: String
    public let levels: [LevelRow]
    /// Schools whose level rose, and whose level fell, in rating order.
    public let up: [Change]
    public let down: [Change]
    /// The mean then and now: of the totals when the methodology did not change, else of the points
    /// of the comparable indicators only (``comparableOnly``).
    public let meanThen: Double
    public let meanNow: Double
    /// The most points of what the means count.
    public let meanMaximum: Double
    /// Whether the means count only the indicators both periods share with the same maximum.
    public let comparableOnly: Bool
    /// What cannot be compared, in Russian sentences: indicators added or removed, changed maximums,
    /// schools that are only in one of the periods.
    public let notes: [String]

    /// Compares `rating` with `previous`.
    public init(rating: Rating, previous: PreviousPeriod) {
        period = previous.period
        let scale = rating.methodology.scale.levels
        let thenCount = previous.schools.count
        let nowCount = rating.schools.count
        func share(_ count: Int, _ total: Int) -> Double { total > 0 ? Double(count) / Double(total) : 0 }
        levels = scale.map { level in
            let then = previous.schools.filter { $0.levelID == level.id }.count
            let now = rating.schools.filter { $0.level.id == level.id }.count
            return LevelRow(
                name: level.name, then: then, thenShare: share(then, thenCount), now: now,
                nowShare: share(now, nowCount))
        }
        var up: [Change] = []
        var down: [Change] = []
        let order = Dictionary(scale.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for school in rating.schools {
            guard let past = previous.school(school.school.id), past.levelID != school.level.id,
                let before = order[past.levelID], let after = order[school.level.id]
            else { continue }
            let change = Change(
                code: school.school.id, name: school.school.name,
                then: scale[before].name, now: school.level.name)
            if after < before { up.append(change) } else { down.append(change) }
        }
        self.up = up
        self.down = down

        var notes: [String] = []
        var changed = false
        let current = rating.methodology.indicators
        let past = Dictionary(previous.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var comparable: [String] = []
        for indicator in current {
            guard let old = past[indicator.id] else {
                changed = true
                notes.append("показатель «\(indicator.title)» введён в этом периоде и в сравнении не учитывается")
                continue
            }
            if abs(old.maximum - indicator.maximum) > 1e-9 {
                changed = true
                notes.append(
                    "у показателя «\(indicator.title)» изменился максимум (был \(RussianNumber.compact(old.maximum)), "
                        + "стал \(RussianNumber.compact(indicator.maximum))); в сравнении среднего балла он не учитывается"
                )
            } else {
                comparable.append(indicator.id)
            }
        }
        let currentIDs = Set(current.map(\.id))
        for old in previous.indicators where !currentIDs.contains(old.id) {
            changed = true
            notes.append("показателя «\(old.title)» в этом периоде нет; в сравнении он не учитывается")
        }
        for level in previous.schools.map(\.levelID) where order[level] == nil {
            let name = previous.levelNames[level] ?? level
            let text = "уровня «\(name)» прошлого периода в нынешней шкале нет; такие ОО в таблице уровней не показаны"
            if !notes.contains(text) { notes.append(text) }
        }
        comparableOnly = changed
        let ids = comparable
        func sum(_ points: (String) -> Double?) -> Double { ids.reduce(0) { $0 + (points($1) ?? 0) } }
        if comparableOnly {
            meanNow =
                rating.schools.isEmpty
                ? 0
                : rating.schools.reduce(0) { total, school in
                    total + sum { id in school.indicators.first { $0.id == id }?.points }
                } / Double(nowCount)
            meanThen =
                previous.schools.isEmpty
                ? 0
                : previous.schools.reduce(0) { total, school in total + sum { id in school.points[id] } }
                    / Double(thenCount)
            meanMaximum = current.filter { ids.contains($0.id) }.reduce(0) { $0 + $1.maximum }
        } else {
            meanNow = rating.meanTotal
            meanThen = previous.schools.isEmpty ? 0 : previous.schools.reduce(0) { $0 + $1.total } / Double(thenCount)
            meanMaximum = rating.methodology.maximum
        }
        let nowCodes = Set(rating.schools.map(\.school.id))
        let gone = previous.schools.filter { !nowCodes.contains($0.code) }.map(\.name)
        let new = rating.schools.filter { previous.school($0.school.id) == nil }.map(\.school.name)
        if !new.isEmpty {
            notes.append("в прошлом периоде не участвовали: " + new.joined(separator: ", "))
        }
        if !gone.isEmpty {
            notes.append("в этом периоде не участвуют: " + gone.joined(separator: ", "))
        }
        self.notes = notes
    }
}
