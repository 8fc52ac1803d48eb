import XMLTree

extension PartCompiler {
    /// Places a block whose tags carry docxtpl's prefixes: `{%p …%}` takes its paragraph away (the
    /// block spans the paragraphs between), `{%tr …%}` its table row (the block spans rows), `{%r …%}`
    /// stays in its paragraph.
    /// - Returns: whether the block had prefixes (and was placed, or reported).
    func placePrefixed(
        _ chain: [ScannedTag], inline: inout [ScannedTag], problems: inout [TemplateProblem]
    ) -> Bool {
        let prefixes = Set(chain.compactMap(\.prefix))
        guard let opener = chain.first, let prefix = prefixes.first else { return false }
        guard prefixes.count == 1, chain.allSatisfy({ $0.prefix != nil }) else {
            problems.append(
                TemplateProblem(
                    code: .invalidScope,
                    message: "у тегов блока «\(opener.location.tag)» разные приставки; пишите все теги блока "
                        + "с одной: {%p …%} — абзацы, {%tr …%} — строки таблицы, {%r …%} — внутри абзаца",
                    location: opener.location))
            return true
        }
        let markers = chain.compactMap(\.marker)
        switch prefix {
        case .column:
            placeColumns(chain, problems: &problems)
            return true
        case .run:
            guard chain.allSatisfy({ $0.paragraph == opener.paragraph }) else {
                problems.append(
                    TemplateProblem(
                        code: .invalidScope,
                        message: "теги блока «\(opener.location.tag)» с приставкой r должны стоять в одном абзаце; "
                            + "для блока из нескольких абзацев пишите {%p …%}", location: opener.location))
                return true
            }
            for tag in chain {
                guard let host = tag.host, let marker = tag.marker else { continue }
                flavor.unwrapMarker(host: host, marker: marker)
            }
            inline += chain
            return true
        case .paragraph, .row:
            var taken: [XMLNode: XMLNode] = [:]
            for tag in chain { take(tag, taken: &taken, problems: &problems) }
        }
        if !markers.allSatisfy({ $0.parent == markers[0].parent }) {
            problems.append(
                TemplateProblem(
                    code: .invalidScope,
                    message: "теги блока «\(opener.location.tag)» стоят в разных местах документа "
                        + (prefix == .row
                            ? "(в разных таблицах); {%tr …%} открывает и закрывает блок строк одной таблицы"
                            : "(в разных ячейках или в ячейке и вне таблицы); {%p …%} открывает и закрывает блок "
                                + "абзацев одной ячейки или абзацев вне таблицы"),
                    location: opener.location))
        }
        return true
    }

    /// Puts the marker of a `{%p …%}` or `{%tr …%}` tag in place of its paragraph or table row,
    /// which vanishes with all its text, as in docxtpl. Two tags of one paragraph or row
    /// (`{%p if x %}{%p endif %}`) take it once: the second marker follows the first, kept in
    /// `taken` by the paragraph or row they replaced.
    func take(_ tag: ScannedTag, taken: inout [XMLNode: XMLNode], problems: inout [TemplateProblem]) {
        guard let marker = tag.marker else { return }
        let container: XMLNode? =
            switch tag.prefix {
            case .paragraph?: flavor.tagBlock(of: tag.paragraph)
            case .row?: flavor.row(of: tag.paragraph)
            case .column?: flavor.cell(of: tag.paragraph)
            default: nil
            }
        if let container, let previous = taken[container] {
            previous.insertAfter(marker)
            taken[container] = marker
            return
        }
        if let container { taken[container] = marker }
        switch tag.prefix {
        case .paragraph?:
            if let survivor = flavor.survivor(of: tag.paragraph) { tag.paragraph.insertBefore(survivor) }
            flavor.tagBlock(of: tag.paragraph).replace(with: marker)
        case .column?:
            guard let cell = flavor.cell(of: tag.paragraph) else { return }
            cell.replace(with: marker)
        case .row?:
            guard let row = flavor.row(of: tag.paragraph) else {
                problems.append(
                    TemplateProblem(
                        code: .invalidScope,
                        message: "тег «\(tag.location.tag)» с приставкой tr стоит вне таблицы; "
                            + "{%tr …%} пишут в строке таблицы, для абзацев — {%p …%}", location: tag.location))
                return
            }
            row.replace(with: marker)
        default:
            return
        }
    }
}
