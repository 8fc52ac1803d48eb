import Diagnostics

/// A value of a YAML (or JSON) document with its place: every scalar, sequence and mapping knows
/// its file, line and column, and mapping keys keep their order and place.
///
/// Values come from ``YAMLValue/parse(_:limits:)``; aliases (`*name`) are already expanded, within
/// the limits. Readers take fields by key or index and report problems at the value's location.
struct YAMLValue: Sendable {
    /// What a value holds.
    enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLValue])
        case mapping([YAMLPair])
    }

    var content: Content
    /// The display name of the file the value was written in.
    let file: String
    /// Where the value starts, from 1.
    var line: Int
    /// The column where the value starts, from 1, in characters.
    var column: Int

    /// The file, line and column of the value, for a ``Diagnostic``.
    var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    /// The value under `key`, when this is a mapping that has it (the first, if written twice).
    subscript(key: String) -> YAMLValue? {
        guard case .mapping(let pairs) = content else { return nil }
        return pairs.first { $0.name == key }?.value
    }

    /// The item at `index`, when this is a sequence that long.
    subscript(index: Int) -> YAMLValue? {
        guard case .sequence(let items) = content, items.indices.contains(index) else { return nil }
        return items[index]
    }

    /// The scalar, when this is one.
    var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The text of a scalar that is not null (`~`, `null`, nothing written).
    var string: String? {
        guard let scalar, scalar.kind != .null else { return nil }
        return scalar.text
    }

    /// The items of a sequence.
    var items: [YAMLValue]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The pairs of a mapping, in the order written.
    var pairs: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// True for a null scalar.
    var isNull: Bool { scalar?.kind == .null }

    /// The Russian name of the value's kind, for messages.
    var kindName: String {
        switch content {
        case .scalar(let scalar): scalar.kind == .null ? "пустое значение" : "значение"
        case .sequence: "список"
        case .mapping: "набор полей"
        }
    }
}

/// A scalar as written and as YAML reads it: `2023` is a number, `да` a string, `~` null.
struct YAMLScalar: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case string
        case null
        case bool(Bool)
        case number(Double)
    }

    /// The text as written (quotes and escapes resolved).
    let text: String
    let kind: Kind
}

/// A key of a mapping with its value; the key is a scalar with its own place.
struct YAMLPair: Sendable {
    /// The key's text.
    var name: String { key.scalar?.text ?? "" }
    let key: YAMLValue
    let value: YAMLValue
}
