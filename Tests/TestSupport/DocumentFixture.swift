import ZipArchive

/// Builds tiny DOCX and ODT packages from XML snippets, for engine tests.
public enum DocumentFixture {
    public static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A DOCX whose body is `body` (the inside of `w:body`), with an optional header (the inside of `w:hdr`).
    public static func docx(body: String, header: String? = nil) throws -> [UInt8] {
        let writer = try ZipWriter(label: "fixture.docx")
        try writer.add(
            "[Content_Types].xml",
            bytes: Array(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\(header == nil ? "" : "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>")</Types>
                """.utf8))
        try writer.add(
            "_rels/.rels",
            bytes: Array(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """.utf8))
        let headerReference =
            header == nil ? "" : "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId9\"/></w:sectPr>"
        try writer.add(
            "word/document.xml",
            bytes: Array(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="\(w)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:body>\(body)\(headerReference)</w:body></w:document>
                """.utf8))
        if let header {
            try writer.add(
                "word/_rels/document.xml.rels",
                bytes: Array(
                    """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>
                    """.utf8))
            try writer.add(
                "word/header1.xml",
                bytes: Array(
                    """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <w:hdr xmlns:w="\(w)">\(header)</w:hdr>
                    """.utf8))
        }
        return try writer.finish()
    }

    static let odfNamespaces = """
        xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
        xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"
        """

    /// An ODT whose body is `body` (the inside of `office:text`), with an optional footer
    /// (the inside of `style:footer` on the default master page).
    public static func odt(body: String, footer: String? = nil) throws -> [UInt8] {
        let writer = try ZipWriter(label: "fixture.odt")
        try writer.add("mimetype", bytes: Array("application/vnd.oasis.opendocument.text".utf8), compressed: false)
        try writer.add(
            "content.xml",
            bytes: Array(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content \(odfNamespaces)><office:body><office:text>\(body)</office:text></office:body></office:document-content>
                """.utf8))
        try writer.add(
            "styles.xml",
            bytes: Array(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-styles \(odfNamespaces)><office:master-styles><style:master-page style:name="Standard">\(footer.map { "<style:footer>\($0)</style:footer>" } ?? "")</style:master-page></office:master-styles></office:document-styles>
                """.utf8))
        try writer.add(
            "META-INF/manifest.xml",
            bytes: Array(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>
                """.utf8))
        return try writer.finish()
    }

    /// A DOCX paragraph holding `runs` (each the inside of a `w:r`, or raw markup when it starts with `<`).
    public static func p(_ runs: String...) -> String {
        "<w:p>" + runs.map { $0.hasPrefix("<") ? $0 : "<w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r>" }.joined()
            + "</w:p>"
    }

    /// An ODT paragraph with `content` (text or markup).
    public static func tp(_ content: String) -> String { "<text:p>\(content)</text:p>" }
}
