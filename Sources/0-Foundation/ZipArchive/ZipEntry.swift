/// One entry of an archive as its central directory describes it.
public struct ZipEntry: Sendable, Equatable {
    /// How an entry's data is stored.
    public enum Compression: Sendable, Equatable {
        case stored
        case deflated
        case other(Int32)
    }

    /// The entry's position in the archive.
    public let index: Int
    /// The entry's path inside the archive, always relative and with `/` separators.
    public let name: String
    /// Bytes after inflating.
    public let size: UInt64
    /// Bytes as stored in the archive.
    public let compressedSize: UInt64
    public let compression: Compression
    public let crc32: UInt32

    /// Whether the entry is a folder entry (its name ends with `/`).
    public var isDirectory: Bool { name.hasSuffix("/") }
}
