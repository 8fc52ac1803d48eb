import RussianText

/// Points a school got on one indicator, and why, in Russian.
public struct IndicatorScore: Sendable, Equatable {
    public let id: String
    public let title: String
    public let points: Double
    public let maximum: Double
    /// A short reason: «2 из 3 форм загружены в срок».
    public let explanation: String
    /// The answer as a category for statistics («по всем предметам и всем параллелям», «да», «4 из 6»).
    public let answer: String

    /// Whether the school got less than the maximum here.
    public var lostPoints: Bool { points < maximum }

    /// Creates the value from its parts.
    public init(id: String, title: String, points: Double, maximum: Double, explanation: String, answer: String) {
        self.id = id
        self.title = title
        self.points = points
        self.maximum = maximum
        self.explanation = explanation
        self.answer = answer
    }
}

extension Rule {
    /// Scores `answer` by this rule.
    func score(_ answer: Answer) -> (points: Double, explanation: String, answer: String) {
        switch (self, answer) {
        case (.choice(let options), .option(let index)):
            let option = options[index]
            return (option.points, option.answer, option.answer)
        case (.perItem(let items, let each, let noun, let wording), .count(let count)):
            let text = Wording.fill(wording ?? "подтверждено {n} из {total} {noun}", n: count, total: items, noun: noun)
            return (Double(count) * each, text, "\(count) из \(items)")
        case (.events(let events, let each, let after, let penalty, let mode, let noun, let wording), .count(let met)):
            let missed = events - met
            let text = Wording.fill(wording ?? "в срок {n} из {total} {noun}", n: met, total: events, noun: noun)
            if let after, missed > after {
                // Say what happened: «нарушение сроков более 2 раз: −1 вместо 17» (replace) or
                // «нарушение сроков более 2 раз: −1 балл» (subtract).
                let earned = Double(met) * each
                let reason = text + "; нарушение сроков более \(after) раз: "
                switch mode {
                case .replace:
                    return (
                        penalty, reason + RussianNumber.compact(penalty) + " вместо " + RussianNumber.compact(earned),
                        "\(met) из \(events)"
                    )
                case .subtract:
                    return (earned + penalty, reason + Rule.pointsText(penalty), "\(met) из \(events)")
                }
            }
            return (Double(met) * each, text, "\(met) из \(events)")
        case (.checklist(let items), .checklist(let flags)):
            let present = zip(items, flags).filter { $0.1 }.map(\.0)
            let absent = zip(items, flags).filter { !$0.1 }.map(\.0)
            var text = "выполнено \(present.count) из \(items.count)"
            if !absent.isEmpty { text += "; нет: " + absent.map { Rule.lowerFirst($0.title) }.joined(separator: "; ") }
            return (present.reduce(0) { $0 + $1.points }, text, "\(present.count) из \(items.count)")
        case (.fact(let points), .flag(let present)):
            return (present ? points : 0, present ? "есть" : "нет", present ? "да" : "нет")
        case (.threshold(let bound, let points), .share(let share)):
            let reached = share + 1e-9 >= bound
            let text =
                RussianNumber.percent(share, decimals: 0) + (reached ? " — не ниже порога " : " — ниже порога ")
                + RussianNumber.percent(bound, decimals: 0)
            return (reached ? points : 0, text, reached ? "да" : "нет")
        case (.trend(_, let points), .flag(let positive)):
            return (
                positive ? points : 0, positive ? "положительная динамика есть" : "положительной динамики нет",
                positive ? "да" : "нет"
            )
        case (.trend(let direction, let points), .trend(let previous, let current)):
            let better = direction == .down ? current < previous : current > previous
            let change =
                direction == .down ? (better ? "снизилась" : "не снизилась") : (better ? "выросла" : "не выросла")
            return (
                better ? points : 0,
                "было \(RussianNumber.compact(previous)), стало \(RussianNumber.compact(current)) — \(change)",
                better ? "да" : "нет"
            )
        default:
            return (0, "нет данных", "нет данных")
        }
    }

    static func pointsText(_ value: Double) -> String {
        RussianNumber.compact(value) + " " + PluralForms("балл", "балла", "баллов").form(for: value)
    }

    static func lowerFirst(_ text: String) -> String {
        guard let first = text.first, text.dropFirst().first?.isLowercase ?? true else { return text }
        return first.lowercased() + text.dropFirst()
    }
}

extension PluralNoun {
    /// The noun after «из N»: «из 1 формы», «из 3 форм», «из 21 формы».
    func afterFrom(_ number: Int) -> String {
        number % 10 == 1 && number % 100 != 11 ? few : many
    }
}
