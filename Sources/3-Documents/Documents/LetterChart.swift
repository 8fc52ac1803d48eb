import Foundation
import Monitoring
import Orders
import RussianText
import TemplateEngine

/// The data of a letter's optional chart (`letters.chart: true` in the department file): for each
/// direction of the methodology, the school's points beside the district's mean, as columns
/// (`chart_directions`: rows of `name`, `points`, `colour`; `chart_directions_title`). Both are
/// null when the department leaves the chart off, so the letter template shows none.
enum LetterChart {
    /// The school's columns: the blank's dark blue; the district's: grey.
    static let schoolColour = "#1F4E79"
    static let districtColour = "#A6A6A6"

    /// The context's entries for the chart of `school`'s letter.
    static func entries(_ school: SchoolScore, rating: Rating, department: Department) -> [(String, TemplateValue)] {
        guard department.letterChart, !rating.schools.isEmpty else {
            return [("chart_directions", .null), ("chart_directions_title", .null)]
        }
        let directions = rating.methodology.directions
        var rows: [TemplateValue] = []
        for direction in directions {
            let ids = Set(direction.indicators.map(\.id))
            let own = points(of: school, in: ids)
            let mean = rating.schools.map { points(of: $0, in: ids) }.reduce(0, +) / Double(rating.schools.count)
            // One direction: the title names it, the columns need only say whose they are.
            let prefix = directions.count == 1 ? "" : direction.title + ": "
            rows.append(row(prefix + (directions.count == 1 ? "Ваша ОО" : "ваша ОО"), own, schoolColour))
            rows.append(
                row(
                    prefix + (directions.count == 1 ? "В среднем по району" : "в среднем по району"), mean,
                    districtColour))
        }
        let title =
            directions.count == 1
            ? "\(directions[0].title): баллы ОО и среднее по району" : "Баллы ОО и среднее по району по направлениям"
        return [("chart_directions", .list(rows)), ("chart_directions_title", .string(title))]
    }

    /// The school's points over the indicators `ids`.
    static func points(of school: SchoolScore, in ids: Set<String>) -> Double {
        school.indicators.filter { ids.contains($0.id) }.reduce(0) { $0 + $1.points }
    }

    /// A column: the mean rounded to tenths, as the letter prints numbers.
    private static func row(_ name: String, _ points: Double, _ colour: String) -> TemplateValue {
        .object([
            ("name", .string(name)), ("points", .number((points * 10).rounded() / 10)), ("colour", .string(colour)),
        ])
    }
}
