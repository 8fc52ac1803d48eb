import Foundation
import TemplateEngine
import TestSupport
import Testing

/// `{% restart_numbering %}`: inside an outer loop, each pass numbers its list from the start again.
@Suite struct ListRestartTests {
    typealias L = ListFixture
    typealias F = DocumentFixture

    static let schools = Render.data([
        (
            "schools",
            .list([
                .object([("name", .string("МБОУ «СОШ № 1»")), ("items", .list([.string("а"), .string("б")]))]),
                .object([
                    ("name", .string("Лицей № 2")), ("items", .list([.string("в"), .string("г"), .string("д")])),
                ]),
            ])
        )
    ])

    /// Schools with their numbered lists: a heading paragraph, then the numbered items.
    static func docx(restart: String?, item: (String) -> String = { L.item($0) }) throws -> [UInt8] {
        try L.docx(
            body: F.p("{%p for school in schools %}") + F.p("{{ school.name }}")
                + (restart.map { F.p("{%p \($0) %}") } ?? "") + F.p("{%p for x in school.items %}") + item("{{ x }}")
                + F.p("{%p endfor %}") + F.p("{%p endfor %}") + L.item("после"))
    }

    /// One ODT list whose items an outer loop and an inner loop repeat.
    static func odt(restart: String?, prefix: String = "p") throws -> [UInt8] {
        try L.odt(
            body: L.odtList(
                L.odtItem("{%p for school in schools %}"), restart.map { L.odtItem("{%\(prefix) \($0) %}") } ?? "",
                L.odtItem("{%p for x in school.items %}"), L.odtItem("{{ school.name }}: {{ x }}"),
                L.odtItem("{%p endfor %}"), L.odtItem("{%p endfor %}")))
    }

    @Test func theTextIsThereAndTheTagsVanish() throws {
        #expect(
            try Render.paragraphs(try Self.docx(restart: "restart_numbering"), data: Self.schools) == [
                "МБОУ «СОШ № 1»", "а", "б", "Лицей № 2", "в", "г", "д", "после",
            ])
        #expect(
            try Render.paragraphs(try Self.odt(restart: "restart_numbering"), data: Self.schools) == [
                "МБОУ «СОШ № 1»: а", "МБОУ «СОШ № 1»: б", "Лицей № 2: в", "Лицей № 2: г", "Лицей № 2: д",
            ])
    }

    @Test func docxEachPassGetsAListInstanceThatStartsAnew() throws {
        let rendered = try Template(bytes: try Self.docx(restart: "restart_numbering"), label: "ш.docx").render(
            Self.schools)
        let numbering = try PackageEdit.text(of: "word/numbering.xml", in: rendered)
        #expect(numbering.components(separatedBy: "<w:num ").count - 1 == 4)
        #expect(numbering.contains("<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">"))
        #expect(numbering.contains("<w:startOverride w:val=\"1\"/>"))
        let document = try PackageEdit.text(of: "word/document.xml", in: rendered)
        for number in ["3", "4"] { #expect(document.contains("<w:numId w:val=\"\(number)\"/>")) }
        #expect(!document.contains("pw-list"))
    }

    @Test func odtTheFirstItemOfEachPassStartsAnew() throws {
        let content = try Render.part(
            try Self.odt(restart: "restart_numbering"), data: Self.schools, part: "content.xml")
        #expect(content.components(separatedBy: "<text:list-item text:start-value=\"1\">").count - 1 == 2)
        #expect(!content.contains("pw-list"))
    }

    /// Without the `p`, a restart tag alone in its list item still takes the item away.
    @Test func odtTheTagAloneInAnItemTakesItWithoutThePrefix() throws {
        let content = try Render.part(
            try Self.odt(restart: "restart_numbering", prefix: ""), data: Self.schools, part: "content.xml")
        #expect(content.components(separatedBy: "<text:list-item").count - 1 == 5)
        #expect(content.components(separatedBy: "<text:list-item text:start-value=\"1\">").count - 1 == 2)
    }

    @Test func aNumberToStartAtAndAWrongOne() throws {
        let content = try Render.part(
            try Self.odt(restart: "restart_numbering 10"), data: Self.schools, part: "content.xml")
        #expect(content.contains("text:start-value=\"10\""))
        let problems = try Render.problems(
            try Self.docx(restart: "restart_numbering \"десять\""), data: Self.schools)
        #expect(problems.map(\.code) == [.filterFailed])
        #expect(problems.first?.message.contains("restart_numbering: «десять» — не номер") == true)
    }

    /// LibreOffice prints 1, 2 then 1, 2, 3 when asked to restart; 1 to 5 (and 6 after the loop) when not.
    @Test(.enabled(if: ListFixture.canPrint)) func libreOfficePrintsTheNumbers() throws {
        let restarted = ["МБОУ«СОШ№1»", "1.а", "2.б", "Лицей№2", "1.в", "2.г", "3.д", "4.после"]
        let continued = ["МБОУ«СОШ№1»", "1.а", "2.б", "Лицей№2", "3.в", "4.г", "5.д", "6.после"]
        #expect(
            try L.printed(try Self.docx(restart: "restart_numbering"), name: "а.docx", data: Self.schools) == restarted)
        #expect(try L.printed(try Self.docx(restart: nil), name: "б.docx", data: Self.schools) == continued)
        // A list numbered through its paragraph style restarts the same way.
        let styled = try Self.docx(restart: "restart_numbering", item: L.styledItem)
        #expect(
            try L.printed(styled, name: "в.docx", data: Self.schools).prefix(7) == restarted.prefix(7))
        let odtRestarted = ["1.МБОУ«СОШ№1»:а", "2.МБОУ«СОШ№1»:б", "1.Лицей№2:в", "2.Лицей№2:г", "3.Лицей№2:д"]
        let odtContinued = ["1.МБОУ«СОШ№1»:а", "2.МБОУ«СОШ№1»:б", "3.Лицей№2:в", "4.Лицей№2:г", "5.Лицей№2:д"]
        #expect(
            try L.printed(try Self.odt(restart: "restart_numbering"), name: "а.odt", data: Self.schools) == odtRestarted
        )
        #expect(try L.printed(try Self.odt(restart: nil), name: "б.odt", data: Self.schools) == odtContinued)
    }
}
