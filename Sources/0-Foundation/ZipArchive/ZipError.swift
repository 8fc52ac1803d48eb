/// An error of the zip layer: a stable code, a Russian message for the user,
/// the archive and entry it concerns, and the libzip cause when there is one.
public struct ZipError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Stable identifiers of zip failures.
    public enum Code: String, Sendable {
        case emptyFile = "zip_empty_file"
        case notZip = "zip_not_an_archive"
        case damaged = "zip_damaged"
        case cannotOpen = "zip_cannot_open"
        case unsafeEntryName = "zip_unsafe_entry_name"
        case duplicateEntry = "zip_duplicate_entry"
        case tooManyEntries = "zip_too_many_entries"
        case tooLarge = "zip_too_large"
        case suspiciousRatio = "zip_suspicious_ratio"
        case entryNotFound = "zip_entry_not_found"
        case readFailed = "zip_read_failed"
        case writeFailed = "zip_write_failed"
        case encrypted = "zip_encrypted"
    }

    public let code: Code
    /// What went wrong and how to fix it, in Russian.
    public let message: String
    /// The archive's file name or a label for an in-memory archive.
    public let archive: String
    /// The entry at fault, when the problem is one entry.
    public let entry: String?
    /// What libzip reported, in Russian (its own text is English and never kept), when it reported anything.
    public let cause: String?

    public init(_ code: Code, _ message: String, archive: String, entry: String? = nil, cause: String? = nil) {
        self.code = code
        self.message = message
        self.archive = archive
        self.entry = entry
        self.cause = cause
    }

    public var description: String {
        var place = archive
        if let entry { place += ": " + entry }
        var text = "\(place): \(code.rawValue): \(message)"
        if let cause { text += " (\(cause))" }
        return text
    }
}
