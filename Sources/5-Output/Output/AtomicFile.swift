import Diagnostics
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes single files so that a reader sees either the old file or the whole new one, never a part,
/// and a run stopped midway leaves nothing behind for good.
///
/// The bytes go into a hidden temporary file beside the target (`.Справка.docx.paperwork-tmp-…`),
/// locked with `flock` while it lives, and are renamed over the target. The kernel drops the lock
/// when its process ends, however it ends: the next write to the same file removes any such
/// temporary file it can lock (its writer is gone), and the `Справка.docx.tmp-…` files of earlier
/// versions, which nobody locks.
public enum AtomicFile {
    /// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
    /// - Throws: a ``Diagnostic`` `output_write_failed` naming the file, in Russian.
    public static func write(_ bytes: [UInt8], to path: String, label: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        removeStale(in: folder.isEmpty ? "." : folder, for: name)
        for _ in 0..<10 {
            let temporary = (folder as NSString).appendingPathComponent(prefix(name) + FileSystem.randomSuffix())
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw failure(path, label, errno) }
            // Between open and flock a cleaner may have taken the new file for a stale one: the
            // name must still point at it once it is locked.
            guard flock(descriptor, LOCK_EX) == 0, let inode = FileSystem.inode(of: descriptor),
                FileSystem.inode(temporary) == inode
            else {
                close(descriptor)
                continue
            }
            var status = FileSystem.write(bytes, to: descriptor)
            if status == 0, rename(temporary, path) != 0 { status = errno }
            if status != 0 { unlink(temporary) }
            close(descriptor)
            guard status == 0 else { throw failure(path, label, status) }
            return
        }
        throw failure(path, label, EEXIST)
    }

    /// The start of the temporary files' names for the file `name`.
    static func prefix(_ name: String) -> String { "." + name + ".paperwork-tmp-" }

    /// Removes the temporary files of `name` in `folder` that no living writer holds.
    static func removeStale(in folder: String, for name: String) {
        guard case .success(let names) = FileSystem.list(folder) else { return }
        let legacy = name + ".tmp-"
        for candidate in names {
            let current = candidate.hasPrefix(prefix(name))
            let old =
                candidate.hasPrefix(legacy)
                && candidate.dropFirst(legacy.count).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            guard current || old else { continue }
            let path = (folder as NSString).appendingPathComponent(candidate)
            let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            guard descriptor >= 0 else { continue }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0, let inode = FileSystem.inode(of: descriptor),
                FileSystem.inode(path) == inode
            {
                unlink(path)
            }
            close(descriptor)
        }
    }

    private static func failure(_ path: String, _ label: String, _ code: Int32) -> Diagnostic {
        Diagnostic(
            "output_write_failed", "не удалось записать файл «\(path)»: " + SystemText.errno(code),
            at: SourceLocation(file: label))
    }
}
