import XMLTree
import ZipArchive

/// What differs between DOCX and ODT packages; the rest of Paperwork asks the profile
/// instead of testing the format.
protocol PackageProfile {
    /// Whether `reader` holds a package of this format.
    static func matches(_ reader: ZipReader) -> Bool
    /// Checks the required parts once the package is opened.
    func validate(_ document: OfficeDocument) throws
    /// The stories of the document in reading order.
    func stories(of document: OfficeDocument) throws -> [Story]
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
