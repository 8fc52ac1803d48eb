internal import Yams

/// How YAML reads a scalar: by its text when it is plain (`2023` a number, `yes` true, `~` null),
/// by its tag when it has one, and as a string when quoted.
enum ScalarKind {
    private static let core = "tag:yaml.org,2002:"
    /// First characters of plain scalars that may be something other than a string.
    private static let candidates = Set("~nNtTfFyYoO+-.0123456789")

    static func of(_ text: String, tag: String?, plain: Bool) -> YAMLScalar.Kind {
        if let tag, tag != "!" {
            switch tag {
            case core + "null": return .null
            case core + "bool": return bool(text)
            case core + "int", core + "float": return number(text)
            default: return .string
            }
        }
        guard plain else { return .string }
        guard let first = text.first else { return .null }
        guard candidates.contains(first) else { return .string }
        switch Resolver.default.resolveTag(of: Node(text)) {
        case .null: return .null
        case .bool: return bool(text)
        case .int, .float: return number(text)
        default: return .string
        }
    }

    private static func bool(_ text: String) -> YAMLScalar.Kind {
        .bool(["true", "yes", "on"].contains(text.lowercased()))
    }

    /// A number when Swift reads it (`1_000` as 1000); `0x1F`, `.inf` and the like stay text.
    private static func number(_ text: String) -> YAMLScalar.Kind {
        Double(text.replacingOccurrences(of: "_", with: "")).map { .number($0) } ?? .string
    }
}
