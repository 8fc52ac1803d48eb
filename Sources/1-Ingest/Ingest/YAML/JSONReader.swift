import Diagnostics

extension YAMLValue {
    /// Reads a JSON document into located values, within `limits`: JSON is YAML's subset, and a
    /// data file reads the same whichever of the two it is written in. Keys keep their order.
    /// - Throws: a ``Diagnostic``: `file_too_large`, `not_utf8`, `json_syntax` (in Russian, with
    ///   the line and column), `too_many_values` or `too_deep`.
    static func parseJSON(_ input: NamedBytes, limits: YAMLLimits = .standard) throws -> YAMLValue {
        guard input.bytes.count <= limits.maximumBytes else {
            throw Diagnostic.fileTooLarge(input.name, limit: limits.maximumBytes)
        }
        var reader = JSONReader(cursor: JSONCursor(file: input.name, text: try input.utf8Text()), limits: limits)
        return try reader.document()
    }
}

/// An iterative JSON reader: containers open and close on an explicit stack, so nesting costs
/// no recursion, and every value is counted against the limits.
private struct JSONReader {
    private struct Frame {
        let object: Bool
        let at: TextPosition
        var items: [YAMLValue] = []
        var pairs: [YAMLPair] = []
        var key: YAMLValue?
    }

    var cursor: JSONCursor
    let limits: YAMLLimits
    private var stack: [Frame] = []
    private var count = 0

    init(cursor: JSONCursor, limits: YAMLLimits) {
        self.cursor = cursor
        self.limits = limits
    }

    /// What reading at the cursor gave.
    private enum Step {
        /// The root value is complete.
        case root(YAMLValue)
        /// A container opened and its first value comes next.
        case opened
        /// A value was put into its container.
        case value
    }

    mutating func document() throws -> YAMLValue {
        cursor.skipWhitespace()
        if cursor.atEnd { throw cursor.failure("файл пуст: нужны данные JSON, например {\"имя\": \"значение\"}") }
        var expectValue = true
        while true {
            cursor.skipWhitespace()
            if expectValue {
                switch try value() {
                case .root(let root): return root
                case .opened: continue
                case .value: expectValue = false
                }
                continue
            }
            // After a value: a comma or the end of its container.
            guard let top = stack.last else { throw cursor.failure("после конца данных лишний текст: \(cursor.found)") }
            if cursor.current == 0x2C {
                cursor.advance()
                cursor.skipWhitespace()
                if top.object { try key() }
                expectValue = true
            } else if cursor.current == (top.object ? 0x7D : 0x5D) {
                cursor.advance()
                if case .root(let root) = try closeTop() { return root }
            } else {
                throw cursor.failure(
                    "ожидалась запятая или «\(top.object ? "}" : "]")», а здесь \(cursor.found); "
                        + "возможно, пропущена запятая или скобка не закрыта")
            }
        }
    }

    /// Reads a value, or opens a container, at the cursor.
    private mutating func value() throws -> Step {
        let at = cursor.position
        try countValue(at)
        guard let byte = cursor.current else { throw cursor.failure("ожидалось значение, а файл закончился") }
        switch byte {
        case 0x7B, 0x5B:
            let object = byte == 0x7B
            if stack.count + 1 > limits.maximumDepth { throw limits.tooDeep(cursor.file, at: at) }
            cursor.advance()
            stack.append(Frame(object: object, at: at))
            cursor.skipWhitespace()
            if cursor.current == (object ? 0x7D : 0x5D) {
                cursor.advance()
                return try closeTop()
            }
            if object { try key() }
            return .opened
        case 0x22:
            return try attach(scalar(YAMLScalar(text: try cursor.string(), kind: .string), at))
        case 0x2D, 0x30...0x39:
            let number = try cursor.number()
            return try attach(scalar(YAMLScalar(text: number.text, kind: .number(number.value)), at))
        default:
            return try attach(scalar(try cursor.literal(), at))
        }
    }

    /// Reads a key and its colon; the cursor is where the key should start.
    private mutating func key() throws {
        guard cursor.current == 0x22 else {
            throw cursor.failure("ожидался ключ в двойных кавычках, а здесь \(cursor.found)")
        }
        let at = cursor.position
        let name = try cursor.string()
        cursor.skipWhitespace()
        guard cursor.current == 0x3A else { throw cursor.failure("ожидалось двоеточие после ключа «\(name)»") }
        cursor.advance()
        cursor.skipWhitespace()
        stack[stack.count - 1].key = scalar(YAMLScalar(text: name, kind: .string), at)
    }

    private func scalar(_ scalar: YAMLScalar, _ at: TextPosition) -> YAMLValue {
        YAMLValue(content: .scalar(scalar), file: cursor.file, line: at.line, column: at.column)
    }

    private mutating func countValue(_ at: TextPosition) throws {
        count += 1
        if count > limits.maximumValues { throw limits.tooManyValues(cursor.file, at: at, alias: false) }
    }

    private mutating func closeTop() throws -> Step {
        guard let frame = stack.popLast() else { return .value }
        let content: YAMLValue.Content = frame.object ? .mapping(frame.pairs) : .sequence(frame.items)
        return try attach(YAMLValue(content: content, file: cursor.file, line: frame.at.line, column: frame.at.column))
    }

    /// Puts a finished value into its container, or completes the document with it.
    private mutating func attach(_ value: YAMLValue) throws -> Step {
        guard !stack.isEmpty else {
            cursor.skipWhitespace()
            guard cursor.atEnd else { throw cursor.failure("после конца данных лишний текст: \(cursor.found)") }
            return .root(value)
        }
        if stack[stack.count - 1].object, let key = stack[stack.count - 1].key {
            stack[stack.count - 1].pairs.append(YAMLPair(key: key, value: value))
            stack[stack.count - 1].key = nil
        } else {
            stack[stack.count - 1].items.append(value)
        }
        return .value
    }
}
