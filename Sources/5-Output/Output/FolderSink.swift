import Diagnostics
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder that gets a job's documents all at once: they are written into a hidden staging folder
/// beside it (`.итоги.paperwork-staging-…`, same parent, so the final rename is atomic), and
/// ``commit()`` puts the staging folder in its place in one step (``FolderSwap``). Until then the
/// folder keeps its old contents; a run stopped at any moment leaves it exactly as it was, and the
/// next run removes the staging folder left behind.
///
/// Only folders that are new, empty or written by Paperwork (``FolderManifest``) are written, never
/// the current folder or one above it, and one run at a time (``FolderLock``).
public final class FolderSink: DocumentSink, @unchecked Sendable {
    /// How the documents added relate to the folder's old files.
    public enum Mode: Sendable {
        /// The folder becomes exactly the documents added (a batch's results).
        case replace
        /// The documents added join the folder's files, replacing those of the same name (orders
        /// collected over time); the old files are hard-linked into the staging folder before the swap.
        case merge
    }

    /// The folder as the caller named it.
    public let folder: String
    public let mode: Mode
    let target: String
    let parent: String
    let staging: String
    let prefix: String
    let existed: Bool
    let listed: Set<String>
    private let lock: FolderLock
    private let state = NSLock()
    private var folders: Set<String> = []
    private var added: Set<String> = []
    private var finished = false

    /// Prepares to write `folder` (created with its parents if missing): takes its lock, cleans up
    /// after runs that ended early, checks that the folder may be written, creates the staging folder.
    /// - Throws: a ``Diagnostic``: `output_busy` (another run writes it), `output_not_ours` (a
    ///   folder of someone else's files, the current folder, a file), `output_write_failed`.
    public init(_ folder: String, mode: Mode = .replace) throws {
        self.folder = folder
        self.mode = mode
        let location = SourceLocation(file: (folder as NSString).lastPathComponent)
        var absolute = URL(fileURLWithPath: folder).standardizedFileURL.path
        if FileSystem.kind(absolute) == .symbolicLink, let real = FileSystem.canonical(absolute) { absolute = real }
        let name = (absolute as NSString).lastPathComponent
        guard !name.isEmpty, name != "/", name != ".", name != ".." else {
            throw Diagnostic(
                "output_not_ours", "«\(folder)» — корень диска; укажите папку для результатов", at: location)
        }
        let made = FileSystem.makeFolders((absolute as NSString).deletingLastPathComponent)
        guard made == 0, let parent = FileSystem.canonical((absolute as NSString).deletingLastPathComponent) else {
            throw Diagnostic(
                "output_write_failed",
                "не удалось создать папку «\((folder as NSString).deletingLastPathComponent)»: "
                    + SystemText.errno(made == 0 ? errno : made), at: location)
        }
        self.parent = parent
        target = FileSystem.join(parent, name)
        if let current = FileSystem.canonical(FileManager.default.currentDirectoryPath),
            current == target || current.hasPrefix(target + "/")
        {
            throw Diagnostic(
                "output_not_ours",
                "«\(folder)» — текущая папка или папка над ней; Paperwork обновляет папку "
                    + "результатов целиком, поэтому укажите папку внутри текущей, например «-o итоги»", at: location)
        }
        prefix = "." + name + ".paperwork-"
        lock = try FolderLock(path: FileSystem.join(parent, prefix + "lock"), folder: folder)
        FolderSwap.recover(target: target, parent: parent, prefix: prefix)
        switch FileSystem.kind(target) {
        case nil:
            existed = false
            listed = []
        case .directory:
            existed = true
            listed = try FolderManifest.check(target, folder: folder, replacing: mode == .replace)
        default:
            throw Diagnostic(
                "output_not_ours", "«\(folder)» — файл, а не папка; укажите папку для результатов", at: location)
        }
        staging = FileSystem.join(parent, prefix + "staging-" + FileSystem.randomSuffix())
        guard mkdir(staging, 0o777) == 0 else {
            let code = errno
            lock.release()
            throw Diagnostic(
                "output_write_failed", "не удалось создать временную папку «\(staging)»: " + SystemText.errno(code),
                at: location)
        }
    }

    /// The documents added so far, sorted.
    public var names: [String] { state.withLock { added.sorted() } }

    /// The path of the published document `name`, as the caller named the folder.
    public func path(of name: String) -> String { (folder as NSString).appendingPathComponent(name) }

    /// What the user reads after a failure: nothing was published.
    var unchanged: String {
        "ничего не опубликовано: папка «\(folder)» " + (existed ? "осталась прежней" : "не создана")
    }

    public func add(_ name: String, bytes: [UInt8]) throws {
        try DocumentName.check(name)
        let location = SourceLocation(file: name)
        let components = name.split(separator: "/").dropLast()
        try state.withLock {
            guard !finished else {
                throw Diagnostic(
                    "internal_error", "документ «\(name)» добавлен после окончания записи; сообщите разработчикам",
                    at: location)
            }
            guard added.insert(name).inserted else {
                throw Diagnostic(
                    "output_write_failed", "два документа получили одно имя «\(name)»; \(unchanged)", at: location)
            }
            for index in components.indices {
                let relative = components[...index].joined(separator: "/")
                guard !folders.contains(relative) else { continue }
                guard mkdir(staging + "/" + relative, 0o777) == 0 || errno == EEXIST else {
                    let code = errno
                    added.remove(name)
                    throw failure(name, code)
                }
                folders.insert(relative)
            }
        }
        let status = FileSystem.create(staging + "/" + name, bytes: bytes)
        if status != 0 {
            state.withLock { _ = added.remove(name) }
            throw failure(name, status)
        }
    }

    private func failure(_ name: String, _ code: Int32) -> Diagnostic {
        Diagnostic(
            "output_write_failed",
            "не удалось записать «\(name)» во временную папку «\(staging)»: "
                + SystemText.errno(code) + "; " + unchanged, at: SourceLocation(file: name))
    }

    public func commit() throws {
        let names: Set<String> = try state.withLock {
            guard !finished else {
                throw Diagnostic(
                    "internal_error", "папка «\(folder)» уже записана; сообщите разработчикам",
                    at: SourceLocation(file: (folder as NSString).lastPathComponent))
            }
            return added
        }
        do {
            var manifest = names
            if mode == .merge && existed { manifest.formUnion(try carryOver().intersection(listed)) }
            try publish(manifest)
        } catch {
            discard()
            throw error
        }
        state.withLock { finished = true }
        lock.release()
    }

    public func discard() {
        let wasFinished = state.withLock { () -> Bool in
            defer { finished = true }
            return finished
        }
        guard !wasFinished else { return }
        FileSystem.removeTree(staging)
        lock.release()
    }

    deinit { discard() }
}
