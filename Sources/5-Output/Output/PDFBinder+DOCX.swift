import OfficePackage
import XMLTree

extension PDFBinder {
    /// Binds DOCX documents: each ends with a section break that repeats the document's own page
    /// settings (headers, first-page header, margins) and restarts page numbers at 1.
    static func bindDOCX(_ packages: [OfficeDocument]) throws -> [UInt8]? {
        let base = packages[0]
        let document = try base.edit("word/document.xml")
        guard let body = document.root.element("body", in: NS.w), let section = body.elements.last,
            section.is("sectPr", in: NS.w)
        else { return nil }
        try restartPageNumbers(section)
        guard var last = flow(body.elements, format: .docx).last,
            let first = flow(body.elements, format: .docx).first
        else { return nil }
        try mark(first, part: 0)
        for (index, package) in packages.enumerated().dropFirst() {
            try endSection(after: last, like: section)
            guard let other = try package.xml("word/document.xml").root.element("body", in: NS.w) else { return nil }
            let elements = flow(other.elements, format: .docx)
            guard !elements.isEmpty else { return nil }
            for (position, element) in elements.enumerated() {
                let copy = body.copy(of: element)
                section.insertBefore(copy)
                if position == 0 { try mark(copy, part: index) }
                last = copy
            }
        }
        return try base.write()
    }

    /// Children of `w:sectPr` that come after `w:pgNumType` in the schema's order.
    private static let afterPageNumbers: Set<String> = [
        "cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid",
        "printerSettings", "sectPrChange",
    ]

    /// Makes the section start a new page and number its pages from 1.
    private static func restartPageNumbers(_ section: XMLNode) throws {
        if let type = section.element("type", in: NS.w), type.attribute("val", in: NS.w) == "continuous" {
            try type.setAttribute("val", in: NS.w, to: "nextPage")
        }
        let numbers: XMLNode
        if let existing = section.element("pgNumType", in: NS.w) {
            numbers = existing
        } else {
            numbers = try section.document.makeElement("pgNumType", namespace: NS.w, near: section)
            if let next = section.elements.first(where: { afterPageNumbers.contains($0.name) }) {
                next.insertBefore(numbers)
            } else {
                section.append(numbers)
            }
        }
        try numbers.setAttribute("start", in: NS.w, to: "1")
    }

    /// Ends the section of one document after its last element `last`: in that paragraph's
    /// properties, or in an empty paragraph after a closing table.
    private static func endSection(after last: XMLNode, like section: XMLNode) throws {
        let document = last.document
        var paragraph = last
        if !last.is("p", in: NS.w) {
            paragraph = try document.makeElement("p", namespace: NS.w, near: last)
            last.insertAfter(paragraph)
        }
        let properties: XMLNode
        if let existing = paragraph.element("pPr", in: NS.w) {
            properties = existing
        } else {
            properties = try document.makeElement("pPr", namespace: NS.w, near: paragraph)
            if let child = paragraph.firstChild { child.insertBefore(properties) } else { paragraph.append(properties) }
        }
        guard properties.element("sectPr", in: NS.w) == nil else { throw Refusal() }
        let copy = section.clone()
        if let change = properties.element("pPrChange", in: NS.w) {
            change.insertBefore(copy)
        } else {
            properties.append(copy)
        }
    }

    /// Puts the bookmark `PaperworkPart<part>` at the start of the first paragraph of `element`
    /// (a bookmark between paragraphs would belong to the end of the previous document).
    private static func mark(_ element: XMLNode, part: Int) throws {
        let isParagraph: (XMLNode) -> Bool = { $0.is("p", in: NS.w) }
        guard let paragraph = isParagraph(element) ? element : element.descendants(where: isParagraph).first else {
            throw Refusal()
        }
        let document = element.document
        let identifier = String(900_000_000 + part)
        let start = try document.makeElement("bookmarkStart", namespace: NS.w, near: paragraph)
        try start.setAttribute("id", in: NS.w, to: identifier)
        try start.setAttribute("name", in: NS.w, to: markPrefix + String(part))
        let end = try document.makeElement("bookmarkEnd", namespace: NS.w, near: paragraph)
        try end.setAttribute("id", in: NS.w, to: identifier)
        if let properties = paragraph.element("pPr", in: NS.w) {
            properties.insertAfter(start)
        } else if let child = paragraph.firstChild {
            child.insertBefore(start)
        } else {
            paragraph.append(start)
        }
        start.insertAfter(end)
    }
}
