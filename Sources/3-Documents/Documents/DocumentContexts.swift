import Foundation
import Monitoring
import Orders
import RussianText
import TemplateEngine

/// The template data of the справка, the rating and each letter.
public enum DocumentContexts {
    static let points = PluralForms("балл", "балла", "баллов")

    public static func signatureName(_ person: Person) -> String {
        person.name.map { $0.initials + "\u{A0}" + $0.surname } ?? ""
    }

    public static func report(
        _ department: Department, statistics: Statistics, catalogue: RecommendationCatalogue,
        texts: (intro: String, conclusion: String), comparison: PeriodComparison? = nil
    ) throws -> TemplateValue {
        let rating = statistics.rating
        let levels = rating.levels.map { count -> TemplateValue in
            .object([
                ("name", .string(count.level.name.capitalizedFirstLetter)), ("count", .number(Double(count.count))),
                ("share", .share(count.share)),
            ])
        }
        let lowest =
            rating.levels.last.map { count in
                rating.schools.filter { $0.level.id == count.level.id }.map(\.school.name)
            } ?? []
        let lowestName = rating.levels.last?.level.name(in: "genitive") ?? ""
        var figures: [TemplateValue] = []
        for figure in department.figures {
            switch statistics.value(of: figure) {
            case .success(let value):
                figures.append(.object([("text", .string(figure.text)), ("value", .share(value))]))
            case .failure(let failure):
                throw failure
            }
        }
        let groups = catalogue.forReport(rating, names: department.addressees).map { group -> TemplateValue in
            .object([
                ("heading", .string(group.heading)),
                (
                    "items",
                    .list(
                        group.items.map { .object([("text", .string($0.text)), ("deadline", .string($0.deadline))]) })
                ),
            ])
        }
        return .object(
            [
                ("issuer", .string(department.issuer.joined(separator: "\n"))),
                ("title", .string(department.reportTitle)),
                ("intro", .string(texts.intro)),
                ("goal", .string(department.goal)), ("task", .string(department.task)),
                ("timing", .string(department.timing)), ("methods", .string(department.methods)),
                ("indicators", .list(rating.methodology.indicators.map(indicatorLine))),
                ("findings", .string(findings(rating))),
                ("levels", .list(levels)),
                ("comparison", comparison.map(ComparisonContext.value) ?? .null),
                (
                    "low_schools",
                    .string(
                        lowest.isEmpty
                            ? "Общеобразовательных организаций \(lowestName) не выявлено."
                            : "Общеобразовательные организации \(lowestName): \(lowest.joined(separator: ", ")).")
                ),
                ("schools", schoolRows(rating)),
                ("conclusion", .string(texts.conclusion)),
                ("figures", .list(figures)),
                ("recommendations", .list(groups)),
                (
                    "compiler",
                    .object([
                        ("title", .string(department.compiler.title?.capitalizedFirstLetter ?? "")),
                        ("name", .string(signatureName(department.compiler))),
                    ])
                ),
                ("date_text", .string(department.date.formatted(.long))),
                ("executor", department.executor.map { .string($0) } ?? .null),
            ] + ReportCharts.entries(rating))
    }

    /// The rating's rows, a school each: place, name, total, level.
    private static func schoolRows(_ rating: Rating) -> TemplateValue {
        .list(
            rating.schools.map {
                .object([
                    ("place", .number(Double($0.place))), ("name", .string($0.school.name)),
                    ("total", .string(RussianNumber.compact($0.total))), ("level", .string($0.level.name)),
                ])
            })
    }

    private static func findings(_ rating: Rating) -> String {
        let mean: String = RussianNumber.format(rating.meanTotal, decimals: 1)
        let maximum: String = RussianNumber.compact(rating.methodology.maximum)
        return
            "По результатам мониторинга в \(rating.schools.count) общеобразовательных организациях установлено следующее. "
            + "Средний балл — \(mean) из \(maximum). Распределение общеобразовательных организаций по уровням:"
    }

    private static func indicatorLine(_ indicator: Indicator) -> TemplateValue {
        let maximum: String = RussianNumber.compact(indicator.maximum) + " " + points.form(for: indicator.maximum)
        return .object([("title", .string(indicator.title)), ("max", .string(maximum))])
    }

