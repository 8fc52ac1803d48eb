import OfficePackage
import TemplateEngine
import TestSupport
import Testing

/// Tags typed in Word or LibreOffice arrive cut into pieces; every cut must still work.
@Suite struct SplitTagTests {
    let data = Render.data([("school", school)])

    @Test(arguments: [
        // runs with different formatting
        "<w:r><w:rPr><w:b/></w:rPr><w:t>{{ sch</w:t></w:r><w:r><w:t>ool.na</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>me }}</w:t></w:r>",
        // a spell-check mark inside the tag
        "<w:r><w:t>{{ school.</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:t>name</w:t></w:r><w:proofErr w:type=\"spellEnd\"/><w:r><w:t> }}</w:t></w:r>",
        // Word's _GoBack bookmark inside the tag
        "<w:r><w:t>{{ school</w:t></w:r><w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/><w:r><w:t>.name }}</w:t></w:r>",
        // a smart tag around part of it
        "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"x\"><w:r><w:t>{{ school.</w:t></w:r></w:smartTag><w:r><w:t>name }}</w:t></w:r>",
        // rsid-only runs, one character each
        "{{ school.name }}".map { "<w:r w:rsidR=\"00A1\"><w:t xml:space=\"preserve\">\($0)</w:t></w:r>" }.joined(),
    ])
    func docxSplits(runs: String) throws {
        let bytes = try DocumentFixture.docx(
            body: "<w:p><w:r><w:t xml:space=\"preserve\">Школа: </w:t></w:r>\(runs)<w:r><w:t>.</w:t></w:r></w:p>")
        #expect(try Render.paragraphs(bytes, data: data) == ["Школа: МБОУ «СОШ № 3»."])
    }

    @Test func docxValueTakesTheFormattingOfTheRunWhereTheTagStarts() throws {
        let bytes = try DocumentFixture.docx(
            body:
                "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{{ school.</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>name }} и курсив</w:t></w:r></w:p>"
        )
        let xml = try Render.part(bytes, data: data, part: "word/document.xml")
        #expect(xml.contains("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">МБОУ «СОШ № 3»</w:t></w:r>"))
        #expect(xml.contains("<w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\"> и курсив</w:t>"))
    }

    @Test(arguments: [
        "<text:span text:style-name=\"T1\">{{ school.</text:span>name }}",
        "{{ school<text:bookmark text:name=\"b\"/>.name }}",
        "{{<text:s/>school.name<text:s text:c=\"3\"/>}}",
        "<text:span text:style-name=\"T1\">{{ sch<text:span text:style-name=\"T2\">ool</text:span>.name</text:span> }}",
    ])
    func odtSplits(content: String) throws {
        let bytes = try DocumentFixture.odt(body: DocumentFixture.tp("Школа: \(content)."))
        #expect(try Render.paragraphs(bytes, data: data) == ["Школа: МБОУ «СОШ № 3»."])
    }

    @Test func odtValueStaysInTheSpanWhereTheTagStarts() throws {
        let bytes = try DocumentFixture.odt(
            body: DocumentFixture.tp("<text:span text:style-name=\"Bold\">{{ school.</text:span>name }} конец"))
        let xml = try Render.part(bytes, data: data, part: "content.xml")
        #expect(xml.contains("<text:span text:style-name=\"Bold\">МБОУ «СОШ № 3»</text:span>"))
        #expect(xml.contains(" конец</text:p>"))
    }

    @Test func wordCurlyAndRussianQuotesInsideTags() throws {
        let bytes = try DocumentFixture.docx(
            body: DocumentFixture.p("{{ missing | default(«нет данных») }} {{ d | date(“long”) }}"))
        #expect(
            try Render.paragraphs(bytes, data: Render.data([("d", .string("2023-11-08"))]))
                == ["нет данных 8 ноября 2023 г."])
    }
}
