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
        text = text.replacingOccurrences(of: "  compiler: specialist\n", with: "  compiler: metodist\n")
            .replacingOccurrences(of: "  report_by: 2023-12-15\n", with: "  report_by: 15 декабря\n")
            .replacingOccurrences(of: "  goal: ", with: "  purpose: ")
        let found = Reported.of {
            _ = try Department.load(NamedBytes(name: "отдел.yaml", text: text))
        }
        #expect(
            found.map(\.description) == [
                "26:3 missing_field: не указано поле «report.goal»",
                "46:13 unknown_person: «metodist» не найден среди людей (people)",
                "51:14 invalid_date: «15 декабря» — не дата; пишите ГГГГ-ММ-ДД",
            ])
    }

    @Test func fieldsKeepTheirPlaces() throws {
        let department = try Department.load(path: Self.example.path)
        #expect(department.locations["report.intro"] == SourceLocation(file: "sosnovsky.yaml", line: 27, column: 10))
        #expect(
            department.locations["report.conclusion"] == SourceLocation(file: "sosnovsky.yaml", line: 32, column: 15))
        #expect(department.locations["letters.title"]?.line == 49)
        #expect(department.locations["report.figures.0"] == SourceLocation(file: "sosnovsky.yaml", line: 34, column: 7))
        #expect(department.locations["report.figures.3"]?.line == 43)
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
        .replacingOccurrences(of: "  compiler: specialist\n", with: "  compiler: metodist\n")
        let found = Reported.of {
            _ = try Department.load(NamedBytes(name: "отдел.yaml", text: text))
        }
        #expect(
            found.map(\.description) == [
                "27:10 bad_text: в тексте «report.intro»: неизвестный фильтр «shout» в теге «{{ schools_count | shout }}»",
                "32:15 bad_text: в тексте «report.conclusion»: тег «{{ levels.low.names» не закрыт: не хватает «}}»",
                "46:13 unknown_person: «metodist» не найден среди людей (people)",
            ])
    }
}

/// The issuer's name is written once, in the nominative; the letters' «в адрес отдела образования …»
/// is derived, and a «genitive» that is a nominative is refused at its line.
@Suite struct DepartmentIssuerNameTests {
    @Test func casesComeFromTheNominative() throws {
        let department = try Department.load(path: DepartmentTests.example.path)
        #expect(department.issuerName.nominative == "отдел образования администрации Сосновского муниципального района")
        #expect(
            department.issuerName.form(.genitive)
                == "отдела образования администрации Сосновского муниципального района")
        #expect(
            department.issuerName.form(.dative) == "отделу образования администрации Сосновского муниципального района")
        #expect(department.addressees["methodical"] == "МБУ «Сосновский ТРЦ»")
        #expect(department.contacts.count == 3)
    }

    @Test func aNominativeGivenAsTheGenitiveIsRefused() throws {
        var text = try String(contentsOf: DepartmentTests.example, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "issuer_name: отдел образования администрации Сосновского муниципального района",
            with: "issuer_genitive: отдел образования администрации Сосновского муниципального района")
        let found = Reported.of { _ = try Department.load(NamedBytes(name: "отдел.yaml", text: text)) }
        #expect(found.count == 1)
        #expect(
            found.first?.description.contains("именительный падеж, а нужен родительный («отдела образования") == true)
    }

    @Test func anExplicitFormWins() throws {
        var text = try String(contentsOf: DepartmentTests.example, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "issuer_name: отдел образования администрации Сосновского муниципального района",
            with: "issuer_name: отдел образования\nissuer_forms: {genitive: отдела образования района}")
        let department = try Department.load(NamedBytes(name: "отдел.yaml", text: text))
        #expect(department.issuerName.form(.genitive) == "отдела образования района")
        #expect(department.issuerName.form(.instrumental) == "отделом образования")
    }

    /// The monitoring's period is stated once: the справка's timing is written from it, and the
    /// timing given beside it is a problem at its line.
    @Test func thePeriodIsStatedOnce() throws {
        let department = try Department.load(path: DepartmentTests.example.path)
        #expect(department.timing == "сентябрь–октябрь 2023\u{A0}года.")
        var text = try String(contentsOf: DepartmentTests.example, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "  # «Сроки проведения» are written",
            with: "  timing: апрель–май 2023 года.\n  # «Сроки проведения» are written")
        var found = Reported.of { _ = try Department.load(NamedBytes(name: "отдел.yaml", text: text)) }
        #expect(found.map(\.code) == ["bad_field"] && found.first?.line == 30)
        text = text.replacingOccurrences(
            of: "period: {from: 2023-09, to: 2023-10}", with: "period: {from: 2023-10, to: 2023-9}")
        found = Reported.of { _ = try Department.load(NamedBytes(name: "отдел.yaml", text: text)) }
        #expect(found.map(\.code) == ["invalid_date"])
        #expect(found.first?.message.contains("ГГГГ-ММ") == true)
    }
}
