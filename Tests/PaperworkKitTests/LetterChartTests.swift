import Foundation
import Monitoring
import Output
import TestSupport
import Testing

@testable import PaperworkKit

/// `letters.chart: true` in the department file gives every letter a native column chart of the
/// school's points against the district's mean by direction, holding exactly those numbers in DOCX
/// and ODT; the example leaves it off, and its letters hold no chart.
@Suite struct LetterChartTests {
    /// The example batch, its department file with `letters.chart` set to `chart`.
    static func batch(chart: Bool?) throws -> Batch {
        var inputs = try BatchTests.inputs()
        var text = String(decoding: inputs.department.bytes, as: UTF8.self)
        if let chart { text = text.replacingOccurrences(of: "letters:\n", with: "letters:\n  chart: \(chart)\n") }
        inputs.department = NamedBytes(name: inputs.department.name, text: text)
        return try Batch(inputs)
    }

    static func letters(_ batch: Batch) throws -> [String: [UInt8]] {
        let sink = MemorySink()
        _ = try batch.writeLetters(into: sink)
        try sink.commit()
        return sink.documents
    }

    @Test func aLetterShowsTheSchoolAgainstTheDistrictMean() throws {
        let batch = try Self.batch(chart: true)
        let letters = try Self.letters(batch)
        let rating = batch.rating
        let ids = Set(rating.methodology.directions[0].indicators.map(\.id))
        func points(_ school: SchoolScore) -> Double {
            school.indicators.filter { ids.contains($0.id) }.reduce(0) { $0 + $1.points }
        }
        let mean = rating.schools.map(points).reduce(0, +) / Double(rating.schools.count)
        for index in [0, batch.letterCount - 1] {
            let school = batch.schools[index]
            let name = "письма/" + batch.letterName(index)
            let docx = try ChartReadBack.docx(try #require(letters[name + ".docx"]))
            let odt = try ChartReadBack.odt(try #require(letters[name + ".odt"]))
            try #require(docx.count == 1 && odt.count == 1)
            for chart in [docx[0].cached, odt[0]] {
                #expect(chart.labels == ["Ваша ОО", "В среднем по району"], "\(chart)")
                #expect(chart.values == [points(school), (mean * 10).rounded() / 10], "\(chart)")
                #expect(chart.title.hasSuffix("баллы ОО и среднее по району"))
            }
            #expect(docx[0].sheet.dropFirst().map { $0.first } == ["Ваша ОО", "В среднем по району"])
        }
        // The example's schools differ: the charts are the letters' own.
        #expect(Set(rating.schools.map(points)).count > 1)
    }

    @Test(arguments: [nil, false] as [Bool?])
    func theExamplesLettersHaveNoChart(chart: Bool?) throws {
        let batch = try Self.batch(chart: chart)
        let letters = try Self.letters(batch)
        let name = "письма/" + batch.letterName(0)
        #expect(try ChartReadBack.docx(try #require(letters[name + ".docx"])).isEmpty)
        #expect(try ChartReadBack.odt(try #require(letters[name + ".odt"])).isEmpty)
    }
}
