/// Cuts serialized markup at the tag markers and nests the pieces by the paired blocks.
enum TreeBuilder {
    private enum Piece {
        case markup(String)
        case tag(Int)
    }

    static func build(markup: String, tags: [ScannedTag], chains: [[Int]]) -> [TemplateNode] {
        let pieces = cut(markup)
        var role: [Int: (chain: [Int], position: Int)] = [:]
        for chain in chains {
            for (position, id) in chain.enumerated() { role[id] = (chain, position) }
        }
        var index = 0
        return nodes(pieces, &index, tags: tags, role: role)
    }

    /// Splits at every `<?pw N?>`.
    private static func cut(_ markup: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = markup[...]
        let open = "<?\(PartCompiler.markerTarget) "
        while let start = rest.range(of: open) {
            guard let end = rest[start.upperBound...].range(of: "?>"),
                  let id = Int(rest[start.upperBound..<end.lowerBound]) else { break }
            pieces.append(.markup(String(rest[..<start.lowerBound])))
            pieces.append(.tag(id))
            rest = rest[end.upperBound...]
        }
        pieces.append(.markup(String(rest)))
        return pieces
    }

    /// Reads nodes until a tag that continues or closes the enclosing block.
    private static func nodes(_ pieces: [Piece], _ index: inout Int, tags: [ScannedTag],
                              role: [Int: (chain: [Int], position: Int)]) -> [TemplateNode] {
        var result: [TemplateNode] = []
        while index < pieces.count {
            switch pieces[index] {
            case .markup(let text):
                if !text.isEmpty { result.append(.markup(text)) }
                index += 1
            case .tag(let id):
                let tag = tags[id]
                switch tag.content {
                case .output(let expression):
                    result.append(.output(expression, tag.location))
                    index += 1
                case .statement(let statement):
                    guard let (chain, position) = role[id] else { index += 1; continue }
                    if position > 0 { return result }
                    index += 1
                    result.append(block(statement, chain: chain, pieces, &index, tags: tags, role: role))
                }
            }
        }
        return result
    }

    private static func block(_ statement: Statement, chain: [Int], _ pieces: [Piece], _ index: inout Int,
                              tags: [ScannedTag], role: [Int: (chain: [Int], position: Int)]) -> TemplateNode {
        let location = tags[chain[0]].location
        var bodies: [(Statement, [TemplateNode])] = []
        var current = statement
        while true {
            let body = nodes(pieces, &index, tags: tags, role: role)
            bodies.append((current, body))
            guard index < pieces.count, case .tag(let id) = pieces[index], let next = tags[id].statement else { break }
            index += 1
            if next == .endFor || next == .endIf { break }
            current = next
        }
        if case .forLoop(let variable, let sequence) = statement {
            return .loop(variable: variable, sequence: sequence, body: bodies.first?.1 ?? [], location)
        }
        var branches: [(condition: Expression, body: [TemplateNode])] = []
        var otherwise: [TemplateNode]?
        for (statement, body) in bodies {
            switch statement {
            case .ifBlock(let condition), .elseIf(let condition): branches.append((condition, body))
            case .elseBranch: otherwise = body
            default: break
            }
        }
        return .conditional(branches: branches, otherwise: otherwise, location)
    }
}
