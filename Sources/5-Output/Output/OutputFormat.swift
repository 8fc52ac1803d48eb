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
        var bytes: [UInt8] = []
        for scalar in parts.joined(separator: " ").unicodeScalars {
            if isQuote(scalar) { continue }
            UTF8.encode(isForbidden(scalar) ? "_" : scalar) { bytes.append($0) }
        }
        var name = String(decoding: bytes, as: UTF8.self).split(separator: " ").joined(separator: " ")
        while name.hasPrefix(".") || name.hasPrefix(" ") { name.removeFirst() }
        while name.hasSuffix(".") || name.hasSuffix(" ") { name.removeLast() }
        if name.isEmpty { name = "документ" }
        return String(name.prefix(120)) + "." + ext
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
