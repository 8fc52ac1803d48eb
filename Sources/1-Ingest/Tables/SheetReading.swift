import XMLTree
import ZipArchive

/// The reading of one sheet of a workbook: its shared strings and its cells, each checked against
/// ``TableLimits`` and reported with the sheet, row and column it is in.
struct SheetReading {
    let file: String
    let sheet: String
    let limits: TableLimits
    /// Parts in which overlong text was clipped before parsing.
    private var clippedParts: [String] = []

    init(file: String, sheet: String, limits: TableLimits) {
        self.file = file
        self.sheet = sheet
        self.limits = limits
    }

    /// Bytes past which a run of text is clipped before parsing: a clipped run is still longer than
    /// any cell may be, even with every character written as a reference such as `&#1046;`.
    var clipBytes: Int { (limits.maxCellLength + 1) * 10 + 32 }

    /// Parses a part, clipping overlong text first.
    mutating func parse(_ bytes: [UInt8], part: String) throws -> XMLDocument {
        let (clipped, wasClipped) = XMLTextClipper.clip(bytes, runsLongerThan: clipBytes)
        if wasClipped { clippedParts.append(part) }
        return try XMLDocument(bytes: clipped, part: part)
    }

    /// The shared strings table, or none.
    mutating func sharedStrings(_ zip: ZipReader) throws -> [String] {
        guard zip.contains("xl/sharedStrings.xml") else { return [] }
        let document = try parse(try zip.read("xl/sharedStrings.xml"), part: "xl/sharedStrings.xml")
        return document.root.elements("si", in: XLSXReader.main).map(text)
    }

    /// The text of a string item: its `t` elements, leaving out phonetic runs; no longer than a
    /// clipped run, however many runs the item has.
    private func text(_ item: XMLNode) -> String {
        var result = ""
        item.walk { node in
            if result.utf8.count > clipBytes || node.is("rPh", in: XLSXReader.main) { return false }
            if node.is("t", in: XLSXReader.main) {
                result += node.text
                return false
            }
            return true
        }
        return result
    }

    /// The sheet's non-empty rows, merged ranges filled in.
    func rows(_ document: XMLDocument, strings: [String]) throws -> [Table.Row] {
        var grid = SheetGrid(file: file, sheet: sheet, limits: limits)
        var nextRow = 1
        for row in document.root.descendants("row", in: XLSXReader.main) {
            let number = try rowNumber(row, next: nextRow)
            nextRow = number + 1
            var nextColumn = 0
            for cell in row.elements("c", in: XLSXReader.main) {
                let column = cell.attribute("r").flatMap { XLSXReader.reference($0)?.column } ?? nextColumn
                nextColumn = column + 1
                let value = try self.value(of: cell, strings: strings, row: number, column: column)
                if value.unicodeScalars.count > limits.maxCellLength {
                    throw limits.cellTooLong(value, file: file, sheet: sheet, row: number, column: column)
                }
                try grid.set(value, row: number, column: column)
            }
        }
        for merge in document.root.descendants("mergeCell", in: XLSXReader.main) {
            guard let ref = merge.attribute("ref"), let (from, to) = XLSXReader.range(ref) else { continue }
            try grid.fill(from: from, to: to)
        }
        if let part = clippedParts.first {
            throw TableError(
                .cellTooLong,
                "в части книги «\(part)» есть текст длиннее \(limits.maxCellLength) знаков "
                    + "не в ячейке листа (в формуле, примечании или неиспользуемой строке); удалите его "
                    + "или сохраните книгу заново как «Книга Excel (.xlsx)»", file: file, sheet: sheet)
        }
        return try grid.rows()
    }

    /// The row's number: its `r` attribute, or the one after the previous row.
    private func rowNumber(_ row: XMLNode, next: Int) throws -> Int {
        guard let text = row.attribute("r") else {
            if next > XLSXReader.maxRowNumber { throw badRowNumber(String(next)) }
            return next
        }
        guard text.utf8.count <= 8, let number = Int(text), (1...XLSXReader.maxRowNumber).contains(number) else {
            throw badRowNumber(text)
        }
        return number
    }

    private func badRowNumber(_ text: String) -> TableError {
        TableError(
            .badSheet,
            "номер строки «\(Table.excerpt(text))» — не строка листа Excel (от 1 до 1048576); "
                + "книга повреждена — откройте её в Excel и сохраните заново", file: file, sheet: sheet)
    }

    /// A cell's text: a shared or inline string, «да»/«нет» for a boolean, or the stored value.
    private func value(of cell: XMLNode, strings: [String], row: Int, column: Int) throws -> String {
        let value = cell.element("v", in: XLSXReader.main)?.text ?? ""
        switch cell.attribute("t") {
        case "s":
            guard value.utf8.count < 20, let index = Int(value), strings.indices.contains(index) else {
                throw TableError(
                    .badSheet,
                    "ячейка \(Table.columnLetter(column))\(row) ссылается на несуществующую строку; "
                        + "книга повреждена — откройте её в Excel и сохраните заново",
                    file: file, sheet: sheet, row: row, column: column)
            }
            return strings[index]
        case "inlineStr":
            return cell.element("is", in: XLSXReader.main).map(text) ?? ""
        case "b":
            return value == "1" ? "да" : "нет"
        default:
            return value
        }
    }
}
