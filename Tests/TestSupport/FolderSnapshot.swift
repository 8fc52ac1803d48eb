import Foundation

/// What a folder holds: every file (hidden ones too) by its path inside the folder, with the
/// SHA-256 of its contents, so that two states of a folder compare exactly.
public struct FolderSnapshot: Equatable, Sendable, CustomStringConvertible {
    /// Relative path → SHA-256 in hex.
    public let files: [String: String]

    /// Reads `folder` (`sha256sum` does the hashing: thousands of files are read in a second).
    public static func take(_ folder: URL) throws -> FolderSnapshot {
        guard FileManager.default.fileExists(atPath: folder.path) else { return FolderSnapshot(files: [:]) }
        let result = try Command.run("/bin/sh", ["-c", "find . -type f -print0 | xargs -0 -r sha256sum"], in: folder)
        var files: [String: String] = [:]
        for line in result.stdout.split(separator: "\n") {
            // «<hash>  ./<path>»
            let hash = line.prefix(64)
            let path = line.dropFirst(66)
            files[String(path.hasPrefix("./") ? path.dropFirst(2) : path)] = String(hash)
        }
        return FolderSnapshot(files: files)
    }

    /// The files of the snapshot, sorted.
    public var names: [String] { files.keys.sorted() }

    public var description: String {
        "\(files.count) файлов: " + names.prefix(5).joined(separator: ", ") + (files.count > 5 ? ", …" : "")
    }

    /// The differences from `other`, for a readable failure: files only here, only there, changed.
    public func difference(from other: FolderSnapshot) -> String {
        let mine = Set(files.keys)
        let theirs = Set(other.files.keys)
        let changed = mine.intersection(theirs).filter { files[$0] != other.files[$0] }
        return
            "лишние: \(mine.subtracting(theirs).sorted().prefix(5)); недостающие: \(theirs.subtracting(mine).sorted().prefix(5)); "
            + "другие: \(changed.sorted().prefix(5)) (всего \(mine.subtracting(theirs).count)/\(theirs.subtracting(mine).count)/\(changed.count))"
    }
}
