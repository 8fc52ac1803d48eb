import Documents
import Monitoring
import Orders
import RussianText
import Tables
import TemplateEngine
import Yams

/// Reads the level scale from YAML.
enum LevelReader {
    static func scale(_ node: Node?, root: Node, _ reader: inout YAMLReader) -> LevelScale {
        guard let node else {
            reader.problem(.missingField, "не указана шкала уровней (levels)", at: root)
            return LevelScale(kind: .points, levels: [])
        }
        let kindText = reader.string(node, "scale") ?? "points"
        guard let kind = LevelScale.Kind(rawValue: kindText) else {
            reader.problem(.badField, "scale должно быть points (баллы) или percent (процент от максимума), а не «\(kindText)»",
                           at: reader.value(node, "scale"))
            return LevelScale(kind: .points, levels: [])
        }
        let levels = reader.list(node, "items").compactMap { item -> Level? in
            guard let id = reader.string(item, "id"), let name = reader.string(item, "name"),
                  let from = reader.number(item, "from") else { return nil }
            var forms: [String: String] = [:]
            if case .mapping(let mapping)? = reader.value(item, "forms") {
                for (key, value) in mapping { if let k = key.string, let v = value.string { forms[k] = v } }
            }
            return Level(id: id, name: name, forms: forms, from: from, to: reader.number(item, "to", required: false))
        }
        return LevelScale(kind: kind, levels: levels)
    }
}
