import Foundation
import TestSupport
import Testing

@testable import PaperworkKit

/// A level's share is one typed value: the same template text prints the same in the results
/// order's items and in the справка's texts — «34,6 %» as it stands, other forms through filters.
@Suite struct LevelShareTests {
    /// Every form of the low level's values the texts may ask for.
    static let text =
        "Доля: {{ levels.low.share }}; {{ levels.low.share | percent(2) }}; {{ levels.low.share | number(3) }}; "
        + "{{ levels.low.count }} ОО: {{ levels.low.names }}"

    /// 9 of the 26 example schools are on the low level: 0,346154.
    static let expectedStart = "Доля: 34,6\u{A0}%; 34,62\u{A0}%; 0,346; 9 ОО: МБОУ «СОШ № 9», "

    /// The example results order with one more item holding `text`, its files given in full.
    static func orderItem() throws -> String {
        var yaml = try String(contentsOfFile: Paths.example("orders/monitoring-results.yaml"), encoding: .utf8)
        yaml =
            yaml.replacingOccurrences(
                of: "  - Контроль за исполнением", with: "  - \"\(Self.text)\"\n  - Контроль за исполнением"
            )
            .replacingOccurrences(
                of: "methodology: ../methodologies/", with: "methodology: \(Paths.example("methodologies"))/"
            )
            .replacingOccurrences(of: "results: ../results/", with: "results: \(Paths.example("results"))/")
            + "period: {from: 2023-09, to: 2023-10}\n"
        let file = try Paths.temporaryFolder().appendingPathComponent("приказ.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        let order = try OrderLoader.load(path: file.path)
        return try #require(order.items.map(\.text).first { $0.hasPrefix("Доля: ") })
    }

    /// The справка's texts (`intro`, `conclusion`), rendered as the batch renders them.
    static func reportText() throws -> String {
        let rating = try Scoring.rating(
            methodology: NamedBytes.read(path: Paths.example("methodologies/vpr-objectivity.yaml")),
            results: NamedBytes.read(path: Paths.example("results/vpr-objectivity-2023.xlsx")))
        return try InlineTemplate(Self.text, filters: Filters.all).render(
            Statistics(rating: rating).inlineData, filters: Filters.all)
    }

    @Test func sameTextPrintsTheSameInTheOrderAndTheReport() throws {
        let order = try Self.orderItem()
        let report = try Self.reportText()
        #expect(order == report)
        #expect(order.hasPrefix(Self.expectedStart), "\(order)")
    }

    /// The справка's tables print shares the same way: the distribution by level and the figures.
    @Test func reportTablesPrintSharesAsPercents() throws {
        let batch = try Batch(try BatchTests.inputs())
        let levels = try #require(batch.report["levels"])
        guard case .list(let rows) = levels else {
            Issue.record("levels не список: \(levels.kindName)")
            return
        }
        #expect(rows.last?["share"] == .share(9.0 / 26))
        #expect(rows.last?["share"]?.text == "34,6\u{A0}%")
        guard case .list(let figures)? = batch.report["figures"] else {
            Issue.record("в справке нет показателей")
            return
        }
        #expect(figures.first?["value"] == .share(9.0 / 26))
    }
}
