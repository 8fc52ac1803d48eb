import XMLTree
import ZipArchive

/// The workbook embedded in a DOCX chart (Word's «Изменить данные» opens it): the categories in
/// column A and the values in column B of `Sheet1`, under a heading row, the same data as the
/// chart's caches; written with ZipArchive and the XML layer.
enum ChartWorkbook {
    static let mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    static let sheetName = "Sheet1"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let types = "http://schemas.openxmlformats.org/package/2006/content-types"
    private static let typePrefix = "application/vnd.openxmlformats-officedocument.spreadsheetml."

    /// The categories' cells (`Sheet1!$A$2:$A$4`), the values' (`Sheet1!$B$2:$B$4`), the series name's (`Sheet1!$B$1`).
    static func categoriesRange(_ chart: Chart) -> String { "\(sheetName)!$A$2:$A$\(chart.points.count + 1)" }
    static func valuesRange(_ chart: Chart) -> String { "\(sheetName)!$B$2:$B$\(chart.points.count + 1)" }
    static let seriesCell = "\(sheetName)!$B$1"

    /// The XLSX package of `chart`'s data.
    static func bytes(_ chart: Chart, label: String) throws -> [UInt8] {
        let writer = try ZipWriter(label: label)
        try writer.add("[Content_Types].xml", bytes: try contentTypes())
        try writer.add(
            "_rels/.rels",
            bytes: try relationships(
                "_rels/.rels", type: officeRelationships + "/officeDocument", target: "xl/workbook.xml"))
        try writer.add("xl/workbook.xml", bytes: try workbook())
        try writer.add(
            "xl/_rels/workbook.xml.rels",
            bytes: try relationships(
                "xl/_rels/workbook.xml.rels", type: officeRelationships + "/worksheet", target: "worksheets/sheet1.xml")
        )
        try writer.add("xl/worksheets/sheet1.xml", bytes: try sheet(chart))
        return try writer.finish()
    }

    private static func contentTypes() throws -> [UInt8] {
        let xml = try XMLBuilder(part: "[Content_Types].xml", root: "Types", namespaces: [], defaultNamespace: types)
        try xml.add(
            "Default",
            [("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml")],
            to: xml.root)
        try xml.add("Default", [("Extension", "xml"), ("ContentType", "application/xml")], to: xml.root)
        try xml.add(
            "Override", [("PartName", "/xl/workbook.xml"), ("ContentType", typePrefix + "sheet.main+xml")], to: xml.root
        )
        try xml.add(
            "Override", [("PartName", "/xl/worksheets/sheet1.xml"), ("ContentType", typePrefix + "worksheet+xml")],
            to: xml.root)
        return try xml.bytes()
    }

    private static func relationships(_ part: String, type: String, target: String) throws -> [UInt8] {
        let xml = try RelationshipsPart.empty(part)
        try RelationshipsPart.add(id: "rId1", type: type, target: target, to: xml)
        return try xml.serialized()
    }

    private static func workbook() throws -> [UInt8] {
        let xml = try XMLBuilder(
            part: "xl/workbook.xml", root: "workbook", namespaces: [("r", officeRelationships)], defaultNamespace: main)
        let sheets = try xml.add("sheets", to: xml.root)
        try xml.add("sheet", [("name", sheetName), ("sheetId", "1"), ("r:id", "rId1")], to: sheets)
        return try xml.bytes()
    }

    private static func sheet(_ chart: Chart) throws -> [UInt8] {
        let xml = try XMLBuilder(
            part: "xl/worksheets/sheet1.xml", root: "worksheet", namespaces: [], defaultNamespace: main)
        let data = try xml.add("sheetData", to: xml.root)
        func text(_ value: String, _ reference: String, in row: XMLNode) throws {
            let cell = try xml.add("c", [("r", reference), ("t", "inlineStr")], to: row)
            try xml.add("t", text: value, to: try xml.add("is", to: cell))
        }
        let heading = try xml.add("row", [("r", "1")], to: data)
        try text(chart.series, "B1", in: heading)
        for (index, point) in chart.points.enumerated() {
            let number = String(index + 2)
            let row = try xml.add("row", [("r", number)], to: data)
            try text(point.label, "A" + number, in: row)
            try xml.add("v", text: ChartNumber.text(point.value), to: try xml.add("c", [("r", "B" + number)], to: row))
        }
        return try xml.bytes()
    }
}

/// Numbers as chart parts and workbooks store them: a point, no grouping, whole numbers without «.0».
enum ChartNumber {
    static func text(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
