import Foundation
import Monitoring
import Orders
import RussianText
import TemplateEngine

/// The rating written for people (a terminal table), for spreadsheets (CSV) and for programs (JSON).
public struct RatingReport {
    public let rating: Rating

    public init(rating: Rating) { self.rating = rating }

    static let headers = ["Место", "Код", "Образовательная организация", "Баллы", "Из", "%", "Уровень"]

    private func cells(_ school: SchoolScore) -> [String] {
        [
            String(school.place), school.school.id, school.school.name, RussianNumber.compact(school.total),
            RussianNumber.compact(school.maximum), RussianNumber.format(school.fraction * 100, decimals: 1),
            school.level.name,
        ]
    }

    /// A table aligned for a terminal, with the distribution by level below it.
    public var table: String {
        let rows = [Self.headers] + rating.schools.map(cells)
        let widths = Self.headers.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        let numeric: Set<Int> = [0, 3, 4, 5]
        func line(_ row: [String]) -> String {
            row.enumerated().map { index, text in
                let padding = String(repeating: " ", count: widths[index] - text.count)
                return numeric.contains(index) ? padding + text : text + padding
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var lines = [
            rating.methodology.title,
            "Максимум: " + RussianNumber.compact(rating.methodology.maximum)
                + ", ОО: \(rating.schools.count), средний балл: " + RussianNumber.format(rating.meanTotal, decimals: 1),
            "",
        ]
        lines.append(line(Self.headers))
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        lines += rating.schools.map { line(cells($0)) }
        lines.append("")
        for count in rating.levels {
            lines.append(
                "\(count.level.name): \(count.count) ОО (" + RussianNumber.percent(count.share, decimals: 1) + ")")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// CSV for Russian Excel: UTF-8 with a BOM, `;` between cells, decimal commas.
    public var csv: String {
        func quote(_ text: String) -> String {
            text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        let rows = [Self.headers] + rating.schools.map(cells)
        return "\u{FEFF}" + rows.map { $0.map(quote).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }

    /// JSON: the methodology, every school with its indicators, and the levels.
    public func json() throws -> String {
        let document = JSONRating(
            methodology: .init(title: rating.methodology.title, max: rating.methodology.maximum),
            schools: rating.schools.map { school in
                .init(
                    id: school.school.id, name: school.school.name, total: school.total, max: school.maximum,
                    percent: (school.fraction * 1000).rounded() / 10, level: school.level.name, place: school.place,
                    indicators: school.indicators.map {
                        .init(
                            id: $0.id, title: $0.title, points: $0.points, max: $0.maximum, explanation: $0.explanation)
                    })
            },
            levels: rating.levels.map { .init(name: $0.level.name, count: $0.count, share: $0.share) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}

private struct JSONRating: Encodable {
    struct Methodology: Encodable {
        let title: String
        let max: Double
    }
    struct Indicator: Encodable {
        let id: String
        let title: String
        let points: Double
        let max: Double
        let explanation: String
    }
    struct School: Encodable {
        let id: String, name: String, total: Double, max: Double, percent: Double, level: String, place: Int
        let indicators: [Indicator]
    }
    struct LevelShare: Encodable {
        let name: String
        let count: Int
        let share: Double
    }
    let methodology: Methodology
    let schools: [School]
    let levels: [LevelShare]
}
