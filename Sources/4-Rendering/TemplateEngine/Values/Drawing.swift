/// What a tag places in the text flow instead of plain text: a picture or a native chart, each a
/// drawing in the story with parts of its own in the package (``DrawingEmbedding``), or rich text,
/// runs of its own (and relationships for its links in DOCX).
enum Drawing: Sendable, Equatable {
    case picture(PlacedPicture)
    case chart(Chart)
    /// Another document's body, in place of the paragraph holding the marker (``SubDocumentEmbedding``).
    case document(SubDocument)
    case richText(RichText)
}
