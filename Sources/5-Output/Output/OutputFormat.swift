import Foundation
import OfficePackage

/// What a document is written as.
public enum OutputFormat: String, Sendable, CaseIterable {
    case docx, odt, pdf

    /// Reads «docx,odt,pdf»; a format named twice counts once.
    public static func list(_ text: String) -> [OutputFormat]? {
        let formats = text.split(separator: ",").map {
            OutputFormat(rawValue: $0.trimmingCharacters(in: .whitespaces).lowercased())
        }
        guard !formats.isEmpty, formats.allSatisfy({ $0 != nil }) else { return nil }
        var seen: Set<OutputFormat> = []
        return formats.compactMap { $0 }.filter { seen.insert($0).inserted }
    }

    /// The office format a document is rendered in before it is written as `self`.
    package var office: OfficeFormat? { OfficeFormat(rawValue: rawValue) }
}

/// A file name safe on every system, from parts that may hold «/», quotes or control characters:
/// characters Windows or Unix forbid become «_», quotes are dropped, no leading dot.
public enum SafeFileName {
    public static func make(_ parts: [String], extension ext: String) -> String {
        var scalars: [Unicode.Scalar] = []
        for scalar in parts.joined(separator: " ").unicodeScalars where !isQuote(scalar) {
            scalars.append(isForbidden(scalar) ? "_" : scalar)
        }
        guard scalars.allSatisfy(standsAlone) else { return tidied(scalars, extension: ext) }
        // Every scalar is a character of its own, so the words, the trimming and the length can be
        // worked out on scalars.
        var name = Array(scalars.split(separator: " ").joined(separator: [" "]))
        var start = 0
        var end = name.count
        while start < end, name[start] == "." || name[start] == " " { start += 1 }
        while end > start, name[end - 1] == "." || name[end - 1] == " " { end -= 1 }
        name = Array(name[start..<min(end, start + 120)])
        if name.isEmpty { return "документ." + ext }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.count * 2 + ext.utf8.count + 1)
        for scalar in name { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self) + "." + ext
    }

    /// The general case, character by character: marks combined with a space or a dot, emoji.
    private static func tidied(_ scalars: [Unicode.Scalar], extension ext: String) -> String {
        var name = String(String.UnicodeScalarView(scalars)).split(separator: " ").joined(separator: " ")
        while name.hasPrefix(".") || name.hasPrefix(" ") { name.removeFirst() }
        while name.hasSuffix(".") || name.hasSuffix(" ") { name.removeLast() }
        if name.isEmpty { name = "документ" }
        return String(name.prefix(120)) + "." + ext
    }

    /// Scalars that never join a neighbour into one character: printable ASCII and Latin-1,
    /// Cyrillic letters, general punctuation (dashes, «№»).
    private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xFF, 0x400...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x205E, 0x2116: true
        default: false
        }
    }

    /// Quotes, dropped: «»“”„"'`.
    private static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "«", "»", "“", "”", "„", "\"", "'", "`": true
        default: false
        }
    }

    /// What Windows or Unix forbid in a file name: <>:"/\|?* and control and format characters
    /// (general categories Cc and Cf, as Foundation's `CharacterSet.controlCharacters`).
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "<", ">", ":", "\"", "/", "\\", "|", "?", "*": return true
        default:
            if scalar.isASCII { return scalar.value < 0x20 || scalar.value == 0x7F }
            let category = scalar.properties.generalCategory
            return category == .control || category == .format
        }
    }
}
