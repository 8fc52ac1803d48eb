import OfficePackage
import XMLTree

/// One ODT sub-document made ready for the template: its body's blocks with its automatic styles
/// renamed (`P1` → `sub1-P1`, so they cannot take the template's), copied into the part, and its
/// pictures carried over as new parts.
struct ODTSubDocument {
    static let xlink = "http://www.w3.org/1999/xlink"
    /// Declarations at the top of `office:text`, which belong to the document, not to its text.
    static let declarations: Set<String> = [
        "sequence-decls", "variable-decls", "user-field-decls", "dde-connection-decls", "tracked-changes", "forms",
        "calculation-settings", "content-validations", "label-ranges",
    ]

    let source: OfficeDocument
    let body: XMLDocument
    let number: Int

    /// The body's blocks, ready to be copied into `target` (the part being rendered); their
    /// automatic styles are copied there now, their common styles collected in `documents`.
    func blocks(into target: XMLDocument, of documents: SubDocumentEmbedding, embedding: inout DrawingEmbedding)
        throws -> [XMLNode]
    {
        guard let text = body.root.element("body", in: NS.office)?.element("text", in: NS.office) else { return [] }
        let blocks = text.elements.filter { !Self.declarations.contains($0.name) }
        let automatic = body.root.element("automatic-styles", in: NS.office)?.elements ?? []
        var names: [String: String] = [:]
        for style in automatic {
            guard let name = style.attribute("name", in: NS.style) else { continue }
            names[name] = "sub\(number)-\(name)"
        }
        var pictures: [String: String] = [:]
        for node in blocks + automatic {
            var nodes: [XMLNode] = [node]
            node.walk {
                nodes.append($0)
                return true
            }
            for element in nodes {
                for attribute in element.attributes {
                    if attribute.name.hasSuffix("style-name")
                        || attribute.name == "name" && attribute.namespace == NS.style,
                        let new = names[attribute.value]
                    {
                        try element.setAttribute(attribute.name, in: attribute.namespace, to: new)
                    }
                }
                if element.is("object", in: ODTFlavor.drawing) || element.is("object-ole", in: ODTFlavor.drawing) {
                    // Embedded objects (charts, formulas) stay behind; the picture LibreOffice keeps
                    // of them beside, in the same frame, shows instead.
                    element.remove()
                } else if element.is("image", in: ODTFlavor.drawing),
                    let reference = element.attribute("href", in: Self.xlink),
                    !reference.contains(":"), !reference.hasPrefix("../"), source.contains(reference)
                {
                    let name: String
                    if let known = pictures[reference] {
                        name = known
                    } else {
                        name = embedding.addPart(
                            in: "Pictures/",
                            preferred: "paperwork-sub\(number)-"
                                + (reference.split(separator: "/").last.map(String.init) ?? ""),
                            bytes: try source.bytes(of: reference))
                        pictures[reference] = name
                    }
                    try element.setAttribute("href", in: Self.xlink, to: name)
                }
            }
        }
        try copyAutomaticStyles(automatic, into: target)
        try collectCommonStyles(into: documents)
        return blocks
    }

    /// Appends the (renamed) automatic styles to the target part's `office:automatic-styles`.
    private func copyAutomaticStyles(_ styles: [XMLNode], into target: XMLDocument) throws {
        guard !styles.isEmpty else { return }
        let container: XMLNode
        if let found = target.root.element("automatic-styles", in: NS.office) {
            container = found
        } else {
            container = try target.makeElement("automatic-styles", namespace: NS.office)
            if let body = target.root.element("body", in: NS.office)
                ?? target.root.element("master-styles", in: NS.office)
            {
                body.insertBefore(container)
            } else {
                target.root.append(container)
            }
        }
        for style in styles { container.append(container.copy(of: style)) }
    }

    /// The sub-document's common styles (`office:styles`: paragraph and text styles, list styles),
    /// for the template's styles part.
    private func collectCommonStyles(into documents: SubDocumentEmbedding) throws {
        guard source.contains("styles.xml"),
            let common = try source.xml("styles.xml").root.element("styles", in: NS.office)
        else { return }
        for style in common.elements {
            guard let name = style.attribute("name", in: NS.style) else { continue }
            documents.styles.append((Self.key(of: style, name: name), style))
        }
    }

    private static func key(of style: XMLNode, name: String) -> String {
        style.name + "/" + (style.attribute("family", in: NS.style) ?? "") + "/" + name
    }

    /// Adds to the template's `styles.xml` every collected common style it lacks.
    static func merge(_ styles: [(key: String, node: XMLNode)], into xml: XMLDocument) {
        guard let common = xml.root.element("styles", in: NS.office) else { return }
        var known = Set(
            common.elements.compactMap { style in style.attribute("name", in: NS.style).map { key(of: style, name: $0) }
            })
        for (key, style) in styles where known.insert(key).inserted {
            common.append(common.copy(of: style))
        }
    }
}
