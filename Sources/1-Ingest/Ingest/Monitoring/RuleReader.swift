import Monitoring
import RussianText

/// Reads indicators and their rules from YAML.
enum RuleReader {
    static let kinds = ["choice", "per_item", "events", "checklist", "fact", "threshold", "trend"]

    static func indicator(_ node: YAMLValue, _ reader: inout YAMLFields<MethodologyCode>) -> Indicator? {
        let id = reader.string(node, "id")
        let title = reader.string(node, "title")
        let maximum = reader.number(node, "max")
        guard let ruleNode = node["rule"] else {
            reader.problem(.missingField, "у показателя «\(id ?? "?")» не указано правило (rule)", at: node)
            return nil
        }
        guard let rule = rule(ruleNode, &reader), let id, let title, let maximum else { return nil }
        return Indicator(id: id, title: title, maximum: maximum, rule: rule, line: node.line)
    }

    static func rule(_ node: YAMLValue, _ reader: inout YAMLFields<MethodologyCode>) -> Rule? {
        guard let kind = reader.string(node, "kind") else { return nil }
        switch kind {
        case "choice":
            let options = reader.list(node, "options").compactMap { option -> ChoiceOption? in
                guard let answer = reader.string(option, "answer"), let points = reader.number(option, "points") else {
                    return nil
                }
                let aliases = reader.strings(option, "aliases")
                return ChoiceOption(answer: answer, points: points, aliases: aliases)
            }
            return options.isEmpty ? nil : .choice(options)
        case "per_item":
            guard let items = reader.number(node, "items"), let each = reader.number(node, "points_each") else {
                return nil
            }
            return .perItem(
                items: Int(items), each: each,
                noun: noun(node, &reader, fallback: ("результат", "результата", "результатов")),
                wording: reader.string(node, "explain", required: false))
        case "events":
            guard let events = reader.number(node, "events"), let each = reader.number(node, "points_each") else {
                return nil
            }
            var after: Int?
            var penalty = 0.0
            var mode = PenaltyMode.replace
            if let penaltyNode = node["penalty"] {
                after = reader.number(penaltyNode, "missed_more_than").map(Int.init)
                penalty = reader.number(penaltyNode, "points") ?? 0
                if let written = penaltyNode["mode"] {
                    if let parsed = written.string.flatMap(PenaltyMode.init(rawValue:)) {
                        mode = parsed
                    } else {
                        reader.problem(
                            .badField,
                            "penalty.mode: пишите replace (штраф вместо баллов показателя) или subtract (штраф "
                                + "вычитается из баллов)", at: written)
                    }
                }
            }
            return .events(
                events: Int(events), each: each, penaltyAfter: after, penalty: penalty, penaltyMode: mode,
                noun: noun(node, &reader, fallback: ("срок", "срока", "сроков")),
                wording: reader.string(node, "explain", required: false))
        case "checklist":
            let items = reader.list(node, "items").compactMap { item -> ChecklistItem? in
                guard let id = reader.string(item, "id"), let title = reader.string(item, "title"),
                    let points = reader.number(item, "points")
                else { return nil }
                return ChecklistItem(id: id, title: title, points: points)
            }
            return items.isEmpty ? nil : .checklist(items)
        case "fact":
            return reader.number(node, "points").map { .fact(points: $0) }
        case "threshold":
            guard var bound = reader.number(node, "at_least"), let points = reader.number(node, "points") else {
                return nil
            }
            if bound > 1 { bound /= 100 }
            return .threshold(atLeast: bound, points: points)
        case "trend":
            guard let directionText = reader.string(node, "direction"), let points = reader.number(node, "points")
            else { return nil }
            guard let direction = TrendDirection(rawValue: directionText) else {
                reader.problem(
                    .badField,
                    "direction должно быть down (лучше, когда меньше) или up (лучше, когда больше), "
                        + "а не «\(directionText)»", at: node["direction"])
                return nil
            }
            return .trend(direction: direction, points: points)
        default:
            reader.problem(
                .unknownRuleKind, "неизвестный вид правила «\(kind)»; допускаются: " + kinds.joined(separator: ", "),
                at: node["kind"])
            return nil
        }
    }

    private static func noun(
        _ node: YAMLValue, _ reader: inout YAMLFields<MethodologyCode>, fallback: (String, String, String)
    ) -> PluralNoun {
        guard node["noun"] != nil else { return PluralNoun(one: fallback.0, few: fallback.1, many: fallback.2) }
        let words = reader.strings(node, "noun")
        guard words.count == 3 else {
            reader.problem(.badField, "noun: нужны три формы слова, например [форма, формы, форм]", at: node["noun"])
            return PluralNoun(one: fallback.0, few: fallback.1, many: fallback.2)
        }
        return PluralNoun(one: words[0], few: words[1], many: words[2])
    }
}
