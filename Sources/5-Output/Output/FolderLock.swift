import Diagnostics
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The lock that keeps two runs from writing one folder at once: `flock` on a hidden file beside
/// the folder (`.итоги.paperwork-lock`). The kernel releases it when its process ends, however
/// it ends, so a killed run never leaves the folder locked.
///
/// A second run fails at once (`output_busy`) instead of waiting: its result would replace the
/// first one's anyway, a silent wait looks like a hang to a user, and the message names the folder.
final class FolderLock: @unchecked Sendable {
    let path: String
    private var descriptor: Int32

    /// Takes the lock `path`, for the folder `folder` (as the user named it, for messages).
    /// - Throws: `output_busy` when another run holds it; `output_write_failed` when the lock file
    ///   cannot be created.
    init(path: String, folder: String) throws {
        self.path = path
        let label = SourceLocation(file: (folder as NSString).lastPathComponent)
        for _ in 0..<10 {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw Diagnostic(
                    "output_write_failed",
                    "не удалось создать файл блокировки «\(path)» рядом с папкой «\(folder)»: "
                        + SystemText.errno(errno), at: label)
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                let code = errno
                close(descriptor)
                if code == EWOULDBLOCK || code == EAGAIN {
                    throw Diagnostic(
                        "output_busy",
                        "в папку «\(folder)» сейчас пишет другой запуск Paperwork; дождитесь его "
                            + "окончания и повторите или укажите другую папку", at: label)
                }
                throw Diagnostic(
                    "output_write_failed",
                    "не удалось заблокировать папку «\(folder)» для записи: "
                        + SystemText.errno(code), at: label)
            }
            // The previous holder removes the file when it is done: the lock counts only while the
            // name still points at the file locked.
            if let held = FileSystem.inode(of: descriptor), FileSystem.inode(path) == held {
                self.descriptor = descriptor
                return
            }
            close(descriptor)
        }
        throw Diagnostic(
            "output_busy", "папку «\(folder)» то и дело занимают другие запуски Paperwork; повторите позже",
            at: label)
    }

    /// Releases the lock and removes its file.
    func release() {
        guard descriptor >= 0 else { return }
        unlink(path)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
