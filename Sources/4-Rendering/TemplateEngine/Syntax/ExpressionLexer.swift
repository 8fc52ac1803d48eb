/// Splits the inside of a tag into tokens. String literals may use the quotes Word and
/// LibreOffice substitute while typing: "…", '…', «…», “…”, „…“, ‘…’.
struct ExpressionLexer {
    enum Token: Equatable {
        case identifier(String)
        case number(Double)
        /// A number written with a point or an exponent (`2.0`, `1e3`): a float in Python.
        case float(Double)
        case string(String)
        case symbol(String)
    }

    struct Failure: Error, Equatable {
        let message: String
    }

    private static let closingQuote: [Character: Set<Character>] = [
        "\"": ["\""], "'": ["'"], "«": ["»"], "“": ["”", "\""], "„": ["“", "”"], "‘": ["’"], "”": ["”"],
    ]

    static func tokens(_ text: String) throws -> [Token] {
        var tokens: [Token] = []
        let chars = Array(text)
        var index = 0
        while index < chars.count {
            let char = chars[index]
            if char.isWhitespace {
                index += 1
            } else if let closers = closingQuote[char] {
                var end = index + 1
                while end < chars.count, !closers.contains(chars[end]) { end += 1 }
                guard end < chars.count else { throw Failure(message: "строка в кавычках не закрыта") }
                tokens.append(.string(String(chars[(index + 1)..<end])))
                index = end + 1
            } else if char.isNumber && char.isASCII {
                var end = index
                func isDigit(_ at: Int) -> Bool { at < chars.count && chars[at].isASCII && chars[at].isNumber }
                while isDigit(end)
                    || (end < chars.count && chars[end] == "." && isDigit(end + 1)
                        && !chars[index..<end].contains("."))
                { end += 1 }
                // An exponent, as Python writes it: 1e6, 2.5E-3.
                if end < chars.count, chars[end] == "e" || chars[end] == "E" {
                    var exponent = end + 1
                    if exponent < chars.count, chars[exponent] == "-" || chars[exponent] == "+" { exponent += 1 }
                    if isDigit(exponent) {
                        end = exponent
                        while isDigit(end) { end += 1 }
                    }
                }
                guard let value = Double(String(chars[index..<end])) else {
                    throw Failure(message: "число «\(String(chars[index..<end]))» записано неверно")
                }
                let written = chars[index..<end]
                tokens.append(
                    written.contains(".") || written.contains("e") || written.contains("E")
                        ? .float(value) : .number(value))
                index = end
            } else if char.isLetter || char == "_" {
                var end = index
                while end < chars.count, chars[end].isLetter || chars[end].isNumber || chars[end] == "_" { end += 1 }
                tokens.append(.identifier(String(chars[index..<end])))
                index = end
            } else {
                let two = index + 1 < chars.count ? String(chars[index...(index + 1)]) : ""
                if ["==", "!=", "<=", ">=", "//", "**"].contains(two) {
                    tokens.append(.symbol(two))
                    index += 2
                } else if "|.()[]{},:<>-+*/%~=".contains(char) {
                    tokens.append(.symbol(String(char)))
                    index += 1
                } else {
                    throw Failure(message: "непонятный символ «\(char)»")
                }
            }
        }
        return tokens
    }
}
