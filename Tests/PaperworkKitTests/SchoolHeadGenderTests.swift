import Foundation
import PaperworkKit
import TestSupport
import Testing

/// A letter greets the head as «Уважаемый …» or «Уважаемая …»: the gender comes from a «Пол
/// руководителя» column or the name; when neither tells, the batch asks at the row, never guesses.
@Suite struct SchoolHeadGenderTests {
    /// The example results (as UTF-8) with the first school's head replaced by `head` and, when
    /// `gender` is given, a «Пол руководителя» column holding it for that school.
    static func results(head: String, gender: String? = nil) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: Paths.example("results/vpr-objectivity-2023.csv")))
        let text = try #require(String(data: data, encoding: .windowsCP1251))
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        var first = lines[1].components(separatedBy: ";")
        first[2] = head
        lines[1] = first.joined(separator: ";")
        if let gender {
            lines[0] += ";Пол руководителя"
            for index in 1..<lines.count where !lines[index].isEmpty { lines[index] += index == 1 ? ";\(gender)" : ";" }
        }
        let file = try Paths.temporaryFolder().appendingPathComponent("результаты.csv")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    static func batch(_ results: String) throws -> Batch {
        try Paperwork.batch(
            try Batch.Inputs.files(
                methodology: Paths.example("methodologies/vpr-objectivity.yaml"), results: results,
                department: Paths.example("department/sosnovsky.yaml"), formats: [.docx]))
    }

    @Test func aHeadWhoseGenderNothingTellsIsAskedAbout() throws {
        let error = try #require(throws: DiagnosticReport.self) { try Self.batch(try Self.results(head: "Ким Ли")) }
        #expect(error.diagnostics.map(\.code) == ["head_gender_unknown"])
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.location.row == 2 && diagnostic.location.file == "результаты.csv")
        #expect(diagnostic.message.contains("«Ким Ли»") && diagnostic.message.contains("Пол руководителя"))
    }

    @Test func theGenderColumnDecides() throws {
        let batch = try Self.batch(try Self.results(head: "Ким Ли", gender: "ж"))
        #expect(batch.letterContext(0)["salutation"]?.text == "Уважаемая Ли!")
        let male = try Self.batch(try Self.results(head: "Ким Ли", gender: "м"))
        #expect(male.letterContext(0)["salutation"]?.text == "Уважаемый Ли!")
        // A patronymic tells without the column.
        let told = try Self.batch(try Self.results(head: "Ким Александра Сергеевна"))
        #expect(told.letterContext(0)["salutation"]?.text == "Уважаемая Александра Сергеевна!")
    }

    @Test func aBadGenderValueIsReportedAtItsRow() throws {
        let error = try #require(throws: DiagnosticReport.self) {
            try Self.batch(try Self.results(head: "Ким Ли", gender: "x"))
        }
        #expect(error.diagnostics.map(\.code) == ["head_gender_invalid"])
        #expect(error.diagnostics.first?.location.row == 2)
    }
}
