import TemplateEngine

extension YAMLValue {
    /// The value as templates read it: dates stay text as written (`2023-11-08`), mappings keep
    /// the order of their keys. The size was capped when the document was read.
    var templateValue: TemplateValue {
        switch content {
        case .scalar(let scalar):
            switch scalar.kind {
            case .null: return .null
            case .bool(let flag): return .bool(flag)
            case .number(let number): return .number(number)
            case .string: return .string(scalar.text)
            }
        case .sequence(let items):
            return .list(items.map(\.templateValue))
        case .mapping(let pairs):
            return .object(pairs.map { ($0.name, $0.value.templateValue) })
        }
    }
}
