import OfficePackage
import XMLTree

/// A DOCX's list definitions (`word/numbering.xml`, нумерация списков) as one rendering edits them:
/// which list and level a paragraph is numbered by (directly or through its paragraph style), and
/// new list instances (`w:num`) that start a list's numbering anew.
final class DOCXNumbering {
    let xml: XMLDocument
    /// Whether a list instance was added (the part must then be written back).
    var changed = false
    var nextNumber: Int
    /// The numbering each paragraph style gives, by style id, with its `basedOn` chain followed.
    private let styles: [String: (number: String?, level: Int?, basedOn: String?)]
    private let defaultStyle: String?

    /// - Parameters:
    ///   - numbering: the template's numbering part.
    ///   - styles: its styles part, when it has one.
    init(numbering: XMLDocument, styles: XMLDocument?) {
        xml = numbering
        let numbers = numbering.root.elements("num", in: NS.w).compactMap { $0.attribute("numId", in: NS.w) }
        nextNumber = (numbers.compactMap(Int.init).max() ?? 0) + 1
        var table: [String: (number: String?, level: Int?, basedOn: String?)] = [:]
        var fallback: String?
        for style in styles?.root.elements("style", in: NS.w) ?? []
        where style.attribute("type", in: NS.w) == "paragraph" {
            guard let id = style.attribute("styleId", in: NS.w) else { continue }
            if style.attribute("default", in: NS.w).map({ ["1", "true", "on"].contains($0) }) == true { fallback = id }
            let numPr = style.element("pPr", in: NS.w)?.element("numPr", in: NS.w)
            table[id] = (
                numPr?.element("numId", in: NS.w)?.attribute("val", in: NS.w),
                numPr?.element("ilvl", in: NS.w)?.attribute("val", in: NS.w).flatMap { Int($0) },
                style.element("basedOn", in: NS.w)?.attribute("val", in: NS.w)
            )
        }
        self.styles = table
        defaultStyle = fallback
    }

    /// The list instance (`numId`) and level `paragraph` is numbered by; nil when it is not numbered
    /// (no numbering, or `numId` 0 which switches a style's numbering off).
    func numbering(of paragraph: XMLNode) -> (number: String, level: Int)? {
        let properties = paragraph.element("pPr", in: NS.w)
        let direct = properties?.element("numPr", in: NS.w)
        var number = direct?.element("numId", in: NS.w)?.attribute("val", in: NS.w)
        var level = direct?.element("ilvl", in: NS.w)?.attribute("val", in: NS.w).flatMap { Int($0) }
        var style = properties?.element("pStyle", in: NS.w)?.attribute("val", in: NS.w) ?? defaultStyle
        var depth = 0
        while number == nil || level == nil, let id = style, let found = styles[id], depth < 32 {
            number = number ?? found.number
            level = level ?? found.level
            style = found.basedOn
            depth += 1
        }
        guard let number, number != "0" else { return nil }
        return (number, min(max(level ?? 0, 0), 8))
    }

    /// A new list instance over the same list definition as `number`, every level starting anew:
    /// at the definition's first number, or at `start` for `level`.
    /// - Returns: its `numId`; nil when `number` names no list instance.
    func restarted(_ number: String, level: Int, at start: Int?) throws -> String? {
        let instances = xml.root.elements("num", in: NS.w)
        guard let original = instances.first(where: { $0.attribute("numId", in: NS.w) == number }),
            let abstractId = original.element("abstractNumId", in: NS.w)?.attribute("val", in: NS.w),
            let abstract = xml.root.elements("abstractNum", in: NS.w).first(where: {
                $0.attribute("abstractNumId", in: NS.w) == abstractId
            })
        else { return nil }
        let copy = original.clone()
        let id = String(nextNumber)
        nextNumber += 1
        try copy.setAttribute("numId", in: NS.w, to: id)
        copy.elements("lvlOverride", in: NS.w).forEach { $0.remove() }
        for definition in abstract.elements("lvl", in: NS.w) {
            guard let value = definition.attribute("ilvl", in: NS.w), let index = Int(value) else { continue }
            let first = definition.element("start", in: NS.w)?.attribute("val", in: NS.w).flatMap { Int($0) } ?? 1
            let override = try xml.makeElement("lvlOverride", namespace: NS.w)
            try override.setAttribute("ilvl", in: NS.w, to: value)
            let startOverride = try xml.makeElement("startOverride", namespace: NS.w)
            try startOverride.setAttribute("val", in: NS.w, to: String(index == level ? start ?? first : first))
            override.append(startOverride)
            copy.append(override)
        }
        insert(copy)
        changed = true
        return id
    }

