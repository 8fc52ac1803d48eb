import OfficePackage

/// The workbook embedded in a DOCX chart (Word's «Изменить данные» opens it): the categories in
/// column A and the values in column B of `Sheet1`, under a heading row, the same data as the
/// chart's caches; written by the project's one XLSX writer.
enum ChartWorkbook {
    static let mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    static let sheetName = "Sheet1"

    /// The categories' cells (`Sheet1!$A$2:$A$4`), the values' (`Sheet1!$B$2:$B$4`), the series name's (`Sheet1!$B$1`).
    static func categoriesRange(_ chart: Chart) -> String { "\(sheetName)!$A$2:$A$\(chart.points.count + 1)" }
    static func valuesRange(_ chart: Chart) -> String { "\(sheetName)!$B$2:$B$\(chart.points.count + 1)" }
    static let seriesCell = "\(sheetName)!$B$1"

    /// The XLSX package of `chart`'s data: the series' name over column B, then a row a point.
    static func bytes(_ chart: Chart) throws -> [UInt8] {
        var workbook = XLSXWriter(sheet: sheetName, headers: ["", chart.series], widths: [40, 14])
        workbook.rows = chart.points.map { [.text($0.label), .number($0.value)] }
        return try workbook.bytes()
    }
}

/// Numbers as chart parts and workbooks store them: a point, no grouping, whole numbers without «.0».
enum ChartNumber {
    static func text(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
