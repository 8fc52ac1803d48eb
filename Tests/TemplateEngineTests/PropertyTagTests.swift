import Foundation
import OfficePackage
import TemplateEngine
import TestSupport
import Testing
import ZipArchive

/// Tags in document properties (DOCX `docProps/core.xml` and `custom.xml`, ODT `meta.xml`), in Word's
/// comments and in ODT annotations are rendered, never left as they were; a block tag in a
/// property is reported at the property.
@Suite struct PropertyTagTests {
    static let data = Render.data([
        ("number", .number(214)), ("subject", .string("об итогах мониторинга")),
        ("keywords", .list([.string("мониторинг"), .string("приказ")])), ("school", school),
        ("author", .string("Ершова А. А.")), ("name", .string("СОШ № 3")),
    ])

    static let coreXML = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Приказ № {{ number }}</dc:title><dc:subject>{{ subject | capitalize }}</dc:subject><cp:keywords>{{ keywords | join(", ") }}</cp:keywords><dc:description>{# для автора #}Для {{ school.name }}</dc:description><dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created></cp:coreProperties>
        """
    static let customXML = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Исполнитель"><vt:lpwstr>{{ author }}</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="paperwork.typography"><vt:lpwstr>off</vt:lpwstr></property></Properties>
        """
    static let commentsXML = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="Методист" w:initials="М"><w:p><w:r><w:t xml:space="preserve">Проверить {{ name }}</w:t></w:r></w:p></w:comment></w:comments>
        """
    static let metaXML = """
        <?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta><meta:generator>LibreOffice</meta:generator><dc:title>Приказ № {{ number }}</dc:title><dc:subject>{{ subject | capitalize }}</dc:subject><meta:keyword>{{ keywords | join(", ") }}</meta:keyword><dc:description>{# для автора #}Для {{ school.name }}</dc:description><meta:user-defined meta:name="Исполнитель">{{ author }}</meta:user-defined><meta:user-defined meta:name="paperwork.typography">off</meta:user-defined></office:meta></office:document-meta>
        """

    /// A DOCX with the core and custom properties above and a comment anchored in its paragraph.
    static func docx(core: String = coreXML) throws -> [UInt8] {
        let body =
            "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>Текст {{ name }}</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
            + "<w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"
        let reader = try ZipReader(bytes: try DocumentFixture.docx(body: body), label: "fixture")
        let writer = try ZipWriter(label: "fixture")
        for item in reader.entries where item.name != "[Content_Types].xml" && item.name != "_rels/.rels" {
            try writer.copy(item, from: reader)
        }
        let types =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/><Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/><Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/></Types>"
        let relationships =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties\" Target=\"docProps/custom.xml\"/></Relationships>"
        let documentRelationships =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/></Relationships>"
        for (name, text) in [
            ("[Content_Types].xml", types), ("_rels/.rels", relationships),
            ("word/_rels/document.xml.rels", documentRelationships), ("word/comments.xml", commentsXML),
            ("docProps/core.xml", core), ("docProps/custom.xml", customXML),
        ] {
            try writer.add(name, bytes: Array(text.utf8))
        }
        return try writer.finish()
    }

    /// An ODT with the properties above and an annotation in its paragraph.
    static func odt(meta: String = metaXML) throws -> [UInt8] {
        let body =
            "<text:p>Текст {{ name }}<office:annotation><text:p>Проверить {{ name }}</text:p></office:annotation></text:p>"
        let reader = try ZipReader(bytes: try DocumentFixture.odt(body: body), label: "fixture")
        let writer = try ZipWriter(label: "fixture")
        for item in reader.entries { try writer.copy(item, from: reader) }
        try writer.add("meta.xml", bytes: Array(meta.utf8))
        return try writer.finish()
    }

    static func part(_ output: [UInt8], _ name: String) throws -> String {
        String(decoding: try OfficeDocument(bytes: output, label: "результат").bytes(of: name), as: UTF8.self)
    }

    @Test func docxPropertiesAndCommentsAreRendered() throws {
        let template = try Template(bytes: try Self.docx(), label: "шаблон.docx")
        #expect(template.settings.typography == false)
        #expect(template.tags.contains { $0.part == "docProps/core.xml" && $0.property == "Название" })
        let output = try template.render(Self.data)
        let core = try Self.part(output, "docProps/core.xml")
        #expect(core.contains("<dc:title>Приказ № 214</dc:title>"), "\(core)")
        #expect(core.contains("<dc:subject>Об итогах мониторинга</dc:subject>"))
        #expect(core.contains("<cp:keywords>мониторинг, приказ</cp:keywords>"))
        #expect(core.contains("<dc:description>Для МБОУ «СОШ № 3»</dc:description>"))
        #expect(core.contains("2024-01-01T00:00:00Z"))
        let custom = try Self.part(output, "docProps/custom.xml")
        #expect(custom.contains("<vt:lpwstr>Ершова А. А.</vt:lpwstr>") && custom.contains("<vt:lpwstr>off</vt:lpwstr>"))
        let comments = try Self.part(output, "word/comments.xml")
        #expect(!comments.contains("{{"), "\(comments)")
        #expect(try Render.paragraphs(try Self.docx(), data: Self.data, story: .comments) == ["Проверить СОШ № 3"])
        try opensInLibreOffice(output, name: "свойства.docx")
    }

    @Test func odtPropertiesAndAnnotationsAreRendered() throws {
        let template = try Template(bytes: try Self.odt(), label: "шаблон.odt")
        #expect(template.settings.typography == false)
        let output = try template.render(Self.data)
        let meta = try Self.part(output, "meta.xml")
        #expect(meta.contains("<dc:title>Приказ № 214</dc:title>"), "\(meta)")
        #expect(meta.contains("<dc:subject>Об итогах мониторинга</dc:subject>"))
        #expect(meta.contains("<meta:keyword>мониторинг, приказ</meta:keyword>"))
        #expect(meta.contains("<dc:description>Для МБОУ «СОШ № 3»</dc:description>"))
        #expect(meta.contains("<meta:user-defined meta:name=\"Исполнитель\">Ершова А. А.</meta:user-defined>"))
        #expect(meta.contains("<meta:user-defined meta:name=\"paperwork.typography\">off</meta:user-defined>"))
        #expect(meta.contains("<meta:generator>LibreOffice</meta:generator>"))
        let content = try Self.part(output, "content.xml")
        #expect(content.contains("<text:p>Проверить СОШ № 3</text:p>") && !content.contains("{{"), "\(content)")
        try opensInLibreOffice(output, name: "свойства.odt")
    }

    @Test(arguments: Format.allCases) func problemsInPropertiesAreLocated(format: Format) throws {
        let title = "{% if x %}Приказ{% endif %}"
        let bytes =
            format == .docx
            ? try Self.docx(core: Self.coreXML.replacingOccurrences(of: "Приказ № {{ number }}", with: title))
            : try Self.odt(meta: Self.metaXML.replacingOccurrences(of: "Приказ № {{ number }}", with: title))
        let problems = try Render.problems(bytes, data: Self.data)
        #expect(problems.map(\.code) == [.unsupported])
        #expect(problems.first?.location.property == "Название")
        #expect(
            problems.first?.description
                == "\(format == .docx ? "docProps/core.xml" : "meta.xml"), свойство «Название»: unsupported_construct: "
                + "в тексте допускаются только теги {{ … }}, а не «{% if x %}»; в свойствах документа пишутся только значения {{ … }}"
        )
        // A value missing from the data is reported at its property, and rendered empty when lenient.
        let template = try Template(bytes: format == .docx ? try Self.docx() : try Self.odt(), label: "шаблон")
        let missing = template.problems(with: Render.data([("name", .string("x"))]))
        #expect(missing.filter { $0.location.property == "Название" }.map(\.code) == [.missingValue])
        let lenient = try template.render(.object([]), options: .init(lenient: true))
        let properties = try Self.part(lenient, format == .docx ? "docProps/core.xml" : "meta.xml")
        #expect(properties.contains("<dc:title>Приказ № </dc:title>"))
    }

    private func opensInLibreOffice(_ output: [UInt8], name: String) throws {
        guard LibreOffice.testsEnabled else { return }
        let text = try LibreOffice.text(ofDocument: output, named: name)
        #expect(text.contains("Текст СОШ № 3"), "\(text)")
    }
}
