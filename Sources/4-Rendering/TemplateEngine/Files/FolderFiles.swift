import Foundation

/// The files of one folder and the folders below it, read by confined names (``AttachedFiles``
/// has checked the name's form). Symbolic links are followed only while they stay inside: the
/// file's resolved path must lie under the folder's resolved path.
struct FolderFiles: Sendable {
    let path: String

    func read(_ name: String, maximumBytes: Int) throws -> [UInt8] {
        let folder = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: candidate.path) else {
            throw FilterFailure(
                "файла «\(name)» нет рядом с файлом данных (в папке «\(Self.shown(folder))»); "
                    + "положите его туда или исправьте имя — большие и маленькие буквы различаются")
        }
        let resolved = candidate.resolvingSymlinksInPath().path
        guard resolved.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") else {
            throw FilterFailure(
                "«\(name)» — ссылка на файл вне папки с данными; положите сам файл рядом с файлом данных")
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: resolved)
        guard attributes?[.type] as? FileAttributeType == .typeRegular,
            let size = (attributes?[.size] as? NSNumber)?.intValue
        else {
            throw FilterFailure("«\(name)» — не обычный файл (папка или устройство); укажите файл изображения")
        }
        guard size <= maximumBytes else {
            throw FilterFailure(
                "файл «\(name)» занимает \(Self.megabytes(size)) — больше \(Self.megabytes(maximumBytes)); "
                    + "уменьшите его")
        }
        guard let handle = FileHandle(forReadingAtPath: resolved) else {
            throw FilterFailure("файл «\(name)» не читается; проверьте права доступа к нему")
        }
        defer { try? handle.close() }
        // Read at most one byte past the limit: a file that grew after the check is still refused.
        let data = (try? handle.read(upToCount: maximumBytes + 1)) ?? Data()
        guard data.count <= maximumBytes else {
            throw FilterFailure("файл «\(name)» больше \(Self.megabytes(maximumBytes)); уменьшите его")
        }
        return [UInt8](data)
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes >= 1_048_576 ? "\(bytes / 1_048_576) МБ" : "\(max(1, bytes / 1024)) КБ"
    }

    /// The folder's last component, for messages (the full path may be long or private).
    private static func shown(_ folder: String) -> String {
        let last = URL(fileURLWithPath: folder).lastPathComponent
        return last.isEmpty ? folder : last
    }
}
