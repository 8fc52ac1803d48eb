import Foundation
import OfficePackage
import TemplateEngine
import TestSupport
import Testing

/// `{{p subdoc("приложение.docx") }}`: another document's body in place of the tag's paragraph,
/// with its styles, lists, table and picture, in both formats.
@Suite struct SubDocumentTests {
    typealias S = SubDocumentFixture

    static let appendixText = [
        "Приложение «А» к приказу", "первый пункт приложения", "второй пункт приложения",
    ]

    @Test(arguments: ["docx", "odt"]) func theBodyTakesTheTagsParagraph(format: String) throws {
        let rendered = try S.render(format)
        let document = try OfficeDocument(bytes: rendered, label: "результат")
        let body = try document.stories().first { $0.kind == .body }
        let texts = try document.paragraphTexts(of: try #require(body)).filter { !$0.isEmpty }
        #expect(Array(texts.prefix(5)) == ["Приказ № 12", "пункт приказа"] + Self.appendixText)
        #expect(texts.contains("СОШ № 7") && texts.contains("42"))
        #expect(texts.last == "ещё пункт приказа")
        #expect(!texts.contains { $0.contains("subdoc") })
    }

    @Test func docxListsStylesPictureAndNoSectionComeAlong() throws {
        let rendered = try S.render("docx")
        let numbering = try PackageEdit.text(of: "word/numbering.xml", in: rendered)
        // The template's two lists and the appendix's two, under new ids.
        #expect(numbering.components(separatedBy: "<w:abstractNum ").count - 1 == 4)
        #expect(numbering.contains("<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/>"))
        #expect(numbering.contains("<w:num w:numId=\"4\"><w:abstractNumId w:val=\"3\"/>"))
        let styles = try PackageEdit.text(of: "word/styles.xml", in: rendered)
        #expect(styles.contains("w:styleId=\"AppendixList\""))
        #expect(styles.components(separatedBy: "w:styleId=\"Normal\"").count - 1 == 1)
        let document = try PackageEdit.text(of: "word/document.xml", in: rendered)
        #expect(!document.contains("landscape"))
        #expect(document.contains("<w:numId w:val=\"3\"/>"))
        let relationships = try PackageEdit.text(of: "word/_rels/document.xml.rels", in: rendered)
        #expect(relationships.contains("Target=\"/word/media/paperwork-sub1-paperwork-1.png\""))
        #expect(try OfficeDocument(bytes: rendered, label: "р").contains("word/media/paperwork-sub1-paperwork-1.png"))
    }

    @Test func docxLinksBookmarksAndNotes() throws {
        let rendered = try S.render("docx")
        let relationships = try PackageEdit.text(of: "word/_rels/document.xml.rels", in: rendered)
        #expect(relationships.contains("Target=\"https://example.ru/\" TargetMode=\"External\""))
        let document = try PackageEdit.text(of: "word/document.xml", in: rendered)
        #expect(document.contains("<w:hyperlink r:id=\"rIdPaperwork"))
        #expect(document.contains("<w:bookmarkStart w:id=\"910000\" w:name=\"сайт\"/>"))
        // The appendix's notes stay behind, and so do their marks.
        #expect(!document.contains("footnoteReference"))
    }

    /// A sub-document ending with a table, put into a table cell, leaves the cell its last paragraph.
    @Test func aCellKeepsItsLastParagraph() throws {
        let table =
            "<w:tbl><w:tblGrid><w:gridCol w:w=\"3000\"/></w:tblGrid><w:tr><w:tc>\(ListFixture.F.p("вложенная"))"
            + "</w:tc></w:tr></w:tbl>"
        let appendix = try ListFixture.F.docx(body: table)
        let template = try ListFixture.docx(
            body: "<w:tbl><w:tblGrid><w:gridCol w:w=\"5000\"/></w:tblGrid><w:tr><w:tc>"
                + ListFixture.F.p("{{p subdoc(\"таблица.docx\") }}") + "</w:tc></w:tr></w:tbl>")
        let rendered = try Template(bytes: template, label: "ш.docx").render(
            .object([]), options: .init(typography: nil, files: S.files(["таблица.docx": appendix])))
        let document = try PackageEdit.text(of: "word/document.xml", in: rendered)
        #expect(document.contains("вложенная</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p>"))
        #expect(!document.contains("</w:tbl></w:tc>"))
    }

    @Test func odtAutomaticStylesAreRenamedAndThePictureComesAlong() throws {
        let rendered = try S.render("odt")
        let content = try PackageEdit.text(of: "content.xml", in: rendered)
        #expect(content.contains("style:name=\"sub1-L1\""))
        #expect(content.contains("text:style-name=\"sub1-L1\""))
        #expect(content.contains("xlink:href=\"Pictures/paperwork-sub1-paperwork-1.png\""))
        let manifest = try PackageEdit.text(of: "META-INF/manifest.xml", in: rendered)
        #expect(manifest.contains("Pictures/paperwork-sub1-paperwork-1.png"))
    }

    /// LibreOffice opens both: the appendix's list numbers 1, 2 on its own, the template's list goes
    /// on, the table's text is there, and the picture is drawn.
    @Test(.enabled(if: ListFixture.canPrint)) func libreOfficePrintsTheCombinedDocument() throws {
        for format in ["docx", "odt"] {
            let folder = try Paths.temporaryFolder()
            let path = folder.appendingPathComponent("приказ.\(format)").path
            try Data(try S.render(format)).write(to: URL(fileURLWithPath: path))
            let pdf = try LibreOffice.convert([path], to: "pdf")[0]
            let lines = try Command.run("/usr/bin/pdftotext", ["-layout", pdf, "-"]).stdout.split(separator: "\n")
                .map { $0.filter { !$0.isWhitespace } }.filter { !$0.isEmpty }
            #expect(lines.contains("1.первыйпунктприложения"), "\(format): \(lines)")
            #expect(lines.contains("2.второйпунктприложения"), "\(format): \(lines)")
            #expect(lines.contains { $0.contains("СОШ№7") && $0.contains("42") }, "\(format): \(lines)")
            let images = try Command.run("/usr/bin/pdfimages", ["-list", pdf]).stdout
            #expect(images.split(separator: "\n").count >= 3, "\(format): нет рисунка в PDF\n\(images)")
        }
    }

    @Test(.enabled(if: PythonDocx.available)) func pythonDocxOpensTheCombinedDocument() throws {
        let path = try Paths.temporaryFolder().appendingPathComponent("приказ.docx").path
        try Data(try S.render("docx")).write(to: URL(fileURLWithPath: path))
        let script = """
            import sys, docx
            d = docx.Document(sys.argv[1])
            print(len(d.inline_shapes), len(d.tables), d.tables[0].cell(1, 0).text)
            print("\\n".join(p.text for p in d.paragraphs if p.text))
            """
        let result = try Command.run(PythonDocx.python, ["-c", script, path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "1 1 СОШ № 7")
        #expect(lines.contains("второй пункт приложения"))
    }
}
