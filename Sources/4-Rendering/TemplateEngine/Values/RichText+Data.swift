import Foundation

extension RichText {
    /// The keys a piece of rich text may have.
    static let keys = ["text", "bold", "italic", "underline", "strike", "color", "colour", "size", "url", "link"]
    /// The longest link address accepted, in characters.
    static let maxURLLength = 2_000

    /// Whether `fields` is rich text as data writes it: an object whose only key is `rich`.
    static func isRich(_ fields: OrderedFields) -> Bool {
        fields.keys == ["rich"]
    }

    /// Rich text from data: `{rich: [piece, …]}` where a piece is text (printed as it is) or an object
    /// `{text: "…", bold: true, italic: true, underline: true, strike: true, color: "C00000", size: 14,
    /// url: "https://…"}`; `rich` may also hold one piece. Texts that are not strings print in `style`;
    /// a line break in a text is a line break in the document.
    /// - Throws: ``RichTextError`` naming the piece and the key at fault, in Russian.
    init(_ fields: OrderedFields, style: TemplateSettings.ValueStyle) throws(RichTextError) {
        let pieces: [TemplateValue]
        switch fields["rich"] {
        case .list(let items)?: pieces = items
        case let single?: pieces = [single]
        case nil: pieces = []
        }
        var segments: [Segment] = []
        for (index, piece) in pieces.enumerated() {
            segments.append(try Self.segment(piece, number: index + 1, style: style))
        }
        self.init(segments: segments)
    }

    private static func segment(_ piece: TemplateValue, number: Int, style: TemplateSettings.ValueStyle)
        throws(RichTextError) -> Segment
    {
        guard case .object(let fields) = piece else {
            if case .null = piece { return Segment(text: "") }
            return Segment(text: style.text(of: piece))
        }
        func fail(_ text: String) -> RichTextError { RichTextError(message: "rich, часть \(number): " + text) }
        if let unknown = fields.keys.first(where: { !keys.contains($0) }) {
            throw fail(
                "неизвестный ключ «\(unknown)»; у части бывают text, bold, italic, underline, strike, color, size, url")
        }
        var segment = Segment(text: fields["text"].map { $0 == .null ? "" : style.text(of: $0) } ?? "")
        func flag(_ key: String) throws(RichTextError) -> Bool? {
            guard let value = fields[key], value != .null else { return nil }
            guard case .bool(let flag) = value else {
                throw fail("«\(key)» — \(value.kindName) «\(value.text)»; пишите true или false")
            }
            return flag
        }
        segment.bold = try flag("bold")
        segment.italic = try flag("italic")
        segment.underline = try flag("underline")
        segment.strike = try flag("strike")
        if let value = fields["color"] ?? fields["colour"], value != .null {
            var color = value.text.trimmingCharacters(in: .whitespaces)
            if color.hasPrefix("#") { color.removeFirst() }
            guard color.utf8.count == 6, color.allSatisfy(\.isHexDigit) else {
                throw fail(
                    "цвет «\(value.text.prefix(40))» — не цвет; пишите шестнадцатеричный код из шести знаков, "
                        + "например \"C00000\" (тёмно-красный)")
            }
            segment.color = color.uppercased()
        }
        if let value = fields["size"], value != .null {
            guard case .number(let size) = value, size >= 1, size <= 400, (size * 2).rounded() == size * 2 else {
                throw fail(
                    "размер «\(value.text.prefix(40))» — нужен размер шрифта в пунктах от 1 до 400, например 14 или 10.5"
                )
            }
            segment.size = size
        }
        if let value = fields["url"] ?? fields["link"], value != .null {
            segment.url = try link(value.text, fail: fail)
        }
        return segment
    }

    /// The address `text` when it is one a document may link to: `http://`, `https://` or `mailto:`,
    /// no spaces or control characters, at most ``maxURLLength`` characters.
    private static func link(_ text: String, fail: (String) -> RichTextError) throws(RichTextError) -> String {
        let address = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let shown = address.unicodeScalars.count > 60 ? String(address.prefix(60)) + "…" : address
        let lower = address.lowercased()
        guard ["http://", "https://", "mailto:"].contains(where: { lower.hasPrefix($0) }) else {
            throw fail(
                "ссылка «\(shown)» не разрешена; адрес должен начинаться с https://, http:// или mailto:")
        }
        guard address.count <= maxURLLength else {
            throw fail("ссылка длиннее \(maxURLLength) знаков; сократите адрес")
        }
        guard
            !address.unicodeScalars.contains(where: {
                $0.value <= 0x20 || $0.value == 0x7F || !XMLCharacters.isAllowed($0)
            })
        else {
            throw fail("в ссылке «\(shown)» есть пробел или управляющий знак; уберите его (пробел пишется %20)")
        }
        return address
    }
}

/// Rich text from data that cannot be written; the message says which piece and how to fix it.
struct RichTextError: Error {
    let message: String
}
