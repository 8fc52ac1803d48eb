import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Puts a finished staging folder in the place of its target in one step.
///
/// On Linux `renameat2(RENAME_EXCHANGE)` swaps the two names atomically: a reader sees the old
/// folder or the new one, never neither. Glibc declares `renameat2` only under `_GNU_SOURCE`,
/// which Swift's Glibc module does not set, so it is looked up at run time. Where it is missing or
/// the file system refuses it, the old folder is renamed aside (`.итоги.paperwork-old-…`) and the
/// new one renamed in; a run killed between the two leaves the old folder aside, and the next run
/// puts it back (``recover(target:parent:prefix:)``).
enum FolderSwap {
    private typealias Renameat2 =
        @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
    /// `RENAME_EXCHANGE` of linux/fs.h.
    private static let renameExchange: UInt32 = 1 << 1

    #if os(Linux)
        private static let renameat2: Renameat2? = {
            guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return nil }
            return unsafeBitCast(symbol, to: Renameat2.self)
        }()
    #else
        private static let renameat2: Renameat2? = nil
    #endif

    /// Whether this system has `renameat2` (Linux with glibc 2.28 or later).
    static var exchangeAvailable: Bool { renameat2 != nil }

    /// Whether the atomic exchange is tried at all (tests turn it off to cover the fallback).
    nonisolated(unsafe) static var exchangeEnabled = true

    /// Puts `staging` in the place of the existing folder `target` (both in one parent folder).
    /// - Returns: where the old folder now is (to be removed), or the `errno` of the failure;
    ///   on failure `target` still holds the old folder.
    static func replace(_ target: String, with staging: String, aside: String) -> Result<String, Errno> {
        if exchangeEnabled, let renameat2 {
            if renameat2(AT_FDCWD, staging, AT_FDCWD, target, renameExchange) == 0 { return .success(staging) }
            let code = errno
            guard code == EINVAL || code == ENOSYS || code == ENOTSUP || code == EOPNOTSUPP else {
                return .failure(Errno(code))
            }
        }
        guard rename(target, aside) == 0 else { return .failure(Errno(errno)) }
        guard rename(staging, target) == 0 else {
            let code = errno
            rename(aside, target)
            return .failure(Errno(code))
        }
        return .success(aside)
    }

    /// Cleans up after runs that ended early, while the lock is held: their staging folders are
    /// removed; an old folder left aside goes back in place when the target is missing (the run
    /// stopped between the two renames of the fallback), else it is removed.
    static func recover(target: String, parent: String, prefix: String) {
        guard case .success(let names) = FileSystem.list(parent) else { return }
        for name in names.sorted() where name.hasPrefix(prefix + "staging-") || name.hasPrefix(prefix + "old-") {
            let path = FileSystem.join(parent, name)
            if name.hasPrefix(prefix + "old-"), FileSystem.kind(target) == nil, rename(path, target) == 0 { continue }
            FileSystem.removeTree(path)
        }
    }
}
