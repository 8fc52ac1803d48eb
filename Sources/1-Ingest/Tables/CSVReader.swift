import Foundation

/// Reads CSV as Russian Excel saves it: UTF-8 (with or without BOM) or Windows-1251; `;`, `,` or
/// tab as the delimiter, detected; quoted fields with doubled quotes and line breaks inside.
public enum CSVReader {
    public static func read(bytes: [UInt8], file: String) throws -> Table {
        let text = try decode(bytes, file: file)
        let delimiter = detectDelimiter(text)
        return Table(file: file, sheet: nil, rows: try parse(text, delimiter: delimiter, file: file))
    }

    /// BOM → UTF-8; valid UTF-8 → UTF-8; otherwise Windows-1251.
    static func decode(_ bytes: [UInt8], file: String) throws -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(decoding: bytes.dropFirst(3), as: UTF8.self)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if let text = String(data: Data(bytes), encoding: .windowsCP1251) { return text }
        throw TableError(.unreadable, "не удалось определить кодировку; сохраните файл как CSV в UTF-8 или Windows-1251",
                         file: file)
    }

    /// The candidate that splits the first lines most consistently into more than one column.
    static func detectDelimiter(_ text: String) -> Character {
        let lines = text.split(whereSeparator: \.isNewline).prefix(20)
        var best: (Character, Int) = (";", 0)
        for candidate in [";", "\t", ","] as [Character] {
            let counts = lines.map { line in outsideQuotes(line).filter { $0 == candidate }.count }
            guard let most = counts.max(), most > 0 else { continue }
            let score = counts.filter { $0 == most }.count * 100 + most
            if score > best.1 { best = (candidate, score) }
        }
        return best.0
    }

    private static func outsideQuotes(_ line: Substring) -> [Character] {
        var inside = false
        return line.filter { char in
            if char == "\"" { inside.toggle() }
            return !inside
        }
    }

    static func parse(_ text: String, delimiter: Character, file: String) throws -> [Table.Row] {
        var rows: [Table.Row] = []
        var cells: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var rowStart = 1
        var chars = Array(text)
        if chars.last != "\n" { chars.append("\n") }
        var index = 0
        while index < chars.count {
            let char = chars[index]
            if quoted {
                if char == "\"" {
                    if index + 1 < chars.count, chars[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if char == "\n" || char == "\r\n" { line += 1 }
                    field.append(char)
                }
            } else if char == "\"" && field.isEmpty {
                quoted = true
            } else if char == delimiter {
                cells.append(field)
                field = ""
            } else if char == "\n" || char == "\r\n" || char == "\r" {
                cells.append(field)
                field = ""
                if !(cells.count == 1 && cells[0].isEmpty) { rows.append(Table.Row(number: rowStart, cells: cells)) }
                cells = []
                line += 1
                rowStart = line
            } else {
                field.append(char)
            }
            index += 1
        }
        if quoted {
            throw TableError(.badCSV, "кавычка, открытая в этой строке, не закрыта до конца файла", file: file, row: rowStart)
        }
        return rows
    }
}
