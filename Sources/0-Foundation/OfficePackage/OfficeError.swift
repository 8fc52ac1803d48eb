import ZipArchive

/// An error of the office-package layer: a stable code, a Russian message, the file and part
/// it concerns, and the lower-layer error (zip or XML) that caused it.
public struct OfficeError: Error, Sendable, CustomStringConvertible {
    /// Stable identifiers of package failures.
    public enum Code: String, Sendable {
        case unreadable = "package_unreadable"
        case unknownFormat = "package_unknown_format"
        case missingPart = "package_missing_part"
        case badPart = "package_bad_part"
        case inconsistent = "package_inconsistent"
        case writeFailed = "package_write_failed"
        /// A macro-enabled document (`.docm`, `.dotm`), refused wherever it is opened.
        case macroEnabled = "package_macro_enabled"
    }

    public let code: Code
    /// What went wrong and how to fix it, in Russian.
    public let message: String
    /// The document's file name.
    public let file: String
    /// The part at fault, when one is.
    public let part: String?
    /// The zip or XML error underneath, when there is one.
    public let cause: (any Error & Sendable)?

    public init(
        _ code: Code, _ message: String, file: String, part: String? = nil, cause: (any Error & Sendable)? = nil
    ) {
        self.code = code
        self.message = message
        self.file = file
        self.part = part
        self.cause = cause
    }

    public var description: String {
        if let cause = cause as? ZipError { return cause.description }
        if let cause { return "\(file): \(cause)" }
        var place = file
        if let part { place += ": " + part }
        return "\(place): \(code.rawValue): \(message)"
    }
}
