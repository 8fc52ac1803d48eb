/// Shortens overlong runs of character data in XML before it is parsed, so that a 50 MB cell
/// neither costs its size in memory nor trips libxml2's own «huge text node» limit; the clipped
/// text stays longer than any cell may be, and the reader then reports that cell with its place.
///
/// The cut is made where the XML stays well-formed: outside tags, comments and CDATA sections, on
/// a UTF-8 character boundary and before a character reference that would be split.
enum XMLTextClipper {
    private static let open = UInt8(ascii: "<"), close = UInt8(ascii: ">"), ampersand = UInt8(ascii: "&"),
        semicolon = UInt8(ascii: ";"), doubleQuote = UInt8(ascii: "\""), singleQuote = UInt8(ascii: "'")
    private static let commentStart = Array("<!--".utf8), commentEnd = Array("-->".utf8)
    private static let cdataStart = Array("<![CDATA[".utf8), cdataEnd = Array("]]>".utf8)

    /// `bytes` with every run of character data longer than `limit` bytes cut to about `limit` bytes.
    /// - Returns: the bytes (unchanged when nothing was long) and whether anything was cut.
    static func clip(_ bytes: [UInt8], runsLongerThan limit: Int) -> (bytes: [UInt8], clipped: Bool) {
        var output: [UInt8] = []
        var copied = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == open else {
                let end = bytes[index...].firstIndex(of: open) ?? bytes.count
                if end - index > limit {
                    if output.isEmpty { output.reserveCapacity(bytes.count) }
                    output += bytes[copied..<cut(bytes, from: index, limit: limit)]
                    copied = end
                }
                index = end
                continue
            }
            index = endOfMarkup(bytes, from: index)
        }
        if copied == 0 { return (bytes, false) }
        output += bytes[copied...]
        return (output, true)
    }

    /// Where to end a run starting at `start`: about `limit` bytes on, not inside a character
    /// or a reference such as `&amp;` or `&#1046;`.
    private static func cut(_ bytes: [UInt8], from start: Int, limit: Int) -> Int {
        var end = start + limit
        while end > start && bytes[end] & 0xC0 == 0x80 { end -= 1 }
        let window = bytes[max(start, end - 16)..<end]
        if let ampersand = window.lastIndex(of: ampersand), !window[ampersand...].contains(semicolon) {
            end = ampersand
        }
        return end
    }

    /// The index after the tag, comment, CDATA section or processing instruction at `start`;
    /// `>` inside quoted attribute values does not end a tag.
    private static func endOfMarkup(_ bytes: [UInt8], from start: Int) -> Int {
        let rest = bytes[start...]
        if rest.starts(with: commentStart) { return end(of: commentEnd, in: bytes, from: start + commentStart.count) }
        if rest.starts(with: cdataStart) { return end(of: cdataEnd, in: bytes, from: start + cdataStart.count) }
        var quote: UInt8?
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == doubleQuote || byte == singleQuote {
                quote = byte
            } else if byte == close {
                return index + 1
            }
            index += 1
        }
        return bytes.count
    }

    private static func end(of marker: [UInt8], in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index + marker.count <= bytes.count {
            if bytes[index] == marker[0] && bytes[index..<index + marker.count].elementsEqual(marker) {
                return index + marker.count
            }
            index += 1
        }
        return bytes.count
    }
}
