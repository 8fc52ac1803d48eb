import Diagnostics

/// Builds located values from libyaml's events with an explicit stack, counting every value an
/// alias expands to, so that neither an alias bomb nor deep nesting gets past the limits.
struct YAMLBuilder {
    /// A sequence or mapping being read.
    private struct Frame {
        let mapping: Bool
        let anchor: String?
        let at: TextPosition
        var items: [YAMLValue] = []
        var pairs: [YAMLPair] = []
        var key: YAMLValue?
        /// Values inside, aliases expanded, this one included.
        var weight = 1
        /// Levels of nesting inside, this one included.
        var height = 1
    }

    /// An anchored value and its size, for aliases to it.
    private struct Anchored {
        let value: YAMLValue
        let weight: Int
        let height: Int
    }

    let file: String
    let limits: YAMLLimits
    private(set) var root: YAMLValue?
    private var stack: [Frame] = []
    private var anchors: [String: Anchored] = [:]
    private var total = 0
    private var documents = 0

    init(file: String, limits: YAMLLimits) {
        self.file = file
        self.limits = limits
    }

    mutating func add(_ event: YAMLEvent) throws {
        switch event {
        case .streamStart, .streamEnd, .documentEnd: break
        case .documentStart:
            documents += 1
            if documents > 1 {
                throw Diagnostic(
                    "yaml_syntax", "в файле больше одного документа (строка «---» посередине); оставьте один",
                    at: SourceLocation(file: file))
            }
        case .scalar(let text, let anchor, let tag, let plain, let at):
            try count(1, at: at, alias: false)
            let value = YAMLValue(
                content: .scalar(YAMLScalar(text: text, kind: ScalarKind.of(text, tag: tag, plain: plain))),
                file: file, line: at.line, column: at.column)
            if let anchor { anchors[anchor] = Anchored(value: value, weight: 1, height: 0) }
            try attach(value, weight: 1, height: 0)
        case .sequenceStart(let anchor, let at), .mappingStart(let anchor, let at):
            if stack.count + 1 > limits.maximumDepth { throw limits.tooDeep(file, at: at) }
            try count(1, at: at, alias: false)
            var mapping = false
            if case .mappingStart = event { mapping = true }
            stack.append(Frame(mapping: mapping, anchor: anchor, at: at))
        case .sequenceEnd, .mappingEnd:
            guard let frame = stack.popLast() else { return }
            let content: YAMLValue.Content = frame.mapping ? .mapping(frame.pairs) : .sequence(frame.items)
            let value = YAMLValue(content: content, file: file, line: frame.at.line, column: frame.at.column)
            if let anchor = frame.anchor {
                anchors[anchor] = Anchored(value: value, weight: frame.weight, height: frame.height)
            }
            try attach(value, weight: frame.weight, height: frame.height)
        case .alias(let anchor, let at):
            guard let anchored = anchors[anchor] else {
                throw Diagnostic(
                    "yaml_syntax",
                    "ссылка «*\(anchor)» на якорь «&\(anchor)», которого нет выше в файле "
                        + "(или ссылка внутри самого якоря)", at: at.location(in: file))
            }
            try count(anchored.weight, at: at, alias: true)
            if stack.count + anchored.height > limits.maximumDepth { throw limits.tooDeep(file, at: at) }
            var value = anchored.value
            value.line = at.line
            value.column = at.column
            try attach(value, weight: anchored.weight, height: anchored.height)
        }
    }

    private mutating func count(_ values: Int, at: TextPosition, alias: Bool) throws {
        total += values
        if total > limits.maximumValues { throw limits.tooManyValues(file, at: at, alias: alias) }
    }

    private mutating func attach(_ value: YAMLValue, weight: Int, height: Int) throws {
        guard var frame = stack.popLast() else {
            root = value
            return
        }
        frame.weight += weight
        frame.height = max(frame.height, height + 1)
        if !frame.mapping {
            frame.items.append(value)
        } else if let key = frame.key {
            frame.pairs.append(YAMLPair(key: key, value: value))
            frame.key = nil
        } else {
            guard value.scalar != nil else {
                throw Diagnostic(
                    "yaml_syntax",
                    "ключ должен быть простым текстом, а здесь \(value.kindName); проверьте "
                        + "отступ или уберите «?»", at: value.location)
            }
            frame.key = value
        }
        stack.append(frame)
    }
}
