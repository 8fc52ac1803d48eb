import Diagnostics
import Foundation
import Monitoring
import Tables
import TestSupport
import Testing

@testable import Ingest

/// The ШНОР example across two years: the 2024 file holds this year's column alone for the trend
/// indicators with values, and last year's value comes from the 2023 results (as the store keeps
/// them: each school's «стало»). The expected points are computed by hand from the two files.
@Suite struct HistoryScoreTests {
    /// The 2023 rating as the previous period, as the store hands it back.
    static func previous2023() throws -> PreviousPeriod {
        let rating = try ExampleScoreTests.rating("shnor-effectiveness.yaml", "shnor-2023.csv")
        return PreviousPeriod(
            period: "2023",
            indicators: rating.methodology.indicators.map {
                PastIndicator(id: $0.id, title: $0.title, maximum: $0.maximum)
            },
            schools: rating.schools.map { score in
                PastSchool(
                    code: score.school.id, name: score.school.name, total: score.total, maximum: score.maximum,
                    levelID: score.level.id,
                    points: Dictionary(uniqueKeysWithValues: score.indicators.map { ($0.id, $0.points) }),
                    values: score.school.trendValues)
            })
    }

    static func rating2024(_ results: String = "shnor-2024.csv", previous: PreviousPeriod?) throws -> Rating {
        let method = try Methodology.load(path: Paths.example("methodologies/shnor-effectiveness.yaml"))
        let table = try TableFile.read(path: Paths.example("results/\(results)"))
        return Rating(
            methodology: method, results: try ResultsReader.read(table, methodology: method, previous: previous))
    }

    @Test(arguments: ["shnor-2024.csv", "shnor-2024.xlsx"])
    func trendIndicatorsTakeLastYearFromThePreviousPeriod(results: String) throws {
        let rating = try Self.rating2024(results, previous: try Self.previous2023())
        #expect(rating.schools.count == 26)
        // By hand, the four «down» trends (ege_rus_min, ege_math_min, oge_rus_min, oge_math_min):
        // school   2023 «стало»     2024          points    total (ups + routes + facts)   level
        // OO-001   8, 9, 10, 11     7, 8, 10, 12  1 1 0 0   2 + 8 + 2 + 3 = 15            высокая
        // OO-002   11, 12, 13, 17   11, 13, 13, 18 0 0 0 0  0 + 3 + 0 + 1 = 4             низкая
        // OO-003   14, 15, 18, 17   13, 14, 17, 16 1 1 1 1  4 + 8 + 2 + 3 = 17            высокая
        // OO-005   20, 24, 24, 8    19, 25, 23, 9  1 0 1 0  2 + 6 + 2 + 2 = 12            средняя
        let expected: [(String, [Double], Double, String)] = [
            ("OO-001", [1, 1, 0, 0], 15, "high"), ("OO-002", [0, 0, 0, 0], 4, "low"),
            ("OO-003", [1, 1, 1, 1], 17, "high"), ("OO-005", [1, 0, 1, 0], 12, "medium"),
        ]
        for (code, points, total, level) in expected {
            let school = try ExampleScoreTests.school(rating, code)
            #expect(Array(school.indicators.prefix(4).map(\.points)) == points, "\(code)")
            #expect(school.total == total && school.level.id == level, "\(code)")
        }
        let first = try ExampleScoreTests.school(rating, "OO-001")
        #expect(first.indicators[0].explanation == "было 8, стало 7 — снизилась")
        #expect(first.indicators[2].explanation == "было 10, стало 10 — не снизилась")
        #expect(first.indicators[3].explanation == "было 11, стало 12 — не снизилась")
        // This year's values become the next year's «было».
        #expect(
            first.school.trendValues == ["ege_rus_min": 7, "ege_math_min": 8, "oge_rus_min": 10, "oge_math_min": 12])
    }

    @Test func withoutAPreviousPeriodTheFileSaysWhatIsMissing() throws {
        let error = try #require(throws: DiagnosticReport.self) { try Self.rating2024(previous: nil) }
        #expect(error.diagnostics.allSatisfy { $0.code == "no_previous_period" })
        // Once for each trend column of this year alone, at its heading.
        #expect(error.diagnostics.count == 4)
        let first = try #require(error.diagnostics.first)
        #expect(first.location.file == "shnor-2024.csv" && first.location.row == 1)
        #expect(first.location.field == "ege_rus_min.стало")
        #expect(first.message.contains("ege_rus_min.было") && first.message.contains("прошлого периода"))
    }

    @Test func aSchoolMissingLastYearIsNamedAtItsRowAndColumn() throws {
        var previous = try Self.previous2023()
        previous = PreviousPeriod(
            period: previous.period, indicators: previous.indicators,
            schools: previous.schools.filter { $0.code != "OO-005" })
        let error = try #require(throws: DiagnosticReport.self) { try Self.rating2024(previous: previous) }
        #expect(error.diagnostics.count == 4)
        let first = try #require(error.diagnostics.first)
        #expect(first.code == "no_previous_value")
        #expect(first.location.file == "shnor-2024.csv" && first.location.row == 6)
        #expect(first.location.field == "ege_rus_min.стало")
        #expect(first.message.hasPrefix("ОО «OO-005» («МБОУ «СОШ № 5»»): нет значения прошлого периода («2023»)"))
        #expect(first.message.contains("«Переименования»"))
    }
}

