import Foundation
import RussianText

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

    /// Creates the value from its parts.
    public init(id: String, text: String, addressee: String, deadline: String, levels: [String], lostOn: [String]) {
        self.id = id
        self.text = text
        self.addressee = addressee
        self.deadline = deadline
        self.levels = levels
        self.lostOn = lostOn
    }
}

/// The recommendations of a methodology, with their addressees' names as the справка heads them.
public struct RecommendationCatalogue: Sendable {
    /// Addressee ids with their names, in order: a nominative («отдел общего образования») whose
    /// heading is derived, or a heading written out in full, ending in a colon («Отделу общего
    /// образования:»).
    public let addressees: [(id: String, heading: String)]

    /// The heading of an addressee's group in the справка: «Отделу общего образования:» from the
    /// nominative «отдел общего образования»; a name that already ends in a colon is kept.
    public static func heading(_ name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(":") { return trimmed }
        return OrganizationDeclension.decline(trimmed, .dative).capitalizedFirstLetter + ":"
    }
    public let recommendations: [Recommendation]

    /// The id of the addressee that means the schools themselves.
    public static let schools = "schools"

    /// The recommendations for one school.
    public func forSchool(_ school: SchoolScore) -> [Recommendation] {
        recommendations.filter { $0.addressee == Self.schools && $0.applies(to: school) }
    }

    /// The recommendations the справка lists, grouped by addressee: those that apply to at least one
    /// school of the rating. `names` replaces the catalogue's names of addressees by id (a
    /// department's own offices), in the nominative.
    public func forReport(_ rating: Rating, names: [String: String] = [:]) -> [(
        heading: String, items: [Recommendation]
    )] {
        addressees.compactMap { addressee in
            let items = recommendations.filter { recommendation in
                recommendation.addressee == addressee.id && rating.schools.contains(where: recommendation.applies)
            }
            return items.isEmpty ? nil : (Self.heading(names[addressee.id] ?? addressee.heading), items)
        }
    }

    /// Creates the value from its parts.
    public init(addressees: [(id: String, heading: String)], recommendations: [Recommendation]) {
        self.addressees = addressees
        self.recommendations = recommendations
    }
}
