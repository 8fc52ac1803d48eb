import OfficePackage
import XMLTree

/// A piece of a paragraph that holds typed text: a text node, or (ODT) a `text:s` run of spaces.
struct TextAtom {
    let node: XMLNode
    let text: String
}

/// What differs between DOCX and ODT markup for the engine. The engine itself never asks
/// which format it is working on.
protocol MarkupFlavor: Sendable {
    /// The format whose markup this is (a sub-document must be of the same).
    var format: OfficeFormat { get }
    /// Cleans the part before tags are read (ODT: drops `text:soft-page-break`).
    func prepare(_ part: XMLDocument)
    /// The text-holding pieces of `paragraph`, in order; nested paragraphs are left out.
    func atoms(of paragraph: XMLNode) -> [TextAtom]
    /// Gives `atom` new text (a `text:s` atom keeps only spaces, and vanishes when given none).
    func setText(_ text: String, of atom: TextAtom)
    /// Splits `atom`, whose text is `texts[0] + tag₁ + texts[1] + … + tagₙ + texts[n]` (the tags'
    /// own text already gone), so that each of the `n` markers stands alone where its tag was,
    /// formatted like the tag's first character. One call per atom keeps the cutting linear.
    /// - Returns: for each marker, the inline node that stands for its tag (the run holding the
    ///   marker, or the marker).
    func isolate(_ atom: TextAtom, texts: [String], markers: [XMLNode]) throws -> [XMLNode]
    /// Replaces an inline tag's `host` by its bare `marker`, for block tags.
    func unwrapMarker(host: XMLNode, marker: XMLNode)
    /// Whether `node` is a paragraph, a table row, a table cell.
    func isParagraph(_ node: XMLNode) -> Bool
    func isRow(_ node: XMLNode) -> Bool
    func isCell(_ node: XMLNode) -> Bool
    func isTable(_ node: XMLNode) -> Bool
    /// How many columns of the table grid `node` takes when it is a cell (a DOCX cell's span; an
    /// ODT cell or covered cell: one); nil for anything else.
    func columns(of node: XMLNode) -> Int?
    /// Whether the part holds ids a loop would copy (drawings, bookmarks, `xml:id`).
    func hasIdentifiers(_ part: XMLDocument) -> Bool
    /// Markup for `value` at a marker's place: escaped, with line breaks, tabs and runs of spaces kept.
    func encode(_ value: String, prefix: String) -> String
    /// The namespace of the markup that ``encode(_:prefix:)`` writes.
    var textNamespace: String { get }
    /// What vanishes with `paragraph` when a block tag is all its text: the paragraph, or (ODT) the
    /// list item it alone fills, so that a loop over list items repeats items and leaves no empty
    /// numbered item where its tags stood.
    func tagBlock(of paragraph: XMLNode) -> XMLNode
    /// What must survive when a tag paragraph vanishes (a DOCX section break it carries), as an
    /// empty paragraph to leave in its place; `nil` when nothing must.
    func survivor(of paragraph: XMLNode) -> XMLNode?
    /// Markup that holds a picture's place in the text flow: `marker` (an element of
    /// ``DrawingEmbedding/namespace``) where a value's text would go.
    func pictureMarker(_ marker: String, prefix: String) -> String
    /// Puts `picture` in place of `marker`: the drawing that shows the media `reference` (a
    /// relationship id in DOCX, the part's path in ODT), with the document-wide unique `id`; with
    /// `vector` (an SVG's reference), the SVG shown where it can be and `reference` its PNG fallback.
    func place(_ picture: PlacedPicture, at marker: XMLNode, reference: String, vector: String?, id: Int) throws
    /// Puts `rich` in place of `marker`: runs (DOCX) or spans (ODT) of the pieces, formatted like the
    /// tag's run with each piece's own formatting on top; `links` gives, for each address, what a link
    /// refers to (a relationship id in DOCX, the address itself in ODT).
    func place(_ rich: RichText, at marker: XMLNode, links: [String: String]) throws
    /// The new parts that hold chart number `number` (numbers start at 1; the embedding skips a
    /// number whose parts the template already has), and what the story refers to.
    func chartParts(_ chart: Chart, number: Int) throws -> ChartParts
    /// Puts `chart` in place of `marker`: the frame that shows the chart `reference` names (a
    /// relationship id in DOCX, the object's folder in ODT), with the document-wide unique `id`.
    func place(_ chart: Chart, at marker: XMLNode, reference: String, id: Int) throws
    /// Where a package keeps its pictures (`word/media/`, `Pictures/`).
    var mediaFolder: String { get }
    /// Whether a part refers to a picture through a relationship of its own (DOCX) rather than by
    /// the picture's path (ODT).
    var picturesUseRelationships: Bool { get }
    /// Repairs after rendering: unique ids, no empty cells or tables.
    /// - Returns: whether anything changed (otherwise the rendered markup is used as it is).
    func repair(_ part: XMLDocument, ids: inout IdentifierCounters) -> Bool
}

/// Counters shared by all parts of one rendered package, so ids stay unique across parts.
struct IdentifierCounters {
    var drawing = 0
    var bookmark = 0
    var names: [String: Int] = [:]
}

extension MarkupFlavor {
    /// The nearest ancestor of `node` that is a table row.
    func row(of node: XMLNode) -> XMLNode? {
        var cursor = node.parent
        while let current = cursor {
            if isRow(current) { return current }
            cursor = current.parent
        }
        return nil
    }

    /// The nearest ancestor of `node` that is a table cell.
    func cell(of node: XMLNode) -> XMLNode? {
        var cursor = node.parent
        while let current = cursor {
            if isCell(current) { return current }
            cursor = current.parent
        }
        return nil
    }
}

/// Characters XML 1.0 allows: tab, line feed, carriage return and everything from U+0020 up,
/// except surrogates and U+FFFE/U+FFFF.
enum XMLCharacters {
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Whether `scalar` cannot stand in element content as it is: a control character (tab, line
    /// feed and carriage return included), `&`, `<`, `>`, U+2028 or a character XML forbids.
    static func needsMarkup(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x26, 0x3C, 0x3E, 0x2028: true
        default: !isAllowed(scalar)
        }
    }

    /// Whether `value` goes into element content unchanged: no scalar ``needsMarkup(_:)`` and, when
    /// `spaces` is set (ODT, where runs of spaces are written as `text:s`), no leading space and no
    /// two spaces in a row. Looks at the UTF-8 bytes only, so plain values cost one pass.
    static func isPlain(_ value: String, spaces: Bool) -> Bool {
        var copy = value
        return copy.withUTF8 { bytes in
            var previous: UInt8 = spaces ? 0x20 : 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                switch byte {
                case 0..<0x20, 0x26, 0x3C, 0x3E: return false
                case 0x20 where previous == 0x20 && spaces: return false
                // U+2028 is E2 80 A8; U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA8: return false
                case 0xEF where index + 2 < count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE: return false
                default: break
                }
                previous = byte
                index += 1
            }
            return true
        }
    }

    /// Appends `scalar` to `output`, escaped for element content.
    static func appendEscaped(_ scalar: Unicode.Scalar, to output: inout String) {
        switch scalar {
        case "&": output += "&amp;"
        case "<": output += "&lt;"
        case ">": output += "&gt;"
        default: output.unicodeScalars.append(scalar)
        }
    }
}
