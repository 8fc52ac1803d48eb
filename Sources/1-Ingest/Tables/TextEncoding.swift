import Foundation

/// The encoding a text file was read in (кодировка): UTF-8; UTF-16 with its byte order mark, as
/// Excel saves «Юникод-текст»; or Windows-1251, as Russian Excel and Notepad save «CSV
/// (разделители — запятые)» and «Текст (разделители — табуляция)».
public enum TextEncoding: Sendable, Equatable {
    /// UTF-8, with or without a byte order mark.
    case utf8
    /// UTF-16 (little- or big-endian) after its byte order mark.
    case utf16
    /// Windows-1251 (Cyrillic): what is neither of the others.
    case windows1251

    /// The UTF-8 bytes of a text file: after a UTF-8 byte order mark the rest is read as UTF-8,
    /// after a UTF-16 one as UTF-16; valid UTF-8 is kept as is; anything else is read as
    /// Windows-1251.
    /// - Parameter bytes: the file's bytes.
    /// - Returns: the text as UTF-8 bytes and the encoding it was read in; `nil` when the bytes are
    ///   none of these.
    public static func utf8Bytes(_ bytes: [UInt8]) -> (bytes: [UInt8], encoding: TextEncoding)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let rest = Array(bytes.dropFirst(3))
            if String(validating: rest, as: UTF8.self) != nil { return (rest, .utf8) }
            return (Array(String(decoding: rest, as: UTF8.self).utf8), .utf8)
        }
        for (mark, encoding) in [
            ([0xFF, 0xFE] as [UInt8], String.Encoding.utf16LittleEndian), ([0xFE, 0xFF], .utf16BigEndian),
        ]
        where bytes.starts(with: mark) {
            guard let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) else { return nil }
            return (Array(text.utf8), .utf16)
        }
        if String(validating: bytes, as: UTF8.self) != nil { return (bytes, .utf8) }
        guard let text = String(data: Data(bytes), encoding: .windowsCP1251) else { return nil }
        return (Array(text.utf8), .windows1251)
    }
}
