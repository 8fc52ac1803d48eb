import Foundation
import XMLTree
import ZipArchive

/// Writes a one-sheet XLSX workbook: a header row in bold, then rows of text or numbers, columns
/// as wide as asked. Cells are inline strings or numbers; every part is built through the XML
/// layer, so any text (quotes, `<`, control characters removed) makes a valid workbook.
public struct XLSXWriter {
    /// A cell: text, or a number written as a number.
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)
    }

    /// The sheet's name (at most 31 characters, without `[]:*?/\`).
    public var sheet: String
    /// The header row.
    public var headers: [String]
    /// The widths of the columns in characters.
    public var widths: [Double]
    public var rows: [[Cell]] = []

    /// A workbook with one sheet.
    public init(sheet: String, headers: [String], widths: [Double]) {
        self.sheet = sheet
        self.headers = headers
        self.widths = widths
    }

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The workbook's bytes.
    public func bytes() throws -> [UInt8] {
        let zip = try ZipWriter(label: "рабочая книга")
        let name = String(sheet.filter { !"[]:*?/\\".contains($0) }.prefix(31))
        try zip.add("[Content_Types].xml", bytes: Array(Self.contentTypes.utf8))
        try zip.add("_rels/.rels", bytes: Array(Self.packageRelationships.utf8))
        let workbook = try XMLDocument(string: Self.workbook, part: "xl/workbook.xml")
        try workbook.root.descendants("sheet", in: Self.main).first?.setAttribute(
            "name", to: name.isEmpty ? "Лист1" : name)
        try zip.add("xl/workbook.xml", bytes: try workbook.serialized())
        try zip.add("xl/_rels/workbook.xml.rels", bytes: Array(Self.workbookRelationships.utf8))
        try zip.add("xl/styles.xml", bytes: Array(Self.styles.utf8))
        try zip.add("xl/worksheets/sheet1.xml", bytes: try worksheet())
        return try zip.finish()
    }

    private func worksheet() throws -> [UInt8] {
        let document = try XMLDocument(
            string: "<worksheet xmlns=\"\(Self.main)\"><cols/><sheetData/></worksheet>",
            part: "xl/worksheets/sheet1.xml")
        let root = document.root
        guard let cols = root.element("cols", in: Self.main),
            let data = root.element("sheetData", in: Self.main)
        else { return try document.serialized() }
        for (index, width) in widths.enumerated() {
            let col = cols.append(try document.makeElement("col", namespace: Self.main))
            try col.setAttribute("min", to: String(index + 1))
            try col.setAttribute("max", to: String(index + 1))
            try col.setAttribute("width", to: String(width))
            try col.setAttribute("customWidth", to: "1")
        }
        for (rowIndex, cells) in ([headers.map(Cell.text)] + rows).enumerated() {
            let row = data.append(try document.makeElement("row", namespace: Self.main))
            try row.setAttribute("r", to: String(rowIndex + 1))
            for (columnIndex, cell) in cells.enumerated() {
                let element = row.append(try document.makeElement("c", namespace: Self.main))
                try element.setAttribute("r", to: Self.column(columnIndex) + String(rowIndex + 1))
                // Style 1: bold header; style 2: wrapped text, top-aligned.
                try element.setAttribute("s", to: rowIndex == 0 ? "1" : "2")
                switch cell {
                case .number(let value):
                    element.append(try document.makeElement("v", namespace: Self.main)).setText(
                        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value))
                case .text(let text):
                    try element.setAttribute("t", to: "inlineStr")
                    let run = element.append(try document.makeElement("is", namespace: Self.main))
                    let node = run.append(try document.makeElement("t", namespace: Self.main))
                    node.setText(Self.printable(text))
                    if text.first?.isWhitespace == true || text.last?.isWhitespace == true {
                        try node.setAttribute("space", in: "http://www.w3.org/XML/1998/namespace", to: "preserve")
                    }
                }
            }
        }
        return try document.serialized()
    }

    /// `A`, `B`, …, `Z`, `AA`, … for the column at `index` (from 0).
    public static func column(_ index: Int) -> String {
        var number = index + 1
        var name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    /// `text` without the control characters XML 1.0 cannot hold (tabs and line breaks stay).
    static func printable(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r" }))
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
        """

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="xl/workbook.xml"/></Relationships>
        """

    static let workbook = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="\(main)" xmlns:r="\(relationships)"><sheets>\
        <sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>
        """

    static let workbookRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
        Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
        Target="styles.xml"/></Relationships>
        """

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="\(main)">\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
        <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
        </fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">\
        <alignment vertical="top" wrapText="1"/></xf></cellXfs></styleSheet>
        """
}
