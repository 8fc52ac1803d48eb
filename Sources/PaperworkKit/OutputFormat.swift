import Foundation
import OfficePackage

/// What a document is written as.
public enum OutputFormat: String, Sendable, CaseIterable {
    case docx, odt, pdf

    /// Reads «docx,odt,pdf».
    public static func list(_ text: String) -> [OutputFormat]? {
        let formats = text.split(separator: ",").map { OutputFormat(rawValue: $0.trimmingCharacters(in: .whitespaces).lowercased()) }
        guard !formats.isEmpty, formats.allSatisfy({ $0 != nil }) else { return nil }
        return formats.compactMap { $0 }
    }

    /// The office format a document is rendered in before it is written as `self`.
    var office: OfficeFormat? { OfficeFormat(rawValue: rawValue) }
}

/// A file name safe on every system, from parts that may hold «/», «"» or «№».
public enum SafeFileName {
    public static func make(_ parts: [String], extension ext: String) -> String {
        let joined = parts.joined(separator: " ")
        let allowed = joined.unicodeScalars.map { scalar -> Character in
            if CharacterSet.alphanumerics.contains(scalar) || " -_.".unicodeScalars.contains(scalar) { return Character(scalar) }
            return "_"
        }
        var name = String(allowed).split(separator: " ").joined(separator: " ")
        while name.hasPrefix(".") || name.hasPrefix("_") { name.removeFirst() }
        if name.isEmpty { name = "документ" }
        return String(name.prefix(120)) + "." + ext
    }
}
