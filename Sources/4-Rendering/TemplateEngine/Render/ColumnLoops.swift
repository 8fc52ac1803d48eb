import Foundation
import OfficePackage
import XMLTree

/// Remakes the grid of a table whose columns a `{%tc for … %}` loop repeated: the copies of the
/// repeated cells share the width the block took in the template (its tag columns included), the
/// other cells keep theirs, and the table's columns (DOCX `w:gridCol`, ODT `table:table-column`)
/// follow the row with the most cells.
enum ColumnLoops {
    /// One cell of a marked row: the template column it comes from and, for a repeated cell, its
    /// block and the template columns the block took.
    private struct Mark {
        let column: Int
        let block: Int?
        let group: [Int]

        init?(_ instruction: XMLNode) {
            let parts = instruction.text.split(separator: " ")
            guard let first = parts.first, let column = Int(first) else { return nil }
            self.column = column
            block = parts.count > 1 ? Int(parts[1]) : nil
            group = parts.count > 2 ? parts[2].split(separator: ",").compactMap { Int($0) } : []
        }
    }

    /// Shares the widths in every marked table of `part`; returns whether anything changed.
    static func share(_ part: XMLDocument, format: OfficeFormat) -> Bool {
        var instructions: [XMLNode] = []
        part.root.walk { node in
            instructions += node.children.filter {
                $0.kind == .processingInstruction && $0.name == PartCompiler.columnTarget
            }
            return true
        }
        guard !instructions.isEmpty else { return false }
        var rows: [XMLNode] = []
        for instruction in instructions {
            if let row = instruction.parent?.parent, !rows.contains(row) { rows.append(row) }
        }
        var tables: [XMLNode: [XMLNode]] = [:]
        var order: [XMLNode] = []
        for row in rows {
            var cursor = row.parent
            while let node = cursor, !(node.is("tbl", in: NS.w) || node.is("table", in: NS.table)) {
                cursor = node.parent
            }
            guard let table = cursor else { continue }
            if tables[table] == nil { order.append(table) }
            tables[table, default: []].append(row)
        }
        for table in order {
            if format == .docx {
                shareDOCX(table, rows: tables[table] ?? [])
            } else {
                ODTColumnLoops.share(table, rows: tables[table] ?? [], in: part)
            }
        }
        instructions.forEach { $0.remove() }
        return true
    }

    /// The width of each cell of `row` (by its mark) from the template's column `widths`, and the
    /// row's own grid: a fixed cell's columns, one column per repeated cell.
    static func widths(of row: XMLNode, template widths: [Double], cells: (XMLNode) -> Int?)
        -> (cells: [(XMLNode, Double)], grid: [Double], sources: [Int])
    {
        var marked: [(XMLNode, Mark, Int)] = []
        var copies: [Int: Int] = [:]
        for cell in row.children {
            guard let span = cells(cell),
                let instruction = cell.children.first(where: {
                    $0.kind == .processingInstruction && $0.name == PartCompiler.columnTarget
                }), let mark = Mark(instruction)
            else { continue }
            marked.append((cell, mark, span))
            if let block = mark.block { copies[block, default: 0] += 1 }
        }
        func width(_ columns: [Int]) -> Double { columns.map { $0 < widths.count ? widths[$0] : 0 }.reduce(0, +) }
        var result: [(XMLNode, Double)] = []
        var grid: [Double] = []
        var sources: [Int] = []
        for (cell, mark, span) in marked {
            if let block = mark.block {
                let share = width(mark.group) / Double(max(1, copies[block] ?? 1))
                result.append((cell, share))
                grid.append(share)
                sources.append(mark.column)
            } else {
                let columns = Array(mark.column..<(mark.column + span))
                result.append((cell, width(columns)))
                grid += columns.map { width([$0]) }
                sources += columns
            }
        }
        return (result, grid, sources)
    }

    private static func shareDOCX(_ table: XMLNode, rows: [XMLNode]) {
        guard let grid = table.element("tblGrid", in: NS.w) else { return }
        let columns = grid.elements("gridCol", in: NS.w)
        let template = columns.map { sane($0.attribute("w", in: NS.w).flatMap(Double.init)) }
        var widest: [Double] = []
        for row in rows {
            let shared = widths(of: row, template: template) { cell in
                guard cell.is("tc", in: NS.w) else { return nil }
                return cell.element("tcPr", in: NS.w)?.element("gridSpan", in: NS.w)?.attribute("val", in: NS.w)
                    .flatMap(Int.init) ?? 1
            }
            for (cell, width) in shared.cells { setWidth(width.clampedInt(), of: cell) }
            if shared.grid.count > widest.count { widest = shared.grid }
        }
        guard !widest.isEmpty else { return }
        for column in columns { column.remove() }
        for width in widest {
            guard let column = try? table.document.makeElement("gridCol", namespace: NS.w, near: grid) else { continue }
            try? column.setAttribute("w", in: NS.w, to: String(width.clampedInt()))
            grid.append(column)
        }
    }

    /// A width read from a template: finite, not negative, at most 10⁷ (a hostile template's
    /// `1e400` would otherwise overflow).
    static func sane(_ width: Double?) -> Double {
        guard let width, width.isFinite else { return 0 }
        return min(max(width, 0), 1e7)
    }

    /// Sets a DOCX cell's width (`w:tcPr/w:tcW`) in twentieths of a point.
    private static func setWidth(_ twips: Int, of cell: XMLNode) {
        let document = cell.document
        var properties = cell.element("tcPr", in: NS.w)
        if properties == nil, let made = try? document.makeElement("tcPr", namespace: NS.w, near: cell) {
            if let first = cell.elements.first { first.insertBefore(made) } else { cell.append(made) }
            properties = made
        }
        guard let properties else { return }
        var width = properties.element("tcW", in: NS.w)
        if width == nil, let made = try? document.makeElement("tcW", namespace: NS.w, near: cell) {
            // tcW comes first in w:tcPr, after a w:cnfStyle only.
            if let conditional = properties.element("cnfStyle", in: NS.w) {
                conditional.insertAfter(made)
            } else if let first = properties.elements.first {
                first.insertBefore(made)
            } else {
                properties.append(made)
            }
            width = made
        }
        try? width?.setAttribute("w", in: NS.w, to: String(twips))
        try? width?.setAttribute("type", in: NS.w, to: "dxa")
    }
}
