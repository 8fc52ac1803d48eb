import Testing

@testable import TemplateEngine

/// Values go into markup byte for byte as the scalar-by-scalar encoding put them (kept below as the
/// reference), whether they are plain and copied whole or need escaping, breaks, tabs or spaces.
@Suite struct EncodeTests {
    /// Pieces that exercise every branch: plain Cyrillic, escapes, breaks (CR LF, CR, LF, U+2028),
    /// tabs, runs of spaces, characters XML forbids, combining marks, emoji, «ё» both ways.
    static let pieces = [
        "Приказ", "№ 5", " ", "  ", "&", "<", ">", "\"", "'", "\n", "\r", "\r\n", "\t", "\u{2028}",
        "\u{1}", "\u{B}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "😀", "e\u{301}", "<\u{338}", "ё",
        "е\u{308}", "«ёлочки»", "\u{A0}", "—", "\u{2029}", "x",
    ]

    /// Deterministic strings of up to 8 pieces.
    static let values: [String] = {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        var values = [""] + pieces
        for _ in 0..<3000 {
            values.append((0..<(next() % 9)).map { _ in pieces[next() % pieces.count] }.joined())
        }
        return values
    }()

    @Test func docxEncodesAsBefore() {
        for prefix in ["w", ""] {
            for value in Self.values {
                #expect(
                    Array(DOCXFlavor().encode(value, prefix: prefix).utf8)
                        == Array(Self.docx(value, prefix: prefix).utf8),
                    "\(Array(value.unicodeScalars))")
            }
        }
    }

    @Test func odtEncodesAsBefore() {
        for prefix in ["text", ""] {
            for value in Self.values {
                #expect(
                    Array(ODTFlavor().encode(value, prefix: prefix).utf8)
                        == Array(Self.odt(value, prefix: prefix).utf8),
                    "\(Array(value.unicodeScalars))")
            }
        }
    }

    @Test func plainValuesAreThemselves() {
        #expect(XMLCharacters.isPlain("МБОУ «СОШ № 1» — лучшая", spaces: true))
        #expect(XMLCharacters.isPlain(" ведущий пробел", spaces: false))
        #expect(!XMLCharacters.isPlain(" ведущий пробел", spaces: true))
        #expect(!XMLCharacters.isPlain("два  пробела", spaces: true))
        #expect(!XMLCharacters.isPlain("A & B", spaces: false))
        #expect(!XMLCharacters.isPlain("строка\u{2028}", spaces: false))
        #expect(!XMLCharacters.isPlain("\u{FFFF}", spaces: false))
    }

    // The encodings as they were written before plain values were copied whole.

    static func docx(_ value: String, prefix: String) -> String {
        let w = prefix.isEmpty ? "" : prefix + ":"
        var output = ""
        var previousCR = false
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\n" where previousCR: break
            case "\n", "\r", "\u{2028}": output += "</\(w)t><\(w)br/><\(w)t xml:space=\"preserve\">"
            case "\t": output += "</\(w)t><\(w)tab/><\(w)t xml:space=\"preserve\">"
            default: if XMLCharacters.isAllowed(scalar) { escape(scalar, &output) }
            }
            previousCR = scalar == "\r"
        }
        return output
    }

    static func odt(_ value: String, prefix: String) -> String {
        let t = prefix.isEmpty ? "" : prefix + ":"
        var output = ""
        var spaces = 0
        var atStart = true
        var previousCR = false
        func flushSpaces() {
            guard spaces > 0 else { return }
            let escaped = atStart ? spaces : spaces - 1
            if !atStart { output += " " }
            if escaped == 1 { output += "<\(t)s/>" }
            if escaped > 1 { output += "<\(t)s \(t)c=\"\(escaped)\"/>" }
            spaces = 0
        }
        for scalar in value.unicodeScalars {
            if scalar == " " {
                spaces += 1
                previousCR = false
                continue
            }
            flushSpaces()
            switch scalar {
            case "\n" where previousCR: break
            case "\n", "\r", "\u{2028}": output += "<\(t)line-break/>"
            case "\t": output += "<\(t)tab/>"
            default: if XMLCharacters.isAllowed(scalar) { escape(scalar, &output) }
            }
            atStart = false
            previousCR = scalar == "\r"
        }
        flushSpaces()
        return output
    }

    static func escape(_ scalar: Unicode.Scalar, _ output: inout String) {
        switch scalar {
        case "&": output += "&amp;"
        case "<": output += "&lt;"
        case ">": output += "&gt;"
        default: output.unicodeScalars.append(scalar)
        }
    }
}
