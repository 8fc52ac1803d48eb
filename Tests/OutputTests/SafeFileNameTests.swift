import Foundation
import Testing

@testable import Output

/// File names drop quotes and replace what systems forbid exactly as the `CharacterSet` version did
/// (kept below as the reference), without building character sets for every name.
@Suite struct SafeFileNameTests {
    static let parts: [[String]] = [
        ["B-1", "МБОУ «СОШ № 1»"], ["", ""], ["..", "."], [" . скрытый "], ["a/b\\c:d*e?f\"g<h>i|j"],
        ["“Кавычки” „разные“ 'и' `такие`"],
        ["управляющие\u{1}\u{7F}\u{9F}символы\u{200E}\u{FEFF}\u{AD}"], ["пробелы   внутри\u{A0}и\tтабуляция"],
        [String(repeating: "Очень длинное название школы ", count: 10)], ["😀 эмодзи", "е\u{308}ж"],
        ["\u{2028}разрыв\u{2029}"],
        ["a \u{301}b . \u{301}", ". .\u{301}точка"], ["№ 5 — «Лицей»", "Ёлкино\u{A0}\u{2116}"],
        ["\u{1F1F7}\u{1F1FA} флаг", "\u{200D}"],
        [String(repeating: "е\u{308}", count: 130)], [String(repeating: "Школа ", count: 25) + "."],
    ]

    @Test(arguments: parts)
    func namesAsBefore(_ parts: [String]) {
        for ext in ["docx", "odt"] {
            #expect(
                Array(SafeFileName.make(parts, extension: ext).unicodeScalars)
                    == Array(Self.reference(parts, ext).unicodeScalars))
        }
    }

    static func reference(_ parts: [String], _ ext: String) -> String {
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
