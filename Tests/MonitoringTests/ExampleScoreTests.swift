import Diagnostics
import Foundation
import Monitoring
import Tables
import TestSupport
import Testing

@testable import Ingest

/// Scores of the shipped examples, computed by hand from the methodology and the results rows.
@Suite struct ExampleScoreTests {
    static func rating(_ methodology: String, _ results: String) throws -> Rating {
        let method = try Methodology.load(path: Paths.example("methodologies/\(methodology)"))
        let table = try TableFile.read(path: Paths.example("results/\(results)"))
        return Rating(methodology: method, results: try ResultsReader.read(table, methodology: method))
    }

    static func school(_ rating: Rating, _ id: String) throws -> SchoolScore {
        try #require(rating.schools.first { $0.school.id == id })
    }

    @Test(arguments: ["vpr-objectivity-2023.xlsx", "vpr-objectivity-2023.csv"])
    func vprObjectivity(results: String) throws {
        let rating = try Self.rating("vpr-objectivity.yaml", results)
        #expect(rating.methodology.maximum == 50)
        #expect(rating.schools.count == 26)
        // OO-001: 3 + 20 + 6×2 + 3 + 2 + 2 + (2+1+3+1+1) = 50
        let best = try Self.school(rating, "OO-001")
        #expect(best.total == 50 && best.place == 1 && best.level.id == "high")
        #expect(best.school.name == "МБОУ «СОШ № 1»" && best.school.head == "Орлова Ирина Петровна")
        // OO-005: 0 of 3 forms (missed 3 > 2) → −1; 17 of 20 (missed 3 > 2) → −1; 3×2 = 6; two years on the list → −10;
        // no observation 0; no analysis 0; checklist empty 0 → −6, the last place, low level.
        let worst = try Self.school(rating, "OO-005")
        #expect(worst.total == -6 && worst.place == 26 && worst.level.id == "low")
        #expect(worst.indicators.map(\.points) == [-1, -1, 6, -10, 0, 0, 0])
        // The example reads seed 000's penalty as replacing the points (penalty.mode: replace), and says so.
        #expect(
            worst.indicators[0].explanation == "0 из 3 форм загружены в срок; нарушение сроков более 2 раз: −1 вместо 0"
        )
        #expect(
            worst.indicators[1].explanation == "соблюдено 17 из 20 сроков; нарушение сроков более 2 раз: −1 вместо 17")
        #expect(worst.indicators[3].explanation == "присутствует в списке два года и более")
        // OO-003: 2 + 19 + 4×2 + 3 + 1 (not all) + 1 (statistical) + (site 2 + training 3 + regulations 1) = 40, high, the boundary.
        let third = try Self.school(rating, "OO-003")
        #expect(third.school.name == "МБОУ «Лицей № 3»")
        #expect(third.total == 40 && third.level.id == "high")
        #expect(third.indicators[0].explanation == "2 из 3 форм загружены в срок")
        #expect(third.indicators[4].explanation == "не по всем предметам и не всем параллелям")
        #expect(
            third.indicators[6].explanation == "выполнено 3 из 5; нет: наличие графика проведения ВПР; "
                + "наличие социального опроса для участников образовательных отношений на сайте ОО")
        // OO-008: 3 + 18 + 2×2 + 3 + 1 + 0 + 1 (schedule) = 30, sufficient; OO-009: the same less the schedule = 29, low.
        #expect(try Self.school(rating, "OO-008").total == 30)
        #expect(try Self.school(rating, "OO-008").level.id == "sufficient")
        #expect(try Self.school(rating, "OO-009").total == 29)
        #expect(try Self.school(rating, "OO-009").level.id == "low")
        // OO-004: 2 + 18 + 8 + 0 (on the list) + 2 + 1 + (2 + 1) = 34; OO-006: 3 + 18 + 6 + 3 + 1 + 1 + 2 = 34: a shared place.
        let tied = try [Self.school(rating, "OO-004"), Self.school(rating, "OO-006")]
        #expect(tied.map(\.total) == [34, 34])
        #expect(tied[0].place == tied[1].place)
        #expect(rating.levels.map(\.count) == [7, 10, 9])
        let observation = rating.distribution(of: "observation")
        #expect(
            observation.map(\.answer) == [
                "по всем предметам и всем параллелям", "не по всем предметам и не всем параллелям",
                "не организовано",
            ])
        #expect(observation.map(\.count).reduce(0, +) == 26)
    }

    @Test(arguments: ["shnor-2023.xlsx", "shnor-2023.csv"])
    func shnorEffectiveness(results: String) throws {
        let rating = try Self.rating("shnor-effectiveness.yaml", results)
        #expect(rating.methodology.maximum == 17)
        // OO-001: every trend positive (12), routes 100 % and 90 % (2), three facts (3) = 17, 100 %, high.
        let best = try Self.school(rating, "OO-001")
        #expect(best.total == 17 && best.level.name == "высокая")
        #expect(best.indicators[0].explanation == "было 10, стало 8 — снизилась")
        #expect(best.indicators[4].explanation == "положительная динамика есть")
        #expect(best.indicators[12].explanation == "100\u{A0}% — не ниже порога 80\u{A0}%")
        // OO-002: 3 of 4 down-trends + 7 of 8 up-trends + 80 % and 0,8 (both at the bound) + 2 facts = 14 → 82,4 %, high.
        let second = try Self.school(rating, "OO-002")
        #expect(second.total == 14 && second.level.id == "high")
        #expect(second.indicators[3].explanation == "было 16, стало 17 — не снизилась")
        // OO-003: 3 + 6 + (79,9 % below, 85 % above) 1 + 3 = 13 → 76,5 %, medium.
        let third = try Self.school(rating, "OO-003")
        #expect(third.total == 13 && third.level.id == "medium")
        #expect(third.indicators[12].explanation == "80\u{A0}% — ниже порога 80\u{A0}%")
        #expect(third.indicators[12].points == 0)
        // OO-005: 2 + 5 + (50 %, 60 %) 0 + 2 = 9 → 52,9 %, low; OO-006: nothing = 0.
        #expect(try Self.school(rating, "OO-005").total == 9)
        #expect(try Self.school(rating, "OO-005").level.id == "low")
        #expect(try Self.school(rating, "OO-006").total == 0)
        // Totals of 10 are low (10 and less), of 11 medium.
        #expect(rating.schools.filter { $0.total == 10 }.allSatisfy { $0.level.id == "low" })
        #expect(rating.schools.filter { $0.total == 11 }.allSatisfy { $0.level.id == "medium" })
        #expect(try Self.school(rating, "OO-003").place == Self.school(rating, "OO-007").place)
    }
}

