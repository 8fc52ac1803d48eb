/// Why a picture cannot go into a document; the message is Russian and says what to do.
public struct PictureError: Error, Sendable, Equatable {
    public enum Code: String, Sendable {
        case unknownFormat = "picture_unknown_format"
        case damaged = "picture_damaged"
        case tooLarge = "picture_too_large"
        case badSize = "picture_bad_size"
        /// The file a picture is named by is missing, unreadable or outside its folder.
        case unreadable = "picture_unreadable"
        /// An SVG that declares entities, runs scripts or refers to files or addresses.
        case unsafe = "picture_unsafe"
        case qrTooLong = "qr_too_long"
        case qrFailed = "qr_failed"
    }

    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }
}
