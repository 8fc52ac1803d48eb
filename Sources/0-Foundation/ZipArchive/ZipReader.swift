import Foundation

/// A zip archive opened for reading, with every entry name and size checked
/// against ``ZipLimits`` before any data is inflated.
///
/// Not thread-safe: use one reader per task.
public final class ZipReader {
    /// The entries in archive order.
    public let entries: [ZipEntry]
    /// The archive's label in messages (its file name, or a name given for in-memory data).
    public let label: String
    public let limits: ZipLimits
    let handle: ZipHandle
    private let byName: [String: ZipEntry]

    /// Opens the archive file at `path`.
    /// - Throws: ``ZipError`` when the file is empty, not a zip archive, damaged, or breaks `limits`.
    public convenience init(path: String, limits: ZipLimits = .standard) throws {
        let label = (path as NSString).lastPathComponent
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.uint64Value
        if size == 0 {
            throw ZipError(.emptyFile, "файл пуст (0 байт); укажите сохранённый документ DOCX или ODT", archive: label)
        }
        let handle: ZipHandle
        do {
            handle = try ZipHandle.open(path: path, label: label)
        } catch let error as ZipError where error.code == .notZip {
            let head = FileHandle(forReadingAtPath: path).map { file in
                defer { try? file.close() }
                return [UInt8](file.readData(ofLength: 4))
            }
            throw ZipReader.refine(error, head: head ?? [])
        }
        try self.init(handle: handle, limits: limits)
    }

    /// Opens an archive held in memory; `label` names it in messages.
    public convenience init(bytes: [UInt8], label: String, limits: ZipLimits = .standard) throws {
        if bytes.isEmpty {
            throw ZipError(.emptyFile, "файл пуст (0 байт); укажите сохранённый документ DOCX или ODT", archive: label)
        }
        let handle: ZipHandle
        do {
            handle = try ZipHandle.open(bytes: bytes, label: label)
        } catch let error as ZipError where error.code == .notZip {
            throw ZipReader.refine(error, head: Array(bytes.prefix(4)))
        }
        try self.init(handle: handle, limits: limits)
    }

    /// An archive that starts like a zip but has no readable central directory was cut short.
    private static func refine(_ error: ZipError, head: [UInt8]) -> ZipError {
        guard head == [0x50, 0x4B, 0x03, 0x04] else { return error }
        return ZipError(
            .damaged,
            "архив обрезан или повреждён (нет оглавления архива); возьмите исходный файл "
                + "заново или сохраните документ ещё раз", archive: error.archive, cause: error.cause)
    }

    private init(handle: ZipHandle, limits: ZipLimits) throws {
        self.handle = handle
        self.label = handle.label
        self.limits = limits
        let count = handle.entryCount
        if count > limits.maxEntries {
            throw ZipError(
                .tooManyEntries, "в архиве \(count) элементов, допускается не более \(limits.maxEntries)",
                archive: label)
        }
        var entries: [ZipEntry] = []
        var byName: [String: ZipEntry] = [:]
        var total: UInt64 = 0
        for index in 0..<count {
            let entry = try handle.stat(index: index)
            try ZipReader.check(entry, limits: limits, archive: handle.label)
            if byName[entry.name] != nil {
                throw ZipError(
                    .duplicateEntry, "элемент записан в архиве дважды", archive: handle.label, entry: entry.name)
            }
            total += entry.size
            if total > limits.maxTotalSize {
                throw ZipError(
                    .tooLarge,
                    "архив распаковывается более чем в \(limits.maxTotalSize >> 20) МБ; "
                        + "это не похоже на документ (возможна «zip-бомба»)", archive: handle.label)
            }
            entries.append(entry)
            byName[entry.name] = entry
        }
        self.entries = entries
        self.byName = byName
    }

    private static func check(_ entry: ZipEntry, limits: ZipLimits, archive: String) throws {
        if let problem = EntryName.problem(entry.name) {
            throw ZipError(
                .unsafeEntryName, problem + "; такой архив небезопасен и не будет открыт",
                archive: archive, entry: entry.name)
        }
        if entry.size > limits.maxEntrySize {
            throw ZipError(
                .tooLarge,
                "элемент распаковывается в \(entry.size >> 20) МБ, допускается не более "
                    + "\(limits.maxEntrySize >> 20) МБ (возможна «zip-бомба»)", archive: archive, entry: entry.name)
        }
        if entry.size > limits.ratioFloor, entry.size / max(entry.compressedSize, 1) > limits.maxRatio {
            throw ZipError(
                .suspiciousRatio,
                "элемент сжат в \(entry.size / max(entry.compressedSize, 1)) раз, "
                    + "допускается не более \(limits.maxRatio) (возможна «zip-бомба»)",
                archive: archive, entry: entry.name)
        }
    }

    /// The entry named `name`, or `nil`.
    public func entry(named name: String) -> ZipEntry? { byName[name] }

    /// Whether the archive has an entry named `name`.
    public func contains(_ name: String) -> Bool { byName[name] != nil }

    /// Inflates entry `name`.
    /// - Throws: ``ZipError`` `.entryNotFound` when absent, or when its data is damaged or larger than declared.
    public func read(_ name: String) throws -> [UInt8] {
        guard let entry = byName[name] else {
            throw ZipError(.entryNotFound, "в архиве нет элемента «\(name)»", archive: label, entry: name)
        }
        return try read(entry)
    }

    /// Inflates `entry`.
    public func read(_ entry: ZipEntry) throws -> [UInt8] {
        try handle.read(entry, limit: entry.size)
    }
}
