import Diagnostics
import Foundation

extension NamedBytes {
    /// The bytes as text when they are UTF-8 (a byte-order mark is dropped).
    /// - Throws: a ``Diagnostic`` `not_utf8` at the first byte that is not UTF-8, saying how to
    ///   save the file in UTF-8.
    func utf8Text() throws -> String {
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return text }
        let raw = [UInt8](body)
        let position = TextPosition(offset: Self.firstInvalidUTF8(raw), in: body)
        let high = raw.filter { $0 >= 0x80 }
        let guess =
            if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) {
                " (он сохранён в кодировке UTF-16, «Юникод»)"
            } else if high.count > 3 && high.filter({ $0 >= 0xC0 }).count * 2 > high.count {
                " (похоже, он сохранён в кодировке Windows-1251)"
            } else {
                ""
            }
        throw Diagnostic(
            "not_utf8",
            "файл не в кодировке UTF-8\(guess); откройте его в редакторе и сохраните "
                + "в кодировке UTF-8 («Сохранить как» → «Кодировка: UTF-8»)", at: position.location(in: name))
    }

    /// The offset of the first byte that does not start a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let width: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: width = 2
            case 0xE0:
                width = 3
                low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: width = 3
            case 0xED:
                width = 3
                high = 0x9F
            case 0xF0:
                width = 4
                low = 0x90
            case 0xF1...0xF3: width = 4
            case 0xF4:
                width = 4
                high = 0x8F
            default: return index
            }
            guard index + width <= bytes.count, (low...high).contains(bytes[index + 1]) else { return index }
            for next in bytes[(index + 2)..<(index + width)] where next & 0xC0 != 0x80 { return index }
            index += width
        }
        return index
    }
}
