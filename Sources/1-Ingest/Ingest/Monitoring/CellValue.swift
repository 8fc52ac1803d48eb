import Foundation
import Monitoring
import RussianText
import Tables

/// Reads cell text as a Russian methodist types it: «да/нет», «+/−», «1/0», «85 %», «85,0»,
/// «0,85», «4 из 6», with non-breaking and stray spaces.
enum CellValue {
    /// Lower-cased, `ё` as `е`, every run of white space (non-breaking too) as one space, trimmed.
    static func normalized(_ text: String) -> String {
        if let ascii = asciiNormalized(text) { return ascii }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var gap = false
        // Characters, not scalars: a decomposed «ё» is one and is compared equal to «ё», and a mark
        // combined with a space goes with it.
        for character in text.lowercased() {
            if character.isWhitespace || character == "\u{A0}" || character == "\u{202F}" {
                gap = !result.isEmpty
                continue
            }
            if gap {
                result.append(" ")
                gap = false
            }
            result.append(character == "ё" ? "е" : character)
        }
        return result
    }

    /// ``normalized(_:)`` of an ASCII text, byte by byte; `nil` when `text` is not ASCII.
    private static func asciiNormalized(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var gap = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            // ASCII white space: tab, line feed, vertical tab, form feed, carriage return, space.
            if (0x09...0x0D).contains(byte) || byte == 0x20 {
                gap = !bytes.isEmpty
                continue
            }
            if gap {
                bytes.append(0x20)
                gap = false
            }
            bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` without the spaces around it: tabs and the space separators (general category Zs,
    /// non-breaking spaces among them, and U+200B) — what Foundation's `trimmingCharacters(in:
    /// .whitespaces)` drops — scalar by scalar, without bridging to `NSString`.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        if start == scalars.startIndex && end == scalars.endIndex { return text }
        return String(Substring(scalars[start..<end]))
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0x200B: return true
        case 0x21..<0x80: return false
        default: return scalar.properties.generalCategory == .spaceSeparator
        }
    }

    private static let yes: Set<String> = [
        "да", "+", "1", "есть", "имеется", "yes", "true", "v", "✓", "✔", "истина", "д",
    ]
    private static let no: Set<String> = ["нет", "-", "−", "–", "—", "0", "отсутствует", "no", "false", "ложь", "н"]

    static func flag(_ text: String) -> Bool? {
        let value = normalized(text)
        if yes.contains(value) { return true }
        if no.contains(value) { return false }
        return nil
    }

    /// A number, with a comma or a point, spaces inside allowed; a trailing % is dropped and reported.
    static func number(_ text: String) -> (value: Double, percent: Bool)? {
        var value = String(normalized(text).filter { $0 != " " })
        let percent = value.hasSuffix("%")
        if percent { value.removeLast() }
        value = String(value.map { $0 == "," ? "." : $0 == "−" ? "-" : $0 })
        guard !value.isEmpty, let number = Double(value), number.isFinite else { return nil }
        return (number, percent)
    }

    /// A share as a fraction: «85 %» → 0.85, «0,85» → 0.85, «85» → 0.85.
    static func share(_ text: String) -> Double? {
        guard let (value, percent) = number(text) else { return nil }
        return percent || value > 1 ? value / 100 : value
    }

    /// A count: «4», «4 из 6», «4/6».
    static func count(_ text: String) -> Int? {
        let value = normalized(text)
        let head =
            value.split(separator: " из ", maxSplits: 1, omittingEmptySubsequences: false).first
            .flatMap { $0.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first }
            .map(String.init) ?? value
        guard let (number, percent) = number(head), !percent else { return nil }
        return Int(exactly: number)
    }
}
