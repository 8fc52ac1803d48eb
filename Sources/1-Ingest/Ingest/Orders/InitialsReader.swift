import RussianText

/// Reads `initials: clerical | typographic`: «Е.О. Белова» (the default) or «Е. О. Белова».
enum InitialsReader {
    static func read(_ root: YAMLValue, reader: inout YAMLFields<DocumentCode>) -> Typography.Initials {
        guard let node = root["initials"] else { return .clerical }
        guard let text = node.string, let initials = Typography.Initials(rawValue: text) else {
            reader.problem(
                .badField, "initials: пишите clerical («Е.О. Белова») или typographic («Е. О. Белова»)", at: node)
            return .clerical
        }
        return initials
    }
}
