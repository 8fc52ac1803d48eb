import Foundation
import OfficePackage
import XMLTree

/// The ODT side of ``ColumnLoops``: the table's `table:table-column`s remade from the widest
/// marked row; a repeated column gets a copy of its template column's automatic style with its
/// share of the width.
enum ODTColumnLoops {
    static func share(_ table: XMLNode, rows: [XMLNode], in part: XMLDocument) {
        let existing = table.elements("table-column", in: NS.table)
        guard !existing.isEmpty else { return }
        var template: [XMLNode] = []
        for column in existing {
            let repeated = Int(column.attribute("number-columns-repeated", in: NS.table) ?? "") ?? 1
            template += Array(repeating: column, count: max(1, min(repeated, 1_000)))
        }
        let styles = part.root.element("automatic-styles", in: NS.office)
        var properties: [String: XMLNode] = [:]
        for style in styles?.elements("style", in: NS.style) ?? []
        where style.attribute("family", in: NS.style) == "table-column" {
            if let name = style.attribute("name", in: NS.style) { properties[name] = style }
        }
        func styleName(_ column: Int) -> String? {
            column < template.count ? template[column].attribute("style-name", in: NS.table) : nil
        }
        let widths = template.indices.map { index -> Double in
            guard let name = styleName(index),
                let node = properties[name]?.element("table-column-properties", in: NS.style),
                let width = node.attribute("column-width", in: NS.style).flatMap(ColumnFitting.points)
            else { return 0 }
            return ColumnLoops.sane(width)
        }
        var widest: (grid: [Double], sources: [Int]) = ([], [])
        for row in rows {
            let shared = ColumnLoops.widths(of: row, template: widths) { cell in
                cell.is("table-cell", in: NS.table) || cell.is("covered-table-cell", in: NS.table) ? 1 : nil
            }
            if shared.grid.count > widest.grid.count { widest = (shared.grid, shared.sources) }
        }
        guard !widest.grid.isEmpty else { return }
        var made: [String: String] = [:]
        var previous: XMLNode?
        for (width, source) in zip(widest.grid, widest.sources) {
            let base = source < template.count ? template[source] : existing[existing.count - 1]
            let column = base.clone()
            column.removeAttribute("number-columns-repeated", in: NS.table)
            if let name = styleName(source), let style = properties[name], width > 0, widths[source] > 0,
                abs(width - widths[source]) > 0.01
            {
                let key = "\(name)-\((width * 100).clampedInt())"
                if made[key] == nil, let copy = copy(style, as: "\(name).pw\(made.count + 1)", width: width) {
                    styles?.append(copy)
                    made[key] = copy.attribute("name", in: NS.style)
                }
                if let newName = made[key] { try? column.setAttribute("style-name", in: NS.table, to: newName) }
            }
            if let previous { previous.insertAfter(column) } else { existing[0].insertBefore(column) }
            previous = column
        }
        existing.forEach { $0.remove() }
    }

    /// A copy of a column's automatic style named `name`, `width` points wide (its relative width
    /// scaled with it).
    private static func copy(_ style: XMLNode, as name: String, width: Double) -> XMLNode? {
        let copy = style.clone()
        try? copy.setAttribute("name", in: NS.style, to: name)
        guard let properties = copy.element("table-column-properties", in: NS.style),
            let old = properties.attribute("column-width", in: NS.style).flatMap(ColumnFitting.points), old > 0
        else { return copy }
        try? properties.setAttribute("column-width", in: NS.style, to: String(format: "%.3fcm", width * 2.54 / 72))
        if let relative = properties.attribute("rel-column-width", in: NS.style),
            let value = Double(relative.trimmingCharacters(in: CharacterSet(charactersIn: "*")))
        {
            try? properties.setAttribute(
                "rel-column-width", in: NS.style, to: "\((ColumnLoops.sane(value) * width / old).clampedInt())*")
        }
        return copy
    }
}
