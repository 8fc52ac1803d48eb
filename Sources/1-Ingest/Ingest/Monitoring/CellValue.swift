import Documents
import Foundation
import Monitoring
import Orders
import RussianText
import Tables
import TemplateEngine

/// Reads cell text as a Russian methodist types it: «да/нет», «+/−», «1/0», «85 %», «85,0»,
/// «0,85», «4 из 6», with non-breaking and stray spaces.
enum CellValue {
    /// Lower-cased, `ё` as `е`, every run of white space (non-breaking too) as one space, trimmed.
    static func normalized(_ text: String) -> String {
        let lowered = text.lowercased().replacingOccurrences(of: "ё", with: "е")
        return lowered.split(whereSeparator: { $0.isWhitespace || $0 == "\u{A0}" || $0 == "\u{202F}" })
            .joined(separator: " ")
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
        var value = normalized(text).replacingOccurrences(of: " ", with: "")
        let percent = value.hasSuffix("%")
        if percent { value.removeLast() }
        value = value.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "−", with: "-")
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
        let head = value.components(separatedBy: " из ").first?.components(separatedBy: "/").first ?? value
        guard let (number, percent) = number(head), !percent else { return nil }
        return Int(exactly: number)
    }
}
