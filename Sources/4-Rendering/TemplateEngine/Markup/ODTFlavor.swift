import OfficePackage
import XMLTree

/// OpenDocument markup: paragraphs `text:p`/`text:h` holding text, `text:span`s and `text:s` spaces.
struct ODTFlavor: MarkupFlavor {
    var textNamespace: String { NS.text }
    var format: OfficeFormat { .odt }

    func prepare(_ part: XMLDocument) {
        part.root.descendants("soft-page-break", in: NS.text).forEach { $0.remove() }
    }

    func atoms(of paragraph: XMLNode) -> [TextAtom] {
        var atoms: [TextAtom] = []
        collect(paragraph, into: &atoms)
        return atoms
    }

    private func collect(_ node: XMLNode, into atoms: inout [TextAtom]) {
        for child in node.children {
            switch child.kind {
            case .text:
                atoms.append(TextAtom(node: child, text: child.text))
            case .element where child.namespace == NS.text:
                switch child.name {
                case "s":
                    let count = Int(child.attribute("c", in: NS.text) ?? "1") ?? 1
                    atoms.append(TextAtom(node: child, text: String(repeating: " ", count: max(1, count))))
                case "p", "h", "note", "note-body", "list", "tab", "line-break", "bookmark", "bookmark-start",
                    "bookmark-end", "page-number", "page-count", "date", "time":
                    break
                default:
                    collect(child, into: &atoms)
                }
            case .element where child.namespace == NS.office || child.namespace == NS.table:
                break
            case .element:
                if child.name != "frame" { collect(child, into: &atoms) }
            default:
                break
            }
        }
    }

    func setText(_ text: String, of atom: TextAtom) {
        if atom.node.kind == .text {
            atom.node.setText(text)
        } else if text.isEmpty {
            atom.node.remove()
        } else {
            try? atom.node.setAttribute("c", in: NS.text, to: String(text.count))
        }
    }

    func isolate(_ atom: TextAtom, texts: [String], markers: [XMLNode]) throws -> [XMLNode] {
        let node = atom.node
        node.setText(texts[0])
        var cursor = node
        for (marker, text) in zip(markers, texts.dropFirst()) {
            cursor = cursor.insertAfter(marker)
            if !text.isEmpty { cursor = cursor.insertAfter(node.document.makeText(text)) }
        }
        if texts[0].isEmpty { node.remove() }
        return markers
    }

    func unwrapMarker(host: XMLNode, marker: XMLNode) {}

    /// ODT keeps page styles on the paragraphs that start pages, never on tag paragraphs' ends.
    func survivor(of paragraph: XMLNode) -> XMLNode? { nil }

    /// A paragraph that is the only content of its `text:list-item` (beside the `text:number` a
    /// writer may cache there) takes the list item with it.
    func tagBlock(of paragraph: XMLNode) -> XMLNode {
        guard let item = paragraph.parent, item.is("list-item", in: NS.text),
            item.elements.allSatisfy({ $0 == paragraph || $0.is("number", in: NS.text) })
        else { return paragraph }
        return item
    }

    func isParagraph(_ node: XMLNode) -> Bool { node.is("p", in: NS.text) || node.is("h", in: NS.text) }
    func isRow(_ node: XMLNode) -> Bool { node.is("table-row", in: NS.table) }
    func isCell(_ node: XMLNode) -> Bool { node.is("table-cell", in: NS.table) }
    func isTable(_ node: XMLNode) -> Bool { node.is("table", in: NS.table) }

    /// A cell and a covered cell (one a spanning cell hides) each stand for one column.
    func columns(of node: XMLNode) -> Int? {
        node.is("table-cell", in: NS.table) || node.is("covered-table-cell", in: NS.table) ? 1 : nil
    }

    func hasIdentifiers(_ part: XMLDocument) -> Bool {
        !part.root.descendants { $0.attribute("id", in: NS.xml) != nil }.isEmpty
    }

    func encode(_ value: String, prefix: String) -> String {
        // Most values are plain text: nothing to escape, no breaks, tabs or runs of spaces.
        if XMLCharacters.isPlain(value, spaces: true) { return value }
        let t = prefix.isEmpty ? "" : prefix + ":"
        var output = ""
        output.reserveCapacity(value.utf8.count + 16)
        var spaces = 0
        var atStart = true
        var previousCR = false
        func flushSpaces() {
            guard spaces > 0 else { return }
            let escaped = atStart ? spaces : spaces - 1
            if !atStart { output += " " }
            if escaped == 1 { output += "<\(t)s/>" }
            if escaped > 1 { output += "<\(t)s \(t)c=\"\(escaped)\"/>" }
            spaces = 0
        }
        let scalars = value.unicodeScalars
        var run = scalars.startIndex
        var index = run
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            defer { index = next }
            if scalar == " " {
                output += Substring(scalars[run..<index])
                run = next
                spaces += 1
                previousCR = false
                continue
            }
            if spaces > 0 { flushSpaces() }
            defer {
                atStart = false
                previousCR = scalar == "\r"
            }
            guard XMLCharacters.needsMarkup(scalar) else { continue }
            output += Substring(scalars[run..<index])
            run = next
            switch scalar {
            case "\n" where previousCR: break
            case "\n", "\r", "\u{2028}": output += "<\(t)line-break/>"
            case "\t": output += "<\(t)tab/>"
            default:
                if XMLCharacters.isAllowed(scalar) { XMLCharacters.appendEscaped(scalar, to: &output) }
            }
        }
        output += Substring(scalars[run..<index])
        flushSpaces()
        return output
    }

    func repair(_ part: XMLDocument, ids: inout IdentifierCounters) -> Bool {
        let root = part.root
        var changed = false
        var seen: Set<String> = []
        root.walk { node in
            if let id = node.attribute("id", in: NS.xml) {
                if seen.contains(id) {
                    var counter = 2
                    while seen.contains("\(id)_\(counter)") { counter += 1 }
                    try? node.setAttribute("id", in: NS.xml, to: "\(id)_\(counter)")
                    seen.insert("\(id)_\(counter)")
                    changed = true
                } else {
                    seen.insert(id)
                }
            }
            return true
        }
        for table in root.descendants("table", in: NS.table) where table.descendants("table-row", in: NS.table).isEmpty
        {
            table.remove()
            changed = true
        }
        for cell in root.descendants("table-cell", in: NS.table) where cell.elements.isEmpty {
            if let paragraph = try? part.makeElement("p", namespace: NS.text, near: cell) {
                cell.append(paragraph)
                changed = true
            }
        }
        return changed
    }
}
