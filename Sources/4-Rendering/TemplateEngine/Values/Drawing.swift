/// What a tag places in the text flow instead of text: a picture or a native chart. Each becomes a
/// drawing in the story and parts of its own in the package (``DrawingEmbedding``).
enum Drawing: Sendable, Equatable {
    case picture(PlacedPicture)
    case chart(Chart)
    /// Another document's body, in place of the paragraph holding the marker (``SubDocumentEmbedding``).
    case document(SubDocument)
}
