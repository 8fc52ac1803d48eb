import OfficePackage
import XMLTree

extension ODTFlavor {
    /// Puts a `text:span` for each piece in place of the marker, styled by an automatic text style
    /// (`style:family="text"`) of the part that carries the piece's formatting; a piece with an
    /// address stands in a `text:a` (unless the marker is already inside one). The tag's own span,
    /// if any, stays around the pieces, so they keep its formatting where they set none.
    func place(_ rich: RichText, at marker: XMLNode, links: [String: String]) throws {
        let document = marker.document
        let root = document.root
        var inLink = false
        var cursor = marker.parent
        while let node = cursor {
            if node.is("a", in: NS.text) { inLink = true }
            cursor = node.parent
        }
        var previous = marker
        for segment in rich.segments where !segment.text.isEmpty {
            let span = try document.makeElement("span", namespace: NS.text)
            if segment.isFormatted || segment.url != nil {
                try span.setAttribute("style-name", in: NS.text, to: try style(for: segment, in: document))
            }
            try appendText(segment.text, to: span)
            if let url = segment.url, let reference = links[url], !inLink {
                root.declare(Self.xlink, preferring: "xlink")
                let link = try document.makeElement("a", namespace: NS.text)
                try link.setAttribute("type", in: Self.xlink, to: "simple")
                try link.setAttribute("href", in: Self.xlink, to: reference)
                link.append(span)
                previous = previous.insertAfter(link)
            } else {
                previous = previous.insertAfter(span)
            }
        }
        marker.remove()
    }

    /// The name of the part's automatic text style for the piece's formatting, added the first time.
    private func style(for segment: RichText.Segment, in document: XMLDocument) throws -> String {
        let root = document.root
        root.declare(NS.style, preferring: "style")
        root.declare(NS.fo, preferring: "fo")
        let isLink = segment.url != nil
        let color = segment.color ?? (isLink ? RichText.linkColor : nil)
        let underline = segment.underline ?? (isLink ? true : nil)
        var name = "PaperworkRich"
        func flag(_ letter: String, _ value: Bool?) { if let value { name += "_" + letter + (value ? "1" : "0") } }
        flag("b", segment.bold)
        flag("i", segment.italic)
        flag("u", underline)
        flag("s", segment.strike)
        if let color { name += "_c" + color }
        if let size = segment.size { name += "_z" + String(Int((size * 2).rounded())) }
        let container = try automaticStyles(of: document)
        if container.elements("style", in: NS.style).contains(where: { $0.attribute("name", in: NS.style) == name }) {
            return name
        }
        let style = try document.makeElement("style", namespace: NS.style)
        try style.setAttribute("name", in: NS.style, to: name)
        try style.setAttribute("family", in: NS.style, to: "text")
        let properties = style.append(try document.makeElement("text-properties", namespace: NS.style))
        if let bold = segment.bold {
            let weight = bold ? "bold" : "normal"
            try properties.setAttribute("font-weight", in: NS.fo, to: weight)
            try properties.setAttribute("font-weight-asian", in: NS.style, to: weight)
            try properties.setAttribute("font-weight-complex", in: NS.style, to: weight)
        }
        if let italic = segment.italic {
            let posture = italic ? "italic" : "normal"
            try properties.setAttribute("font-style", in: NS.fo, to: posture)
            try properties.setAttribute("font-style-asian", in: NS.style, to: posture)
            try properties.setAttribute("font-style-complex", in: NS.style, to: posture)
        }
        if let underline {
            try properties.setAttribute("text-underline-style", in: NS.style, to: underline ? "solid" : "none")
            if underline {
                try properties.setAttribute("text-underline-width", in: NS.style, to: "auto")
                try properties.setAttribute("text-underline-color", in: NS.style, to: "font-color")
            }
        }
        if let strike = segment.strike {
            try properties.setAttribute("text-line-through-style", in: NS.style, to: strike ? "solid" : "none")
        }
        if let color { try properties.setAttribute("color", in: NS.fo, to: "#" + color.lowercased()) }
        if let size = segment.size {
            let points = size == size.rounded() ? String(Int(size)) + "pt" : String(size) + "pt"
            try properties.setAttribute("font-size", in: NS.fo, to: points)
            try properties.setAttribute("font-size-asian", in: NS.style, to: points)
            try properties.setAttribute("font-size-complex", in: NS.style, to: points)
        }
        container.append(style)
        return name
    }

    /// The part's `office:automatic-styles`, made before its body (or master styles) when missing.
    private func automaticStyles(of document: XMLDocument) throws -> XMLNode {
        let root = document.root
        if let found = root.element("automatic-styles", in: NS.office) { return found }
        let container = try document.makeElement("automatic-styles", namespace: NS.office)
        if let next = root.element("master-styles", in: NS.office) ?? root.element("body", in: NS.office) {
            next.insertBefore(container)
        } else {
            root.append(container)
        }
        return container
    }

    /// `text` with `text:line-break` for line breaks, `text:tab` for tabs and `text:s` for the spaces
    /// ODF would collapse (leading, repeated); characters XML forbids are dropped.
    private func appendText(_ text: String, to span: XMLNode) throws {
        let document = span.document
        for (index, piece) in RichText.pieces(of: text).enumerated() {
            switch piece {
            case .text(let text): try appendSpaced(text, to: span, atStart: index == 0)
            case .lineBreak: span.append(try document.makeElement("line-break", namespace: NS.text))
            case .tab: span.append(try document.makeElement("tab", namespace: NS.text))
            }
        }
    }

    /// `text` with each run of spaces ODF would collapse as one space and `text:s` for the rest;
    /// at the start of the span (`atStart`) every space is a `text:s`.
    private func appendSpaced(_ text: String, to span: XMLNode, atStart: Bool) throws {
        let document = span.document
        var pending = ""
        var spaces = 0
        var leading = atStart
        func flush() throws {
            if !pending.isEmpty {
                span.append(document.makeText(pending))
                pending = ""
            }
            guard spaces > 0 else { return }
            let escaped = leading ? spaces : spaces - 1
            if !leading { span.append(document.makeText(" ")) }
            if escaped > 0 {
                let element = try document.makeElement("s", namespace: NS.text)
                if escaped > 1 { try element.setAttribute("c", in: NS.text, to: String(escaped)) }
                span.append(element)
            }
            spaces = 0
        }
        for scalar in text.unicodeScalars {
            if scalar == " " {
                if spaces == 0 { try flush() }
                spaces += 1
                continue
            }
            if spaces > 0 { try flush() }
            leading = false
            pending.unicodeScalars.append(scalar)
        }
        try flush()
    }
}
