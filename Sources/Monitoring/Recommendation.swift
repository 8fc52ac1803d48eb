import Foundation
import Yams

/// An addressed recommendation (адресная рекомендация) and when it applies.
public struct Recommendation: Sendable, Equatable {
    public let id: String
    public let text: String
    /// Who carries it out: an id of the catalogue's addressees (`schools` for the schools themselves).
    public let addressee: String
    /// «постоянно», «до 01.12.2023».
    public let deadline: String
    /// Levels (ids) it applies to; empty for every level.
    public let levels: [String]
    /// Indicators (ids) on which losing points makes it apply; empty for no such condition.
    public let lostOn: [String]

    /// Whether it applies to `school`: its level is listed (or none are), and it lost points on
    /// one of the listed indicators (or none are listed).
    public func applies(to school: SchoolScore) -> Bool {
        (levels.isEmpty || levels.contains(school.level.id))
            && (lostOn.isEmpty || school.indicators.contains { lostOn.contains($0.id) && $0.lostPoints })
    }
}

/// The recommendations of a methodology, with their addressees' names as the справка heads them.
public struct RecommendationCatalogue: Sendable {
    /// Addressee ids with their headings in the dative («Отделу общего образования:»), in order.
    public let addressees: [(id: String, heading: String)]
    public let recommendations: [Recommendation]

    /// The id of the addressee that means the schools themselves.
    public static let schools = "schools"

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

    /// The recommendations for one school.
    public func forSchool(_ school: SchoolScore) -> [Recommendation] {
        recommendations.filter { $0.addressee == Self.schools && $0.applies(to: school) }
    }

    /// The recommendations the справка lists, grouped by addressee: those that apply to at least one
    /// school of the rating.
    public func forReport(_ rating: Rating) -> [(heading: String, items: [Recommendation])] {
        addressees.compactMap { addressee in
            let items = recommendations.filter { recommendation in
                recommendation.addressee == addressee.id && rating.schools.contains(where: recommendation.applies)
            }
            return items.isEmpty ? nil : (addressee.heading, items)
        }
    }
}