/// The справка's comparison with the previous period, computed.
@Suite struct PeriodComparisonTests {
    @Test func levelsChangesAndMeansOfTheTwoExampleYears() throws {
        let previous = try HistoryScoreTests.previous2023()
        let rating = try HistoryScoreTests.rating2024(previous: previous)
        let comparison = PeriodComparison(rating: rating, previous: previous)
        // 2023: 2 high (17, 14), 7 medium, 17 low; 2024: 2 high (15, 17), 2 medium (12, 11), 22 low.
        #expect(comparison.levels.map(\.then) == [2, 7, 17])
        #expect(comparison.levels.map(\.now) == [2, 2, 22])
        #expect(comparison.up.map(\.code) == ["OO-003", "OO-005"])
        #expect(comparison.up.first == .init(code: "OO-003", name: "МБОУ «Лицей № 3»", then: "средняя", now: "высокая"))
        #expect(comparison.down.map(\.code).sorted() == ["OO-002", "OO-004", "OO-007", "OO-008", "OO-016", "OO-018"])
        // Sums 238 and 245 over 26 schools.
        #expect(abs(comparison.meanThen - 238.0 / 26) < 1e-9 && abs(comparison.meanNow - 245.0 / 26) < 1e-9)
        #expect(!comparison.comparableOnly && comparison.notes.isEmpty && comparison.meanMaximum == 17)
    }

    @Test func aChangedMethodologyIsComparedOnWhatBothYearsShare() throws {
        let previous = try HistoryScoreTests.previous2023()
        // Last year had no «mentoring» and gave 2 points for «diagnostics»; it also had «old_fact».
        let changed = PreviousPeriod(
            period: "2023",
            indicators: previous.indicators.filter { $0.id != "mentoring" }.map {
                $0.id == "diagnostics" ? PastIndicator(id: $0.id, title: $0.title, maximum: 2) : $0
            } + [PastIndicator(id: "old_fact", title: "Старый показатель", maximum: 1)],
            schools: previous.schools)
        let rating = try HistoryScoreTests.rating2024(previous: changed)
        let comparison = PeriodComparison(rating: rating, previous: changed)
        #expect(comparison.comparableOnly)
        #expect(comparison.meanMaximum == 15)
        #expect(comparison.notes.count == 3)
        #expect(
            comparison.notes.contains {
                $0.hasPrefix("показатель «Участие в реализации моделей") && $0.contains("введён")
            })
        #expect(comparison.notes.contains { $0.contains("изменился максимум (был 2, стал 1)") })
        #expect(
            comparison.notes.contains(
                "показателя «Старый показатель» в этом периоде нет; в сравнении он не учитывается"))
        // The means count the 15 shared indicators only.
        let shared = rating.methodology.indicators.map(\.id).filter { $0 != "mentoring" && $0 != "diagnostics" }
        let now = rating.schools.reduce(0.0) { sum, school in
            sum + school.indicators.filter { shared.contains($0.id) }.reduce(0) { $0 + $1.points }
        }
        #expect(abs(comparison.meanNow - now / 26) < 1e-9)
    }
}
