import Diagnostics
import Foundation
import Orders
import TestSupport
import Testing

@testable import Ingest

/// The department file reads from named bytes as from its path, and its problems carry line and column.
@Suite struct DepartmentTests {
    static let example = Paths.root.appendingPathComponent("Examples/department/sosnovsky.yaml")

    @Test func exampleReadsFromBytesAsFromItsPath() throws {
        let input = try NamedBytes.read(path: Self.example.path)
        let department = try Department.load(input)
        let fromPath = try Department.load(path: Self.example.path)
        #expect(department.recommendations == fromPath.recommendations)
        #expect(department.recommendations.hasSuffix("recommendations/vpr-objectivity.yaml"))
        #expect(department.figures.count == 4 && department.signatory.name?.surname == "Ковалёва")
    }

    @Test func problemsAreLocated() throws {
        var text = try String(contentsOf: Self.example, encoding: .utf8)
        text = text.replacingOccurrences(of: "  compiler: methodist\n", with: "  compiler: metodist\n")
            .replacingOccurrences(of: "  report_by: 2023-12-15\n", with: "  report_by: 15 декабря\n")
            .replacingOccurrences(of: "  goal: ", with: "  purpose: ")
        let found = Reported.of {
            _ = try Department.load(NamedBytes(name: "отдел.yaml", text: text))
        }
        #expect(
            found.map(\.description) == [
                "14:3 missing_field: не указано поле «report.goal»",
                "34:13 unknown_person: «metodist» не найден среди людей (people)",
                "39:14 invalid_date: «15 декабря» — не дата; пишите ГГГГ-ММ-ДД",
            ])
    }

    @Test func fieldsKeepTheirPlaces() throws {
        let department = try Department.load(path: Self.example.path)
        #expect(department.locations["report.intro"] == SourceLocation(file: "sosnovsky.yaml", line: 15, column: 10))
        #expect(
            department.locations["report.conclusion"] == SourceLocation(file: "sosnovsky.yaml", line: 20, column: 15))
        #expect(department.locations["letters.title"]?.line == 37)
        #expect(department.locations["report.figures.0"] == SourceLocation(file: "sosnovsky.yaml", line: 22, column: 7))
        #expect(department.locations["report.figures.3"]?.line == 31)
    }

    /// What can be checked of the справка's texts without the monitoring's figures is reported
    /// with the file's other problems.
    @Test func textsAreCheckedAtLoad() throws {
        var text = try String(contentsOf: Self.example, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "в {{ schools_count }} общеобразовательных",
            with: "в {{ schools_count | shout }} общеобразовательных"
        )
        .replacingOccurrences(of: "методическая помощь.\"", with: "методическая помощь {{ levels.low.names\"")
        .replacingOccurrences(of: "  compiler: methodist\n", with: "  compiler: metodist\n")
        let found = Reported.of {
            _ = try Department.load(NamedBytes(name: "отдел.yaml", text: text))
        }
        #expect(
            found.map(\.description) == [
                "15:10 bad_text: в тексте «report.intro»: неизвестный фильтр «shout» в теге «{{ schools_count | shout }}»",
                "20:15 bad_text: в тексте «report.conclusion»: тег «{{ levels.low.names» не закрыт: не хватает «}}»",
                "34:13 unknown_person: «metodist» не найден среди людей (people)",
            ])
    }
}
