/// Text with formatting from data (форматированный текст): pieces, each bold, italic, underlined,
/// struck through, coloured, sized or linked, that a tag writes as runs of their own, the way
/// docxtpl's `RichText` does with `{{r value }}`.
///
/// Data writes it as an object with one key, `rich`, holding the pieces (see
/// ``RichText/init(_:style:)``):
/// ```yaml
/// note: {rich: ["Срок — ", {text: "до 20 ноября", bold: true, color: "C00000"}]}
/// ```
public struct RichText: Sendable, Equatable {
    /// One piece of the text with its own formatting; `nil` keeps what the tag's run has.
    public struct Segment: Sendable, Equatable {
        public var text: String
        public var bold: Bool?
        public var italic: Bool?
        public var underline: Bool?
        public var strike: Bool?
        /// Six hexadecimal digits, upper case, without `#`: `C00000`.
        public var color: String?
        /// The size in points: 14, 10.5.
        public var size: Double?
        /// An address starting with `http://`, `https://` or `mailto:`.
        public var url: String?

        public init(text: String) { self.text = text }

        /// Whether the piece changes anything of the run it stands in (a link always does).
        var isFormatted: Bool {
            bold != nil || italic != nil || underline != nil || strike != nil || color != nil || size != nil
                || url != nil
        }
    }

    public var segments: [Segment]

    public init(segments: [Segment]) { self.segments = segments }

    /// The text without its formatting, line breaks kept.
    public var plainText: String { segments.map(\.text).joined() }

    /// The colour and underline a link gets when the data does not give its own: Word's «Гиперссылка».
    static let linkColor = "0563C1"
}
