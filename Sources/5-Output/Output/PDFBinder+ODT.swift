import OfficePackage
import XMLTree

extension PDFBinder {
    /// Binds ODT documents: the first element of each starts a page through its style's master page
    /// (as the shipped letters' letterhead does), and that style restarts page numbers at 1.
    static func bindODT(_ packages: [OfficeDocument]) throws -> [UInt8]? {
        let base = packages[0]
        // Automatic styles live before the body: they must be the same in every document.
        let head = try prefix(of: base.bytes(of: "content.xml"))
        for package in packages.dropFirst() where try prefix(of: package.bytes(of: "content.xml")) != head {
            return nil
        }
        let content = try base.edit("content.xml")
        guard let text = content.root.element("body", in: NS.office)?.element("text", in: NS.office),
            let first = flow(text.elements, format: .odt).first,
            let styles = content.root.element("automatic-styles", in: NS.office),
            try restartPageNumbers(at: first, styles: styles, in: text)
        else { return nil }
        try mark(first, part: 0)
        for (index, package) in packages.enumerated().dropFirst() {
            guard
                let other = try package.xml("content.xml").root.element("body", in: NS.office)?
                    .element("text", in: NS.office)
            else { return nil }
            for (position, element) in flow(other.elements, format: .odt).enumerated() {
                let copy = text.append(text.copy(of: element))
                if position == 0 { try mark(copy, part: index) }
            }
        }
        return try base.write()
    }

    /// The bytes of `content.xml` before its body.
    private static func prefix(of bytes: [UInt8]) -> ArraySlice<UInt8> {
        bytes[..<(PDFFile.firstIndex(of: "<office:body", in: bytes, from: 0) ?? bytes.count)]
    }

    /// Makes the automatic style of `first` restart page numbers at 1, when that style starts a
    /// page (names a master page) and nothing else in the document uses it.
    private static func restartPageNumbers(at first: XMLNode, styles: XMLNode, in text: XMLNode) throws -> Bool {
        let isTable = first.is("table", in: NS.table)
        guard isTable || first.is("p", in: NS.text) || first.is("h", in: NS.text),
            let name = first.attribute("style-name", in: isTable ? NS.table : NS.text),
            let style = styles.elements("style", in: NS.style).first(where: {
                $0.attribute("name", in: NS.style) == name
            }),
            style.attribute("master-page-name", in: NS.style)?.isEmpty == false
        else { return false }
        let users = text.descendants {
            $0.attribute("style-name", in: NS.text) == name || $0.attribute("style-name", in: NS.table) == name
        }
        guard users.count == 1 else { return false }
        let kind = isTable ? "table-properties" : "paragraph-properties"
        let properties: XMLNode
        if let existing = style.element(kind, in: NS.style) {
            properties = existing
        } else {
            properties = try styles.document.makeElement(kind, namespace: NS.style, near: style)
            if let child = style.firstChild { child.insertBefore(properties) } else { style.append(properties) }
        }
        try properties.setAttribute("page-number", in: NS.style, to: "1")
        return true
    }

    /// Puts the bookmark `PaperworkPart<part>` at the start of the first paragraph of `element`.
    private static func mark(_ element: XMLNode, part: Int) throws {
        let isParagraph: (XMLNode) -> Bool = { $0.is("p", in: NS.text) || $0.is("h", in: NS.text) }
        guard let paragraph = isParagraph(element) ? element : element.descendants(where: isParagraph).first else {
            throw PDFBinder.Refusal()
        }
        let bookmark = try element.document.makeElement("bookmark", namespace: NS.text, near: paragraph)
        try bookmark.setAttribute("name", in: NS.text, to: markPrefix + String(part))
        if let child = paragraph.firstChild { child.insertBefore(bookmark) } else { paragraph.append(bookmark) }
    }
}
