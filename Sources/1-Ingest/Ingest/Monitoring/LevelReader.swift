import Monitoring

/// Reads the level scale from YAML.
enum LevelReader {
    static func scale(_ node: YAMLValue?, root: YAMLValue, _ reader: inout YAMLFields<MethodologyCode>) -> LevelScale {
        guard let node else {
            reader.problem(.missingField, "не указана шкала уровней (levels)", at: root)
            return LevelScale(kind: .points, levels: [])
        }
        let kindText = reader.string(node, "scale") ?? "points"
        guard let kind = LevelScale.Kind(rawValue: kindText) else {
            reader.problem(
                .badField, "scale должно быть points (баллы) или percent (процент от максимума), а не «\(kindText)»",
                at: node["scale"])
            return LevelScale(kind: .points, levels: [])
        }
        let levels = reader.list(node, "items").compactMap { item -> Level? in
            guard let id = reader.string(item, "id"), let name = reader.string(item, "name"),
                let from = reader.number(item, "from")
            else { return nil }
            var forms: [String: String] = [:]
            for pair in reader.mapping(item, "forms") {
                if let form = pair.value.string {
                    forms[pair.name] = form
                } else {
                    reader.problem(.badField, "форма «\(pair.name)» должна быть текстом", at: pair.value)
                }
            }
            return Level(id: id, name: name, forms: forms, from: from, to: reader.number(item, "to", required: false))
        }
        return LevelScale(kind: kind, levels: levels)
    }
}
