internal import CQREncode

/// A QR code of a text (UTF-8, error correction level M), encoded by libqrencode: the dark
/// modules of its square, row by row. The one place of the program that calls libqrencode.
public struct QRCode: Sendable, Equatable {
    /// Modules a side, without the quiet zone.
    public let size: Int
    /// Whether each module is dark, row by row (`size × size`).
    public let modules: [Bool]

    /// The longest text encoded: a version-40 code at level M holds 2 331 bytes.
    public static let maximumBytes = 2_331

    /// Encodes `text`.
    /// - Throws: ``PictureError`` `.qrTooLong` when the text does not fit a QR code, `.qrFailed` when
    ///   libqrencode fails.
    public init(_ text: String) throws {
        let length = text.utf8.count
        guard length <= Self.maximumBytes else {
            throw PictureError(
                .qrTooLong,
                "текст для QR-кода длиной \(length) байт не помещается в QR-код (не больше \(Self.maximumBytes)); "
                    + "сократите его")
        }
        guard !text.utf8.contains(0) else {
            throw PictureError(.qrFailed, "текст для QR-кода содержит нулевой символ; уберите его")
        }
        let code = Owned(QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M))
        guard let raw = code.raw, raw.pointee.width > 0, let data = raw.pointee.data else {
            throw PictureError(.qrFailed, "не удалось построить QR-код; сократите текст или проверьте его")
        }
        let width = Int(raw.pointee.width)
        size = width
        modules = (0..<(width * width)).map { data[$0] & 1 == 1 }
    }

    /// The module at `row`, `column`.
    public func isDark(row: Int, column: Int) -> Bool { modules[row * size + column] }

    /// Owns one libqrencode result and frees it.
    private final class Owned {
        let raw: UnsafeMutablePointer<QRcode>?
        init(_ raw: UnsafeMutablePointer<QRcode>?) { self.raw = raw }
        deinit { if let raw { QRcode_free(raw) } }
    }
}
