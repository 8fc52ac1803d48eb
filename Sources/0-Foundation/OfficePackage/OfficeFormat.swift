/// The two document formats Paperwork reads and writes.
public enum OfficeFormat: String, Sendable, CaseIterable {
    case docx
    case odt

    /// The usual file extension, without the dot.
    public var fileExtension: String { rawValue }

    /// The format a file name's extension names, or `nil`.
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".docx") || lower.hasSuffix(".dotx") {
            self = .docx
        } else if lower.hasSuffix(".odt") || lower.hasSuffix(".ott") {
            self = .odt
        } else {
            return nil
        }
    }
}

/// Where a story (a run of paragraphs the user sees) sits in a document.
public enum StoryKind: String, Sendable {
    case body, header, footer, footnotes, endnotes
    /// Word's comments (примечания, `word/comments.xml`).
    case comments

    /// The Russian name for listings.
    public var russianName: String {
        switch self {
        case .body: "основной текст"
        case .header: "верхний колонтитул"
        case .footer: "нижний колонтитул"
        case .footnotes: "сноски"
        case .endnotes: "концевые сноски"
        case .comments: "примечания"
        }
    }
}

/// A story and the part that holds it.
public struct Story: Sendable, Equatable {
    public let kind: StoryKind
    /// The part's name inside the package.
    public let part: String
}
