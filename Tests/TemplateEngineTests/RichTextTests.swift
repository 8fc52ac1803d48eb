import Foundation
import OfficePackage
import TemplateEngine
import TestSupport
import Testing

/// Rich text from data (`{rich: [...]}`) written by `{{r value }}` (or `{{ value }}`): bold, italic,
/// underline, strike, colour, size, line breaks and links, in DOCX runs and ODT spans.
@Suite struct RichTextTests {
    static let note: TemplateValue = .object([
        (
            "rich",
            .list([
                .string("Срок — "),
                .object([
                    ("text", .string("до 20 ноября")), ("bold", .bool(true)), ("color", .string("#c00000")),
                    ("size", .number(14)),
                ]),
                .object([("text", .string(" «первая»\nвторая")), ("italic", .bool(true)), ("underline", .bool(true))]),
                .object([("text", .string(", ")), ("bold", .bool(false))]),
                .object([("text", .string("сайт")), ("url", .string("https://example.ru/?a=1&b=2"))]),
                .object([("text", .string(" № 3")), ("strike", .bool(true))]),
            ])
        )
    ])
    static let data = Render.data([("note", note)])
    static let expected = "До Срок — до 20 ноября «первая»\nвторая, сайт № 3!"

    func paragraph(_ format: Format) -> String {
        format == .docx
            ? "<w:p><w:r><w:rPr><w:i/><w:sz w:val=\"24\"/></w:rPr><w:t xml:space=\"preserve\">До {{r note }}!</w:t></w:r></w:p>"
            : "<text:p><text:span>До {{r note }}!</text:span></text:p>"
    }

