import OfficePackage
import XMLTree

/// Puts sub-documents' bodies (`subdoc(…)`) into one rendering, through the XML layer: the body's
/// blocks (paragraphs, tables, lists) in place of the paragraph holding the tag, without its
/// section properties; its styles the template lacks added to the template's (a style of the same
/// name keeps the template's look); its lists copied with new ids so they still number; its
/// pictures and links carried over as new parts and relationships (``DrawingEmbedding``).
final class SubDocumentEmbedding {
    /// The template's parts a sub-document may add to, as stored.
    struct Sources: Sendable {
        /// The part that holds the template's body.
        let body: String
        /// The styles part (`word/styles.xml`, `styles.xml`).
        let styles: (part: String, bytes: [UInt8])?
        /// DOCX: the list definitions.
        let numbering: DOCXNumbering.Source?
    }

    let format: OfficeFormat
    private let sources: Sources
    /// Sub-documents placed so far: each one's names get their own number.
    private(set) var count = 0
    /// Styles to add to the template's styles part, in order, with the key that names each
    /// (DOCX: the style id; ODT: family and name).
    var styles: [(key: String, node: XMLNode)] = []
    private var numberingCopy: DOCXNumbering?

    init(format: OfficeFormat, sources: Sources) {
        self.format = format
        self.sources = sources
    }

    /// The rendering's copy of the DOCX list definitions: the template's, or a new empty part.
    func numbering() throws -> DOCXNumbering {
        if let numberingCopy { return numberingCopy }
        let opened = try sources.numbering?.open() ?? DOCXNumbering.empty()
        numberingCopy = opened
        return opened
    }

    /// The list definitions when the template has a numbering part (for `{% restart_numbering %}`).
    func templateNumbering() throws -> DOCXNumbering? {
        sources.numbering == nil ? nil : try numbering()
    }

    /// Inserts the body of `document` in place of `marker` in `part`.
    func place(_ document: SubDocument, at marker: XMLNode, part: String, embedding: inout DrawingEmbedding) throws {
        count += 1
        let opened = try document.open()
        let body = try opened.xml(try opened.bodyPart())
        let blocks: [XMLNode]
        switch format {
        case .docx:
            blocks = try DOCXSubDocument(source: opened, body: body, number: count).blocks(
                into: part, of: self, embedding: &embedding)
        case .odt:
            blocks = try ODTSubDocument(source: opened, body: body, number: count).blocks(
                into: marker.document, of: self, embedding: &embedding)
        }
        try insert(blocks, at: marker)
    }

    /// The blocks in place of the paragraph that holds `marker`; the paragraph stays (after them)
    /// only when it has text of its own or carries a DOCX section break.
    private func insert(_ blocks: [XMLNode], at marker: XMLNode) throws {
        var cursor = marker.parent
        while let node = cursor, !(node.is("p", in: NS.w) || node.is("p", in: NS.text) || node.is("h", in: NS.text)) {
            cursor = node.parent
        }
        guard let paragraph = cursor else {
            marker.remove()
            return
        }
        marker.remove()
        for block in blocks { paragraph.insertBefore(paragraph.copy(of: block)) }
        // A table cell must end with a paragraph: one that would end with the sub-document's table keeps it.
        let cell = paragraph.parent.map { $0.is("tc", in: NS.w) || $0.is("table-cell", in: NS.table) } == true
        let endsCell =
            cell && paragraph.parent?.elements.last == paragraph
            && blocks.last.map { !($0.is("p", in: NS.w) || $0.is("p", in: NS.text)) } == true
        let keeps =
            endsCell || !paragraph.text.trimmingCharacters(in: .whitespaces).isEmpty
            || paragraph.element("pPr", in: NS.w)?.element("sectPr", in: NS.w) != nil
        if !keeps { paragraph.remove() }
    }

    /// Writes the template's styles (and DOCX lists) with what sub-documents added: into `parts`
    /// over the rendered or stored part, or as a new part through `embedding`.
    func finish(parts: inout [String: [UInt8]], embedding: inout DrawingEmbedding) throws {
        if !styles.isEmpty, let source = sources.styles {
            let xml = try XMLDocument(bytes: parts[source.part] ?? source.bytes, part: source.part)
            switch format {
            case .docx: DOCXSubDocument.merge(styles, into: xml)
            case .odt: ODTSubDocument.merge(styles, into: xml)
            }
            parts[source.part] = try xml.serialized()
        }
        guard let numberingCopy, numberingCopy.changed else { return }
        if sources.numbering != nil {
            parts[numberingCopy.xml.part] = try numberingCopy.xml.serialized()
        } else {
            let name = embedding.addPart(
                in: "word/", preferred: "numbering.xml", bytes: try numberingCopy.xml.serialized(),
                mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml")
            _ = embedding.relationship(from: sources.body, type: DOCXSubDocument.numberingRelationship, to: name)
        }
    }
}
