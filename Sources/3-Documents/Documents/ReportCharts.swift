import Foundation
import Monitoring
import RussianText
import TemplateEngine

/// The data of the справка's charts, computed from the rating: the distribution of schools by
/// level (`chart_levels`, a pie) and every school's total, highest first, coloured by its level
/// (`chart_schools`, horizontal bars `chart_schools_height` tall).
enum ReportCharts {
    /// From green (the highest level) through yellow to red (the lowest); a scale of fewer levels
    /// takes colours spread over the whole ramp.
    static let ramp = ["#4E9A5B", "#9BBB59", "#E3B341", "#E07B39", "#C0504D"]

    /// The colour of the level at `index` (0 for the highest) of `count` levels.
    static func colour(index: Int, count: Int) -> String {
        guard count > 1 else { return ramp[0] }
        let position = Double(index) * Double(ramp.count - 1) / Double(count - 1)
        return ramp[min(ramp.count - 1, max(0, Int(position.rounded())))]
    }

    /// The context's entries for the charts.
    static func entries(_ rating: Rating) -> [(String, TemplateValue)] {
        let scale = rating.methodology.scale.levels
        var colours: [String: String] = [:]
        for (index, level) in scale.enumerated() { colours[level.id] = colour(index: index, count: scale.count) }
        // Levels no school reached are left out: a slice of nothing only crowds the labels.
        let levels = rating.levels.filter { $0.count > 0 }.map { count -> TemplateValue in
            .object([
                ("name", .string(count.level.name.capitalizedFirstLetter)), ("count", .number(Double(count.count))),
                ("share", .share(count.share)), ("colour", .string(colours[count.level.id] ?? ramp[0])),
            ])
        }
        let schools = rating.schools.map { school -> TemplateValue in
            .object([
                ("name", .string(school.school.name)), ("total", .number(school.total)),
                ("level", .string(school.level.name)), ("colour", .string(colours[school.level.id] ?? ramp[0])),
            ])
        }
        // A bar of about half a centimetre per school, with room for the title and the axis; at most a page.
        let height = min(24, max(6, 2.5 + 0.55 * Double(rating.schools.count)))
        return [
            ("chart_levels", .list(levels)), ("chart_schools", .list(schools)),
            ("chart_schools_height", .string(String(format: "%.1fcm", height))),
        ]
    }
}