/// The «events» penalty in both readings of seed 000 («нарушение сроков более 2-х раз – минус 1»).
@Suite struct PenaltyModeTests {
    static func methodology(mode: String) throws -> Methodology {
        var text = try String(contentsOfFile: Paths.example("methodologies/vpr-objectivity.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "mode: replace", with: "mode: \(mode)")
        return try Methodology.load(NamedBytes(name: "методика.yaml", text: text))
    }

    @Test func subtractTakesThePenaltyFromThePoints() throws {
        let method = try Self.methodology(mode: "subtract")
        let table = try TableFile.read(path: Paths.example("results/vpr-objectivity-2023.csv"))
        let rating = Rating(methodology: method, results: try ResultsReader.read(table, methodology: method))
        let worst = try ExampleScoreTests.school(rating, "OO-005")
        #expect(worst.indicators.map(\.points).prefix(2) == [-1, 16])
        #expect(worst.indicators[1].explanation == "соблюдено 17 из 20 сроков; нарушение сроков более 2 раз: −1 балл")
    }

    @Test func anUnknownModeIsRefused() throws {
        do {
            _ = try Self.methodology(mode: "minus")
            Issue.record("режим «minus» принят")
        } catch let report as DiagnosticReport {
            #expect(report.diagnostics.count == 2)
            #expect(report.diagnostics.allSatisfy { $0.message.hasPrefix("penalty.mode: пишите replace") })
        }
    }
}
