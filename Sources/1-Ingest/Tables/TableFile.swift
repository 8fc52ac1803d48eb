import Foundation

/// Reads a table from a file, choosing the reader by the file's extension.
public enum TableFile {
    /// Reads `.xlsx` (the sheet named `sheet`, or the first), `.csv` or `.txt`/`.tsv`.
    public static func read(path: String, sheet: String? = nil) throws -> Table {
        let file = (path as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TableError(.unreadable, "файл не найден или не читается; проверьте путь", file: file)
        }
        let bytes = [UInt8](data)
        if bytes.isEmpty { throw TableError(.unreadable, "файл пуст", file: file) }
        switch (file as NSString).pathExtension.lowercased() {
        case "xlsx": return try XLSXReader.read(bytes: bytes, file: file, sheet: sheet)
        case "csv", "txt", "tsv": return try CSVReader.read(bytes: bytes, file: file)
        case "xls": throw TableError(.unsupported, "старый формат Excel (.xls) не читается; сохраните таблицу как .xlsx или CSV", file: file)
        default: throw TableError(.unsupported, "результаты читаются из файлов .xlsx и .csv", file: file)
        }
    }
}
