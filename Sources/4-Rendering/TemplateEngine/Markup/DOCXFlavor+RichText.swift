import OfficePackage
import XMLTree

extension DOCXFlavor {
    /// The order of `w:rPr`'s children in WordprocessingML's schema, which Word insists on.
    private static let propertyOrder = [
        "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
        "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
        "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em",
        "lang", "eastAsianLayout", "specVanish", "oMath",
    ]

    /// Splits the marker's run in two around the marker and puts a run for each piece between them,
    /// its `w:rPr` the run's with the piece's formatting on top; a piece with an address stands in a
    /// `w:hyperlink` (unless the run is already inside one, or inside markup a link may not enter).
    func place(_ rich: RichText, at marker: XMLNode, links: [String: String]) throws {
        let document = marker.document
        guard let run = marker.parent, run.is("r", in: NS.w), let container = run.parent else {
            marker.remove()
            return
        }
        let mayLink = container.is("p", in: NS.w) || container.is("sdtContent", in: NS.w)
        if links.values.contains(where: { !$0.isEmpty }), mayLink {
            document.root.declare(NS.r, preferring: "r")
        }
        let properties = run.element("rPr", in: NS.w)
        let after = run.clone(deep: false)
        if let properties { after.append(properties.clone()) }
        while let next = marker.next { after.append(next) }
        marker.remove()
        var cursor = run
        for segment in rich.segments where !segment.text.isEmpty {
            let piece = run.clone(deep: false)
            let formatting = try properties?.clone() ?? document.makeElement("rPr", namespace: NS.w)
            try format(formatting, as: segment)
            if !formatting.children.isEmpty { piece.append(formatting) }
            try appendText(segment.text, to: piece)
            if let url = segment.url, let reference = links[url], mayLink {
                let link = try document.makeElement("hyperlink", namespace: NS.w)
                try link.setAttribute("id", in: NS.r, to: reference)
                try link.setAttribute("history", in: NS.w, to: "1")
                link.append(piece)
                cursor = cursor.insertAfter(link)
            } else {
                cursor = cursor.insertAfter(piece)
            }
        }
        cursor.insertAfter(after)
        for part in [run, after] {
            for text in part.elements("t", in: NS.w) where text.children.isEmpty { text.remove() }
            if part.elements.allSatisfy({ $0.is("rPr", in: NS.w) }) { part.remove() }
        }
    }

    /// The piece's formatting written into `properties`, replacing what the run had of the same kind.
    private func format(_ properties: XMLNode, as segment: RichText.Segment) throws {
        func toggle(_ names: [String], _ value: Bool?) throws {
            guard let value else { return }
            for name in names { try set(name, value ? [] : [("val", "0")], in: properties) }
        }
        try toggle(["b", "bCs"], segment.bold)
        try toggle(["i", "iCs"], segment.italic)
        try toggle(["strike"], segment.strike)
        let isLink = segment.url != nil
        if let color = segment.color ?? (isLink ? RichText.linkColor : nil) {
            try set("color", [("val", color)], in: properties)
        }
        if let size = segment.size {
            let halfPoints = String(Int((size * 2).rounded()))
            try set("sz", [("val", halfPoints)], in: properties)
            try set("szCs", [("val", halfPoints)], in: properties)
        }
        if let underline = segment.underline ?? (isLink ? true : nil) {
            try set("u", [("val", underline ? "single" : "none")], in: properties)
        }
    }

    /// Puts `w:<name>` with `attributes` into `properties` where the schema's order wants it,
    /// replacing one already there.
    private func set(_ name: String, _ attributes: [(String, String)], in properties: XMLNode) throws {
        properties.element(name, in: NS.w)?.remove()
        let element = try properties.document.makeElement(name, namespace: NS.w)
        for (key, value) in attributes { try element.setAttribute(key, in: NS.w, to: value) }
        let rank = Self.propertyOrder.firstIndex(of: name) ?? Self.propertyOrder.count
        if let later = properties.elements.first(where: {
            ($0.namespace != NS.w
                ? Self.propertyOrder.count
                : Self.propertyOrder.firstIndex(of: $0.name)
                    ?? Self.propertyOrder.count) > rank
        }) {
            later.insertBefore(element)
        } else {
            properties.append(element)
        }
    }

    /// `text` as `w:t` pieces with `w:br` for line breaks and `w:tab` for tabs; characters XML
    /// forbids are dropped.
    private func appendText(_ text: String, to run: XMLNode) throws {
        let document = run.document
        for piece in RichText.pieces(of: text) {
            switch piece {
            case .text(let text):
                let element = try document.makeElement("t", namespace: NS.w)
                try element.setAttribute("space", in: NS.xml, to: "preserve")
                element.append(document.makeText(text))
                run.append(element)
            case .lineBreak: run.append(try document.makeElement("br", namespace: NS.w))
            case .tab: run.append(try document.makeElement("tab", namespace: NS.w))
            }
        }
    }
}
