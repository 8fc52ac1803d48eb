import XMLTree

extension PartCompiler {
    /// The target of the processing instructions that tell the rendered table which template column
    /// each cell of a column loop's row comes from (see ``ColumnLoops``).
    static let columnTarget = "pw-column"

    /// Places a `{%tc …%}` block: each tag's cell is replaced by its marker, so the cells between
    /// repeat; every cell of the row is marked with its template column, and the cells between with
    /// the columns the block takes (its tag cells' too), whose width their copies share.
    func placeColumns(_ chain: [ScannedTag], problems: inout [TemplateProblem]) {
        guard let opener = chain.first else { return }
        let cells = chain.compactMap { flavor.cell(of: $0.paragraph) }
        guard let row = flavor.row(of: opener.paragraph), cells.count == chain.count,
            Set(cells).count == cells.count, cells.allSatisfy({ $0.parent == row })
        else {
            problems.append(
                TemplateProblem(
                    code: .invalidScope,
                    message: "теги блока «\(opener.location.tag)» с приставкой tc должны стоять каждый в своей "
                        + "ячейке одной строки таблицы; повторяются ячейки между ними", location: opener.location))
            return
        }
        let tagCells = Set(cells)
        var column = 0
        var inside = false
        var body: [(cell: XMLNode, column: Int)] = []
        var groupColumns: [Int] = []
        var fixed: [(cell: XMLNode, column: Int)] = []
        for cell in row.children {
            guard let span = flavor.columns(of: cell) else { continue }
            defer { column += span }
            if tagCells.contains(cell) {
                groupColumns += Array(column..<(column + span))
                inside = cell != cells.last
                continue
            }
            if inside {
                body.append((cell, column))
                groupColumns += Array(column..<(column + span))
            } else {
                fixed.append((cell, column))
            }
        }
        let document = row.document
        let group = groupColumns.map(String.init).joined(separator: ",")
        for (cell, column) in body {
            mark(cell, document.makeProcessingInstruction(Self.columnTarget, "\(column) \(opener.id) \(group)"))
        }
        for (cell, column) in fixed {
            // A row with two column blocks marks a cell once; the first mark stands.
            guard !cell.children.contains(where: { $0.kind == .processingInstruction && $0.name == Self.columnTarget })
            else { continue }
            mark(cell, document.makeProcessingInstruction(Self.columnTarget, "\(column)"))
        }
        for (tag, cell) in zip(chain, cells) {
            guard let marker = tag.marker else { continue }
            cell.replace(with: marker)
        }
    }

    private func mark(_ cell: XMLNode, _ instruction: XMLNode) {
        if let first = cell.firstChild {
            first.insertBefore(instruction)
        } else {
            cell.append(instruction)
        }
    }
}
