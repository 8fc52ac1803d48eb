/// The located errors of a table that breaks its ``TableLimits``, each saying how to fix it.
extension TableLimits {
    func fileTooLarge(bytes: Int, file: String) -> TableError {
        TableError(
            .tooLarge,
            "файл занимает \(megabytes(bytes)) МБ, а читаются файлы не больше \(megabytes(maxFileBytes)) МБ; "
                + "результаты мониторинга занимают намного меньше — проверьте, тот ли это файл, "
                + "и удалите из него лишние листы, строки и столбцы", file: file)
    }

    func cellTooLong(_ start: String, file: String, sheet: String? = nil, row: Int, column: Int) -> TableError {
        TableError(
            .cellTooLong,
            "в ячейке больше \(grouped(maxCellLength)) знаков («\(Table.excerpt(start))»); "
                + "ни наименование ОО, ни ответ не бывают такими длинными — проверьте, не вставилось ли в ячейку "
                + "лишнее, и сократите её", file: file, sheet: sheet, row: row, column: column)
    }

    func tooManyRows(file: String, sheet: String? = nil, row: Int) -> TableError {
        TableError(
            .tooLarge,
            "в таблице больше \(grouped(maxRows)) строк с данными; в результатах одна строка "
                + "на ОО — проверьте, тот ли это файл, и удалите лишние строки", file: file, sheet: sheet, row: row)
    }

    func tooManyColumns(file: String, sheet: String? = nil, row: Int, column: Int) -> TableError {
        TableError(
            .tooLarge,
            "заполнена ячейка за пределами первых \(grouped(maxColumns)) столбцов; "
                + "удалите лишние столбцы (или очистите эту ячейку)", file: file, sheet: sheet, row: row, column: column
        )
    }

    func tooManyCells(file: String, sheet: String? = nil, row: Int) -> TableError {
        TableError(
            .tooLarge,
            "в таблице больше \(grouped(maxCells)) ячеек; проверьте, тот ли это файл, "
                + "и удалите лишние строки и столбцы", file: file, sheet: sheet, row: row)
    }

    private func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return tenths % 10 == 0 ? grouped(tenths / 10) : "\(grouped(tenths / 10)),\(tenths % 10)"
    }

    /// `10000` → «10 000», with a non-breaking space between groups from five digits on, as Russian
    /// typography has it (`1000` stays).
    private func grouped(_ number: Int) -> String {
        var digits = String(number)
        if digits.count < 5 { return digits }
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return groups.joined(separator: "\u{A0}")
    }
}
