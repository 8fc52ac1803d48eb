/// Bounds that make a hostile archive (a zip bomb, a huge central directory)
/// fail fast, before any data is inflated.
public struct ZipLimits: Sendable, Equatable {
    /// Most entries an archive may list.
    public var maxEntries: Int
    /// Most bytes one entry may inflate to.
    public var maxEntrySize: UInt64
    /// Most bytes all entries together may inflate to.
    public var maxTotalSize: UInt64
    /// Largest ratio of inflated to compressed size for an entry above `ratioFloor` bytes.
    public var maxRatio: UInt64
    /// Entries smaller than this are not ratio-checked (tiny parts compress very well).
    public var ratioFloor: UInt64

    public init(
        maxEntries: Int = 20_000, maxEntrySize: UInt64 = 256 << 20,
        maxTotalSize: UInt64 = 512 << 20, maxRatio: UInt64 = 200, ratioFloor: UInt64 = 1 << 20
    ) {
        self.maxEntries = maxEntries
        self.maxEntrySize = maxEntrySize
        self.maxTotalSize = maxTotalSize
        self.maxRatio = maxRatio
        self.ratioFloor = ratioFloor
    }

    /// Limits for office documents: generous for real templates, tight for bombs.
    public static let standard = ZipLimits()
}
