import Diagnostics
import Monitoring
import RussianText

/// Checks a methodology's arithmetic: each rule reaches exactly its indicator's maximum, ids are
/// unique, levels are ordered without overlaps or gaps, and the scale ends at the total maximum.
enum MethodologyValidation {
    /// - Parameters:
    ///   - indicatorPlaces: where each of the methodology's indicators is written, in their order.
    ///   - levels: the `levels` value, where problems of the scale are reported.
    ///   - totalsKnown: every indicator was read, so the sum of maximums is meaningful.
    static func check(
        _ methodology: Methodology, indicatorPlaces: [SourceLocation], levels levelsNode: YAMLValue?,
        totalsKnown: Bool, _ reader: inout YAMLFields<MethodologyCode>
    ) {
        var seen: Set<String> = []
        for (index, indicator) in methodology.indicators.enumerated() {
            let location =
                index < indicatorPlaces.count
                ? indicatorPlaces[index]
                : SourceLocation(file: methodology.file, line: indicator.line)
            if !seen.insert(indicator.id).inserted {
                reader.problem(.duplicateIndicator, "показатель «\(indicator.id)» описан дважды", at: location)
            }
            let reachable = indicator.rule.reachableMaximum
            if abs(reachable - indicator.maximum) > 1e-9 {
                let verb = reachable < indicator.maximum ? "не может дать" : "может дать больше, чем"
                reader.problem(
                    .maximumMismatch,
                    "правило показателя «\(indicator.id)» \(verb) максимум "
                        + "\(points(indicator.maximum)): по правилу наибольшее — \(points(reachable))", at: location)
            }
        }
        let levels = methodology.scale.levels
        guard !levels.isEmpty else { return }
        let location = levelsNode?.location ?? SourceLocation(file: methodology.file)
        for (upper, lower) in zip(levels, levels.dropFirst()) {
            if lower.from >= upper.from {
                reader.problem(
                    .levelsOverlap,
                    "уровни должны идти от высшего к низшему: «\(lower.name)» "
                        + "начинается не ниже, чем «\(upper.name)»", at: location)
                continue
            }
            guard methodology.scale.kind == .points, let lowerTop = lower.to else { continue }
            if lowerTop >= upper.from {
                reader.problem(
                    .levelsOverlap,
                    "уровни «\(lower.name)» (\(range(lower))) и "
                        + "«\(upper.name)» (\(range(upper))) пересекаются", at: location)
            } else if upper.from - lowerTop > 1 + 1e-9 {
                reader.problem(
                    .levelsGap,
                    "между уровнями «\(lower.name)» (\(range(lower))) и "
                        + "«\(upper.name)» (\(range(upper))) пропущены баллы", at: location)
            }
        }
        switch methodology.scale.kind {
        case .points:
            if totalsKnown, let top = levels.first?.to, abs(top - methodology.maximum) > 1e-9 {
                reader.problem(
                    .scaleMaximum,
                    "шкала уровней заканчивается на \(points(top)), а сумма "
                        + "максимумов показателей — \(points(methodology.maximum))", at: location)
            }
        case .percent:
            if let top = levels.first?.to, abs(top - 100) > 1e-9 {
                reader.problem(
                    .scaleMaximum,
                    "шкала в процентах должна заканчиваться на 100, а не на "
                        + RussianNumber.compact(top), at: location)
            }
        }
        if let bottom = levels.last, bottom.from > 0 {
            reader.problem(.levelsGap, "низший уровень «\(bottom.name)» должен начинаться с 0", at: location)
        }
    }

    static func points(_ value: Double) -> String {
        RussianNumber.compact(value) + " " + PluralForms("балл", "балла", "баллов").form(for: value)
    }

    private static func range(_ level: Level) -> String {
        RussianNumber.compact(level.from) + "–" + (level.to.map { RussianNumber.compact($0) } ?? "")
    }
}
