import Foundation

/// Writes files so that a reader sees either the old file or the whole new one, never a part.
public enum AtomicFile {
    /// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
    /// - Throws: ``OfficeError`` `.writeFailed` naming the file.
    public static func write(_ bytes: [UInt8], to path: String, label: String) throws {
        let url = URL(fileURLWithPath: path)
        do {
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw OfficeError(.writeFailed, "не удалось записать файл «\(url.path)»: \(error.localizedDescription); "
                              + "проверьте, что папка существует и доступна для записи", file: label)
        }
    }
}
