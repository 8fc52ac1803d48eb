/// Pairs block tags into chains (`for … endfor`, `if … elif … else … endif`, `with … endwith`) in
/// document order, reporting unopened, unclosed and mismatched blocks.
enum BlockPairing {
    /// Indexes into the tag list: each chain is its opening tag, middle tags, and closing tag.
    static func chains(_ tags: [ScannedTag], problems: inout [TemplateProblem]) -> [[Int]] {
        var stack: [[Int]] = []
        var chains: [[Int]] = []
        func block(_ chain: [Int]) -> Statement.Block? {
            if case .opens(let block)? = tags[chain[0]].statement?.role { return block }
            return nil
        }
        for (index, tag) in tags.enumerated() {
            guard let statement = tag.statement else { continue }
            switch statement.role {
            case .none: continue
            case .opens:
                guard stack.count < TemplateBudget.maxNesting else {
                    // Deeper blocks would only cost time and stack; this one problem is what to fix.
                    problems.append(
                        problem(
                            .nestingTooDeep,
                            "блок «\(tag.location.tag)» вложен в \(stack.count) других "
                                + "блоков, а допускается не больше \(TemplateBudget.maxNesting) уровней вложенности; "
                                + "упростите шаблон: объедините условия через and или вынесите расчёт в данные", tag))
                    return []
                }
                stack.append([index])
            case .continues:
                guard var top = stack.last, block(top) == .ifBlock else {
                    problems.append(
                        problem(
                            .unopenedBlock,
                            "«\(tag.location.tag)» стоит вне блока {% if %}; "
                                + "добавьте {% if … %} перед ним или удалите его", tag))
                    continue
                }
                if top.dropFirst().contains(where: { tags[$0].statement == .elseBranch }) {
                    problems.append(
                        problem(
                            .mismatchedEnd,
                            "«\(tag.location.tag)» после {% else %} того же блока; "
                                + "{% else %} должен быть последним", tag))
                    continue
                }
                top.append(index)
                stack[stack.count - 1] = top
            case .closes(let closed):
                guard let top = stack.last else {
                    problems.append(
                        problem(
                            .unopenedBlock,
                            "«\(tag.location.tag)» закрывает блок, который не был "
                                + "открыт; добавьте открывающий тег или удалите этот", tag))
                    continue
                }
                let opener = tags[top[0]]
                guard let open = block(top), open == closed else {
                    problems.append(
                        problem(
                            .mismatchedEnd,
                            "«\(tag.location.tag)» не подходит к блоку "
                                + "«\(opener.location.tag)» (\(opener.location)); "
                                + "ожидался \(block(top)?.closer ?? "закрывающий тег")", tag))
                    continue
                }
                stack.removeLast()
                chains.append(top + [index])
            }
        }
        for open in stack {
            let opener = tags[open[0]]
            problems.append(
                problem(
                    .unclosedBlock,
                    "блок «\(opener.location.tag)» не закрыт; добавьте \(block(open)?.closer ?? "закрывающий тег")",
                    opener))
        }
        return chains
    }

    private static func problem(_ code: TemplateProblem.Code, _ message: String, _ tag: ScannedTag) -> TemplateProblem {
        TemplateProblem(code: code, message: message, location: tag.location)
    }
}
