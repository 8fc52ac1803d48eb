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
        let bytes = [UInt8](data)
        if bytes.isEmpty { throw TableError(.unreadable, "файл пуст", file: file) }
        return format == "xlsx" ? try XLSXReader.read(bytes: bytes, file: file, sheet: sheet, limits: limits)
                                : try CSVReader.read(bytes: bytes, file: file, limits: limits)
    }

    private static func unsupported(_ format: String, file: String) -> TableError {
        let saving = "в Excel: «Файл → Сохранить как», тип «Книга Excel (*.xlsx)» или «CSV UTF-8 (разделитель — запятая) (*.csv)»"
        let message = switch format {
        case "xls": "старый формат Excel (.xls) не читается; сохраните таблицу как .xlsx или .csv — " + saving
        case "": "у файла нет расширения; результаты читаются из файлов .xlsx, .csv и .tsv — " + saving
        default: "файлы .\(Table.excerpt(format)) не читаются; результаты читаются из файлов .xlsx, .csv и .tsv — " + saving
                 + " (если это текст с разделителями, переименуйте файл в .csv)"
        }
        return TableError(.unsupported, message, file: file)
    }
}
