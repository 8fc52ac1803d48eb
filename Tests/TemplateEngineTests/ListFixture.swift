import Foundation
import TemplateEngine
import TestSupport
import ZipArchive

/// Numbered-list templates for the list tests: a DOCX with a `numbering.xml` (list 1 numbered
/// directly, list 2 through the paragraph style «ListNumber») and an ODT with a numbered list style
/// `L1`; and what LibreOffice prints of them.
enum ListFixture {
    typealias F = DocumentFixture

    /// A DOCX paragraph numbered by `numId` (the inside of `w:body`).
    static func item(_ text: String, numId: Int = 1) -> String {
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(numId)\"/></w:numPr></w:pPr>"
            + "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    /// A DOCX paragraph numbered through its style «ListNumber».
    static func styledItem(_ text: String) -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"ListNumber\"/></w:pPr><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    /// An ODT list item holding one paragraph.
    static func odtItem(_ text: String) -> String {
        "<text:list-item><text:p>\(text)</text:p></text:list-item>"
    }

    /// An ODT numbered list (style `L1`, «1.», «2.», …) of `items`.
    static func odtList(_ items: String...) -> String {
        "<text:list text:style-name=\"L1\">" + items.joined() + "</text:list>"
    }

    static func docx(body: String) throws -> [UInt8] {
        let w = F.w
        let level = { (start: Int) in
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"\(start)\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/>"
                + "<w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl>"
        }
        let numbering = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:numbering xmlns:w="\(w)"><w:abstractNum w:abstractNumId="0">\(level(1))</w:abstractNum>\
            <w:abstractNum w:abstractNumId="1">\(level(1))</w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>\
            </w:numbering>
            """
        let styles = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="\(w)"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
            <w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style></w:styles>
            """
        let type = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        let relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let writer = try ZipWriter(label: "fixture.docx")
        try writer.add(
            "[Content_Types].xml",
            bytes: Array(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="\(type).document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="\(type).numbering+xml"/><Override PartName="/word/styles.xml" ContentType="\(type).styles+xml"/></Types>
                """.utf8))
        try writer.add(
            "_rels/.rels",
            bytes: Array(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\(relationship)/officeDocument" Target="word/document.xml"/></Relationships>
                """.utf8))
        try writer.add(
            "word/_rels/document.xml.rels",
            bytes: Array(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\(relationship)/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="\(relationship)/styles" Target="styles.xml"/></Relationships>
                """.utf8))
        try writer.add(
            "word/document.xml",
            bytes: Array(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="\(w)" xmlns:r="\(relationship)"><w:body>\(body)</w:body></w:document>
                """.utf8))
        try writer.add("word/numbering.xml", bytes: Array(numbering.utf8))
        try writer.add("word/styles.xml", bytes: Array(styles.utf8))
        return try writer.finish()
    }

    static func odt(body: String) throws -> [UInt8] {
        let style =
            "<office:automatic-styles><text:list-style style:name=\"L1\"><text:list-level-style-number "
            + "text:level=\"1\" style:num-suffix=\".\" style:num-format=\"1\"/></text:list-style></office:automatic-styles>"
        return try PackageEdit.replacing(
            "<office:body>", with: style + "<office:body>", in: "content.xml", of: try F.odt(body: body))
    }

    /// Renders `template` with `data` and has LibreOffice print it: the PDF's non-empty lines, without
    /// their spaces (a number and its item's text stand apart by a tab stop's width).
    static func printed(_ template: [UInt8], name: String, data: TemplateValue) throws -> [String] {
        let path = try Paths.temporaryFolder().appendingPathComponent(name).path
        let rendered = try Template(bytes: template, label: name).render(data, options: .init(typography: nil))
        try Data(rendered).write(to: URL(fileURLWithPath: path))
        let pdf = try LibreOffice.convert([path], to: "pdf")[0]
        let text = try Command.run("/usr/bin/pdftotext", ["-layout", pdf, "-"]).stdout
        return text.split(separator: "\n").map { $0.filter { !$0.isWhitespace } }.filter { !$0.isEmpty }
    }

    /// Whether LibreOffice and pdftotext are there to print documents.
    static let canPrint = LibreOffice.testsEnabled && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
}
