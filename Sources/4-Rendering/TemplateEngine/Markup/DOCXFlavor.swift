import OfficePackage
import XMLTree

/// Word's markup: paragraphs `w:p` of runs `w:r` holding `w:t` text.
struct DOCXFlavor: MarkupFlavor {
    var textNamespace: String { NS.w }
    var format: OfficeFormat { .docx }

    func prepare(_ part: XMLDocument) {}

    func atoms(of paragraph: XMLNode) -> [TextAtom] {
        var atoms: [TextAtom] = []
        paragraph.walk { node in
            guard node.namespace == NS.w else { return true }
            switch node.name {
            case "p", "del", "delText", "instrText", "txbxContent": return false
            case "t":
                atoms.append(TextAtom(node: node, text: node.text))
                return false
            default: return true
            }
        }
        return atoms
    }

    func setText(_ text: String, of atom: TextAtom) {
        atom.node.setText(text)
        preserveSpace(atom.node)
    }

    private func preserveSpace(_ t: XMLNode) {
        try? t.setAttribute("space", in: NS.xml, to: "preserve")
    }

    func isolate(_ atom: TextAtom, texts: [String], markers: [XMLNode]) throws -> [XMLNode] {
        let t = atom.node
        let document = t.document
        guard let run = t.parent, run.is("r", in: NS.w) else {
            // A w:t outside a run is not valid WordprocessingML; leave the markers inside the text.
            t.setText(texts[0])
            for (marker, text) in zip(markers, texts.dropFirst()) {
                t.append(marker)
                if !text.isEmpty { t.append(document.makeText(text)) }
            }
            return markers
        }
        let following = siblings(after: t)
        t.setText(texts[0])
        preserveSpace(t)
        var cursor = run
        var hosts: [XMLNode] = []
        for (index, marker) in markers.enumerated() {
            let tagRun = try newRun(like: run)
            let tagText = try document.makeElement("t", namespace: NS.w, near: run)
            preserveSpace(tagText)
            tagText.append(marker)
            tagRun.append(tagText)
            cursor = cursor.insertAfter(tagRun)
            hosts.append(tagRun)
            let text = texts[index + 1]
            let isLast = index == markers.count - 1
            guard !text.isEmpty || (isLast && !following.isEmpty) else { continue }
            let rest = try newRun(like: run)
            if !text.isEmpty {
                let restText = try document.makeElement("t", namespace: NS.w, near: run)
                restText.append(document.makeText(text))
                preserveSpace(restText)
                rest.append(restText)
            }
            if isLast { for node in following { rest.append(node) } }
            cursor = cursor.insertAfter(rest)
        }
        if texts[0].isEmpty { t.remove() }
        if run.children.allSatisfy({ $0.is("rPr", in: NS.w) }) { run.remove() }
        return hosts
    }

    private func siblings(after node: XMLNode) -> [XMLNode] {
        var result: [XMLNode] = []
        var cursor = node.next
        while let current = cursor {
            result.append(current)
            cursor = current.next
        }
        return result
    }

    /// A run with `run`'s attributes and formatting (`w:rPr`) and nothing else.
    private func newRun(like run: XMLNode) throws -> XMLNode {
        let copy = run.clone(deep: false)
        if let properties = run.element("rPr", in: NS.w) { copy.append(properties.clone()) }
        return copy
    }

    func unwrapMarker(host: XMLNode, marker: XMLNode) {
        guard host != marker else { return }
        host.replace(with: marker)
    }

    /// A tag paragraph that ends a section (`w:pPr/w:sectPr`) leaves an empty paragraph with that
    /// section break, or the pages before it would take the next section's size and orientation.
    func survivor(of paragraph: XMLNode) -> XMLNode? {
        guard let properties = paragraph.element("pPr", in: NS.w), properties.element("sectPr", in: NS.w) != nil else {
            return nil
        }
        let empty = paragraph.clone(deep: false)
        empty.append(properties.clone())
        return empty
    }

    /// A DOCX list item is a paragraph: the paragraph is what vanishes.
    func tagBlock(of paragraph: XMLNode) -> XMLNode { paragraph }

    func isParagraph(_ node: XMLNode) -> Bool { node.is("p", in: NS.w) }
    func isRow(_ node: XMLNode) -> Bool { node.is("tr", in: NS.w) }
    func isCell(_ node: XMLNode) -> Bool { node.is("tc", in: NS.w) }
    func isTable(_ node: XMLNode) -> Bool { node.is("tbl", in: NS.w) }

