import Foundation
import Testing

@testable import Ingest

/// Cells are read as Foundation's string functions read them (kept below as the reference),
/// without bridging to `NSString`: normalizing, trimming, numbers and counts.
@Suite struct CellValueTests {
    static let cells = [
        "", " ", "да", " ДА ", "Да\u{A0}", "Ёлка", "ёлка", "Е\u{308}ЛКА", "е\u{308}лка", "по  всем\tпредметам\n",
        "\u{A0}\u{202F}присутствует в списке\u{3000}", "x\u{A0}\u{301}y", "ABC def", "  a  b  ", "\r\n",
        "85 %", "85,5", "1 000", "−3", "0,85", "4 из 6", "4/6", "5 из", "из 6", "12\u{A0}%", "\u{200B}код\u{200B}",
        "\t код ОО\t", " \u{301}а", "e\u{301} ", "😀 да", "İstanbul", "ΣΑΣ", "ǅ",
    ]

    @Test(arguments: cells)
    func normalizesAsBefore(_ text: String) {
        let lowered = text.lowercased().replacingOccurrences(of: "ё", with: "е")
        let reference = lowered.split(whereSeparator: { $0.isWhitespace || $0 == "\u{A0}" || $0 == "\u{202F}" })
            .joined(separator: " ")
        #expect(Array(CellValue.normalized(text).unicodeScalars) == Array(reference.unicodeScalars))
    }

    @Test(arguments: cells)
    func trimsAsFoundationDoes(_ text: String) {
        #expect(
            Array(CellValue.trimmed(text).unicodeScalars)
                == Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars))
    }

    @Test(arguments: cells)
    func readsNumbersAndCountsAsBefore(_ text: String) {
        var value = CellValue.normalized(text).replacingOccurrences(of: " ", with: "")
        let percent = value.hasSuffix("%")
        if percent { value.removeLast() }
        value = value.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "−", with: "-")
        let number = Double(value).flatMap { !value.isEmpty && $0.isFinite ? $0 : nil }
        #expect(CellValue.number(text)?.value == number)
        #expect(CellValue.number(text)?.percent == number.map { _ in percent })

        let normalized = CellValue.normalized(text)
        let head = normalized.components(separatedBy: " из ").first?.components(separatedBy: "/").first ?? normalized
        let count = CellValue.number(head).flatMap { $0.percent ? nil : Int(exactly: $0.value) }
        #expect(CellValue.count(text) == count)
    }
}
