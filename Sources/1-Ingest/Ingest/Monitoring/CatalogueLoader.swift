import Documents
import Foundation
import Monitoring
import Orders
import RussianText
import Tables
import TemplateEngine
import Yams

extension RecommendationCatalogue {
    /// Reads a catalogue file.
    /// - Throws: ``MonitoringError`` with every problem and its YAML line.
    public static func load(path: String, methodology: Methodology) throws -> RecommendationCatalogue {
        let file = (path as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw MonitoringError([MonitoringProblem(.missingField, "файл рекомендаций не найден или не в UTF-8",
                                                     at: MonitoringLocation(file: file))])
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { throw MonitoringError([]) }
            root = node
        } catch let error as YamlError {
            throw MonitoringError([MonitoringProblem(.yamlSyntax, "ошибка в записи YAML: \(error)", at: MonitoringLocation(file: file))])
        }
        var reader = YAMLReader(file: file)
        var addressees: [(String, String)] = []
        if case .mapping(let mapping)? = reader.value(root, "addressees") {
            for (key, value) in mapping { if let id = key.string, let heading = value.string { addressees.append((id, heading)) } }
        }
        let ids = Set(addressees.map(\.0))
        let indicators = Set(methodology.indicators.map(\.id))
        let levels = Set(methodology.scale.levels.map(\.id))
        var recommendations: [Recommendation] = []
        for (index, node) in reader.list(root, "recommendations").enumerated() {
            guard let body = reader.string(node, "text"), let addressee = reader.string(node, "addressee") else { continue }
            if !ids.contains(addressee) {
                reader.problem(.badField, "адресат «\(addressee)» не описан в addressees", at: reader.value(node, "addressee"))
            }
            func list(_ key: String, allowed: Set<String>, what: String) -> [String] {
                guard case .sequence(let items)? = reader.value(node, key) else { return [] }
                let values = items.compactMap(\.string)
                for value in values where !allowed.contains(value) {
                    reader.problem(.badField, "\(what) «\(value)» нет в методике", at: reader.value(node, key))
                }
                return values
            }
            recommendations.append(Recommendation(
                id: reader.string(node, "id", required: false) ?? "r\(index + 1)", text: body, addressee: addressee,
                deadline: reader.string(node, "deadline", required: false) ?? "постоянно",
                levels: list("levels", allowed: levels, what: "уровня"), lostOn: list("lost_on", allowed: indicators, what: "показателя")))
        }
        if !reader.problems.isEmpty { throw MonitoringError(reader.problems) }
        return RecommendationCatalogue(addressees: addressees, recommendations: recommendations)
    }
}
