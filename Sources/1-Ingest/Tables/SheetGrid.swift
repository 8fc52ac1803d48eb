import Foundation

/// The non-empty cells of a sheet by row and column, kept within ``TableLimits`` as they are set.
struct SheetGrid {
    let file: String
    let sheet: String
    let limits: TableLimits
    private var cells: [Int: [Int: String]] = [:]
    /// Cells set or visited while filling merged ranges.
    private var count = 0

    init(file: String, sheet: String, limits: TableLimits) {
        self.file = file
        self.sheet = sheet
        self.limits = limits
    }

    /// Sets a cell; an empty value sets nothing.
    mutating func set(_ value: String, row: Int, column: Int) throws {
        if value.isEmpty { return }
        if column >= limits.maxColumns {
            throw limits.tooManyColumns(file: file, sheet: sheet, row: row, column: column)
        }
        try tally(row: row)
        cells[row, default: [:]][column] = value
    }

    /// Copies the value of a merged range's first cell into its empty cells.
    mutating func fill(from: (row: Int, column: Int), to: (row: Int, column: Int)) throws {
        guard from.column < limits.maxColumns, let value = cells[from.row]?[from.column] else { return }
        let columns = from.column...min(to.column, limits.maxColumns - 1)
        try tally(row: from.row, cells: (to.row - from.row + 1) * columns.count)
        for row in from.row...to.row {
            if cells[row] == nil && cells.count == limits.maxRows {
                throw limits.tooManyRows(file: file, sheet: sheet, row: row)
            }
            for column in columns where cells[row]?[column] == nil { cells[row, default: [:]][column] = value }
        }
    }

    private mutating func tally(row: Int, cells added: Int = 1) throws {
        if added == 1 && cells[row] == nil && cells.count == limits.maxRows {
            throw limits.tooManyRows(file: file, sheet: sheet, row: row)
        }
        count += added
        if count > limits.maxCells { throw limits.tooManyCells(file: file, sheet: sheet, row: row) }
    }

    /// The rows in order, each from column A to its last cell; rows of spaces left out.
    func rows() throws -> [Table.Row] {
        var total = 0
        return try cells.keys.sorted().compactMap { number in
            guard let row = cells[number], let last = row.keys.max() else { return nil }
            total += last + 1
            if total > limits.maxCells { throw limits.tooManyCells(file: file, sheet: sheet, row: number) }
            let values = (0...last).map { row[$0] ?? "" }
            return values.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
                ? nil : Table.Row(number: number, cells: values)
        }
    }
}
