import Foundation
import XMLTree
import ZipArchive

/// Reads one sheet of an XLSX workbook into text cells: shared and inline strings, numbers as
/// stored, booleans; the value of a merged range is copied to every cell of the range (so merged
/// header cells name every column under them). The file, each cell, the rows and the columns are
/// bounded by ``TableLimits``.
public enum XLSXReader {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// Bounds of the workbook's parts: a results sheet is far smaller than an office document may be.
    static let zipLimits = ZipLimits(maxEntrySize: 100 << 20, maxTotalSize: 200 << 20)

    /// Reads the sheet named `sheet`, or the first sheet.
    /// - Parameters:
    ///   - bytes: the workbook's content.
    ///   - file: the file's name, for messages.
    ///   - sheet: the sheet to read; the first sheet when `nil`.
    ///   - limits: the bounds of the file, its cells, rows and columns.
    /// - Returns: the sheet's non-empty rows, merged ranges filled in.
    /// - Throws: ``TableError`` naming the sheet, row and column at fault when it can: not a
    ///   workbook, no such sheet, a damaged part, a cell, row count or column count past `limits`.
    public static func read(bytes: [UInt8], file: String, sheet: String? = nil, limits: TableLimits = .standard) throws
        -> Table
    {
        if bytes.count > limits.maxFileBytes { throw limits.fileTooLarge(bytes: bytes.count, file: file) }
        do {
            let zip = try ZipReader(bytes: bytes, label: file, limits: zipLimits)
            guard zip.contains("xl/workbook.xml") else {
                throw TableError(
                    .unsupported,
                    "файл не является книгой Excel (.xlsx); сохраните таблицу как «Книга Excel (.xlsx)» или CSV",
                    file: file)
            }
            let (name, part) = try sheetPart(zip, file: file, wanted: sheet)
            var reading = SheetReading(file: file, sheet: name, limits: limits)
            let strings = try reading.sharedStrings(zip)
            let document = try reading.parse(try zip.read(part), part: part)
            return Table(file: file, sheet: name, rows: try reading.rows(document, strings: strings))
        } catch let error as ZipError {
            throw TableError(.unreadable, error.message, file: file)
        } catch let error as XMLError {
            throw damaged(error, file: file)
        }
    }

    /// A part that libxml2 refused, told without libxml2's own (English) words.
    private static func damaged(_ error: XMLError, file: String) -> TableError {
        let place = "часть книги «\(error.part)»" + (error.line.map { " (строка XML \($0))" } ?? "")
        switch error.code {
        case .entityDeclared, .externalDTD:
            return TableError(.badSheet, "\(place): \(error.message)", file: file)
        case .empty:
            return TableError(
                .badSheet,
                "\(place) пуста — книга повреждена; откройте её в Excel или LibreOffice Calc "
                    + "и сохраните заново как «Книга Excel (.xlsx)»", file: file)
        case .malformed, .serializeFailed, .invalidOperation:
            return TableError(
                .badSheet,
                "\(place) не является корректным XML — книга повреждена; откройте её в Excel "
                    + "или LibreOffice Calc и сохраните заново как «Книга Excel (.xlsx)»", file: file)
        }
    }

    private static func sheetPart(_ zip: ZipReader, file: String, wanted: String?) throws -> (String, String) {
        let workbook = try XMLDocument(bytes: try zip.read("xl/workbook.xml"), part: "xl/workbook.xml")
        let sheets = workbook.root.descendants("sheet", in: main)
        let names = sheets.compactMap { $0.attribute("name") }
        let chosen = wanted.map { name in sheets.first { $0.attribute("name") == name } } ?? sheets.first
        guard let sheet = chosen else {
            throw TableError(
                .noSheet,
                wanted.map { "в книге нет листа «\($0)»; есть: " + names.joined(separator: ", ") }
                    ?? "в книге нет ни одного листа", file: file)
        }
        let name = sheet.attribute("name") ?? "Лист1"
        guard let id = sheet.attribute("id", in: officeRelationships), zip.contains("xl/_rels/workbook.xml.rels") else {
            throw TableError(.badSheet, "не найдена связь листа «\(name)» с его данными", file: file)
        }
        let rels = try XMLDocument(
            bytes: try zip.read("xl/_rels/workbook.xml.rels"), part: "xl/_rels/workbook.xml.rels")
        guard
            let target = rels.root.elements("Relationship", in: packageRelationships)
                .first(where: { $0.attribute("Id") == id })?.attribute("Target")
        else {
            throw TableError(.badSheet, "не найдены данные листа «\(name)»", file: file)
        }
        let part = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        return (name, part)
    }

    /// The last row and column of an Excel sheet: references past them are not cells.
    static let maxRowNumber = 1_048_576, maxColumnNumber = 16_384

    /// `B3` → row 3, column 1; `nil` for anything that is not a cell of an Excel sheet.
    static func reference(_ text: String) -> (row: Int, column: Int)? {
        var column = 0
        var digits = ""
        for char in text.uppercased() {
            if let ascii = char.asciiValue, (65...90).contains(ascii), digits.isEmpty {
                column = column * 26 + Int(ascii - 64)
                if column > maxColumnNumber { return nil }
            } else if let ascii = char.asciiValue, (48...57).contains(ascii), digits.count < 8 {
                digits.append(char)
            } else {
                return nil
            }
        }
        guard column > 0, let row = Int(digits), (1...maxRowNumber).contains(row) else { return nil }
        return (row, column - 1)
    }

    /// `A1:C2` → its corners; `nil` for anything else or a range past 10 000 rows or 1 000 columns.
    static func range(_ text: String) -> ((row: Int, column: Int), (row: Int, column: Int))? {
        let ends = text.split(separator: ":")
        guard ends.count == 2, let from = reference(String(ends[0])), let to = reference(String(ends[1])),
            to.row >= from.row, to.column >= from.column, to.row - from.row < 10_000, to.column - from.column < 1_000
        else {
            return nil
        }
        return (from, to)
    }
}
