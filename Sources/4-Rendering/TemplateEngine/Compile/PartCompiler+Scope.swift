import XMLTree

extension PartCompiler {
    /// Places the markers of one block (`for … endfor`, `if … endif`) by the scope its tags form:
    /// inside one paragraph; each alone in a paragraph; each alone in a table row; or opening and
    /// closing tags in two cells of one row (the row repeats). Anything else is a template error.
    /// Tags of a block within one paragraph are added to `inline`: their markers are lifted to the
    /// paragraph afterwards, all together (see ``liftInline(_:)``).
    func placeBlock(
        _ chain: [ScannedTag], paragraphText: [XMLNode: String], inline: inout [ScannedTag],
        problems: inout [TemplateProblem]
    ) {
        guard let opener = chain.first, chain.allSatisfy({ $0.marker != nil && $0.host != nil }) else { return }
        let markers = chain.compactMap(\.marker)
        let paragraphs = chain.map(\.paragraph)
        if paragraphs.allSatisfy({ $0 == paragraphs[0] }) {
            for tag in chain {
                guard let host = tag.host, let marker = tag.marker else { continue }
                flavor.unwrapMarker(host: host, marker: marker)
            }
            inline += chain
            return
        } else if let row = rowAcrossCells(chain) {
            // Scope 3: the opening tag in one cell, the closing one in a later cell of the same row,
            // with or without other text beside them; the tag cells stay, the whole row repeats.
            for tag in chain { tag.host?.remove() }
            row.insertBefore(markers[0])
            row.insertAfter(markers[1])
        } else if chain.allSatisfy(\.soleInParagraph) {
            let rows = paragraphs.map { flavor.row(of: $0) }
            let rowsAreTags = zip(rows, paragraphs).allSatisfy { row, paragraph in
                guard let row else { return false }
                return row.descendants(where: flavor.isParagraph).allSatisfy {
                    $0 == paragraph || paragraphText[$0, default: ""].isEmpty
                }
            }
            let rowNodes = rows.compactMap { $0 }
            let blocks = paragraphs.map(flavor.tagBlock)
            if rowsAreTags, rowNodes.allSatisfy({ $0.parent == rowNodes[0].parent }) {
                for (row, marker) in zip(rowNodes, markers) { row.replace(with: marker) }
            } else if blocks.allSatisfy({ $0.parent == blocks[0].parent }) {
                // Paragraphs side by side, or (ODT) list items of one list.
                for (paragraph, marker) in zip(paragraphs, markers) {
                    if let survivor = flavor.survivor(of: paragraph) { paragraph.insertBefore(survivor) }
                    flavor.tagBlock(of: paragraph).replace(with: marker)
                }
            } else {
                problems.append(invalidScope(opener))
                return
            }
        } else {
            problems.append(invalidScope(opener))
            return
        }
        if !markers.allSatisfy({ $0.parent == markers[0].parent }) {
            problems.append(invalidScope(opener))
        }
    }

    /// The row whose cells hold a two-tag block: the opening tag in one cell and the closing tag
    /// in another cell of the same row; `nil` for any other layout.
    private func rowAcrossCells(_ chain: [ScannedTag]) -> XMLNode? {
        guard chain.count == 2, let row = flavor.row(of: chain[0].paragraph), flavor.row(of: chain[1].paragraph) == row,
            let firstCell = flavor.cell(of: chain[0].paragraph), let lastCell = flavor.cell(of: chain[1].paragraph),
            firstCell != lastCell
        else { return nil }
        return row
    }

    private func invalidScope(_ opener: ScannedTag) -> TemplateProblem {
        TemplateProblem(
            code: .invalidScope,
            message: "теги блока «\(opener.location.tag)» стоят так, что непонятно, что "
                + "повторять или скрывать. Допустимо: оба тега в одном абзаце; каждый тег — единственный текст "
                + "своего абзаца (абзацы рядом, в одной ячейке или вне таблицы) или своего пункта списка (пункты одного "
                + "списка); каждый тег — единственный текст "
                + "своей строки таблицы; открывающий и закрывающий теги в разных ячейках одной строки",
            location: opener.location)
    }

    /// Lifts the markers of blocks within one paragraph up to their paragraphs, last first: each
    /// lift then moves only what lies between its marker and the next one, so a paragraph with
    /// thousands of block tags in one span is lifted in linear time.
    func liftInline(_ tags: [ScannedTag]) {
        for tag in tags.sorted(by: { $0.id > $1.id }) {
            if let marker = tag.marker { lift(marker, to: tag.paragraph) }
        }
    }

    /// Moves `marker` up to be a child of `paragraph`, splitting the inline elements around it
    /// (spans, hyperlinks, smart tags) so that what was before and after it keeps its formatting.
    func lift(_ marker: XMLNode, to paragraph: XMLNode) {
        while let parent = marker.parent, parent != paragraph {
            var following: [XMLNode] = []
            var cursor = marker.next
            while let node = cursor {
                following.append(node)
                cursor = node.next
            }
            parent.insertAfter(marker)
            if !following.isEmpty {
                let rest = parent.clone(deep: false)
                for node in following { rest.append(node) }
                marker.insertAfter(rest)
            }
            if parent.firstChild == nil { parent.remove() }
        }
    }
}
