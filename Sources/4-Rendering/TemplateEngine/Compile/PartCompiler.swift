import Foundation
import OfficePackage
import XMLTree

/// A part compiled for rendering: its markup cut at the tags, nested by blocks.
struct CompiledPart: Sendable {
    let name: String
    let nodes: [TemplateNode]
    /// Whether a rendering may need repairs (ids copied by a loop, a table or cell a block may empty);
    /// other parts are well-formed by construction and are used as rendered.
    let mayNeedRepair: Bool
    /// The prefix the part uses for the text namespace (`w`, `text`), for rendered values.
    let prefix: String
    /// Whether the part has column loops (`{%tc for … %}`): its tables' grids are then remade
    /// after rendering (``ColumnLoops``).
    var hasColumnLoops = false
    /// Whether the part has cell tags (`{% cellbg %}`, `{% vm %}`…), applied after rendering
    /// (``CellDirectives``).
    var hasCellTags = false
    /// Whether the part has `{% restart_numbering %}` tags, carried out after rendering (``ListNumbering``).
    var hasListTags = false
}

/// Compiles one XML part: finds tags in every paragraph, gathers split tags into one place,
/// works out each block's scope, puts markers where the tags go and cuts the markup there.
struct PartCompiler {
    static let markerTarget = "pw"

    let flavor: any MarkupFlavor
    let filters: FilterRegistry

    /// The paragraphs of one story of the part, numbered as `paperwork inspect` numbers them.
    struct StoryParagraphs {
        let kind: StoryKind?
        let paragraphs: [XMLNode]
    }

    func compile(
        _ document: XMLDocument, stories: [StoryParagraphs], listing: inout [TagLocation],
        problems: inout [TemplateProblem]
    ) throws -> CompiledPart? {
        flavor.prepare(document)
        removeForeignMarkers(document)
        var tags: [ScannedTag] = []
        var paragraphText: [XMLNode: String] = [:]
        for story in stories {
            for (index, paragraph) in story.paragraphs.enumerated()
            where paragraph.parent != nil || paragraph == document.root {
                let atoms = flavor.atoms(of: paragraph)
                let joined = atoms.map(\.text).joined()
                paragraphText[paragraph] = joined.trimmingCharacters(in: .whitespacesAndNewlines)
                func location(_ tag: String) -> TagLocation {
                    TagLocation(part: document.part, story: story.kind, paragraph: index + 1, tag: tag)
                }
                // Another engine's tags: each reported with what to write, and the paragraph left alone.
                let foreign = ForeignSyntax.find(text: joined, all: paragraph.text, paragraph: paragraph)
                for tag in foreign {
                    listing.append(location(tag.tag))
                    problems.append(
                        TemplateProblem(code: .unsupported, message: tag.message, location: location(tag.tag)))
                }
                guard foreign.isEmpty, joined.contains("{") else { continue }
                let found = TagScanner.scan(joined)
                for open in found.unclosed {
                    let shown = String(open.text.prefix(40))
                    problems.append(
                        TemplateProblem(
                            code: .unclosedTag,
                            message: "тег «\(shown)» не закрыт: не хватает «"
                                + (shown.hasPrefix("{%") ? "%}" : "}}") + "»", location: location(shown)))
                }
                let sole =
                    found.tags.count == 1
                    && joined.trimmingCharacters(in: .whitespacesAndNewlines) == found.tags[0].text
                    || found.tags.count == 1 && found.tags[0].prefix == .paragraph
                var parsed: [(TagScanner.Found, Int)] = []
                for tag in found.tags {
                    listing.append(location(tag.text))
                    guard let content = parse(tag, at: location(tag.text), problems: &problems) else { continue }
                    // `{% restart_numbering %}` alone in its paragraph (or list item) takes it away, as
                    // `{%p restart_numbering %}` does: left there, it would be an empty numbered item.
                    let restartsAlone =
                        sole && tag.prefix == nil
                        && { if case .statement(.restartNumbering) = content { true } else { false } }()
                    let scanned = ScannedTag(
                        id: tags.count, content: content, location: location(tag.text),
                        paragraph: paragraph, soleInParagraph: sole, prefix: restartsAlone ? .paragraph : tag.prefix)
                    tags.append(scanned)
                    parsed.append((tag, scanned.id))
                }
                try gather(parsed, atoms: atoms, in: document, tags: &tags)
            }
        }
        guard !tags.isEmpty else { return nil }
        let chains = BlockPairing.chains(tags, problems: &problems)
        var inline: [ScannedTag] = []
        var chained: Set<Int> = []
        for chain in chains {
            chained.formUnion(chain)
            let block = chain.map { tags[$0] }
            // The blocks of a tag that could not be read are paired (no second problem) but not placed.
            guard !block.contains(where: { if case .unreadable? = $0.statement { true } else { false } }) else {
                continue
            }
            if placePrefixed(block, inline: &inline, problems: &problems) { continue }
            placeBlock(block, paragraphText: paragraphText, inline: &inline, problems: &problems)
        }
        var taken: [XMLNode: XMLNode] = [:]
        for tag in tags where !chained.contains(tag.id) && tag.content.isSilent {
            take(tag, taken: &taken, problems: &problems)
        }
        liftInline(inline)
        let prefix =
            document.root.descendants { $0.namespace == flavor.textNamespace }.first?.prefix
            ?? (flavor.textNamespace == NS.w ? "w" : "text")
        let markup = String(decoding: try document.serialized(), as: UTF8.self)
        let nodes = TreeBuilder.build(markup: markup, tags: tags, chains: chains)
        let repair =
            !chains.isEmpty && (flavor.hasIdentifiers(document) || blocksMayEmptyContainers(tags, chains: chains))
        let columnLoops = tags.contains { $0.prefix == .column }
        let cellTags = tags.contains { if case .cell? = $0.statement { true } else { false } }
        let listTags = tags.contains { if case .restartNumbering? = $0.statement { true } else { false } }
        return CompiledPart(
            name: document.part, nodes: nodes, mayNeedRepair: repair, prefix: prefix, hasColumnLoops: columnLoops,
            hasCellTags: cellTags, hasListTags: listTags)
    }

