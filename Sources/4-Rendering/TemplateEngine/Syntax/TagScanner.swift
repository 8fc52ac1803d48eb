import Foundation

/// Finds `{{ … }}`, `{% … %}` and `{# … #}` tags in the joined text of a paragraph, with docxtpl's
/// prefixes (`{%p`, `{%tr`, `{%tc`, `{%r`, `{{p`, `{{r`) and Jinja's whitespace control (`{%-`, `-%}`).
enum TagScanner {
    /// A tag found in text: its range in UTF-16 offsets, its kind and its inner text.
    struct Found: Equatable {
        enum Kind: Equatable { case output, statement, comment }
        /// Where the tag starts and ends, with the whitespace a `-` at either end removes.
        let start: Int
        let end: Int
        let kind: Kind
        /// The whole tag as written, delimiters included.
        let text: String
        /// The text between the delimiters, prefix and dashes, trimmed.
        let inner: String
        /// docxtpl's prefix: what the tag stands for beyond its own text.
        var prefix: Prefix? = nil
        /// Whether the tag was written `{%- … %}` or `{% … -%}`.
        var trims = false

        /// A word written against the opening delimiter as docxtpl writes its prefixes (`{{w name }}`,
        /// `{%x if … %}`) that is not one of them; nil for an ordinary tag (`{{ name }}`, `{{name}}`).
        var unknownPrefix: String? {
            guard prefix == nil else { return nil }
            var rest = Substring(text.dropFirst(2))
            if rest.first == "-" { rest = rest.dropFirst() }
            let word = rest.prefix { $0.isLetter }
            // `{%if x%}` is a statement written without spaces, not a prefix.
            guard (1...2).contains(word.count), !["if", "vm", "hm"].contains(word),
                rest.dropFirst(word.count).first?.isWhitespace == true
            else { return nil }
            let next = rest.dropFirst(word.count).drop { $0.isWhitespace }.prefix {
                $0.isLetter || $0.isNumber || $0 == "_"
            }
            let operators: Set<Substring> = ["is", "in", "not", "and", "or", "if", "else", ""]
            return kind == .output && operators.contains(next) ? nil : String(word)
        }
    }

    /// docxtpl's prefixes: the tag replaces the paragraph, table row, table cell or run holding it.
    enum Prefix: String, Equatable, CaseIterable {
        case paragraph = "p"
        case row = "tr"
        case column = "tc"
        case run = "r"
    }

    struct Result: Equatable {
        var tags: [Found] = []
        /// Tags opened but not closed in the paragraph: offset and the text from there.
        var unclosed: [(offset: Int, text: String)] = []

        static func == (a: Result, b: Result) -> Bool {
            a.tags == b.tags && a.unclosed.map(\.offset) == b.unclosed.map(\.offset)
        }
    }

    private static let brace = UInt16(UInt8(ascii: "{"))
    private static let percent = UInt16(UInt8(ascii: "%"))
    private static let hash = UInt16(UInt8(ascii: "#"))
    private static let close = UInt16(UInt8(ascii: "}"))
    private static let dash = UInt16(UInt8(ascii: "-"))

    static func scan(_ text: String) -> Result {
        let units = Array(text.utf16)
        var result = Result()
        var index = 0
        var previousEnd = 0
        while index + 1 < units.count {
            let second = units[index + 1]
            guard units[index] == brace, second == brace || second == percent || second == hash else {
                index += 1
                continue
            }
            let kind: Found.Kind = second == brace ? .output : second == percent ? .statement : .comment
            let closerFirst = second == brace ? close : second
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
                // A lone `{#` is ordinary text (a number sign in braces), not an unclosed tag.
                if kind != .comment {
                    result.unclosed.append((index, String(decoding: units[index...], as: UTF16.self)))
                }
                break
            }
            let whole = String(decoding: units[index..<(end + 2)], as: UTF16.self)
            var innerStart = index + 2
            var innerEnd = end
            let trimsBefore = innerStart < innerEnd && units[innerStart] == dash
            if trimsBefore { innerStart += 1 }
            let trimsAfter = innerEnd > innerStart && units[innerEnd - 1] == dash
            if trimsAfter { innerEnd -= 1 }
            var inner = String(decoding: units[innerStart..<innerEnd], as: UTF16.self)
            var prefix: Prefix?
            if let candidate = Prefix.allCases.first(where: { inner.hasPrefix($0.rawValue) }),
                inner.dropFirst(candidate.rawValue.count).first?.isWhitespace == true,
                kind != .comment || candidate != .run
            {
                prefix = candidate
                inner = String(inner.dropFirst(candidate.rawValue.count))
            }
            var start = index
            if trimsBefore {
                while start > previousEnd, isSpace(units[start - 1]) { start -= 1 }
            }
            var stop = end + 2
            if trimsAfter {
                while stop < units.count, isSpace(units[stop]) { stop += 1 }
            }
            result.tags.append(
                Found(
                    start: start, end: stop, kind: kind, text: whole,
                    inner: inner.trimmingCharacters(in: .whitespaces), prefix: prefix,
                    trims: trimsBefore || trimsAfter))
            index = stop
            previousEnd = stop
        }
        return result
    }

    private static func isSpace(_ unit: UInt16) -> Bool {
        Unicode.Scalar(unit).map { Character($0).isWhitespace } ?? false
    }
}
