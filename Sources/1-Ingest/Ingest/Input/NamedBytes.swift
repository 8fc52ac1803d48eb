import Diagnostics
import Foundation

/// The contents of one input as the readers see it: a display name for messages and the bytes.
/// A file on disk and an upload from the web page are the same thing to every reader.
public struct NamedBytes: Sendable, Equatable {
    /// The name messages use: an upload's name or a path's last component, never a full path.
    public let name: String
    /// The contents, as stored.
    public let bytes: Data

    /// The most a file may hold when read from disk (64 MB); each reader has its own, smaller cap.
    public static let readLimit = 64 << 20

    /// An input named `name` holding `bytes`.
    public init(name: String, bytes: Data) {
        self.name = name
        self.bytes = bytes
    }

    /// An input holding `text` as UTF-8, for tests and texts already in memory.
    public init(name: String, text: String) {
        self.init(name: name, bytes: Data(text.utf8))
    }

    /// Reads the file at `path`; the input is named by the path's last component.
    /// - Parameter limit: the most bytes to read; a larger file is refused before it is read whole.
    /// - Throws: a ``Diagnostic`` `file_unreadable` (missing, a folder, no permission) or
    ///   `file_too_large`, in Russian, naming the file.
    public static func read(path: String, limit: Int = readLimit) throws -> NamedBytes {
        let name = (path as NSString).lastPathComponent
        let location = SourceLocation(file: name)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw Diagnostic("file_unreadable", SystemText.errno(ENOENT), at: location)
        }
        if isFolder.boolValue {
            throw Diagnostic("file_unreadable", SystemText.errno(EISDIR), at: location)
        }
        let bytes: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            bytes = try handle.read(upToCount: limit + 1) ?? Data()
        } catch let error as CocoaError {
            throw Diagnostic("file_unreadable", "файл не читается: " + SystemText.cocoa(error), at: location)
        } catch {
            throw Diagnostic("file_unreadable", "файл не читается; проверьте путь и права на чтение", at: location)
        }
        if bytes.count > limit {
            throw Diagnostic.fileTooLarge(name, limit: limit)
        }
        return NamedBytes(name: name, bytes: bytes)
    }
}

extension Diagnostic {
    /// `file_too_large`: the input is larger than a reader accepts.
    static func fileTooLarge(_ file: String, limit: Int) -> Diagnostic {
        let size = limit >= 1 << 20 ? "\(limit >> 20) МБ" : "\(limit) байт"
        return Diagnostic(
            "file_too_large",
            "файл больше \(size) — так много данных в нём быть не может; проверьте, тот ли "
                + "это файл", at: SourceLocation(file: file))
    }
}
