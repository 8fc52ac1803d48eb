import Foundation

/// Finds `{{ … }}` and `{% … %}` tags in the joined text of a paragraph.
enum TagScanner {
    /// A tag found in text: its range in UTF-16 offsets, its kind and its inner text.
    struct Found: Equatable {
        enum Kind: Equatable { case output, statement }
        let start: Int
        let end: Int
        let kind: Kind
        /// The whole tag as written, delimiters included.
        let text: String
        /// The text between the delimiters, trimmed.
        let inner: String
    }

    struct Result: Equatable {
        var tags: [Found] = []
        /// Tags opened but not closed in the paragraph: offset and the text from there.
        var unclosed: [(offset: Int, text: String)] = []

        static func == (a: Result, b: Result) -> Bool {
            a.tags == b.tags && a.unclosed.map(\.offset) == b.unclosed.map(\.offset)
        }
    }

    static func scan(_ text: String) -> Result {
        let units = Array(text.utf16)
        var result = Result()
        var index = 0
        let brace = UInt16(UInt8(ascii: "{"))
        let percent = UInt16(UInt8(ascii: "%"))
        let close = UInt16(UInt8(ascii: "}"))
        while index + 1 < units.count {
            guard units[index] == brace, units[index + 1] == brace || units[index + 1] == percent else {
                index += 1
                continue
            }
            let isOutput = units[index + 1] == brace
            let closerFirst = isOutput ? close : percent
            var end = index + 2
            var found = false
            while end + 1 < units.count {
                if units[end] == closerFirst, units[end + 1] == close {
                    found = true
                    break
                }
                end += 1
            }
            if !found {
                let rest = String(decoding: units[index...], as: UTF16.self)
                result.unclosed.append((index, rest))
                break
            }
            let whole = String(decoding: units[index..<(end + 2)], as: UTF16.self)
            let inner = String(decoding: units[(index + 2)..<end], as: UTF16.self).trimmingCharacters(in: .whitespaces)
            result.tags.append(
                Found(
                    start: index, end: end + 2, kind: isOutput ? .output : .statement,
                    text: whole, inner: inner))
            index = end + 2
        }
        return result
    }
}
