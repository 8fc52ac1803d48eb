import Foundation

#if canImport(Glibc)
    import Glibc
    private let systemWrite: @Sendable (Int32, UnsafeRawPointer?, Int) -> Int = Glibc.write
    private let systemRead: @Sendable (Int32, UnsafeMutableRawPointer?, Int) -> Int = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemWrite: @Sendable (Int32, UnsafeRawPointer?, Int) -> Int = Darwin.write
    private let systemRead: @Sendable (Int32, UnsafeMutableRawPointer?, Int) -> Int = Darwin.read
#endif

/// The few system calls the output stage makes, each returning `errno` instead of throwing, so
/// that every caller words its own Russian message with ``SystemText``.
enum FileSystem {
    /// What a path is, without following a symbolic link at its end.
    enum Kind { case directory, file, symbolicLink, other }

    /// What is at `path`, or `nil` when nothing is.
    static func kind(_ path: String) -> Kind? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// The names in the folder `path` (without «.» and «..»), or the `errno` of the failure.
    static func list(_ path: String) -> Result<[String], Errno> {
        guard let directory = opendir(path) else { return .failure(Errno(errno)) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names)
    }

    /// Writes all of `bytes` to `descriptor`; 0 or the `errno` of the failure.
    static func write(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
        bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let count = systemWrite(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += count
            }
            return 0
        }
    }

    /// Creates the file `path`, which must not exist, holding `bytes`; 0 or the `errno`.
    static func create(_ path: String, bytes: [UInt8], mode: mode_t = 0o644) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { return errno }
        let status = write(bytes, to: descriptor)
        let closed = close(descriptor) == 0 ? 0 : errno
        if status != 0 || closed != 0 { unlink(path) }
        return status != 0 ? status : closed
    }

    /// The whole contents of the file `path`, or the `errno`.
    static func read(_ path: String) -> Result<[UInt8], Errno> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(Errno(errno)) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Errno(errno))
            }
            if count == 0 { return .success(bytes) }
            bytes += chunk[0..<count]
        }
    }

    /// Creates the folder `path` and any missing folders above it; 0 or the `errno`.
    static func makeFolders(_ path: String) -> Int32 {
        if mkdir(path, 0o777) == 0 || (errno == EEXIST && kind(path) == .directory) { return 0 }
        guard errno == ENOENT else { return errno }
        let parent = (path as NSString).deletingLastPathComponent
        guard parent != path, !parent.isEmpty else { return ENOENT }
        let status = makeFolders(parent)
        guard status == 0 else { return status }
        return mkdir(path, 0o777) == 0 || errno == EEXIST ? 0 : errno
    }

    /// Removes `path` and everything under it, not following symbolic links; what cannot be
    /// removed stays (a later run removes it).
    static func removeTree(_ path: String) {
        if kind(path) == .directory, case .success(let names) = list(path) {
            for name in names { removeTree(path + "/" + name) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    /// The canonical absolute path of an existing `path` (symbolic links resolved).
    static func canonical(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The inode of `path` (not following a link at its end), to tell whether a name still
    /// points at an open file.
    static func inode(_ path: String) -> ino_t? {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_ino : nil
    }

    /// The inode of the open file `descriptor`.
    static func inode(of descriptor: Int32) -> ino_t? {
        var status = stat()
        return fstat(descriptor, &status) == 0 ? status.st_ino : nil
    }

    /// `name` inside the folder `folder` («/» not doubled after the root).
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// A random suffix for temporary names: 12 letters and digits.
    static func randomSuffix() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<12).map { _ in alphabet[Int.random(in: 0..<alphabet.count)] })
    }
}

/// A system error number, as a `Result` failure.
struct Errno: Error {
    let code: Int32
    init(_ code: Int32) { self.code = code }
}
