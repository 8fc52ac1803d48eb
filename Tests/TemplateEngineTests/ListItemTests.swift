import Foundation
import TemplateEngine
import TestSupport
import Testing

/// Loops and conditions over numbered list items: in ODT the tags stand alone in list items
/// (`text:list-item`), which vanish with them; in DOCX a list item is a numbered paragraph. The
/// list keeps one numbering across the repeated items.
@Suite struct ListItemTests {
    typealias L = ListFixture
    let data = Render.data([
        ("items", .list([.string("первое"), .string("второе «Б»"), .string("№ 3")])), ("show", .bool(true)),
        ("hide", .bool(false)),
    ])

    static let odtLoop = L.odtList(
        L.odtItem("Вступление"), L.odtItem("{% for x in items %}"), L.odtItem("{{ x }}"), L.odtItem("{% endfor %}"),
        L.odtItem("Итог"))

    @Test func odtLoopOverListItemsRepeatsItemsAndDropsTheTagItems() throws {
        let template = try L.odt(body: Self.odtLoop)
        #expect(
            try Render.paragraphs(template, data: data) == ["Вступление", "первое", "второе «Б»", "№ 3", "Итог"])
        let content = try Render.part(template, data: data, part: "content.xml")
        // One list, five items: no empty item where a tag stood, no list broken in two.
        #expect(content.components(separatedBy: "<text:list-item>").count - 1 == 5)
        #expect(content.components(separatedBy: "<text:list ").count - 1 == 1)
    }

    @Test func odtPrefixedTagsAndConditionsAsListItems() throws {
        let template = try L.odt(
            body: L.odtList(
                L.odtItem("{%p for x in items %}"), L.odtItem("{{ x }}"), L.odtItem("{%p endfor %}"),
                L.odtItem("{% if show %}"), L.odtItem("видно"), L.odtItem("{% endif %}"), L.odtItem("{%p if hide %}"),
                L.odtItem("скрыто"), L.odtItem("{%p endif %}")))
        #expect(try Render.paragraphs(template, data: data) == ["первое", "второе «Б»", "№ 3", "видно"])
        let content = try Render.part(template, data: data, part: "content.xml")
        #expect(content.components(separatedBy: "<text:list-item>").count - 1 == 4)
    }

    @Test func odtLoopAcrossTwoListsIsReported() throws {
        let template = try L.odt(
            body: L.odtList(L.odtItem("{% for x in items %}"), L.odtItem("{{ x }}"))
                + L.odtList(L.odtItem("{% endfor %}")))
        let problems = try Render.problems(template)
        #expect(problems.map(\.code) == [.invalidScope])
        #expect(problems.first?.message.contains("пункта списка") == true)
    }

    /// LibreOffice numbers the repeated items on: 1 to 5, in both formats.
    @Test(.enabled(if: ListFixture.canPrint)) func libreOfficeNumbersTheRepeatedItemsOn() throws {
        let docx = try L.docx(
            body: L.item("Вступление") + F.p("{%p for x in items %}") + L.item("{{ x }}") + F.p("{%p endfor %}")
                + L.item("Итог"))
        let expected = ["1.Вступление", "2.первое", "3.второе«Б»", "4.№3", "5.Итог"]
        #expect(try L.printed(docx, name: "пункты.docx", data: data) == expected)
        #expect(try L.printed(try L.odt(body: Self.odtLoop), name: "пункты.odt", data: data) == expected)
    }

    typealias F = DocumentFixture
}
