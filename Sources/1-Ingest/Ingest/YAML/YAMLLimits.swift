import Diagnostics

/// How much a YAML or JSON input may hold: hostile files (an alias bomb, a file nested thousands
/// deep, a huge upload) stop at a cap with a located Russian diagnostic instead of exhausting
/// memory or the stack.
struct YAMLLimits: Sendable {
    /// The most bytes of a file (5 MB): `file_too_large`.
    var maximumBytes = 5 << 20
    /// The most values (scalars, sequences, mappings) after every alias is expanded: `too_many_values`.
    var maximumValues = 1_000_000
    /// The deepest nesting of sequences and mappings: `too_deep`.
    var maximumDepth = 200

    /// The limits every reader uses.
    static let standard = YAMLLimits()

    /// `too_many_values` at `position` of `file`.
    func tooManyValues(_ file: String, at position: TextPosition, alias: Bool) -> Diagnostic {
        let limit = maximumValues.formatted
        let message =
            alias
            ? "ссылки «*…» на якоря «&…» раскрываются в слишком много значений (больше \(limit)); уберите ссылки, "
                + "вложенные друг в друга"
            : "в файле слишком много значений (больше \(limit)); разделите данные на несколько файлов"
        return Diagnostic("too_many_values", message, at: position.location(in: file))
    }

    /// `too_deep` at `position` of `file`.
    func tooDeep(_ file: String, at position: TextPosition) -> Diagnostic {
        Diagnostic(
            "too_deep",
            "вложенность списков и полей глубже \(maximumDepth) уровней; так глубоко данные не вкладываются — "
                + "проверьте скобки и отступы", at: position.location(in: file))
    }
}

private extension Int {
    /// «1 000 000»: digits grouped by thousands with a non-breaking space.
    var formatted: String {
        let digits = Array(String(self))
        var groups: [String] = []
        var end = digits.count
        while end > 0 {
            groups.insert(String(digits[Swift.max(0, end - 3)..<end]), at: 0)
            end -= 3
        }
        return groups.joined(separator: "\u{A0}")
    }
}
