import OfficePackage
import XMLTree

/// ``CellDirectives`` in ODT: a copy of the cell's automatic style with the background, the cell's
/// `table:number-columns-spanned` and `table:number-rows-spanned`, and covered cells for the
/// copies merged away.
enum ODTCells {
    static func apply(_ work: [(cell: XMLNode, words: [Substring])], in part: XMLDocument) {
        var styles = Styles(part)
        var vertical: [XMLNode: Bool] = [:]
        var covered: [XMLNode] = []
        for (cell, words) in work {
            let value = String(words[1])
            switch words[0] {
            case "bg": styles.paint(cell, color: value)
            case "span":
                try? cell.setAttribute("number-columns-spanned", in: NS.table, to: value)
                // The columns a cell spans hold covered cells in ODT.
                for _ in 1..<max(1, Int(value) ?? 1) {
                    if let cover = try? part.makeElement("covered-table-cell", namespace: NS.table, near: cell) {
                        cell.insertAfter(cover)
                    }
                }
            case "vm": vertical[cell] = value == "restart"
            case "hm" where value == "drop": covered.append(cell)
            case "hm": try? cell.setAttribute("number-columns-spanned", in: NS.table, to: value)
            default: continue
            }
        }
        for (cell, restarts) in vertical where restarts {
            guard let row = cell.parent, let column = column(of: cell, in: row) else { continue }
            var count = 1
            var next = nextRow(after: row)
            while let current = next, let below = cellAt(column, in: current), vertical[below] == false {
                covered.append(below)
                count += 1
                next = nextRow(after: current)
            }
            if count > 1 { try? cell.setAttribute("number-rows-spanned", in: NS.table, to: String(count)) }
        }
        for cell in covered where cell.parent != nil {
            guard let cover = try? part.makeElement("covered-table-cell", namespace: NS.table, near: cell) else {
                continue
            }
            cell.replace(with: cover)
        }
    }

    private static func isCell(_ node: XMLNode) -> Bool {
        node.is("table-cell", in: NS.table) || node.is("covered-table-cell", in: NS.table)
    }

    private static func column(of cell: XMLNode, in row: XMLNode) -> Int? {
        row.elements.filter(isCell).firstIndex(of: cell)
    }

    private static func cellAt(_ column: Int, in row: XMLNode) -> XMLNode? {
        let cells = row.elements.filter(isCell)
        return column < cells.count ? cells[column] : nil
    }

    private static func nextRow(after row: XMLNode) -> XMLNode? {
        var cursor = row.next
        while let node = cursor, !node.is("table-row", in: NS.table) { cursor = node.next }
        return cursor
    }

    /// The content's automatic cell styles, and the copies made with a background.
    private struct Styles {
        let part: XMLDocument
        var container: XMLNode?
        var byName: [String: XMLNode] = [:]
        var made: [String: String] = [:]

        init(_ part: XMLDocument) {
            self.part = part
            container = part.root.element("automatic-styles", in: NS.office)
            if container == nil, let body = part.root.element("body", in: NS.office),
                let styles = try? part.makeElement("automatic-styles", namespace: NS.office, near: body)
            {
                body.insertBefore(styles)
                container = styles
            }
            for style in container?.elements("style", in: NS.style) ?? [] {
                if let name = style.attribute("name", in: NS.style) { byName[name] = style }
            }
        }

        mutating func paint(_ cell: XMLNode, color: String) {
            let base = cell.attribute("style-name", in: NS.table)
            let key = (base ?? "") + "#" + color
            if let name = made[key] {
                try? cell.setAttribute("style-name", in: NS.table, to: name)
                return
            }
            guard let container else { return }
            let style: XMLNode
            if let base, let existing = byName[base] {
                style = existing.clone()
            } else if let fresh = try? part.makeElement("style", namespace: NS.style, near: container) {
                style = fresh
                try? style.setAttribute("family", in: NS.style, to: "table-cell")
            } else {
                return
            }
            let name = (base ?? "pw") + ".bg" + color
            try? style.setAttribute("name", in: NS.style, to: name)
            var properties = style.element("table-cell-properties", in: NS.style)
            if properties == nil,
                let fresh = try? part.makeElement("table-cell-properties", namespace: NS.style, near: container)
            {
                style.append(fresh)
                properties = fresh
            }
            try? properties?.setAttribute("background-color", in: NS.fo, to: "#" + color.lowercased())
            container.append(style)
            made[key] = name
            try? cell.setAttribute("style-name", in: NS.table, to: name)
        }
    }
}
