import TestSupport
import Testing
import ZipArchive

@testable import OfficePackage

@Suite struct OpeningTests {
    @Test func docxStoriesAndText() throws {
        let document = try OfficeDocument(path: Paths.fixture("templates/sample.docx"))
        #expect(document.format == .docx)
        let stories = try document.stories()
        #expect(stories.first == Story(kind: .body, part: "word/document.xml"))
        #expect(stories.contains { $0.kind == .header && $0.part.hasPrefix("word/header") })
        #expect(stories.contains { $0.kind == .footer && $0.part.hasPrefix("word/footer") })
        let body = try document.paragraphTexts(of: stories[0])
        #expect(body.contains("ПРИКАЗ"))
        #expect(body.contains("{{ place }}"))
        let footer = try #require(stories.first { $0.kind == .footer })
        #expect(try document.paragraphTexts(of: footer) == ["Исп.: {{ executor.name }}, тел. {{ executor.phone }}"])
    }

    @Test func odtStoriesAndText() throws {
        let document = try OfficeDocument(path: Paths.fixture("templates/sample.odt"))
        #expect(document.format == .odt)
        let stories = try document.stories()
        #expect(stories.map(\.part) == ["content.xml", "styles.xml", "styles.xml"])
        let body = try document.paragraphTexts(of: stories[0])
        #expect(body.first == "{{ issuer | upper }}")
        #expect(body.contains("{{ date | date(\"numeric\") }}\t\t\t\t\t\t\t№ {{ number }}"))
        let footer = try document.paragraphTexts(of: stories[2])
        #expect(footer.allSatisfy { $0 == "Исп.: {{ executor.name }}, тел. {{ executor.phone }}" })
    }

    @Test func zipWithoutOfficePartsIsNotADocument() throws {
        let writer = try ZipWriter(label: "x.docx")
        try writer.add("readme.txt", bytes: Array("нет".utf8))
        let error = #expect(throws: OfficeError.self) {
            try OfficeDocument(bytes: try writer.finish(), label: "x.docx")
        }
        #expect(error?.code == .unknownFormat)
    }

    @Test func odtWithoutContentIsRefusedByName() throws {
        let writer = try ZipWriter(label: "x.odt")
        try writer.add("mimetype", bytes: Array("application/vnd.oasis.opendocument.text".utf8), compressed: false)
        try writer.add("META-INF/manifest.xml", bytes: Array("<m/>".utf8))
        let error = #expect(throws: OfficeError.self) { try OfficeDocument(bytes: try writer.finish(), label: "x.odt") }
        #expect(error?.code == .missingPart)
        #expect(error?.part == "content.xml")
    }

    @Test func brokenXMLPartNamesFilePartAndLine() throws {
        let source = try ZipReader(path: Paths.fixture("templates/sample.docx"))
        let writer = try ZipWriter(label: "broken.docx")
        for entry in source.entries where entry.name != "word/document.xml" { try writer.copy(entry, from: source) }
        try writer.add("word/document.xml", bytes: Array("<?xml version=\"1.0\"?>\n<w:document>\n<oops".utf8))
        let document = try OfficeDocument(bytes: try writer.finish(), label: "broken.docx")
        let error = #expect(throws: OfficeError.self) { try document.paragraphTexts(of: try document.stories()[0]) }
        #expect(error?.code == .badPart)
        #expect(error?.part == "word/document.xml")
        #expect(
            error?.description.hasPrefix("broken.docx: word/document.xml, строка 3") == true,
            "\(String(describing: error))")
    }
}
