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
        let forbidden = CharacterSet(charactersIn: "<>:\"/\\|?*").union(.controlCharacters)
        let quotes = CharacterSet(charactersIn: "«»“”„\"'`")
        var name = ""
        for scalar in parts.joined(separator: " ").unicodeScalars {
            if quotes.contains(scalar) { continue }
            name.unicodeScalars.append(forbidden.contains(scalar) ? "_" : scalar)
        }
        name = name.split(separator: " ").joined(separator: " ")
        while name.hasPrefix(".") || name.hasPrefix(" ") { name.removeFirst() }
        while name.hasSuffix(".") || name.hasSuffix(" ") { name.removeLast() }
        if name.isEmpty { name = "документ" }
        return String(name.prefix(120)) + "." + ext
    }
}
