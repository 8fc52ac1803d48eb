import Foundation

/// Reads CSV as Russian Excel saves it: UTF-8 (with or without BOM) or Windows-1251; `;`, `,` or
/// tab as the delimiter, detected; quoted fields with doubled quotes and line breaks inside. Rows
/// are numbered as a spreadsheet shows them (a line break inside quotes stays in its row); the
/// file, each cell, the rows and the columns are bounded by ``TableLimits``.
public enum CSVReader {
    /// Reads the rows of a CSV (or TSV) file.
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - file: the file's name, for messages.
    ///   - limits: the bounds of the file, its cells, rows and columns.
    /// - Returns: the non-empty rows with their numbers.
    /// - Throws: ``TableError`` naming the row and column at fault: an unclosed quote, a cell, row
    ///   count or column count past `limits`, an encoding that is neither UTF-8 nor Windows-1251.
    public static func read(bytes: [UInt8], file: String, limits: TableLimits = .standard) throws -> Table {
        if bytes.count > limits.maxFileBytes { throw limits.fileTooLarge(bytes: bytes.count, file: file) }
        let text = try decode(bytes, file: file)
        var parser = CSVParser(delimiter: detectDelimiter(text), file: file, limits: limits)
        return Table(file: file, sheet: nil, rows: try parser.parse(text))
    }

    /// The UTF-8 bytes of the file: BOM → UTF-8; valid UTF-8 → UTF-8; UTF-8 with a few bad bytes
    /// → an error naming the line; otherwise Windows-1251.
    static func decode(_ bytes: [UInt8], file: String) throws -> [UInt8] {
        guard let (text, encoding) = TextEncoding.utf8Bytes(bytes) else {
            throw TableError(
                .unreadable, "не удалось определить кодировку; сохраните файл как CSV в UTF-8 или Windows-1251",
                file: file)
        }
        if encoding == .windows1251, let line = TextEncoding.damagedUTF8Line(bytes) {
            throw TableError(
                .unreadable,
                "файл в кодировке UTF-8, но в строке \(line) (считая как в текстовом редакторе) "
                    + "испорчены байты; исправьте её или сохраните таблицу заново как «CSV UTF-8»", file: file)
        }
        return text
    }

    /// Lines and bytes looked at to choose the delimiter.
    static let sampleLines = 20, sampleBytes = 1 << 20

    /// The candidate that splits the first lines most consistently into more than one column.
    static func detectDelimiter(_ text: [UInt8]) -> UInt8 {
        let lines = sample(text)
        var best: (UInt8, Int) = (CSVParser.semicolon, 0)
        for candidate in [CSVParser.semicolon, CSVParser.tab, CSVParser.comma] {
            let counts = lines.map { line in count(candidate, outsideQuotesIn: line) }
            guard let most = counts.max(), most > 0 else { continue }
            let score = counts.filter { $0 == most }.count * 100 + most
            if score > best.1 { best = (candidate, score) }
        }
        return best.0
    }

    /// The first non-empty lines, within the first ``sampleBytes`` bytes.
    private static func sample(_ text: [UInt8]) -> [ArraySlice<UInt8>] {
        let head = text.prefix(sampleBytes)
        return Array(
            head.split(whereSeparator: { $0 == CSVParser.lineFeed || $0 == CSVParser.carriageReturn })
                .prefix(sampleLines))
    }

    private static func count(_ delimiter: UInt8, outsideQuotesIn line: ArraySlice<UInt8>) -> Int {
        var inside = false
        var count = 0
        for byte in line {
            if byte == CSVParser.quote { inside.toggle() } else if byte == delimiter && !inside { count += 1 }
        }
        return count
    }
}
