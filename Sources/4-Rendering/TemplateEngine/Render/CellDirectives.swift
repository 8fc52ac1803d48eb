import OfficePackage
import XMLTree

/// docxtpl's cell tags, applied after rendering: each tag leaves an instruction
/// (`<?pw-cell bg FFCC00?>`, `span 2`, `vm restart`, `vm continue`, `hm 3`, `hm drop`) where it
/// stood, and the instruction is carried out on the table cell around it, then removed.
enum CellDirectives {
    static let target = "pw-cell"

    /// The instruction a cell tag leaves, from its value and the loop it stands in.
    static func instruction(_ directive: CellDirective, evaluator: Evaluator) -> Evaluator.Outcome {
        switch directive {
        case .background(let expression):
            guard case .value(let value) = evaluator.evaluate(expression) else { return evaluator.evaluate(expression) }
            var color = value.text.trimmingCharacters(in: .whitespaces)
            if color.hasPrefix("#") { color.removeFirst() }
            guard color.count == 6, color.allSatisfy(\.isHexDigit) else {
                return .failed(
                    "cellbg: «\(value.text)» — не цвет; пишите шестнадцатеричный код из шести знаков, например \"FFCC00\""
                )
            }
            return .value(.string("bg " + color.uppercased()))
        case .columnSpan(let expression):
            guard case .value(let value) = evaluator.evaluate(expression) else { return evaluator.evaluate(expression) }
            guard let number = value.number, number == number.rounded(), (1...63).contains(number) else {
                return .failed("colspan: «\(value.text)» — нужно целое число столбцов от 1 до 63")
            }
            return .value(.string("span \(Int(number))"))
        case .verticalMerge:
            let first = evaluator.innermostLoop.map { $0.index == 0 } ?? true
            return .value(.string(first ? "vm restart" : "vm continue"))
        case .horizontalMerge:
            guard let loop = evaluator.innermostLoop else { return .value(.string("hm 1")) }
            return .value(.string(loop.index == 0 ? "hm \(loop.items.count)" : "hm drop"))
        }
    }

    /// Carries out every instruction in `part`; returns whether there were any.
    static func apply(_ part: XMLDocument, format: OfficeFormat) -> Bool {
        var instructions: [XMLNode] = []
        part.root.walk { node in
            instructions += node.children.filter { $0.kind == .processingInstruction && $0.name == target }
            return true
        }
        guard !instructions.isEmpty else { return false }
        var work: [(cell: XMLNode, words: [Substring])] = []
        for instruction in instructions {
            let words = instruction.text.split(separator: " ")
            var cursor = instruction.parent
            while let node = cursor, !(node.is("tc", in: NS.w) || node.is("table-cell", in: NS.table)) {
                cursor = node.parent
            }
            instruction.remove()
            if let cell = cursor, words.count == 2 { work.append((cell, words)) }
        }
        if format == .docx {
            DOCXCells.apply(work)
        } else {
            ODTCells.apply(work, in: part)
        }
        return true
    }
}
