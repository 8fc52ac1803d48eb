import Foundation

/// Reads a table from a file, choosing the reader by the file's extension.
public enum TableFile {
    /// Reads `.xlsx` (the sheet named `sheet`, or the first), `.csv` or `.tsv`; any other extension
    /// is refused, saying which formats are read and how to save one from Excel.
    /// - Parameters:
    ///   - path: the file.
    ///   - sheet: the sheet of a workbook to read; the first when `nil`.
    ///   - limits: the bounds of the file, its cells, rows and columns.
    /// - Throws: ``TableError``: no such file, an unsupported format, a file past `limits`, or
    ///   anything its reader finds.
    public static func read(path: String, sheet: String? = nil, limits: TableLimits = .standard) throws -> Table {
        let file = (path as NSString).lastPathComponent
        let format = (file as NSString).pathExtension.lowercased()
        guard ["xlsx", "csv", "tsv"].contains(format) else { throw unsupported(format, file: file) }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = (attributes?[.size] as? NSNumber)?.intValue, size > limits.maxFileBytes {
            throw limits.fileTooLarge(bytes: size, file: file)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TableError(.unreadable, "файл не найден или не читается; проверьте путь", file: file)
        }
        return try read(bytes: [UInt8](data), name: file, sheet: sheet, limits: limits)
    }

    /// Reads a table held in memory (a file read earlier, an upload); `name` chooses the reader by
    /// its extension and names the table in messages.
    /// - Throws: ``TableError``, as ``read(path:sheet:limits:)``.
    public static func read(bytes: [UInt8], name: String, sheet: String? = nil, limits: TableLimits = .standard) throws
        -> Table
    {
        let format = (name as NSString).pathExtension.lowercased()
        guard ["xlsx", "csv", "tsv"].contains(format) else { throw unsupported(format, file: name) }
        if bytes.count > limits.maxFileBytes { throw limits.fileTooLarge(bytes: bytes.count, file: name) }
        if bytes.isEmpty { throw TableError(.unreadable, "файл пуст", file: name) }
        return format == "xlsx"
            ? try XLSXReader.read(bytes: bytes, file: name, sheet: sheet, limits: limits)
            : try CSVReader.read(bytes: bytes, file: name, limits: limits)
    }

    private static func unsupported(_ format: String, file: String) -> TableError {
        let saving =
            "в Excel: «Файл → Сохранить как», тип «Книга Excel (*.xlsx)» или «CSV UTF-8 (разделитель — запятая) (*.csv)»"
        let message =
            switch format {
            case "xls": "старый формат Excel (.xls) не читается; сохраните таблицу как .xlsx или .csv — " + saving
            case "": "у файла нет расширения; результаты читаются из файлов .xlsx, .csv и .tsv — " + saving
            default:
                "файлы .\(Table.excerpt(format)) не читаются; результаты читаются из файлов .xlsx, .csv и .tsv — "
                    + saving
                    + " (если это текст с разделителями, переименуйте файл в .csv)"
            }
        return TableError(.unsupported, message, file: file)
    }
}
