/// The CSV state machine over UTF-8 bytes: quoted fields with doubled quotes and line breaks
/// inside, rows numbered as a spreadsheet shows them. Every limit is checked as the bytes arrive,
/// so a 50 MB cell stops after its first ten thousand characters.
struct CSVParser {
    static let quote = UInt8(ascii: "\""), semicolon = UInt8(ascii: ";"), comma = UInt8(ascii: ","),
        tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    let delimiter: UInt8
    let file: String
    let limits: TableLimits

    private var rows: [Table.Row] = []
    private var cells: [String] = []
    private var field: [UInt8] = []
    /// Characters (Unicode scalars) in `field`.
    private var fieldLength = 0
    /// The 0-based column of `field`.
    private var column = 0
    /// The spreadsheet number of the row being read.
    private var row = 1
    private var quoted = false
    private var cellCount = 0

    init(delimiter: UInt8, file: String, limits: TableLimits) {
        self.delimiter = delimiter
        self.file = file
        self.limits = limits
    }

    /// The non-empty rows of `bytes`.
    mutating func parse(_ bytes: [UInt8]) throws -> [Table.Row] {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : nil
            if quoted {
                if byte == Self.quote {
                    if next == Self.quote {
                        try append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    // Everything up to the next quote belongs to the value, line breaks included.
                    index = try appendRun(of: bytes, from: index, until: Self.quote, Self.quote, Self.quote)
                    continue
                }
            } else if byte == Self.quote && field.isEmpty {
                quoted = true
            } else if byte == delimiter {
                try endField()
            } else if byte == Self.lineFeed || byte == Self.carriageReturn {
                if byte == Self.carriageReturn && next == Self.lineFeed { index += 1 }
                try endField()
                try endRow()
            } else {
                // The value up to the next delimiter or line break (a quote inside it is kept as it is).
                index = try appendRun(of: bytes, from: index, until: delimiter, Self.lineFeed, Self.carriageReturn)
                continue
            }
            index += 1
        }
        if quoted {
            throw TableError(
                .badCSV, "кавычка, открытая в этой строке, не закрыта до конца файла", file: file, row: row)
        }
        if !field.isEmpty || !cells.isEmpty {
            try endField()
            try endRow()
        }
        return rows
    }

    /// Appends the bytes from `start` up to the first of the three `stop` bytes (or the end), as
    /// ``append(_:)`` would one by one, the cell length checked at every character.
    /// - Returns: the index of the stop byte (or the end).
    private mutating func appendRun(
        of bytes: [UInt8], from start: Int, until stop: UInt8, _ other: UInt8, _ third: UInt8
    )
        throws -> Int
    {
        var index = start
        var length = fieldLength
        let limit = limits.maxCellLength
        while index < bytes.count {
            let byte = bytes[index]
            if byte == stop || byte == other || byte == third { break }
            if byte & 0xC0 != 0x80 {
                length += 1
                if length > limit {
                    field.append(contentsOf: bytes[start..<index])
                    fieldLength = length - 1
                    throw overlong()
                }
            }
            index += 1
        }
        field.append(contentsOf: bytes[start..<index])
        fieldLength = length
        return index
    }

    private mutating func append(_ byte: UInt8) throws {
        if byte & 0xC0 != 0x80 {
            fieldLength += 1
            if fieldLength > limits.maxCellLength { throw overlong() }
        }
        field.append(byte)
    }

    /// A quoted value running over many lines is an unclosed quote; anything else, a long cell.
    private func overlong() -> TableError {
        let start = String(decoding: field.prefix(Table.excerptLength * 16), as: UTF8.self)
        if quoted && field.contains(where: { $0 == Self.lineFeed || $0 == Self.carriageReturn }) {
            return TableError(
                .badCSV,
                "кавычка, открытая в начале ячейки («\(Table.excerpt(start))»), не закрыта: "
                    + "значение тянется через много строк; закройте кавычку (кавычка внутри значения удваивается: \"\")",
                file: file, row: row, column: column)
        }
        return limits.cellTooLong(start, file: file, row: row, column: column)
    }

    private mutating func endField() throws {
        defer {
            field.removeAll(keepingCapacity: true)
            fieldLength = 0
            column += 1
        }
        if column < limits.maxColumns {
            cells.append(String(decoding: field, as: UTF8.self))
        } else if !field.isEmpty {
            throw limits.tooManyColumns(file: file, row: row, column: column)
        }
    }

    private mutating func endRow() throws {
        defer {
            cells = []
            column = 0
            row += 1
        }
        if cells.allSatisfy(\.isEmpty) && cells.count <= 1 { return }
        if rows.count == limits.maxRows { throw limits.tooManyRows(file: file, row: row) }
        cellCount += cells.count
        if cellCount > limits.maxCells { throw limits.tooManyCells(file: file, row: row) }
        rows.append(Table.Row(number: row, cells: cells))
    }
}
