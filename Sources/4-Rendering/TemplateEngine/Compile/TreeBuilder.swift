/// Cuts serialized markup at the tag markers and nests the pieces by the paired blocks.
enum TreeBuilder {
    private enum Piece {
        case markup(String)
        case tag(Int)
    }

    static func build(markup: String, tags: [ScannedTag], chains: [[Int]]) -> [TemplateNode] {
        let pieces = cut(markup, tagCount: tags.count)
        var role: [Int: (chain: [Int], position: Int)] = [:]
        for chain in chains {
            for (position, id) in chain.enumerated() { role[id] = (chain, position) }
        }
        var index = 0
        return nodes(pieces, &index, tags: tags, role: role)
    }

    /// Splits at every `<?pw N?>` naming one of the part's tags, in one pass over the bytes.
    private static func cut(_ markup: String, tagCount: Int) -> [Piece] {
        var pieces: [Piece] = []
        let bytes = Array(markup.utf8)
        let open = Array("<?\(PartCompiler.markerTarget) ".utf8)
        let questionMark = UInt8(ascii: "?")
        let greater = UInt8(ascii: ">")
        let zero = UInt8(ascii: "0")
        let nine = UInt8(ascii: "9")
        var pieceStart = 0
        var index = 0
        while index + open.count <= bytes.count {
            guard bytes[index] == open[0], bytes[index..<(index + open.count)].elementsEqual(open) else {
                index += 1
                continue
            }
            var cursor = index + open.count
            var id = 0
            while cursor < bytes.count, (zero...nine).contains(bytes[cursor]), id < tagCount {
                id = id * 10 + Int(bytes[cursor] - zero)
                cursor += 1
            }
            guard cursor > index + open.count, id < tagCount, cursor + 1 < bytes.count,
                bytes[cursor] == questionMark, bytes[cursor + 1] == greater
            else {
                index += 1
                continue
            }
            pieces.append(.markup(String(decoding: bytes[pieceStart..<index], as: UTF8.self)))
            pieces.append(.tag(id))
            index = cursor + 2
            pieceStart = index
        }
        pieces.append(.markup(String(decoding: bytes[pieceStart...], as: UTF8.self)))
        return pieces
    }

    /// Reads nodes until a tag that continues or closes the enclosing block.
    private static func nodes(
        _ pieces: [Piece], _ index: inout Int, tags: [ScannedTag],
        role: [Int: (chain: [Int], position: Int)]
    ) -> [TemplateNode] {
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
                case .comment:
                    index += 1
                case .statement(.cell(let directive)):
                    result.append(.cell(directive, tag.location))
                    index += 1
                case .statement(.restartNumbering(let start)):
                    result.append(.numbering(start: start, tag.location))
                    index += 1
                case .statement(.set(let name, let value)):
                    result.append(.assignment(name: name, value: value, tag.location))
                    index += 1
                case .statement(let statement):
                    guard let (chain, position) = role[id] else {
                        index += 1
                        continue
                    }
                    if position > 0 { return result }
                    index += 1
                    result.append(block(statement, chain: chain, pieces, &index, tags: tags, role: role))
                }
            }
        }
        return result
    }

    private static func block(
        _ statement: Statement, chain: [Int], _ pieces: [Piece], _ index: inout Int,
        tags: [ScannedTag], role: [Int: (chain: [Int], position: Int)]
    ) -> TemplateNode {
        let location = tags[chain[0]].location
        var bodies: [(Statement, [TemplateNode])] = []
        var current = statement
        while true {
            let body = nodes(pieces, &index, tags: tags, role: role)
            bodies.append((current, body))
            guard index < pieces.count, case .tag(let id) = pieces[index], let next = tags[id].statement else { break }
            index += 1
            if case .closes = next.role { break }
            current = next
        }
        switch statement {
        case .forLoop(let variables, let sequence):
            return .loop(variables: variables, sequence: sequence, body: bodies.first?.1 ?? [], location)
        case .with(let bindings):
            return .scope(bindings: bindings, body: bodies.first?.1 ?? [], location)
        default: break
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
