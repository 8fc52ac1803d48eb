import Pictures

/// A filter's arguments by name: the positional ones in `positional` order, then the keywords.
struct FilterOptions {
    let filter: String
    var values: [String: TemplateValue] = [:]

    init(_ filter: String, _ arguments: [TemplateValue], positional: [String], keywords: Set<String>) throws {
        self.filter = filter
        var rest = arguments
        if case .object(let fields)? = rest.last {
            rest.removeLast()
            for key in fields.keys {
                guard keywords.contains(key) else {
                    throw FilterFailure(
                        "\(filter): неизвестный параметр «\(key)»; допускаются "
                            + keywords.sorted().joined(separator: ", "))
                }
                values[key] = fields[key]
            }
        }
        guard rest.count <= positional.count else {
            throw FilterFailure("\(filter): лишние значения в скобках; укажите не больше \(positional.count)")
        }
        for (name, value) in zip(positional, rest) where values[name] == nil { values[name] = value }
    }

    func length(_ name: String) throws -> Length? {
        guard let value = values[name], value != .null else { return nil }
        return try PictureFilters.failing(filter) { try Length(value.text) }
    }
}
