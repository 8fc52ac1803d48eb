/// The tokens of a PDF object's dictionary text, enough to follow references, read arrays of
/// references and replace a value in place (PDF 1.7, §7.2–7.3). Strings are skipped whole, so a
/// string that happens to read `12 0 R` is never taken for a reference.
struct PDFSyntax {
    enum Kind: Equatable {
        case integer(Int)
        case name(String)
        case keyword(String)
        case number
        case string
        case open(UInt8)
        case close(UInt8)
    }

    struct Token: Equatable {
        let kind: Kind
        /// Where the token is in the bytes tokenized.
        let range: Range<Int>
    }

    /// An indirect reference, `n g R`, and where it is.
    struct Reference: Equatable {
        let object: Int
        let range: Range<Int>
    }

    let tokens: [Token]

    /// Tokenizes `bytes[range]`; unknown bytes are skipped.
    init(_ bytes: [UInt8], in range: Range<Int>) {
        var tokens: [Token] = []
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = bytes[index]
            let start = index
            switch byte {
            case 0x25:  // % comment to the end of the line
                while index < end, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
            case 0x28:  // ( literal string, nested parentheses, backslash escapes
                var depth = 0
                while index < end {
                    let current = bytes[index]
                    if current == 0x5C {
                        index += 2
                        continue
                    }
                    if current == 0x28 { depth += 1 }
                    if current == 0x29 {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    index += 1
                }
                index = min(index + 1, end)
                tokens.append(Token(kind: .string, range: start..<index))
            case 0x3C where index + 1 < end && bytes[index + 1] == 0x3C,
                0x3E where index + 1 < end && bytes[index + 1] == 0x3E:
                index += 2
                tokens.append(Token(kind: byte == 0x3C ? .open(0x3C) : .close(0x3E), range: start..<index))
            case 0x3C:  // <hex string>
                while index < end, bytes[index] != 0x3E { index += 1 }
                index = min(index + 1, end)
                tokens.append(Token(kind: .string, range: start..<index))
            case 0x5B, 0x7B:
                index += 1
                tokens.append(Token(kind: .open(byte), range: start..<index))
            case 0x5D, 0x7D:
                index += 1
                tokens.append(Token(kind: .close(byte), range: start..<index))
            case 0x2F:
                index += 1
                while index < end, Self.isRegular(bytes[index]) { index += 1 }
                let name = String(decoding: bytes[(start + 1)..<index], as: UTF8.self)
                tokens.append(Token(kind: .name(name), range: start..<index))
            default:
                guard Self.isRegular(byte) else {
                    index += 1
                    continue
                }
                while index < end, Self.isRegular(bytes[index]) { index += 1 }
                let text = String(decoding: bytes[start..<index], as: UTF8.self)
                let kind: Kind =
                    if let value = Int(text) {
                        .integer(value)
                    } else if text.first.map({ $0.isNumber || $0 == "-" || $0 == "+" || $0 == "." }) == true {
                        .number
                    } else {
                        .keyword(text)
                    }
                tokens.append(Token(kind: kind, range: start..<index))
            }
        }
        self.tokens = tokens
    }

    /// Not white space and not a delimiter.
    static func isRegular(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20, 0x28, 0x29, 0x3C, 0x3E, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F, 0x25: false
        default: true
        }
    }

    /// Every `n g R` reference, in order.
    var references: [Reference] {
        var found: [Reference] = []
        for index in tokens.indices.dropFirst(2) {
            guard tokens[index].kind == .keyword("R"), case .integer(let object) = tokens[index - 2].kind,
                case .integer = tokens[index - 1].kind
            else { continue }
            found.append(
                Reference(object: object, range: tokens[index - 2].range.lowerBound..<tokens[index].range.upperBound))
        }
        return found
    }

    /// The index of the token just after the dictionary key `/key`, when the key is there.
    func value(after key: String) -> Int? {
        tokens.firstIndex { $0.kind == .name(key) }.map { $0 + 1 }.flatMap { $0 < tokens.count ? $0 : nil }
    }

    /// The object `/key n g R` refers to.
    func reference(after key: String) -> Int? {
        guard let start = value(after: key), start + 2 < tokens.count, tokens[start + 2].kind == .keyword("R"),
            case .integer(let object) = tokens[start].kind
        else { return nil }
        return object
    }

    /// The byte range of the array that `/key` holds, brackets included, and the references in it.
    func array(after key: String) -> (range: Range<Int>, references: [Int])? {
        guard let start = value(after: key), tokens[start].kind == .open(0x5B),
            let close = tokens[start...].firstIndex(where: { $0.kind == .close(0x5D) })
        else { return nil }
        let inner = PDFSyntax(tokens: Array(tokens[start...close]))
        return (tokens[start].range.lowerBound..<tokens[close].range.upperBound, inner.references.map(\.object))
    }

    private init(tokens: [Token]) { self.tokens = tokens }
}
