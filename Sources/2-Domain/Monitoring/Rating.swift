import Foundation

/// One school's scores: per indicator, total, percent of the maximum, level and place.
public struct SchoolScore: Sendable {
    public let school: SchoolResult
    public let indicators: [IndicatorScore]
    public let total: Double
    public let maximum: Double
    /// The total as a fraction of the maximum.
    public let fraction: Double
    public let level: Level
    /// The place in the rating; equal totals share a place.
    public let place: Int

    /// Creates the value from its parts.
    public init(
        school: SchoolResult, indicators: [IndicatorScore], total: Double, maximum: Double, fraction: Double,
        level: Level, place: Int
    ) {
        self.school = school
        self.indicators = indicators
        self.total = total
        self.maximum = maximum
        self.fraction = fraction
        self.level = level
        self.place = place
    }
}

/// How many schools are on a level.
public struct LevelCount: Sendable, Equatable {
    public let level: Level
    public let count: Int
    /// The share of all schools, as a fraction.
    public let share: Double

    /// Creates the value from its parts.
    public init(level: Level, count: Int, share: Double) {
        self.level = level
        self.count = count
        self.share = share
    }
}

/// How many schools gave each answer to an indicator.
public struct AnswerCount: Sendable, Equatable {
    public let answer: String
    public let count: Int
    public let share: Double

    /// Creates the value from its parts.
    public init(answer: String, count: Int, share: Double) {
        self.answer = answer
        self.count = count
        self.share = share
    }
}

/// The rating of all schools by a methodology, with the statistics the справка needs.
public struct Rating: Sendable {
    public let methodology: Methodology
    /// Schools by place, then by name.
    public let schools: [SchoolScore]

    /// Scores every school and ranks them (1, 2, 2, 4 for a tie at second place).
    public init(methodology: Methodology, results: [SchoolResult]) {
        self.methodology = methodology
        let maximum = methodology.maximum
        let indicators = methodology.indicators
        // Schools give few distinct answers to an indicator: each is scored once, and the schools
        // that gave it share its explanation.
        var known = [[Answer: IndicatorScore]](repeating: [:], count: indicators.count)
        var scored: [(SchoolResult, [IndicatorScore], Double)] = results.map { school in
            let scores = indicators.indices.map { position -> IndicatorScore in
                let indicator = indicators[position]
                guard let answer = school.answers[indicator.id] else {
                    return IndicatorScore(
                        id: indicator.id, title: indicator.title, points: 0, maximum: indicator.maximum,
                        explanation: "нет данных", answer: "нет данных")
                }
                if let score = known[position][answer] { return score }
                let scored = indicator.rule.score(answer)
                let score = IndicatorScore(
                    id: indicator.id, title: indicator.title, points: scored.points,
                    maximum: indicator.maximum, explanation: scored.explanation, answer: scored.answer)
                known[position][answer] = score
                return score
            }
            return (school, scores, scores.reduce(0) { $0 + $1.points })
        }
        scored.sort { $0.2 != $1.2 ? $0.2 > $1.2 : $0.0.name.localizedStandardCompare($1.0.name) == .orderedAscending }
        var schools: [SchoolScore] = []
        for (index, entry) in scored.enumerated() {
            let place = index > 0 && abs(scored[index - 1].2 - entry.2) < 1e-9 ? schools[index - 1].place : index + 1
            let level =
                methodology.scale.level(total: entry.2, maximum: maximum)
                ?? Level(id: "none", name: "—", forms: [:], from: 0, to: nil)
            schools.append(
                SchoolScore(
                    school: entry.0, indicators: entry.1, total: entry.2, maximum: maximum,
                    fraction: maximum > 0 ? entry.2 / maximum : 0, level: level, place: place))
        }
        self.schools = schools
    }

    /// Schools per level, from the highest level down.
    public var levels: [LevelCount] {
        methodology.scale.levels.map { level in
            let count = schools.filter { $0.level.id == level.id }.count
            return LevelCount(
                level: level, count: count, share: schools.isEmpty ? 0 : Double(count) / Double(schools.count))
        }
    }

    /// The mean total over all schools.
    public var meanTotal: Double {
        schools.isEmpty ? 0 : schools.reduce(0) { $0 + $1.total } / Double(schools.count)
    }

    /// How many schools gave each answer to indicator `id`, in the order answers first appear
    /// in the rule (choice options) or in the data.
    public func distribution(of id: String) -> [AnswerCount] {
        guard let indicator = methodology.indicators.first(where: { $0.id == id }) else { return [] }
        var order: [String] = []
        if case .choice(let options) = indicator.rule { order = options.map(\.answer) }
        var counts: [String: Int] = [:]
        for school in schools {
            guard let answer = school.indicators.first(where: { $0.id == id })?.answer else { continue }
            counts[answer, default: 0] += 1
            if !order.contains(answer) { order.append(answer) }
        }
        return order.map {
            AnswerCount(
                answer: $0, count: counts[$0] ?? 0,
                share: schools.isEmpty ? 0 : Double(counts[$0] ?? 0) / Double(schools.count))
        }
    }
}
