import Diagnostics
import Foundation
import RussianText

extension NounDictionary {
    /// Reads the nouns a department adds for `agree` from the `nouns:` section of its file (or
    /// of a file of its own) and adds them to `base`. A file without the section gives `base`.
    ///
    /// ```yaml
    /// nouns:
    ///   кружок:
    ///     gender: m            # m, f или n
    ///     singular: кружок, кружка, кружку, кружок, кружком, кружке
    ///     plural: кружки, кружков, кружкам, кружки, кружками, кружках
    ///   вожатый: {gender: m, adjective: true}   # склоняется как прилагательное
    /// ```
    /// Forms go in the order и., р., д., в., т., п.; `animate: true` for people (for
    /// `adjective: true` it is the default).
    /// - Throws: a ``DiagnosticReport`` with every problem at its line and column (codes of
    ///   ``DocumentCode``).
    public static func load(_ input: NamedBytes, base: NounDictionary = .standard) throws -> NounDictionary {
        let root = try YAMLValue.root(of: input, what: "файл отдела образования")
        var reader = YAMLFields<DocumentCode>(file: input.name)
        var added: [String: NounEntry] = [:]
        for pair in reader.mapping(root, "nouns") {
            if let entry = entry(pair, reader: &reader) { added[pair.name.lowercased()] = entry }
        }
        guard reader.problems.isEmpty else { throw DiagnosticReport(reader.problems) }
        return base.adding(added)
    }

    private static func entry(_ pair: YAMLPair, reader: inout YAMLFields<DocumentCode>) -> NounEntry? {
        let node = pair.value
        let place = "nouns.\(pair.name)"
        guard node.pairs != nil else {
            reader.problem(
                .badField, "\(place): укажите gender и формы (singular, plural) или adjective: true", at: node)
            return nil
        }
        guard let code = reader.string(node, "gender"), let gender = NumberWords.Agreement(rawValue: code) else {
            if let value = node["gender"] {
                reader.problem(.badField, "\(place).gender: m, f или n, а не «\(value.string ?? "")»", at: value)
            }
            return nil
        }
        let found = reader.problems.count
        let adjective = flag(node["adjective"], place: "\(place).adjective", reader: &reader) ?? false
        let animate = flag(node["animate"], place: "\(place).animate", reader: &reader) ?? adjective
        guard reader.problems.count == found else { return nil }
        if adjective {
            guard let entry = NounEntry(adjective: pair.name, gender: gender, animate: animate) else {
                reader.problem(
                    .badField, "\(place): «\(pair.name)» не похоже на прилагательное (-ый, -ий, -ой, -ая…)",
                    at: pair.key)
                return nil
            }
            return entry
        }
        guard let singular = reader.string(node, "singular"), let plural = reader.string(node, "plural") else {
            return nil
        }
        guard let entry = NounEntry(gender: gender, animate: animate, singular: singular, plural: plural) else {
            reader.problem(
                .badField,
                "\(place): в singular и plural нужно по шесть форм через запятую, по падежам: и., р., д., в., т., п.",
                at: node)
            return nil
        }
        return entry
    }

    private static func flag(_ value: YAMLValue?, place: String, reader: inout YAMLFields<DocumentCode>) -> Bool? {
        guard let value else { return nil }
        switch value.string?.lowercased() {
        case "true", "yes", "да": return true
        case "false", "no", "нет": return false
        default:
            reader.problem(.badField, "\(place): true или false", at: value)
            return nil
        }
    }
}
