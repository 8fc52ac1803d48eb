import OfficePackage
import XMLTree

/// ``CellDirectives`` in DOCX: `w:shd`, `w:gridSpan` and `w:vMerge` in the cell's `w:tcPr`.
enum DOCXCells {
    /// The order of `w:tcPr`'s children the schema prescribes (those a cell tag may add among them).
    private static let order = [
        "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection",
        "tcFitText", "vAlign", "hideMark",
    ]

    static func apply(_ work: [(cell: XMLNode, words: [Substring])]) {
        var dropped: [XMLNode] = []
        for (cell, words) in work {
            let value = String(words[1])
            switch words[0] {
            case "bg": set("shd", [("val", "clear"), ("color", "auto"), ("fill", value)], on: cell)
            case "span": set("gridSpan", [("val", value)], on: cell)
            case "vm" where value == "restart": set("vMerge", [("val", "restart")], on: cell)
            case "vm":
                set("vMerge", [], on: cell)
                clear(cell)
            case "hm" where value == "drop": dropped.append(cell)
            case "hm":
                let span =
                    cell.element("tcPr", in: NS.w)?.element("gridSpan", in: NS.w)?.attribute("val", in: NS.w)
                    .flatMap(Int.init) ?? 1
                set("gridSpan", [("val", String(span * (Int(value) ?? 1)))], on: cell)
            default: continue
            }
        }
        for cell in dropped where cell.parent != nil { cell.remove() }
    }

    /// Puts the property `name` with `attributes` in the cell's `w:tcPr`, in the schema's order,
    /// replacing one already there.
    private static func set(_ name: String, _ attributes: [(String, String)], on cell: XMLNode) {
        let document = cell.document
        var properties = cell.element("tcPr", in: NS.w)
        if properties == nil, let made = try? document.makeElement("tcPr", namespace: NS.w, near: cell) {
            if let first = cell.elements.first { first.insertBefore(made) } else { cell.append(made) }
            properties = made
        }
        guard let properties, let element = try? document.makeElement(name, namespace: NS.w, near: cell) else { return }
        properties.element(name, in: NS.w)?.remove()
        for (attribute, value) in attributes { try? element.setAttribute(attribute, in: NS.w, to: value) }
        let rank = order.firstIndex(of: name) ?? order.count
        if let later = properties.elements.first(where: { (order.firstIndex(of: $0.name) ?? order.count) > rank }) {
            later.insertBefore(element)
        } else {
            properties.append(element)
        }
    }

    /// Empties a merged cell's copy: its properties and one empty paragraph stay.
    private static func clear(_ cell: XMLNode) {
        for child in cell.elements where !child.is("tcPr", in: NS.w) { child.remove() }
        if let paragraph = try? cell.document.makeElement("p", namespace: NS.w, near: cell) { cell.append(paragraph) }
    }
}
