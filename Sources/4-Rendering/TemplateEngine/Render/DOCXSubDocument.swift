import OfficePackage
import XMLTree

/// One DOCX sub-document made ready for the template: its body's blocks with list ids, style
/// numbering, relationship ids and drawing ids renumbered for the template's package.
struct DOCXSubDocument {
    static let numberingRelationship =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
    static let hyperlinkRelationship =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"

    /// Marks of what a sub-document keeps in other parts (notes, comments), dropped with them.
    static let leftBehind = [
        "footnoteReference", "endnoteReference", "commentRangeStart", "commentRangeEnd", "commentReference",
    ]

    let source: OfficeDocument
    let body: XMLDocument
    /// The sub-document's number in the rendering, for the names of the parts it brings.
    let number: Int

    /// The body's blocks (everything in `w:body` but its section properties), ready to be copied
    /// into `part`; what they need beyond the body is added through `documents` and `embedding`.
    func blocks(into part: String, of documents: SubDocumentEmbedding, embedding: inout DrawingEmbedding) throws
        -> [XMLNode]
    {
        guard let container = body.root.element("body", in: NS.w) else { return [] }
        container.descendants("sectPr", in: NS.w).forEach { $0.remove() }
        // Notes and comments live in parts of their own, which stay behind: their marks go too.
        for name in Self.leftBehind { container.descendants(name, in: NS.w).forEach { $0.remove() } }
        let blocks = container.elements
        let numbers = try lists(into: documents)
        for block in blocks { renumber(block, numbers) }
        let bodyPart = try source.bodyPart()
        try styles(into: documents, numbers: numbers)
        let relationships = Dictionary(
            try source.relationships(of: bodyPart).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var renamed: [String: String] = [:]
        var drawings = 0
        for block in blocks {
            var nodes: [XMLNode] = [block]
            block.walk {
                nodes.append($0)
                return true
            }
            for node in nodes {
                for attribute in node.attributes where attribute.namespace == NS.r {
                    guard let found = relationships[attribute.value] else { continue }
                    let id: String
                    if let known = renamed[found.id] {
                        id = known
                    } else if found.external {
                        id = embedding.relationship(from: part, type: found.type, to: found.target, external: true)
                    } else {
                        let name = embedding.addPart(
                            in: PartPath.folder(of: part) + "/media/",
                            preferred: "paperwork-sub\(number)-"
                                + (found.target.split(separator: "/").last.map(String.init) ?? "part"),
                            bytes: try source.bytes(of: found.target), mediaType: try source.mediaType(of: found.target)
                        )
                        id = embedding.relationship(from: part, type: found.type, to: name)
                    }
                    renamed[found.id] = id
                    try node.setAttribute(attribute.name, in: NS.r, to: id)
                }
                // Bookmark ids unique in the whole document.
                if node.is("bookmarkStart", in: NS.w) || node.is("bookmarkEnd", in: NS.w),
                    let id = node.attribute("id", in: NS.w).flatMap({ Int($0) })
                {
                    try node.setAttribute("id", in: NS.w, to: String(900_000 + number * 10_000 + id % 10_000))
                }
                // Drawing ids unique in the whole document.
                if node.is("docPr", in: NS.wp) {
                    drawings += 1
                    try node.setAttribute("id", to: String(500_000 + number * 1_000 + drawings))
                }
            }
        }
        return blocks
    }

    /// Copies the sub-document's lists into the template's: new ids for its list definitions and
    /// instances. - Returns: old `numId` → new.
    private func lists(into documents: SubDocumentEmbedding) throws -> [String: String] {
        let body = try source.bodyPart()
        guard let part = try source.relatedParts(of: body, kind: "numbering").first else { return [:] }
        let numbering = try source.xml(part)
        let target = try documents.numbering()
        var abstracts: [String: String] = [:]
        for abstract in numbering.root.elements("abstractNum", in: NS.w) {
            guard let id = abstract.attribute("abstractNumId", in: NS.w) else { continue }
            abstracts[id] = try target.adopt(abstract: abstract)
        }
        var numbers: [String: String] = [:]
        for instance in numbering.root.elements("num", in: NS.w) {
            guard let id = instance.attribute("numId", in: NS.w),
                let abstract = instance.element("abstractNumId", in: NS.w)?.attribute("val", in: NS.w),
                let adopted = abstracts[abstract]
            else { continue }
            numbers[id] = try target.adopt(instance: instance, abstract: adopted)
        }
        return numbers
    }

    /// Gives the list instances `node` names (`w:numId`) their new ids.
    private func renumber(_ node: XMLNode, _ numbers: [String: String]) {
        for reference in node.descendants("numId", in: NS.w) {
            guard let old = reference.attribute("val", in: NS.w), let new = numbers[old] else { continue }
            try? reference.setAttribute("val", in: NS.w, to: new)
        }
    }

    /// Collects the sub-document's styles (their numbering already renumbered) for the template.
    private func styles(into documents: SubDocumentEmbedding, numbers: [String: String]) throws {
        let body = try source.bodyPart()
        guard let part = try source.relatedParts(of: body, kind: "styles").first else { return }
        for style in try source.xml(part).root.elements("style", in: NS.w) {
            guard let id = style.attribute("styleId", in: NS.w) else { continue }
            renumber(style, numbers)
            documents.styles.append((id, style))
        }
    }

    /// Adds to the template's styles part `xml` every collected style whose id it lacks.
    static func merge(_ styles: [(key: String, node: XMLNode)], into xml: XMLDocument) {
        var known = Set(xml.root.elements("style", in: NS.w).compactMap { $0.attribute("styleId", in: NS.w) })
        for (id, style) in styles where known.insert(id).inserted {
            let copy = xml.root.copy(of: style)
            // A second default paragraph style would take over the template's text.
            copy.removeAttribute("default", in: NS.w)
            xml.root.append(copy)
        }
    }
}
