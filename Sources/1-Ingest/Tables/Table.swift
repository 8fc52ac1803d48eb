import OfficePackage

/// Rows of text cells read from a spreadsheet or CSV file, with the row numbers the user sees.
public struct Table: Sendable, Equatable {
    /// One row: its number as the spreadsheet shows it (1-based) and its cells, left to right.
    public struct Row: Sendable, Equatable {
        public let number: Int
        public let cells: [String]

        public init(number: Int, cells: [String]) {
            self.number = number
            self.cells = cells
        }

        /// The cell in column `index` (0-based), or "" past the end.
        public subscript(index: Int) -> String { index < cells.count ? cells[index] : "" }
    }

    /// The file name, for messages.
    public let file: String
    /// The sheet the rows come from (XLSX), or `nil` (CSV).
    public let sheet: String?
    public let rows: [Row]

    public init(file: String, sheet: String?, rows: [Row]) {
        self.file = file
        self.sheet = sheet
        self.rows = rows
    }

    /// The spreadsheet letter of column `index` (0 → A, 26 → AA).
    public static func columnLetter(_ index: Int) -> String { XLSXWriter.column(index) }
}

/// An error reading a table: a stable code, a Russian message, the file, and where known the
/// sheet, the row (as the spreadsheet numbers it) and the column.
public struct TableError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case unreadable = "table_unreadable"
        case unsupported = "table_unsupported"
        case noSheet = "table_no_sheet"
        case badSheet = "table_bad_sheet"
        case badCSV = "table_bad_csv"
        /// A cell longer than ``TableLimits/maxCellLength``.
        case cellTooLong = "table_cell_too_long"
        /// A file, row count, column count or cell count past ``TableLimits``.
        case tooLarge = "table_too_large"
    }

    public let code: Code
    public let message: String
    public let file: String
    public let row: Int?
    /// The sheet (XLSX), when the problem is in one.
    public let sheet: String?
    /// The column (0-based; shown as its letter), when the problem is one cell.
    public let column: Int?

    public init(
        _ code: Code, _ message: String, file: String, sheet: String? = nil, row: Int? = nil, column: Int? = nil
    ) {
        self.code = code
        self.message = message
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
    }

    public var description: String {
        var place = file
        if let sheet { place += ", лист «\(Table.excerpt(sheet))»" }
        if let row { place += ", строка \(row)" }
        if let column { place += ", столбец \(Table.columnLetter(column))" }
        return "\(place): \(code.rawValue): \(message)"
    }
}
