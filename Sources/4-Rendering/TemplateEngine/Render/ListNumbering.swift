import OfficePackage
import XMLTree

/// `{% restart_numbering %}`, carried out after rendering: each tag leaves an instruction
/// (`<?pw-list restart?>`, `<?pw-list restart 5?>`) where it stood, and the numbered list item
/// the instruction stands in, or else the next one after it, starts its list anew. In a loop the
/// tag restarts the list once per pass: an outer loop over schools numbers each school's list from 1.
///
/// ODT: the list item gets `text:start-value`. DOCX: the item and every later paragraph of its list
/// instance move to a new `w:num` over the same list definition, whose `w:lvlOverride`s start the
/// levels anew (what Word itself writes for «Начать заново»).
enum ListNumbering {
    static let target = "pw-list"

    /// The instruction a tag leaves: `restart`, or `restart N` when the tag gives the first number.
    static func instruction(start: Expression?, evaluator: Evaluator) -> Evaluator.Outcome {
        guard let start else { return .value(.string("restart")) }
        guard case .value(let value) = evaluator.evaluate(start) else { return evaluator.evaluate(start) }
        guard let number = value.number, number == number.rounded(), (0...32767).contains(number) else {
            return .failed(
                "restart_numbering: «\(value.text)» — не номер; укажите целое число от 0 до 32767, с которого "
                    + "начать список, или не указывайте ничего, чтобы начать с первого номера списка")
        }
        return .value(.string("restart \(Int(number))"))
    }

    /// Carries out every instruction in `part`; `numbering` is the DOCX's list definitions (nil in
    /// an ODT, or a DOCX without numbering, where only the instructions go).
    /// - Returns: whether there were instructions.
    static func apply(_ part: XMLDocument, numbering: DOCXNumbering?) throws -> Bool {
        var walk = Walk(numbering: numbering)
        try walk.visit(part.root, item: nil)
        walk.instructions.forEach { $0.remove() }
        return !walk.instructions.isEmpty
    }

    /// One pass over a part in document order.
    private struct Walk {
        let numbering: DOCXNumbering?
        var instructions: [XMLNode] = []
        /// A restart waiting for the next list item: the number given, or nil for the list's first.
        var pending: Int?? = nil
        /// DOCX: the restart an instruction inside a paragraph asks of that paragraph.
        var inside: [XMLNode: Int?] = [:]
        /// DOCX: list instances replaced by restarted ones, for every later paragraph of the list.
        var replaced: [String: String] = [:]

        mutating func visit(_ node: XMLNode, item: XMLNode?) throws {
            for child in node.children {
                if child.kind == .processingInstruction {
                    guard child.name == ListNumbering.target else { continue }
                    instructions.append(child)
                    let words = child.text.split(separator: " ")
                    let start = words.count == 2 ? Int(words[1]) : nil
                    if let item {
                        try restart(item, at: start)
                    } else {
                        pending = .some(start)
                    }
                    continue
                }
                guard child.isElement else { continue }
                if child.is("list-item", in: NS.text) {
                    if let start = pending {
                        pending = nil
                        try restart(child, at: start)
                    }
                    try visit(child, item: child)
                } else if child.is("p", in: NS.w) {
                    try visit(child, item: child)
                    try number(child)
                } else {
                    try visit(child, item: item)
                }
            }
        }

        /// ODT: restarts the list item now. DOCX: marks the paragraph, numbered or not, for ``number(_:)``.
        private mutating func restart(_ item: XMLNode, at start: Int?) throws {
            if item.is("p", in: NS.w) {
                inside[item] = start
            } else {
                let value = start ?? ODTListStyles.firstNumber(of: item)
                try item.setAttribute("start-value", in: NS.text, to: String(value))
            }
        }

        /// DOCX: restarts the list of a numbered paragraph asked to, or of the first after a pending
        /// instruction; moves a paragraph of a restarted list instance to its new instance.
        private mutating func number(_ paragraph: XMLNode) throws {
            guard let numbering, let (number, level) = numbering.numbering(of: paragraph) else {
                // An instruction in a paragraph that is not numbered waits for the next list item.
                if let start = inside[paragraph] { pending = .some(start) }
                return
            }
            if let start = inside[paragraph] ?? pending {
                pending = nil
                if let fresh = try numbering.restarted(number, level: level, at: start) { replaced[number] = fresh }
            }
            if let fresh = replaced[number] { try numbering.setNumbering(of: paragraph, number: fresh, level: level) }
        }
    }
}
