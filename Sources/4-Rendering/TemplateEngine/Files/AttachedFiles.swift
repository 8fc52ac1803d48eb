import Foundation

/// The files a rendering may read by name — the files beside the data file — for filters such as
/// `image("герб.png")` (and, later, `subdoc("приложение.docx")`).
///
/// A name is confined to its folder: no path from the root, no `..`, no backslash, no symbolic
/// link leading out of the folder. Without files (the web page, a test) every name is refused with
/// a Russian message saying how to give the file instead.
public struct AttachedFiles: Sendable {
    /// Reads the file `name` (already checked to stay inside) of at most `maximumBytes` bytes.
    /// - Throws: ``FilterFailure`` with a Russian message.
    public typealias Reader = @Sendable (_ name: String, _ maximumBytes: Int) throws -> [UInt8]

    private let reader: Reader

    /// Files served by `reader`, which receives only confined names (see ``read(_:maximumBytes:)``).
    public init(reader: @escaping Reader) { self.reader = reader }

    /// No files: every name is refused with `message` (what to do instead, in Russian).
    public static func unavailable(_ message: String) -> AttachedFiles {
        AttachedFiles { _, _ in throw FilterFailure(message) }
    }

    /// No files, with the general advice to put the picture or sub-document into the data as base64.
    public static let none = unavailable(
        "файлы по имени здесь не читаются; поместите изображение или вставляемый документ в данные в base64 "
            + "(data:image/png;base64,…)")

    /// The files in the folder at `path` and in folders below it.
    public static func folder(_ path: String) -> AttachedFiles {
        let folder = FolderFiles(path: path)
        return AttachedFiles { name, maximumBytes in try folder.read(name, maximumBytes: maximumBytes) }
    }

    /// The bytes of the file `name`.
    /// - Parameter maximumBytes: the largest file taken; a larger one is refused unread.
    /// - Throws: ``FilterFailure`` when the name leaves the folder, the file is missing or too large.
    public func read(_ name: String, maximumBytes: Int) throws -> [UInt8] {
        try Self.check(name)
        return try reader(name, maximumBytes)
    }

    /// Refuses a name that could lead out of the folder: empty, from the root, with `..`, a
    /// backslash, a drive letter or a control character.
    static func check(_ name: String) throws {
        let shown = String(name.prefix(80))
        let pieces = name.split(separator: "/", omittingEmptySubsequences: false)
        let outside =
            name.isEmpty || name.hasPrefix("/") || name.hasPrefix("~") || name.contains("\\")
            || pieces.contains("..") || pieces.first?.contains(":") == true
            || name.unicodeScalars.contains { $0.properties.generalCategory == .control }
        guard !outside else {
            throw FilterFailure(
                "«\(shown)» — укажите файл, лежащий рядом с файлом данных или в папке ниже: "
                    + "имя без «..», без «\\» и без пути от корня (например, «герб.png» или «картинки/герб.png»)")
        }
    }
}
