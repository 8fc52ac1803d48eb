import TemplateEngine
import TestSupport
import Testing

/// Headers and footers are templates too, and rendered files always open.
@Suite struct StoryAndRepairTests {
    typealias F = DocumentFixture

    @Test func docxHeaderIsRendered() throws {
        let bytes = try F.docx(body: F.p("Текст"), header: F.p("{{ issuer | upper }}"))
        let data = Render.data([("issuer", .string("Управление образования"))])
        #expect(try Render.paragraphs(bytes, data: data, story: .header) == ["УПРАВЛЕНИЕ ОБРАЗОВАНИЯ"])
    }

    @Test func odtFooterOnTheMasterPageIsRendered() throws {
        let bytes = try F.odt(body: F.tp("Текст"), footer: F.tp("Исп.: {{ executor }}"))
        let data = Render.data([("executor", .string("Бабкина Н.А."))])
        #expect(try Render.paragraphs(bytes, data: data, story: .footer) == ["Исп.: Бабкина Н.А."])
    }

    @Test func loopedDrawingsAndBookmarksGetUniqueIds() throws {
        let drawing = "<w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"Рисунок 1\"/></wp:inline></w:drawing></w:r>"
        let body =
            F.p("{% for x in items %}")
            + "<w:p><w:bookmarkStart w:id=\"5\" w:name=\"метка\"/>\(drawing)<w:bookmarkEnd w:id=\"5\"/></w:p>"
            + F.p("{% endfor %}")
        let data = Render.data([("items", .list([.number(1), .number(2), .number(3)]))])
        let xml = try Render.part(try F.docx(body: body), data: data, part: "word/document.xml")
        #expect(
            xml.contains("<wp:docPr id=\"1\"") && xml.contains("<wp:docPr id=\"2\"")
                && xml.contains("<wp:docPr id=\"3\""))
        #expect(
            xml.contains("w:id=\"1\" w:name=\"метка\"") && xml.contains("w:id=\"2\" w:name=\"метка_2\"")
                && xml.contains("w:id=\"3\" w:name=\"метка_3\""))
        #expect(xml.contains("<w:bookmarkEnd w:id=\"3\"/>"))
    }

    @Test func odtSoftPageBreaksAreRemovedAndDuplicateIdsRenamed() throws {
        let body =
            "<text:soft-page-break/>" + F.tp("{% for x in items %}")
            + "<text:list xml:id=\"list1\"><text:list-item>\(F.tp("{{ x }}"))</text:list-item></text:list>"
            + F.tp("{% endfor %}")
        let data = Render.data([("items", .list([.string("а"), .string("б")]))])
        let xml = try Render.part(try F.odt(body: body), data: data, part: "content.xml")
        #expect(!xml.contains("soft-page-break"))
        #expect(xml.contains("xml:id=\"list1\"") && xml.contains("xml:id=\"list1_2\""))
    }
}
