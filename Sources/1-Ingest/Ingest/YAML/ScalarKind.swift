/// How YAML reads a scalar: by its text when it is plain (`2023` a number, `yes` true, `~` null),
/// by its tag when it has one, and as a string when quoted. The rules are YAML 1.1's, as Yams'
/// default resolver has them, matched by hand: a file of a million numbers reads in a moment.
enum ScalarKind {
    private static let core = "tag:yaml.org,2002:"
    private static let nulls: Set<String> = ["", "~", "null", "Null", "NULL"]
    private static let trues: Set<String> = ["yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]
    private static let falses: Set<String> = ["no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]

    static func of(_ text: String, tag: String?, plain: Bool) -> YAMLScalar.Kind {
        if let tag, tag != "!" {
            switch tag {
            case core + "null": return .null
            case core + "bool": return .bool(["true", "yes", "on"].contains(text.lowercased()))
            case core + "int", core + "float": return number(text)
            default: return .string
            }
        }
        guard plain else { return .string }
        if nulls.contains(text) { return .null }
        if trues.contains(text) { return .bool(true) }
        if falses.contains(text) { return .bool(false) }
        return looksNumeric(Array(text.utf8)) ? number(text) : .string
    }

    /// A number when Swift reads it (`1_000` as 1000); `0o17`, `1:30`, `.inf` and the like stay text.
    private static func number(_ text: String) -> YAMLScalar.Kind {
        Double(text.filter { $0 != "_" }).map { .number($0) } ?? .string
    }

    /// The int and float forms of YAML 1.1 that Swift can read as a number: `12`, `-3.5`, `1e5`,
    /// `.5`, `017`, `0x1F`, with `_` between digits.
    static func looksNumeric(_ bytes: [UInt8]) -> Bool {
        var index = 0
        func take(_ accepted: (UInt8) -> Bool) -> Int {
            let start = index
            while index < bytes.count, accepted(bytes[index]) { index += 1 }
            return index - start
        }
        func digit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        func digitOrUnderscore(_ byte: UInt8) -> Bool { digit(byte) || byte == 0x5F }
        func sign(_ byte: UInt8) -> Bool { byte == 0x2B || byte == 0x2D }
        guard let first = bytes.first else { return false }
        if first == 0x2E {
            // .5, .5e-3 (the exponent's sign is required)
            index = 1
            guard take(digitOrUnderscore) > 0 else { return false }
            if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
                index += 1
                guard index < bytes.count, sign(bytes[index]) else { return false }
                index += 1
                guard take(digit) > 0 else { return false }
            }
            return index == bytes.count
        }
        if sign(first) { index = 1 }
        if bytes.count > index + 2, bytes[index] == 0x30, bytes[index + 1] == 0x78 {
            index += 2
            return take { digitOrUnderscore($0) || (0x61...0x66).contains($0) || (0x41...0x46).contains($0) } > 0
                && index == bytes.count
        }
        guard index < bytes.count, digit(bytes[index]) else { return false }
        _ = take(digitOrUnderscore)
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            _ = take(digitOrUnderscore)
        }
        if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
            index += 1
            if index < bytes.count, sign(bytes[index]) { index += 1 }
            guard take(digit) > 0 else { return false }
        }
        return index == bytes.count
    }
}
