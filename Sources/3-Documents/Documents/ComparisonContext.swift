import Monitoring
import RussianText
import TemplateEngine

/// The справка's comparison with the previous period (`comparison` in the report's data): the
/// levels then and now, the schools whose level rose or fell, the mean score then and now, and
/// what could not be compared.
enum ComparisonContext {
    static func value(_ comparison: PeriodComparison) -> TemplateValue {
        let levels = comparison.levels.map { row -> TemplateValue in
            .object([
                ("name", .string(row.name.capitalizedFirstLetter)), ("then", .number(Double(row.then))),
                ("then_share", .share(row.thenShare)), ("now", .number(Double(row.now))),
                ("now_share", .share(row.nowShare)),
            ])
        }
        return .object([
            ("period", .string(comparison.period)),
            ("title", .string("Сравнение с прошлым периодом (\(comparison.period))")),
            ("levels", .list(levels)),
            ("mean", .string(mean(comparison))),
            ("up", .string(changes(comparison.up, rose: true))),
            ("down", .string(changes(comparison.down, rose: false))),
            ("notes", .list(comparison.notes.map { .string($0) })),
        ])
    }

    /// «Средний балл: в прошлом периоде (2023) — 10,3 из 17, в этом — 9,5 из 17 (ниже на 0,8).»
    static func mean(_ comparison: PeriodComparison) -> String {
        let maximum = RussianNumber.compact(comparison.meanMaximum)
        let then = RussianNumber.format(comparison.meanThen, decimals: 1)
        let now = RussianNumber.format(comparison.meanNow, decimals: 1)
        let difference = (comparison.meanNow - comparison.meanThen) * 10
        let rounded = difference.rounded() / 10
        let change =
            abs(rounded) < 0.05
            ? "не изменился"
            : (rounded > 0 ? "выше" : "ниже") + " на " + RussianNumber.format(abs(rounded), decimals: 1)
        let what =
            comparison.comparableOnly
            ? "Средний балл по показателям, которые есть в обоих периодах с тем же максимумом"
            : "Средний балл"
        return "\(what): в прошлом периоде (\(comparison.period)) — \(then) из \(maximum), в этом — \(now) из "
            + "\(maximum) (\(change))."
    }

    /// «Повысили уровень 2 ОО: МБОУ «Лицей № 3» (средняя → высокая), ….»
    static func changes(_ schools: [PeriodComparison.Change], rose: Bool) -> String {
        guard !schools.isEmpty else {
            return rose ? "Ни одна ОО не повысила уровень." : "Ни одна ОО не понизила уровень."
        }
        let list = schools.map { "\($0.name) (\($0.then) → \($0.now))" }.joined(separator: ", ")
        return (rose ? "Повысили уровень" : "Понизили уровень") + " \(schools.count) ОО: " + list + "."
    }
}