    @Test func docxRunsCarryTheFormatting() throws {
        let bytes = try Format.docx.document([paragraph(.docx)])
        #expect(try Render.paragraphs(bytes, data: Self.data) == [Self.expected])
        let xml = try Render.part(bytes, data: Self.data, part: "word/document.xml")
        // The tag's run's own formatting (italic, 12 pt) stays under each piece's.
        #expect(
            xml.contains(
                "<w:r><w:rPr><w:b/><w:bCs/><w:i/><w:color w:val=\"C00000\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">до 20 ноября</w:t></w:r>"
            ), "\(xml)")
        #expect(
            xml.contains("<w:t xml:space=\"preserve\"> «первая»</w:t><w:br/><w:t xml:space=\"preserve\">вторая</w:t>"))
        #expect(xml.contains("<w:i/><w:iCs/><w:sz w:val=\"24\"/><w:u w:val=\"single\"/>"))
        #expect(xml.contains("<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/><w:i/>"))
        #expect(xml.contains("<w:strike/>"))
        #expect(
            xml.contains(
                "<w:hyperlink r:id=\"rIdPaperwork1\" w:history=\"1\"><w:r><w:rPr><w:i/><w:color w:val=\"0563C1\"/>"))
        #expect(xml.contains("<w:t xml:space=\"preserve\">!</w:t>") && !xml.contains("paperwork:picture"))
        let output = try Template(bytes: bytes, label: "шаблон").render(Self.data, options: .init(typography: nil))
        let relationships = String(
            decoding: try OfficeDocument(bytes: output, label: "результат").bytes(of: "word/_rels/document.xml.rels"),
            as: UTF8.self)
        #expect(
            relationships.contains(
                "Id=\"rIdPaperwork1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://example.ru/?a=1&amp;b=2\" TargetMode=\"External\""
            ), "\(relationships)")
        try opensInLibreOffice(output, name: "форматирование.docx")
    }

    @Test func odtSpansCarryTheFormatting() throws {
        let bytes = try Format.odt.document([paragraph(.odt)])
        #expect(try Render.paragraphs(bytes, data: Self.data) == [Self.expected])
        let xml = try Render.part(bytes, data: Self.data, part: "content.xml")
        #expect(
            xml.contains(
                "<style:style style:name=\"PaperworkRich_b1_cC00000_z28\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\" style:font-weight-asian=\"bold\" style:font-weight-complex=\"bold\" fo:color=\"#c00000\" fo:font-size=\"14pt\" style:font-size-asian=\"14pt\" style:font-size-complex=\"14pt\"/></style:style>"
            ), "\(xml)")
        #expect(
            xml.contains(
                "<text:span text:style-name=\"PaperworkRich_b1_cC00000_z28\">до 20 ноября</text:span>"))
        #expect(xml.contains("<text:s/>«первая»<text:line-break/>вторая</text:span>"))
        #expect(
            xml.contains(
                "<text:a xlink:type=\"simple\" xlink:href=\"https://example.ru/?a=1&amp;b=2\"><text:span text:style-name=\"PaperworkRich_u1_c0563C1\">сайт</text:span></text:a>"
            ))
        #expect(xml.contains("style:text-line-through-style=\"solid\""))
        #expect(xml.contains("<text:span>До <text:span>Срок — </text:span>"))
        let output = try Template(bytes: bytes, label: "шаблон").render(Self.data, options: .init(typography: nil))
        try opensInLibreOffice(output, name: "форматирование.odt")
    }

    @Test(arguments: Format.allCases) func plainTagAndLoopsWork(format: Format) throws {
        // `{{ value }}` writes rich text as `{{r value }}` does; two links to one address share a relationship.
        let bytes = try format.document(paragraphs: "{% for n in notes %}[{{ n }}]{% endfor %}")
        let link: TemplateValue = .object([
            ("rich", .object([("text", .string("ссылка")), ("url", .string("mailto:uo@example.ru"))]))
        ])
        let data = Render.data([("notes", .list([link, link]))])
        #expect(try Render.paragraphs(bytes, data: data) == ["[ссылка][ссылка]"])
        if format == .docx {
            let output = try Template(bytes: bytes, label: "шаблон").render(data)
            let relationships = String(
                decoding: try OfficeDocument(bytes: output, label: "р").bytes(of: "word/_rels/document.xml.rels"),
                as: UTF8.self)
            #expect(relationships.components(separatedBy: "mailto:uo@example.ru").count == 2)
        }
    }

    /// In a header (DOCX, its own part with its own relationships) and a footer (ODT, `styles.xml` with its
    /// own automatic styles) rich text is written as in the body.
    @Test(arguments: Format.allCases) func headersAndFootersTakeRichText(format: Format) throws {
        let story = "Исп. {{r note }}"
        let bytes =
            format == .docx
            ? try DocumentFixture.docx(body: DocumentFixture.p("Текст"), header: DocumentFixture.p(story))
            : try DocumentFixture.odt(body: DocumentFixture.tp("Текст"), footer: DocumentFixture.tp(story))
        let output = try Template(bytes: bytes, label: "шаблон").render(Self.data, options: .init(typography: nil))
        let document = try OfficeDocument(bytes: output, label: "результат")
        let kind: StoryKind = format == .docx ? .header : .footer
        let texts = try document.stories().filter { $0.kind == kind }.flatMap { try document.paragraphTexts(of: $0) }
        #expect(texts.contains("Исп. Срок — до 20 ноября «первая»\nвторая, сайт № 3"), "\(texts)")
        if format == .docx {
            let relationships = String(decoding: try document.bytes(of: "word/_rels/header1.xml.rels"), as: UTF8.self)
            #expect(relationships.contains("Target=\"https://example.ru/?a=1&amp;b=2\" TargetMode=\"External\""))
        } else {
            let styles = String(decoding: try document.bytes(of: "styles.xml"), as: UTF8.self)
            #expect(
                styles.contains("<office:automatic-styles><style:style style:name=\"PaperworkRich_b1_cC00000_z28\""))
            #expect(styles.contains("<text:a xlink:type=\"simple\" xlink:href=\"https://example.ru/?a=1&amp;b=2\">"))
        }
        guard LibreOffice.testsEnabled else { return }
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("колонтитул.\(format.rawValue)").path
        try Data(output).write(to: URL(fileURLWithPath: file))
        #expect(try LibreOffice.text(of: [file])[0].contains("Текст"))
    }

    @Test(arguments: Format.allCases) func hostileValuesAreLocatedOrMadeSafe(format: Format) throws {
        let bytes = try format.document(paragraphs: "Текст", "{{r a }}{{r b }}{{r c }}{{r d }}{{r e }}")
        func rich(_ fields: [(String, TemplateValue)]) -> TemplateValue {
            .object([("rich", .list([.object(fields)]))])
        }
        let data = Render.data([
            ("a", rich([("text", .string("x")), ("url", .string(" JavaScript:alert(1)"))])),
            ("b", rich([("text", .string("x")), ("color", .string("красный"))])),
            ("c", rich([("text", .string("x")), ("size", .string("огромный"))])),
            ("d", rich([("text", .string("x")), ("bolt", .bool(true))])),
            ("e", rich([("text", .string("x")), ("bold", .string("да"))])),
        ])
        let problems = try Render.problems(bytes, data: data)
        #expect(problems.map(\.code) == Array(repeating: .invalidRichText, count: 5))
        #expect(problems.map(\.location.paragraph) == [2, 2, 2, 2, 2])
        #expect(
            problems.map(\.message) == [
                "rich, часть 1: ссылка «JavaScript:alert(1)» не разрешена; адрес должен начинаться с https://, http:// или mailto:",
                "rich, часть 1: цвет «красный» — не цвет; пишите шестнадцатеричный код из шести знаков, например \"C00000\" (тёмно-красный)",
                "rich, часть 1: размер «огромный» — нужен размер шрифта в пунктах от 1 до 400, например 14 или 10.5",
                "rich, часть 1: неизвестный ключ «bolt»; у части бывают text, bold, italic, underline, strike, color, size, url",
                "rich, часть 1: «bold» — строка «да»; пишите true или false",
            ])
        // Characters XML forbids are dropped, and a megabyte of text is written whole.
        let big = String(repeating: "абвгд ", count: 90_000)
        let safe = Render.data([
            ("a", rich([("text", .string("a\u{1}b\u{FFFE}c")), ("bold", .bool(true))])),
            ("b", rich([("text", .string(big))])), ("c", .string("")), ("d", .string("")), ("e", .string("")),
        ])
        let texts = try Render.paragraphs(bytes, data: safe)
        #expect(texts[1] == "abc" + big)
    }

    private func opensInLibreOffice(_ output: [UInt8], name: String) throws {
        guard LibreOffice.testsEnabled else { return }
        let text = try LibreOffice.text(ofDocument: output, named: name)
        #expect(text.contains("До Срок — до 20 ноября «первая»") && text.contains("вторая, сайт № 3!"), "\(text)")
    }
}
