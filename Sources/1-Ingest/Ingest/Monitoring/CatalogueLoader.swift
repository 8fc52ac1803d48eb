import Diagnostics
import Foundation
import Monitoring

extension RecommendationCatalogue {
    /// Reads a catalogue of recommendations (каталог рекомендаций) checked against `methodology`.
    /// - Parameter input: the file's name (for messages) and its bytes, from disk or an upload.
    /// - Throws: a ``DiagnosticReport`` with every problem at its YAML line and position.
    public static func load(_ input: NamedBytes, methodology: Methodology) throws -> RecommendationCatalogue {
        let root = try YAMLValue.document(of: input, what: "файл рекомендаций")
        var reader = YAMLFields<MethodologyCode>(file: input.name)
        var addressees: [(String, String)] = []
        for pair in reader.mapping(root, "addressees", required: true) {
            if let heading = pair.value.string {
                addressees.append((pair.name, heading))
            } else {
                reader.problem(.badField, "адресат «\(pair.name)»: нужен текст обращения", at: pair.value)
            }
        }
        let ids = Set(addressees.map(\.0))
        let indicators = Set(methodology.indicators.map(\.id))
        let levels = Set(methodology.scale.levels.map(\.id))
        var recommendations: [Recommendation] = []
        for (index, node) in reader.list(root, "recommendations").enumerated() {
            guard let body = reader.string(node, "text"), let addressee = reader.string(node, "addressee") else {
                continue
            }
            if !ids.contains(addressee) {
                reader.problem(.badField, "адресат «\(addressee)» не описан в addressees", at: node["addressee"])
            }
            func list(_ key: String, allowed: Set<String>, what: String) -> [String] {
                let values = reader.strings(node, key)
                for (position, value) in values.enumerated() where !allowed.contains(value) {
                    reader.problem(
                        .badField, "\(what) «\(value)» нет в методике", at: node[key]?[position] ?? node[key])
                }
                return values
            }
            recommendations.append(
                Recommendation(
                    id: reader.string(node, "id", required: false) ?? "r\(index + 1)", text: body, addressee: addressee,
                    deadline: reader.string(node, "deadline", required: false) ?? "постоянно",
                    levels: list("levels", allowed: levels, what: "уровня"),
                    lostOn: list("lost_on", allowed: indicators, what: "показателя")))
        }
        if !reader.problems.isEmpty { throw DiagnosticReport(reader.problems) }
        return RecommendationCatalogue(addressees: addressees, recommendations: recommendations)
    }

    /// Reads the catalogue file at `path`.
    /// - Throws: a ``DiagnosticReport`` with every problem at its YAML line and position, or the
    ///   file's `file_unreadable` / `file_too_large`.
    public static func load(path: String, methodology: Methodology) throws -> RecommendationCatalogue {
        try load(try NamedBytes.reading(path), methodology: methodology)
    }
}
