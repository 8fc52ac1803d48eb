/// How an indicator turns a school's answer into points.
public enum Rule: Sendable {
    /// One of named answers, each with its points (negative allowed).
    case choice([ChoiceOption])
    /// `items` things, each confirmed or not, `each` points per confirmed one.
    case perItem(items: Int, each: Double, noun: PluralNoun, wording: String?)
    /// `events` deadlines, `each` point per deadline met; when more than `penaltyAfter` were missed
    /// the indicator gives `penalty` instead of the points (``PenaltyMode/replace``) or `penalty` is
    /// added to them (``PenaltyMode/subtract``, a negative `penalty`).
    case events(
        events: Int, each: Double, penaltyAfter: Int?, penalty: Double, penaltyMode: PenaltyMode, noun: PluralNoun,
        wording: String?)
    /// Named facts, each present or not, each with its weight.
    case checklist([ChecklistItem])
    /// A yes/no fact.
    case fact(points: Double)
    /// A share at or above `atLeast` (a fraction, 0.8 for 80 %).
    case threshold(atLeast: Double, points: Double)
    /// This year's value against last year's, better in `direction`.
    case trend(direction: TrendDirection, points: Double)

    /// The stable name used in methodology files.
    public var kind: String {
        switch self {
        case .choice: "choice"
        case .perItem: "per_item"
        case .events: "events"
        case .checklist: "checklist"
        case .fact: "fact"
        case .threshold: "threshold"
        case .trend: "trend"
        }
    }

    /// The most points the rule can give.
    public var reachableMaximum: Double {
        switch self {
        case .choice(let options): options.map(\.points).max() ?? 0
        case .perItem(let items, let each, _, _): Double(items) * each
        case .events(let events, let each, _, let penalty, _, _, _): max(Double(events) * each, penalty)
        case .checklist(let items): items.reduce(0) { $0 + max(0, $1.points) }
        case .fact(let points), .threshold(_, let points), .trend(_, let points): max(points, 0)
        }
    }
}

/// An answer of a choice rule.
public struct ChoiceOption: Sendable {
    public let answer: String
    public let points: Double
    /// Other ways the answer may be typed.
    public let aliases: [String]

    /// Creates the value from its parts.
    public init(answer: String, points: Double, aliases: [String]) {
        self.answer = answer
        self.points = points
        self.aliases = aliases
    }
}

/// A fact of a checklist.
public struct ChecklistItem: Sendable {
    public let id: String
    public let title: String
    public let points: Double

    /// Creates the value from its parts.
    public init(id: String, title: String, points: Double) {
        self.id = id
        self.title = title
        self.points = points
    }
}

public enum TrendDirection: String, Sendable {
    /// Lower is better (the share below the minimum threshold).
    case down
    /// Higher is better (high results).
    case up
}

/// The three forms of a noun after numbers: «форма», «формы», «форм».
public struct PluralNoun: Sendable {
    public let one: String
    public let few: String
    public let many: String

    /// Creates the value from its parts.
    public init(one: String, few: String, many: String) {
        self.one = one
        self.few = few
        self.many = many
    }
}

/// An explanation written by the methodology's author: `{n}`, `{total}` and `{noun}` (the noun
/// after «из {total}») are filled in: "{n} из {total} {noun} загружены в срок".
enum Wording {
    static func fill(_ template: String, n: Int, total: Int, noun: PluralNoun) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        return replace(
            "{noun}", with: noun.afterFrom(total),
            in: replace("{total}", with: String(total), in: replace("{n}", with: String(n), in: template)))
    }

    /// `text` with every `placeholder` (ASCII) replaced by `value`, matched byte for byte.
    private static func replace(_ placeholder: String, with value: String, in text: String) -> String {
        let bytes = Array(text.utf8)
        let pattern = Array(placeholder.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == pattern[0], index + pattern.count <= bytes.count,
                bytes[index..<(index + pattern.count)].elementsEqual(pattern)
            {
                result += value.utf8
                index += pattern.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}

/// How the «events» rule's penalty (штраф за нарушение сроков) applies. Seed 000 says «нарушение
/// сроков более 2-х раз – минус 1», which reads both ways; the methodology says which.
public enum PenaltyMode: String, Sendable, CaseIterable {
    /// The penalty replaces the indicator's points: 17 of 20 deadlines met (3 missed) gives −1.
    case replace
    /// The penalty is added to the points: 17 of 20 met gives 17 − 1 = 16.
    case subtract
}