    public static func rating(_ department: Department, statistics: Statistics) -> TemplateValue {
        let rating = statistics.rating
        return .object([
            ("issuer", .string(department.issuer.joined(separator: "\n"))),
            (
                "title",
                .string(
                    "Рейтинг общеобразовательных организаций\nпо итогам "
                        + MonitoringPhrases.ofMonitoring(rating.methodology))
            ),
            ("max", .string(RussianNumber.compact(rating.methodology.maximum))),
            ("date_text", .string(department.date.formatted(.numeric))),
            (
                "signature",
                .object([
                    ("title", .string(department.signatureTitle)),
                    ("name", .string(signatureName(department.signatory))),
                ])
            ),
            ("count", .number(Double(rating.schools.count))),
            ("mean", .string(RussianNumber.format(rating.meanTotal, decimals: 1))),
            ("schools", schoolRows(rating)),
            (
                "levels",
                .list(
                    rating.levels.map {
                        .object([
                            ("name", .string($0.level.name.capitalizedFirstLetter)),
                            ("count", .number(Double($0.count))),
                            ("share", .share($0.share)),
                        ])
                    })
            ),
        ])
    }

    public static func letter(
        _ school: SchoolScore, number: Int, department: Department, rating: Rating,
        catalogue: RecommendationCatalogue
    ) -> TemplateValue {
        let head = SchoolHead.name(of: school.school)
        let headTitle = "\(department.headTitle) \(school.school.name)"
        let addressee =
            TitleDeclension.decline(headTitle, .dative, holder: head?.gender ?? .male).capitalizedFirstLetter
            + (head.map { "\n" + $0.initialsSurname(.dative) } ?? "")
        let salutation =
            head.map { name in
                (name.gender == .female ? "Уважаемая " : "Уважаемый ")
                    + [name.first, name.patronymic].filter { !$0.isEmpty }.joined(separator: " ") + "!"
            } ?? "Уважаемый руководитель!"
        let methodology = rating.methodology
        let recommendations = catalogue.forSchool(school).map {
            TemplateValue.object([("text", .string($0.text)), ("deadline", .string($0.deadline))])
        }
        // A share of the maximum only for a total that is not negative: «−6 баллов из 50 (−12,0 %)»
        // means nothing.
        let share = school.total >= 0 ? " (\(RussianNumber.percent(school.fraction, decimals: 1)))" : ""
        let summary =
            "Итого: \(RussianNumber.compact(school.total)) \(points.form(for: school.total)) из "
            + "\(RussianNumber.compact(school.maximum))\(share) — "
            + "\(school.level.name); место в рейтинге — \(school.place) из \(rating.schools.count)."
        return .object(
            [
                ("issuer", .string(department.issuer.joined(separator: "\n"))),
                ("contacts", .string(department.contacts.joined(separator: "\n"))),
                ("date_text", .string(department.date.formatted(.numeric))),
                ("number", .string(department.numberPrefix + RussianNumber.zeroPadded(number, width: 3))),
                ("addressee", .string(addressee)),
                ("title", .string(department.letterTitle)),
                ("salutation", .string(salutation)),
                (
                    "intro",
                    .string(
                        "Направляем результаты \(MonitoringPhrases.ofMonitoring(methodology)) в \(school.school.name).")
                ),
                (
                    "indicators",
                    .list(
                        school.indicators.map {
                            .object([
                                ("title", .string($0.title)), ("points", .string(RussianNumber.compact($0.points))),
                                ("max", .string(RussianNumber.compact($0.maximum))),
                                ("explanation", .string($0.explanation)),
                            ])
                        })
                ),
                ("total", .string(RussianNumber.compact(school.total))),
                ("max", .string(RussianNumber.compact(school.maximum))),
                ("level", .string(school.level.name.capitalizedFirstLetter)),
                ("summary", .string(summary)),
                ("recommendations", .list(recommendations)),
                (
                    "report_back",
                    .string(
                        "О выполнении рекомендаций просим сообщить в адрес \(department.issuerName.form(.genitive)) "
                            + "в срок до \(department.reportBy.formatted(.long))")
                ),
                (
                    "signature",
                    .object([
                        ("title", .string(department.signatureTitle)),
                        ("name", .string(signatureName(department.signatory))),
                    ])
                ),
                ("executor", .string(department.executor ?? "")),
            ] + LetterChart.entries(school, rating: rating, department: department))
    }
}
