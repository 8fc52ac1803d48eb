import Diagnostics
import Foundation

/// The marker Paperwork leaves in every folder it writes, `.paperwork`: a short note for people and
/// the list of the files written. A later run replaces such a folder only when every file in it is
/// on the list, so a file a user put there is never deleted.
enum FolderManifest {
    static let name = ".paperwork"

    static let heading = """
        # Эту папку записывает Paperwork; ниже перечислены записанные им файлы. Свои файлы сюда не кладите:
        # при следующей записи Paperwork заменяет папку целиком, а найдя чужой файл, откажется писать.

        """

    static let mergeHeading = """
        # В эту папку Paperwork добавляет документы; ниже перечислены записанные им файлы.
        # Другие файлы папки Paperwork не трогает.

        """

    /// The marker's text for `names`: a folder replaced whole, or one Paperwork adds to (`merging`).
    static func text(_ names: [String], merging: Bool = false) -> [UInt8] {
        Array(((merging ? mergeHeading : heading) + names.sorted().map { $0 + "\n" }.joined()).utf8)
    }

    /// The files listed in the marker of `folder`, or `nil` when it has none.
    static func listed(in folder: String) -> Set<String>? {
        guard case .success(let bytes) = FileSystem.read(folder + "/" + name) else { return nil }
        return Set(
            String(decoding: bytes, as: UTF8.self).split(separator: "\n")
                .filter { !$0.hasPrefix("#") && !$0.isEmpty }.map(String.init))
    }

    /// Every entry under `folder` by its relative path (folders end with «/»), with its kind.
    static func entries(of folder: String, under prefix: String = "") -> Result<[(String, FileSystem.Kind)], Errno> {
        switch FileSystem.list(folder + (prefix.isEmpty ? "" : "/" + prefix)) {
        case .failure(let error): return .failure(error)
        case .success(let names):
            var found: [(String, FileSystem.Kind)] = []
            for name in names.sorted() {
                let relative = prefix.isEmpty ? name : prefix + "/" + name
                let kind = FileSystem.kind(folder + "/" + relative) ?? .other
                found.append((kind == .directory ? relative + "/" : relative, kind))
                if kind == .directory {
                    switch entries(of: folder, under: relative) {
                    case .failure(let error): return .failure(error)
                    case .success(let inner): found += inner
                    }
                }
            }
            return .success(found)
        }
    }

    /// Checks that Paperwork may write the existing folder `target` (`folder` as the user named it):
    /// when it is to be replaced, it is empty or holds the marker and only files the marker lists;
    /// any folder may be added to. Returns the files the marker lists.
    /// - Throws: `output_not_ours` naming the folder and the first files that are not Paperwork's.
    static func check(_ target: String, folder: String, replacing: Bool) throws -> Set<String> {
        let location = SourceLocation(file: (folder as NSString).lastPathComponent)
        let entries: [(String, FileSystem.Kind)]
        switch self.entries(of: target) {
        case .success(let found): entries = found
        case .failure(let error):
            throw Diagnostic(
                "output_write_failed", "не удалось прочитать папку «\(folder)»: " + SystemText.errno(error.code),
                at: location)
        }
        if entries.isEmpty { return [] }
        guard let listed = listed(in: target) else {
            // Adding to a folder keeps every file in it: anyone's folder will do.
            if !replacing { return [] }
            throw Diagnostic(
                "output_not_ours",
                "папка «\(folder)» не пуста, и в ней нет файла .paperwork, которым Paperwork "
                    + "отмечает свои папки: Paperwork обновляет папку результатов целиком и не трогает чужие файлы; "
                    + "укажите новую или пустую папку (или удалите эту, если её содержимое не нужно, — например, "
                    + "если её записала прежняя версия Paperwork)", at: location)
        }
        guard replacing else { return listed }
        let folders = Set(
            listed.flatMap { name -> [String] in
                let parts = name.split(separator: "/").dropLast()
                return parts.indices.map { parts[...($0)].joined(separator: "/") + "/" }
            })
        let foreign = entries.map(\.0).filter { $0 != name && !listed.contains($0) && !folders.contains($0) }
        if !foreign.isEmpty {
            let shown =
                foreign.prefix(3).map { "«\($0)»" }.joined(separator: ", ")
                + (foreign.count > 3 ? " и ещё \(foreign.count - 3)" : "")
            throw Diagnostic(
                "output_not_ours",
                "в папке «\(folder)» есть файлы, которые записал не Paperwork: \(shown); "
                    + "Paperwork заменяет папку целиком — перенесите их в другое место (или закройте открытые "
                    + "из этой папки документы) и повторите", at: location)
        }
        return listed
    }
}
