import Foundation
import XMLTree
import ZipArchive

/// Reads one sheet of an XLSX workbook into text cells: shared and inline strings, numbers as
/// stored, booleans; the value of a merged range is copied to every cell of the range (so merged
/// header cells name every column under them).
public enum XLSXReader {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// Reads the sheet named `sheet`, or the first sheet.
    public static func read(bytes: [UInt8], file: String, sheet: String? = nil) throws -> Table {
        do {
            let zip = try ZipReader(bytes: bytes, label: file)
            guard zip.contains("xl/workbook.xml") else {
                throw TableError(.unsupported, "файл не является книгой Excel (.xlsx); сохраните таблицу как «Книга Excel (.xlsx)» или CSV",
                                 file: file)
            }
            let (name, part) = try sheetPart(zip, file: file, wanted: sheet)
            let strings = try sharedStrings(zip)
            let document = try XMLDocument(bytes: try zip.read(part), part: part)
            return Table(file: file, sheet: name, rows: try rows(document, strings: strings, file: file))
        } catch let error as ZipError {
            throw TableError(.unreadable, error.message, file: file)
        } catch let error as XMLError {
            throw TableError(.badSheet, "лист повреждён: \(error)", file: file)
        }
    }

    private static func sheetPart(_ zip: ZipReader, file: String, wanted: String?) throws -> (String, String) {
        let workbook = try XMLDocument(bytes: try zip.read("xl/workbook.xml"), part: "xl/workbook.xml")
        let sheets = workbook.root.descendants("sheet", in: main)
        let names = sheets.compactMap { $0.attribute("name") }
        let chosen = wanted.map { name in sheets.first { $0.attribute("name") == name } } ?? sheets.first
        guard let sheet = chosen else {
            throw TableError(.noSheet, wanted.map { "в книге нет листа «\($0)»; есть: " + names.joined(separator: ", ") }
                             ?? "в книге нет ни одного листа", file: file)
        }
        let name = sheet.attribute("name") ?? "Лист1"
        guard let id = sheet.attribute("id", in: officeRelationships), zip.contains("xl/_rels/workbook.xml.rels") else {
            throw TableError(.badSheet, "не найдена связь листа «\(name)» с его данными", file: file)
        }
        let rels = try XMLDocument(bytes: try zip.read("xl/_rels/workbook.xml.rels"), part: "xl/_rels/workbook.xml.rels")
        guard let target = rels.root.elements("Relationship", in: packageRelationships)
            .first(where: { $0.attribute("Id") == id })?.attribute("Target") else {
            throw TableError(.badSheet, "не найдены данные листа «\(name)»", file: file)
        }
        let part = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        return (name, part)
    }

    private static func sharedStrings(_ zip: ZipReader) throws -> [String] {
        guard zip.contains("xl/sharedStrings.xml") else { return [] }
        let document = try XMLDocument(bytes: try zip.read("xl/sharedStrings.xml"), part: "xl/sharedStrings.xml")
        return document.root.elements("si", in: main).map(text)
    }

    /// The text of a string item: its `t` elements, leaving out phonetic runs.
    private static func text(_ item: XMLNode) -> String {
        var result = ""
        item.walk { node in
            if node.is("rPh", in: main) { return false }
            if node.is("t", in: main) { result += node.text; return false }
            return true
        }
        return result
    }

    private static func rows(_ sheet: XMLDocument, strings: [String], file: String) throws -> [Table.Row] {
        var grid: [Int: [Int: String]] = [:]
        var nextRow = 1
        for row in sheet.root.descendants("row", in: main) {
            let number = row.attribute("r").flatMap(Int.init) ?? nextRow
            nextRow = number + 1
            var nextColumn = 0
            for cell in row.elements("c", in: main) {
                let column = cell.attribute("r").flatMap { reference(String($0))?.column } ?? nextColumn
                nextColumn = column + 1
                let value = cell.element("v", in: main)?.text ?? ""
                switch cell.attribute("t") {
                case "s":
                    guard let index = Int(value), strings.indices.contains(index) else {
                        throw TableError(.badSheet, "ячейка \(Table.columnLetter(column))\(number) ссылается на несуществующую строку",
                                         file: file, row: number)
                    }
                    grid[number, default: [:]][column] = strings[index]
                case "inlineStr":
                    grid[number, default: [:]][column] = cell.element("is", in: main).map(text) ?? ""
                case "b":
                    grid[number, default: [:]][column] = value == "1" ? "да" : "нет"
                default:
                    grid[number, default: [:]][column] = value
                }
            }
        }
        for merge in sheet.root.descendants("mergeCell", in: main) {
            guard let ref = merge.attribute("ref"), let (from, to) = range(ref),
                  let value = grid[from.row]?[from.column] else { continue }
            for row in from.row...to.row {
                for column in from.column...to.column where grid[row]?[column, default: ""].isEmpty ?? true {
                    grid[row, default: [:]][column] = value
                }
            }
        }
        return grid.keys.sorted().compactMap { number in
            guard let cells = grid[number], let last = cells.keys.max() else { return nil }
            let row = (0...last).map { cells[$0] ?? "" }
            return row.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } ? nil : Table.Row(number: number, cells: row)
        }
    }

    /// `B3` → row 3, column 1.
    static func reference(_ text: String) -> (row: Int, column: Int)? {
        var column = 0
        var digits = ""
        for char in text.uppercased() {
            if let ascii = char.asciiValue, (65...90).contains(ascii), digits.isEmpty {
                column = column * 26 + Int(ascii - 64)
            } else if char.isNumber {
                digits.append(char)
            } else {
                return nil
            }
        }
        guard column > 0, let row = Int(digits) else { return nil }
        return (row, column - 1)
    }

    private static func range(_ text: String) -> ((row: Int, column: Int), (row: Int, column: Int))? {
        let ends = text.split(separator: ":")
        guard ends.count == 2, let from = reference(String(ends[0])), let to = reference(String(ends[1])),
              to.row >= from.row, to.column >= from.column, to.row - from.row < 10_000, to.column - from.column < 1_000 else {
            return nil
        }
        return (from, to)
    }
}
