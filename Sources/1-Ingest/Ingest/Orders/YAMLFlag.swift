/// Reads a yes/no setting (`qr_code: true`): `true`/`false`, `yes`/`no`, `да`/`нет`.
enum YAMLFlag {
    static func read(_ node: YAMLValue, reader: inout YAMLFields<DocumentCode>) -> Bool {
        switch node.string?.lowercased() {
        case "true", "yes", "да": return true
        case "false", "no", "нет": return false
        default:
            reader.problem(.badField, "здесь нужно true или false (да или нет)", at: node)
            return false
        }
    }
}