    func columns(of node: XMLNode) -> Int? {
        guard node.is("tc", in: NS.w) else { return nil }
        return node.element("tcPr", in: NS.w)?.element("gridSpan", in: NS.w)?.attribute("val", in: NS.w)
            .flatMap(Int.init) ?? 1
    }

    func hasIdentifiers(_ part: XMLDocument) -> Bool {
        !part.root.descendants { $0.is("docPr", in: NS.wp) || $0.is("bookmarkStart", in: NS.w) }.isEmpty
    }

    func encode(_ value: String, prefix: String) -> String {
        // Most values are plain text: nothing to escape, no breaks, no tabs, no no-break hyphen
        // (U+2011, which Word wants as its own element).
        if XMLCharacters.isPlain(value, spaces: false) && !value.unicodeScalars.contains("\u{2011}") { return value }
        let w = prefix.isEmpty ? "" : prefix + ":"
        var output = ""
        output.reserveCapacity(value.utf8.count + 16)
        let scalars = value.unicodeScalars
        var run = scalars.startIndex
        var index = run
        var previousCR = false
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            defer {
                previousCR = scalar == "\r"
                index = next
            }
            guard XMLCharacters.needsMarkup(scalar) || scalar == "\u{2011}" else { continue }
            output += Substring(scalars[run..<index])
            run = next
            switch scalar {
            case "\n" where previousCR: break
            case "\n", "\r", "\u{2028}":
                output += "</\(w)t><\(w)br/><\(w)t xml:space=\"preserve\">"
            case "\t":
                output += "</\(w)t><\(w)tab/><\(w)t xml:space=\"preserve\">"
            case "\u{2011}":
                output += "</\(w)t><\(w)noBreakHyphen/><\(w)t xml:space=\"preserve\">"
            default:
                if XMLCharacters.isAllowed(scalar) { XMLCharacters.appendEscaped(scalar, to: &output) }
            }
        }
        output += Substring(scalars[run..<index])
        return output
    }

    func repair(_ part: XMLDocument, ids: inout IdentifierCounters) -> Bool {
        let root = part.root
        var changed = false
        for drawing in root.descendants("docPr", in: NS.wp) {
            ids.drawing += 1
            if drawing.attribute("id") != String(ids.drawing) {
                try? drawing.setAttribute("id", to: String(ids.drawing))
                changed = true
            }
        }
        changed = renumberBookmarks(root, ids: &ids) || changed
        for table in root.descendants("tbl", in: NS.w) where table.elements("tr", in: NS.w).isEmpty {
            table.remove()
            changed = true
        }
        for cell in root.descendants("tc", in: NS.w) {
            let last = cell.elements.last
            if last == nil || last?.is("tbl", in: NS.w) == true || cell.elements("p", in: NS.w).isEmpty {
                if let paragraph = try? part.makeElement("p", namespace: NS.w, near: cell) {
                    cell.append(paragraph)
                    changed = true
                }
            }
        }
        return changed
    }

    /// Gives every bookmark a unique id and name; a loop copies them.
    private func renumberBookmarks(_ root: XMLNode, ids: inout IdentifierCounters) -> Bool {
        var open: [String: [String]] = [:]
        var changed = false
        root.walk { node in
            guard node.namespace == NS.w else { return true }
            if node.name == "bookmarkStart", let old = node.attribute("id", in: NS.w) {
                ids.bookmark += 1
                let new = String(ids.bookmark)
                open[old, default: []].append(new)
                if old != new {
                    try? node.setAttribute("id", in: NS.w, to: new)
                    changed = true
                }
                if let name = node.attribute("name", in: NS.w) {
                    let seen = ids.names[name, default: 0]
                    ids.names[name] = seen + 1
                    if seen > 0 {
                        try? node.setAttribute("name", in: NS.w, to: "\(name)_\(seen + 1)")
                        changed = true
                    }
                }
            } else if node.name == "bookmarkEnd", let old = node.attribute("id", in: NS.w),
                let new = open[old]?.popLast(), old != new
            {
                try? node.setAttribute("id", in: NS.w, to: new)
                changed = true
            }
            return true
        }
        return changed
    }
}