    /// Whether a block sits directly in a table or a cell (row or paragraph scope) and could leave
    /// it without a row or paragraph: true unless a row (or paragraph) stands outside every block there.
    private func blocksMayEmptyContainers(_ tags: [ScannedTag], chains: [[Int]]) -> Bool {
        var containers: [XMLNode: [(XMLNode, XMLNode)]] = [:]
        for chain in chains {
            guard let first = tags[chain[0]].marker, let last = tags[chain[chain.count - 1]].marker,
                let parent = first.parent
            else { continue }
            if flavor.isTable(parent) || flavor.isCell(parent) || parent.parent.map(flavor.isTable) == true {
                containers[parent, default: []].append((first, last))
            }
        }
        for (container, blocks) in containers {
            let openers = Set(blocks.map(\.0))
            let closers = Set(blocks.map(\.1))
            var inside = false
            var survivor = false
            for child in container.children {
                if openers.contains(child) {
                    inside = true
                    continue
                }
                if closers.contains(child) {
                    inside = false
                    continue
                }
                if !inside, flavor.isRow(child) || flavor.isParagraph(child) { survivor = true }
            }
            if !survivor || flavor.isCell(container) { return true }
        }
        return false
    }

    private func parse(_ tag: TagScanner.Found, at location: TagLocation, problems: inout [TemplateProblem])
        -> ScannedTag.Content?
    {
        if let unknown = tag.unknownPrefix, tag.kind != .comment {
            let known = tag.kind == .output ? "{{p …}} и {{r …}}" : "{%p …%}, {%tr …%}, {%tc …%} и {%r …%}"
            problems.append(
                TemplateProblem(
                    code: .syntax,
                    message:
                        "ошибка в теге «\(shown(tag.text))»: приставка «\(unknown)» не поддерживается; допускаются "
                        + "\(known) (как в docxtpl) или тег без приставки", location: location))
            let keyword = ExpressionParser.keyword(String(tag.inner.drop { !$0.isWhitespace }))
            return keyword.flatMap {
                Statement.role(ofKeyword: $0) != .none ? .statement(.unreadable(keyword: $0)) : nil
            }
        }
        do {
            switch tag.kind {
            case .comment:
                return .comment
            case .output:
                let expression = try ExpressionParser.expression(tag.inner)
                check(expression, at: location, problems: &problems)
                return .output(expression)
            case .statement:
                let statement = try ExpressionParser.statement(tag.inner)
                for expression in statement.expressions { check(expression, at: location, problems: &problems) }
                return .statement(statement)
            }
        } catch {
            let reason = (error as? ExpressionLexer.Failure).map { ": \($0.message)" } ?? ""
            problems.append(
                TemplateProblem(
                    code: .syntax, message: "ошибка в теге «\(shown(tag.text))»\(reason)", location: location))
            // A block tag that cannot be read still opens or closes its block: its partner then
            // raises no second problem.
            guard tag.kind == .statement, let keyword = ExpressionParser.keyword(tag.inner),
                Statement.role(ofKeyword: keyword) != .none
            else { return nil }
            return .statement(.unreadable(keyword: keyword))
        }
    }

    /// Reports the unknown filters and tests `expression` uses.
    private func check(_ expression: Expression, at location: TagLocation, problems: inout [TemplateProblem]) {
        for name in expression.filterNames where filters.filter(name) == nil {
            problems.append(unknownFilter(name, location))
        }
        for name in expression.testNames where JinjaTests.test(name) == nil {
            problems.append(
                TemplateProblem(
                    code: .unknownFilter,
                    message: "неизвестная проверка «is \(name)»; доступны: " + JinjaTests.names.joined(separator: ", "),
                    location: location))
        }
    }

    /// A tag as a message shows it: whole, or its first 60 characters when it is longer.
    private func shown(_ tag: String) -> String {
        tag.count > 60 ? tag.prefix(60) + "…" : tag
    }

    /// Removes processing instructions that look like our markers, so that a template cannot
    /// smuggle a marker of its own into the cut markup.
    private func removeForeignMarkers(_ document: XMLDocument) {
        var foreign: [XMLNode] = []
        document.root.walk { element in
            foreign += element.children.filter {
                $0.kind == .processingInstruction
                    && [
                        PartCompiler.markerTarget, PartCompiler.columnTarget, CellDirectives.target,
                        ListNumbering.target,
                    ].contains($0.name)
            }
            return true
        }
        foreign.forEach { $0.remove() }
    }

    private func unknownFilter(_ name: String, _ location: TagLocation) -> TemplateProblem {
        TemplateProblem(
            code: .unknownFilter,
            message: "неизвестный фильтр «\(name)»; доступны: "
                + filters.names.joined(separator: ", "), location: location)
    }
}
