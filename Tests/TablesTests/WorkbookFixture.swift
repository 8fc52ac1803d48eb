import ZipArchive

/// A minimal XLSX workbook with one sheet «Результаты», built in memory from sheet rows and
/// shared strings written as XML snippets.
enum WorkbookFixture {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// - Parameters:
    ///   - sheetData: the `<row>` elements of the sheet.
    ///   - strings: the `<si>` elements of the shared strings, or `nil` for none.
    ///   - compressed: whether the parts are deflated.
    static func workbook(sheetData: [UInt8], strings: [UInt8]? = nil, compressed: Bool = true) throws -> [UInt8] {
        let writer = try ZipWriter(label: "fixture.xlsx")
        try writer.add(
            "xl/workbook.xml",
            bytes: Array(
                """
                <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\(main)" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
                <sheet name="Результаты" sheetId="1" r:id="rId1"/></sheets></workbook>
                """.utf8))
        try writer.add(
            "xl/_rels/workbook.xml.rels",
            bytes: Array(
                """
                <?xml version="1.0" encoding="UTF-8"?><Relationships \
                xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
                Target="worksheets/sheet1.xml"/></Relationships>
                """.utf8))
        try writer.add(
            "xl/worksheets/sheet1.xml",
            bytes: Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"\(main)\"><sheetData>".utf8)
                + sheetData + Array("</sheetData></worksheet>".utf8), compressed: compressed)
        if let strings {
            try writer.add(
                "xl/sharedStrings.xml",
                bytes: Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"\(main)\">".utf8)
                    + strings + Array("</sst>".utf8), compressed: compressed)
        }
        return try writer.finish()
    }
}
