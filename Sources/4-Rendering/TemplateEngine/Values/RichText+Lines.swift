extension RichText {
    /// A piece of a segment's text as both formats write it: text, a line break or a tab.
    enum Piece: Equatable {
        case text(String)
        case lineBreak
        case tab
    }

    /// `text` cut at its line breaks (`\n`, `\r\n`, `\r`, U+2028, vertical tab) and tabs, with the
    /// characters XML forbids dropped.
    static func pieces(of text: String) -> [Piece] {
        var pieces: [Piece] = []
        var pending = ""
        func flush() {
            if !pending.isEmpty { pieces.append(.text(pending)) }
            pending = ""
        }
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\n" where previousCR: continue
            case "\n", "\r", "\u{2028}", "\u{0B}":
                flush()
                pieces.append(.lineBreak)
            case "\t":
                flush()
                pieces.append(.tab)
            default:
                if XMLCharacters.isAllowed(scalar) { pending.unicodeScalars.append(scalar) }
            }
        }
        flush()
        return pieces
    }
}
