import Foundation
import Monitoring
import Output
import TestSupport
import Testing

@testable import PaperworkKit

/// The справка's two native charts — the distribution of schools by level and every school's
/// total — hold exactly the rating's numbers, in DOCX (caches and embedded workbook) and ODT
/// (the chart object's table); LibreOffice draws both, python-docx opens the DOCX.
@Suite struct ReportChartTests {
    /// The example batch and its справка in both formats.
    static func rendered() throws -> (batch: Batch, docx: [UInt8], odt: [UInt8]) {
        let batch = try Batch(try BatchTests.inputs())
        let sink = MemorySink()
        _ = try batch.write(into: sink)
        try sink.commit()
        let documents = sink.documents
        return (batch, try #require(documents["Справка.docx"]), try #require(documents["Справка.odt"]))
    }

    /// The levels some school reached, highest first, with their counts; every school's name and total.
    static func expected(_ rating: Rating) -> (levels: [String], counts: [Double], schools: [String], totals: [Double])
    {
        let levels = rating.levels.filter { $0.count > 0 }
        return (
            levels.map(\.level.name.capitalizedFirstLetter), levels.map { Double($0.count) },
            rating.schools.map(\.school.name), rating.schools.map(\.total)
        )
    }

    @Test func theExampleReportsChartsHoldTheRatingsNumbers() throws {
        let (batch, docx, odt) = try Self.rendered()
        let expected = Self.expected(batch.rating)
        // The example: 26 schools on three levels, 9 of them low.
        #expect(expected.counts.reduce(0, +) == 26 && expected.counts.last == 9)
        #expect(expected.totals == expected.totals.sorted(by: >))
        let docxCharts = try ChartReadBack.docx(docx)
        try #require(docxCharts.count == 2)
        let odtCharts = try ChartReadBack.odt(odt)
        try #require(odtCharts.count == 2)
        let read: [(String, ChartReadBack)] =
            docxCharts.map { ("DOCX", $0.cached) } + odtCharts.map { ("ODT", $0) }
        for (format, chart) in read {
            if chart.title.hasPrefix("Распределение") {
                #expect(chart.labels == expected.levels, "\(format): \(chart)")
                #expect(chart.values == expected.counts, "\(format): \(chart)")
            } else {
                #expect(chart.title == "Общий балл ОО")
                #expect(chart.labels == expected.schools, "\(format): \(chart)")
                #expect(chart.values == expected.totals, "\(format): \(chart)")
            }
        }
        // The workbook Word edits holds the same numbers as the caches.
        for chart in docxCharts {
            #expect(chart.sheet.dropFirst().map { $0[0] } == chart.cached.labels)
            #expect(
                chart.sheet.dropFirst().map { Double($0[1].replacingOccurrences(of: ",", with: ".")) ?? .nan }
                    == chart.cached.values)
        }
        // A school's bar has its level's colour: the slice of that level in the first chart.
        let levelColour = Dictionary(
            uniqueKeysWithValues: zip(
                expected.levels, expected.levels.indices.map { docxCharts[0].cached.colours[$0] ?? "" }))
        for (index, school) in batch.rating.schools.enumerated() {
            #expect(docxCharts[1].cached.colours[index] == levelColour[school.level.name.capitalizedFirstLetter])
            #expect(odtCharts[1].colours[index] == levelColour[school.level.name.capitalizedFirstLetter])
        }
        #expect(Set(docxCharts[0].cached.colours.values).count == expected.levels.count)
    }

    /// LibreOffice draws both charts: their titles, the levels with their counts and the schools are in the PDF's text.
    @Test(.enabled(if: LibreOffice.testsEnabled && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")))
    func libreOfficeDrawsBothCharts() throws {
        let (batch, docx, odt) = try Self.rendered()
        let folder = try Paths.temporaryFolder()
        var files: [String] = []
        for (name, bytes) in [("Справка.docx", docx), ("Справка.odt", odt)] {
            let path = folder.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        let lowest = try #require(batch.rating.schools.last)
        for pdf in try LibreOffice.convert(files, to: "pdf") {
            let text = try Command.run("/usr/bin/pdftotext", [pdf, "-"]).stdout
            for label in ["Распределение ОО по уровням", "Общий балл ОО", "9; 35%", lowest.school.name] {
                #expect(text.contains(label), "\(pdf): «\(label)» не найдено")
            }
        }
    }

    @Test(.enabled(if: PythonDocx.available))
    func pythonDocxOpensTheExampleReport() throws {
        let path = try Paths.temporaryFolder().appendingPathComponent("Справка.docx").path
        try Data(try Self.rendered().docx).write(to: URL(fileURLWithPath: path))
        #expect(try PythonDocx.chartParts(of: path).count == 2)
    }
}
