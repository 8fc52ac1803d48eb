import Foundation
import Testing
@testable import Ingest
import Orders
import TestSupport

/// The department file reads from named bytes as from its path, and its problems carry line and column.
@Suite struct DepartmentTests {
    static let example = Paths.root.appendingPathComponent("Examples/department/sosnovsky.yaml")

    @Test func exampleReadsFromBytesAsFromItsPath() throws {
        let input = try NamedBytes.read(path: Self.example.path)
        let department = try Department.load(input, folder: Self.example.deletingLastPathComponent())
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
            _ = try Department.load(NamedBytes(name: "отдел.yaml", text: text), folder: Self.example.deletingLastPathComponent())
        }
        #expect(found.map(\.description) == [
            "14:3 missing_field: не указано поле «report.goal»",
            "34:13 unknown_person: «metodist» не найден среди людей (people)",
            "39:14 invalid_date: «15 декабря» — не дата; пишите ГГГГ-ММ-ДД",
        ])
    }
}
