import XMLTree
import ZipArchive

/// What differs between DOCX and ODT packages; the rest of Paperwork asks the profile
/// instead of testing the format.
protocol PackageProfile {
    /// Whether `reader` holds a package of this format.
    static func matches(_ reader: ZipReader) -> Bool
    /// Checks, once the package is opened, that it is a word-processing document or template of
    /// this format with its required parts.
    /// - Returns: whether it is a document or a template.
    /// - Throws: ``OfficeError`` naming what the package is instead, or the part that is missing.
    func validate(_ document: OfficeDocument) throws -> PackageRole
    /// Makes a template package a document package (the main part's content type, the mimetype).
    func makeDocument(_ document: OfficeDocument) throws
    /// The stories of the document in reading order.
    func stories(of document: OfficeDocument) throws -> [Story]
    /// Gives `path` (a part, or an ODT sub-document folder ending in `/`) the media type `mediaType`
    /// in the package's bookkeeping: a DOCX content type `Override`, an ODT manifest entry.
    func declare(_ mediaType: String, for path: String, in document: OfficeDocument) throws
    /// Brings the package's own bookkeeping in line with the parts present.
    func prepareForWriting(_ document: OfficeDocument) throws
    /// The order entries are written in.
    func writeOrder(_ names: [String]) -> [String]
    /// Whether a new or changed entry is deflated (`true`) or stored.
    func compresses(_ name: String) -> Bool
    /// The paragraph elements of `story` inside `part` (the parsed XML of `story.part`), in order.
    func paragraphs(of story: Story, in part: XMLDocument) -> [XMLNode]
    /// The plain text of one paragraph element.
    func text(ofParagraph paragraph: XMLNode) -> String
}

extension PackageProfile {
    func compresses(_ name: String) -> Bool { true }
}
