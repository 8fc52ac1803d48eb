import Foundation

/// Builds a new zip archive in memory, entry by entry, in the order entries are added.
///
/// New data is stored or deflated as asked; entries copied from a ``ZipReader`` keep their
/// compressed bytes as they are. Every entry carries one fixed time and no extra field,
/// so equal input gives byte-equal output.
public final class ZipWriter {
    private let handle: ZipHandle
    private var names: Set<String> = []
    /// Readers whose entries were copied: libzip reads them only when the archive is finished.
    private var sources: [ZipReader] = []

    /// Starts an empty archive; `label` names it in messages.
    public init(label: String) throws {
        handle = try ZipHandle.create(label: label)
    }

    /// Adds an entry with `bytes` as its content.
    /// - Parameters:
    ///   - name: a relative path with `/` separators; unsafe names are refused.
    ///   - compressed: deflate (`true`) or store (`false`).
    public func add(_ name: String, bytes: [UInt8], compressed: Bool = true) throws {
        try claim(name)
        try handle.add(name: name, bytes: bytes, compressed: compressed)
    }

    /// Adds `entry` of `reader` as stored there, without inflating and deflating it again.
    public func copy(_ entry: ZipEntry, from reader: ZipReader) throws {
        try claim(entry.name)
        try handle.copy(entry, from: reader.handle)
        if !sources.contains(where: { $0 === reader }) { sources.append(reader) }
    }

    private func claim(_ name: String) throws {
        if let problem = EntryName.problem(name) {
            throw ZipError(.unsafeEntryName, problem, archive: handle.label, entry: name)
        }
        guard names.insert(name).inserted else {
            throw ZipError(.duplicateEntry, "элемент добавлен в архив дважды", archive: handle.label, entry: name)
        }
    }

    /// Writes the archive and returns its bytes. The writer cannot be used afterwards.
    public func finish() throws -> [UInt8] {
        let bytes = try handle.finish()
        sources.removeAll()
        return bytes
    }
}
