/// Bounds that make a hostile or mistaken results file (a 50 MB cell, a million rows) fail fast
/// with a located error at ingest, before anything downstream sees the data (пределы таблицы).
public struct TableLimits: Sendable, Equatable {
    /// Most bytes a file may have on disk (CSV or XLSX).
    public var maxFileBytes: Int
    /// Most characters (Unicode scalars) one cell may hold: a school name or an answer never needs more.
    public var maxCellLength: Int
    /// Most non-empty rows a table may have.
    public var maxRows: Int
    /// Most columns a row may fill: a cell to the right of this many columns is an error.
    public var maxColumns: Int
    /// Most cells all rows together may hold.
    public var maxCells: Int

    /// Limits generous for any real monitoring, tight enough to stop a hostile file.
    /// - Parameters:
    ///   - maxFileBytes: the largest file, in bytes (50 MB).
    ///   - maxCellLength: the longest cell, in characters (10 000).
    ///   - maxRows: the most non-empty rows (100 000).
    ///   - maxColumns: the most columns (1 000).
    ///   - maxCells: the most cells in all (5 000 000).
    public init(
        maxFileBytes: Int = 50 << 20, maxCellLength: Int = 10_000, maxRows: Int = 100_000,
        maxColumns: Int = 1_000, maxCells: Int = 5_000_000
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxCellLength = maxCellLength
        self.maxRows = maxRows
        self.maxColumns = maxColumns
        self.maxCells = maxCells
    }

    /// The limits every reader uses unless told otherwise.
    public static let standard = TableLimits()
}
