import Diagnostics

/// Walks the bytes of a JSON text keeping the line and column, and reads its tokens: strings,
/// numbers, literals. A problem is a `json_syntax` diagnostic in Russian at the current place.
struct JSONCursor {
    let file: String
    private let bytes: [UInt8]
    private(set) var index = 0
    private(set) var position = TextPosition(line: 1, column: 1)

    init(file: String, text: String) {
        self.file = file
        bytes = Array(text.utf8)
    }

    var atEnd: Bool { index >= bytes.count }
    var current: UInt8? { atEnd ? nil : bytes[index] }

    mutating func advance() {
        guard index < bytes.count else { return }
        let byte = bytes[index]
        index += 1
        if byte == 0x0A {
            position.line += 1
            position.column = 1
        } else if byte & 0xC0 != 0x80 {
            position.column += 1
        }
    }

    mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { advance() }
    }

    func failure(_ message: String) -> Diagnostic {
        Diagnostic("json_syntax", message, at: position.location(in: file))
    }

    /// What is at the cursor, in words, for messages.
    var found: String {
        guard !atEnd else { return "конец файла" }
        let next = String(decoding: bytes[index..<min(index + 4, bytes.count)], as: UTF8.self).first
        guard let next, !next.isWhitespace, next.unicodeScalars.allSatisfy({ $0.value >= 0x20 }) else {
            return "невидимый символ"
        }
        return "«\(next)»"
    }

    /// A string; the cursor is on its opening quote.
    mutating func string() throws -> String {
        let start = position
        advance()
        var buffer: [UInt8] = []
        while true {
            guard let byte = current else {
                throw Diagnostic(
                    "json_syntax", "незакрытая кавычка: строка не закрыта до конца файла",
                    at: start.location(in: file))
            }
            switch byte {
            case 0x22:
                advance()
                return String(decoding: buffer, as: UTF8.self)
            case 0x5C:
                advance()
                try escape(into: &buffer)
            case ..<0x20:
                throw failure("внутри строки перевод строки или управляющий символ; пишите перевод строки как \\n")
            default:
                buffer.append(byte)
                advance()
            }
        }
    }

    private mutating func escape(into buffer: inout [UInt8]) throws {
        let simple: [UInt8: UInt8] = [
            0x22: 0x22, 0x5C: 0x5C, 0x2F: 0x2F, 0x62: 0x08, 0x66: 0x0C, 0x6E: 0x0A, 0x72: 0x0D, 0x74: 0x09,
        ]
        guard let byte = current else { throw failure("незакрытая кавычка: строка не закрыта до конца файла") }
        if let replacement = simple[byte] {
            buffer.append(replacement)
            advance()
            return
        }
        guard byte == 0x75 else {
            throw failure(
                "неизвестная последовательность после «\\»; допускаются \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t, \\uXXXX"
            )
        }
        advance()
        var code = try hex()
        if (0xD800..<0xDC00).contains(code), index + 1 < bytes.count, bytes[index] == 0x5C, bytes[index + 1] == 0x75 {
            advance()
            advance()
            let low = try hex()
            code = (0xDC00..<0xE000).contains(low) ? 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
        }
        buffer.append(contentsOf: Array(String(Character(Unicode.Scalar(code) ?? "\u{FFFD}")).utf8))
    }

    private mutating func hex() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = UInt32(String(UnicodeScalar(byte)), radix: 16) else {
                throw failure("после \\u нужны четыре шестнадцатеричные цифры")
            }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    /// A number as written; the cursor is on its first character.
    mutating func number() throws -> (text: String, value: Double) {
        let start = index
        func digits() -> Int {
            var count = 0
            while let byte = current, (0x30...0x39).contains(byte) {
                advance()
                count += 1
            }
            return count
        }
        if current == 0x2D { advance() }
        let whole = digits()
        var valid = whole > 0 && !(whole > 1 && bytes[index - whole] == 0x30)
        if current == 0x2E {
            advance()
            valid = valid && digits() > 0
        }
        if current == 0x65 || current == 0x45 {
            advance()
            if current == 0x2B || current == 0x2D { advance() }
            valid = valid && digits() > 0
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard valid, let value = Double(text) else {
            throw failure("неверное число «\(text)»; пишите, например, 12 или 3.5")
        }
        return (text, value)
    }

    /// `true`, `false` or `null`; the cursor is on the first letter.
    mutating func literal() throws -> YAMLScalar {
        let words: [(String, YAMLScalar.Kind)] = [("true", .bool(true)), ("false", .bool(false)), ("null", .null)]
        for (word, kind) in words where bytes[index...].starts(with: word.utf8) {
            for _ in word.utf8 { advance() }
            return YAMLScalar(text: word, kind: kind)
        }
        throw failure("ожидалось значение: текст в кавычках, число, true, false или null, а здесь \(found)")
    }
}
