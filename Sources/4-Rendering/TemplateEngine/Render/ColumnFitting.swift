import Foundation
import OfficePackage
import XMLTree

/// Gives the tables of a rendered body part column widths from their content (``ColumnWidths``):
/// ODT through each column's own automatic style, DOCX through the table grid and the cells'
/// widths. A table it cannot read safely (repeated columns, a column style shared with another
/// table, widths in an unknown unit) keeps the widths the template gave it.
enum ColumnFitting {
    /// Fits every table of `part`; returns whether anything changed.
    static func fit(_ part: XMLDocument, format: OfficeFormat) -> Bool {
        switch format {
        case .odt: fitODT(part)
        case .docx: fitDOCX(part)
        }
    }

    /// The text of a cell, a line per paragraph.
    private static func text(of cell: XMLNode, paragraph: String, in namespace: String) -> String {
        cell.descendants(paragraph, in: namespace).map(\.text).joined(separator: "\n")
    }

    // MARK: ODT

    private static func fitODT(_ part: XMLDocument) -> Bool {
        let root = part.root
        var properties: [String: XMLNode] = [:]
        for style in root.element("automatic-styles", in: NS.office)?.elements("style", in: NS.style) ?? []
        where style.attribute("family", in: NS.style) == "table-column" {
            if let name = style.attribute("name", in: NS.style),
                let found = style.element("table-column-properties", in: NS.style)
            {
                properties[name] = found
            }
        }
        let tables = root.descendants("table", in: NS.table)
        var uses: [String: Int] = [:]
        for column in root.descendants("table-column", in: NS.table) {
            if let name = column.attribute("style-name", in: NS.table) { uses[name, default: 0] += 1 }
        }
        var changed = false
        for table in tables {
            let columns = table.elements("table-column", in: NS.table)
            let names = columns.compactMap { $0.attribute("style-name", in: NS.table) }
            guard !columns.isEmpty, names.count == columns.count,
                columns.allSatisfy({ $0.attribute("number-columns-repeated", in: NS.table) == nil }),
                names.allSatisfy({ uses[$0] == 1 })
            else { continue }
            let nodes = names.compactMap { properties[$0] }
            guard nodes.count == columns.count, let current = currentWidths(nodes, of: table, styles: root)
            else { continue }
            var widths = ColumnWidths(columns: columns.count)
            let groups = table.elements("table-header-rows", in: NS.table) + table.elements("table-rows", in: NS.table)
            for row in table.elements("table-row", in: NS.table)
                + groups.flatMap({ $0.elements("table-row", in: NS.table) })
            {
                var column = 0
                for cell in row.elements {
                    let span = Int(cell.attribute("number-columns-spanned", in: NS.table) ?? "") ?? 1
                    if cell.is("table-cell", in: NS.table), span == 1 {
                        widths.measure(text(of: cell, paragraph: "p", in: NS.text), column: column)
                    }
                    if cell.is("table-cell", in: NS.table) || cell.is("covered-table-cell", in: NS.table) {
                        column += cell.is("table-cell", in: NS.table) ? span : 0
                    }
                }
            }
            let fitted = widths.widths(sharing: current)
            for (node, width) in zip(nodes, fitted) {
                if node.attribute("column-width", in: NS.style) != nil {
                    try? node.setAttribute(
                        "column-width", in: NS.style, to: String(format: "%.3fcm", width * 2.54 / 72))
                }
                if node.attribute("rel-column-width", in: NS.style) != nil {
                    try? node.setAttribute("rel-column-width", in: NS.style, to: "\(Int((width * 100).rounded()))*")
                }
            }
            changed = true
        }
        return changed
    }

    /// The columns' widths in points: absolute when the styles give them, or the relative widths
    /// (`6167*`) shared out over the table's width — its style's, or a 17 cm text width (A4 with
    /// GOST margins) for a table set between the margins.
    private static func currentWidths(_ nodes: [XMLNode], of table: XMLNode, styles root: XMLNode) -> [Double]? {
        let absolute = nodes.compactMap { $0.attribute("column-width", in: NS.style).flatMap(points) }
        if absolute.count == nodes.count { return absolute }
        let relative = nodes.compactMap {
            $0.attribute("rel-column-width", in: NS.style).flatMap { Double($0.filter { $0 != "*" }) }
        }
        let sum = relative.reduce(0, +)
        guard relative.count == nodes.count, sum > 0 else { return nil }
        let name = table.attribute("style-name", in: NS.table)
        let style = root.element("automatic-styles", in: NS.office)?.elements("style", in: NS.style)
            .first { $0.attribute("name", in: NS.style) == name && $0.attribute("family", in: NS.style) == "table" }
        let width =
            style?.element("table-properties", in: NS.style)?.attribute("width", in: NS.style).flatMap(points)
            ?? 17 / 2.54 * 72
        return relative.map { $0 * width / sum }
    }

    /// A length as ODF writes it (`1.6cm`, `0.63in`, `16mm`, `45pt`), in points.
    static func points(_ length: String) -> Double? {
        let units: [(String, Double)] = [("cm", 72 / 2.54), ("mm", 72 / 25.4), ("in", 72), ("pt", 1)]
        for (unit, factor) in units where length.hasSuffix(unit) {
            return Double(length.dropLast(unit.count)).map { $0 * factor }
        }
        return nil
    }

    // MARK: DOCX

    private static func fitDOCX(_ part: XMLDocument) -> Bool {
        var changed = false
        for table in part.root.descendants("tbl", in: NS.w) {
            guard let grid = table.element("tblGrid", in: NS.w) else { continue }
            let columns = grid.elements("gridCol", in: NS.w)
            let current = columns.compactMap { $0.attribute("w", in: NS.w).flatMap(Double.init).map { $0 / 20 } }
            guard !columns.isEmpty, current.count == columns.count else { continue }
            var widths = ColumnWidths(columns: columns.count)
            let rows = table.elements("tr", in: NS.w)
            for row in rows {
                var column = 0
                for cell in row.elements("tc", in: NS.w) {
                    let span = Self.span(of: cell)
                    if span == 1 { widths.measure(text(of: cell, paragraph: "p", in: NS.w), column: column) }
                    column += span
                }
            }
            let twips = widths.widths(sharing: current).map { Int(($0 * 20).rounded()) }
            for (column, width) in zip(columns, twips) { try? column.setAttribute("w", in: NS.w, to: String(width)) }
            for row in rows {
                var column = 0
                for cell in row.elements("tc", in: NS.w) {
                    let span = Self.span(of: cell)
                    let width = twips[min(column, twips.count)..<min(column + span, twips.count)].reduce(0, +)
                    if let cellWidth = cell.element("tcPr", in: NS.w)?.element("tcW", in: NS.w),
                        cellWidth.attribute("type", in: NS.w) == "dxa"
                    {
                        try? cellWidth.setAttribute("w", in: NS.w, to: String(width))
                    }
                    column += span
                }
            }
            changed = true
        }
        return changed
    }

    private static func span(of cell: XMLNode) -> Int {
        cell.element("tcPr", in: NS.w)?.element("gridSpan", in: NS.w)?.attribute("val", in: NS.w).flatMap(Int.init) ?? 1
    }
}