    /// Numbers `paragraph` by the list instance `number` at `level`, replacing what it had.
    func setNumbering(of paragraph: XMLNode, number: String, level: Int) throws {
        let properties = try child("pPr", of: paragraph, after: [])
        let numPr = try child("numPr", of: properties, after: WordOrder.beforeNumbering)
        try child("ilvl", of: numPr, after: []).setAttribute("val", in: NS.w, to: String(level))
        try child("numId", of: numPr, after: ["ilvl"]).setAttribute("val", in: NS.w, to: number)
    }

    /// The child `name` of `parent`, made when missing and placed after the children named `after`
    /// (the schema's order) or first.
    private func child(_ name: String, of parent: XMLNode, after: [String]) throws -> XMLNode {
        if let found = parent.element(name, in: NS.w) { return found }
        let made = try parent.document.makeElement(name, namespace: NS.w, near: parent)
        if let previous = parent.elements.last(where: { $0.namespace == NS.w && after.contains($0.name) }) {
            previous.insertAfter(made)
        } else if let first = parent.firstChild {
            first.insertBefore(made)
        } else {
            parent.append(made)
        }
        return made
    }

    /// The paragraph properties that precede `w:numPr` in `w:pPr`.
    private enum WordOrder {
        static let beforeNumbering = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl"]
    }
}

extension DOCXNumbering {
    /// A template's numbering and styles parts as stored, kept with the compiled template; each
    /// rendering that restarts a list opens its own copy.
    struct Source: Sendable {
        /// The numbering part's name (`word/numbering.xml`).
        let part: String
        let numbering: [UInt8]
        let styles: (part: String, bytes: [UInt8])?

        /// The numbering and styles parts the body of `document` relates to; nil when it has no numbering.
        init?(_ document: OfficeDocument) throws {
            let body = try document.bodyPart()
            guard let part = try document.relatedParts(of: body, kind: "numbering").first else { return nil }
            self.part = part
            numbering = try document.bytes(of: part)
            styles = try document.relatedParts(of: body, kind: "styles").first.map { ($0, try document.bytes(of: $0)) }
        }

        /// A copy to edit.
        /// - Throws: ``XMLError`` when a part is not well-formed.
        func open() throws -> DOCXNumbering {
            DOCXNumbering(
                numbering: try XMLDocument(bytes: numbering, part: part),
                styles: try styles.map { try XMLDocument(bytes: $0.bytes, part: $0.part) })
        }
    }
}

extension DOCXNumbering {
    /// An empty numbering part, for a template that has none when a sub-document brings lists.
    static func empty() throws -> DOCXNumbering {
        let xml = try XMLDocument(
            string: "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:numbering xmlns:w=\"\(NS.w)\"/>",
            part: "word/numbering.xml")
        return DOCXNumbering(numbering: xml, styles: nil)
    }

    /// Copies a list definition (`w:abstractNum`) of another document in, with a new id and without
    /// its `w:nsid` (which would tie it to a list of the template's).
    /// - Returns: its new `abstractNumId`.
    func adopt(abstract: XMLNode) throws -> String {
        let definitions = xml.root.elements("abstractNum", in: NS.w)
        let used = definitions.compactMap { $0.attribute("abstractNumId", in: NS.w).flatMap { Int($0) } }
        let id = String((used.max() ?? -1) + 1)
        let copy = xml.root.copy(of: abstract)
        try copy.setAttribute("abstractNumId", in: NS.w, to: id)
        copy.elements("nsid", in: NS.w).forEach { $0.remove() }
        // Picture bullets point into the other document's w:numPicBullet: plain bullets instead.
        copy.descendants("lvlPicBulletId", in: NS.w).forEach { $0.remove() }
        if let last = definitions.last {
            last.insertAfter(copy)
        } else if let first = xml.root.elements.first(where: { !$0.is("numPicBullet", in: NS.w) }) {
            first.insertBefore(copy)
        } else {
            xml.root.append(copy)
        }
        changed = true
        return id
    }

    /// Copies a list instance (`w:num`) of another document in over the definition `abstract`.
    /// - Returns: its new `numId`.
    func adopt(instance: XMLNode, abstract: String) throws -> String {
        let copy = xml.root.copy(of: instance)
        let id = String(nextNumber)
        nextNumber += 1
        try copy.setAttribute("numId", in: NS.w, to: id)
        try copy.element("abstractNumId", in: NS.w)?.setAttribute("val", in: NS.w, to: abstract)
        insert(copy)
        changed = true
        return id
    }

    /// Puts a new `w:num` after the last one (or the last definition): every `w:num` follows every
    /// `w:abstractNum`, and `w:numIdMacAtCleanup` comes last.
    func insert(_ instance: XMLNode) {
        if let last = xml.root.elements("num", in: NS.w).last {
            last.insertAfter(instance)
        } else if let last = xml.root.elements("abstractNum", in: NS.w).last {
            last.insertAfter(instance)
        } else {
            xml.root.append(instance)
        }
    }
}
