import Diagnostics
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension FolderSink {
    /// Writes the marker listing `manifest` into the staging folder and puts the staging folder in
    /// the place of the target; the old folder is removed afterwards.
    func publish(_ manifest: Set<String>) throws {
        let marker = FileSystem.create(
            staging + "/" + FolderManifest.name, bytes: FolderManifest.text(Array(manifest), merging: mode == .merge))
        guard marker == 0 else { throw publishFailure(marker) }
        if FileSystem.kind(target) == .directory {
            // The new folder keeps the old one's permissions (a folder shared with a group stays shared).
            var status = stat()
            if stat(target, &status) == 0 { chmod(staging, status.st_mode & 0o7777) }
            switch FolderSwap.replace(
                target, with: staging, aside: FileSystem.join(parent, prefix + "old-" + FileSystem.randomSuffix()))
            {
            case .success(let old): FileSystem.removeTree(old)
            case .failure(let error): throw publishFailure(error.code)
            }
        } else if rename(staging, target) != 0 {
            throw publishFailure(errno)
        }
    }

    private func publishFailure(_ code: Int32) -> Diagnostic {
        Diagnostic(
            "output_write_failed",
            "не удалось поставить новую папку на место «\(folder)»: " + SystemText.errno(code)
                + "; " + unchanged, at: SourceLocation(file: (folder as NSString).lastPathComponent))
    }

    /// Merge mode: links every file of the target that no new document replaces into the staging
    /// folder (hard links: no copy, and a file being edited in place stays the same file; a copy
    /// where the file system has no hard links). Returns the carried files the old marker listed.
    func carryOver() throws -> Set<String> {
        let location = SourceLocation(file: (folder as NSString).lastPathComponent)
        let entries: [(String, FileSystem.Kind)]
        switch FolderManifest.entries(of: target) {
        case .success(let found): entries = found
        case .failure(let error):
            throw Diagnostic(
                "output_write_failed",
                "не удалось прочитать папку «\(folder)»: " + SystemText.errno(error.code)
                    + "; " + unchanged, at: location)
        }
        var carried: Set<String> = []
        var replaced: [String] = []
        for (entry, kind) in entries where entry != FolderManifest.name {
            if replaced.contains(where: { entry.hasPrefix($0) }) { continue }
            let relative = kind == .directory ? String(entry.dropLast()) : entry
            let source = target + "/" + relative
            let destination = staging + "/" + relative
            if FileSystem.kind(destination) != nil {
                if kind == .directory && FileSystem.kind(destination) != .directory { replaced.append(entry) }
                continue
            }
            let status: Int32
            switch kind {
            case .directory: status = mkdir(destination, 0o777) == 0 ? 0 : errno
            case .file: status = Self.link(source, destination)
            case .symbolicLink: status = Self.copyLink(source, destination)
            case .other:
                throw Diagnostic(
                    "output_not_ours",
                    "в папке «\(folder)» есть особый файл «\(entry)» (не документ и не папка); "
                        + "уберите его и повторите", at: location)
            }
            guard status == 0 else {
                throw Diagnostic(
                    "output_write_failed",
                    "не удалось перенести «\(entry)» из папки «\(folder)» в новую: "
                        + SystemText.errno(status) + "; " + unchanged, at: location)
            }
            if listed.contains(entry) { carried.insert(entry) }
        }
        return carried
    }

    /// A hard link of `source` at `destination`, or a copy where hard links are not possible.
    private static func link(_ source: String, _ destination: String) -> Int32 {
        #if canImport(Glibc)
            if Glibc.link(source, destination) == 0 { return 0 }
        #else
            if Darwin.link(source, destination) == 0 { return 0 }
        #endif
        switch FileSystem.read(source) {
        case .success(let bytes): return FileSystem.create(destination, bytes: bytes)
        case .failure(let error): return error.code
        }
    }

    /// A symbolic link at `destination` pointing where `source` points.
    private static func copyLink(_ source: String, _ destination: String) -> Int32 {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(source, &buffer, buffer.count - 1)
        guard count >= 0 else { return errno }
        buffer[count] = 0
        return symlink(buffer, destination) == 0 ? 0 : errno
    }
}
