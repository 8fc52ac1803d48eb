import Foundation
import SQLKit

extension Store {
    /// The campaigns of the series `methodologyID` belongs to — every campaign whose methodology
    /// has the same title (a methodology revised for a new year keeps its title) — by period, oldest
    /// first, without their results files.
    public func series(methodologyID: String) async throws -> [CampaignRecord] {
        guard let methodology = try await methodology(id: methodologyID) else { return [] }
        return try await series(title: methodology.title)
    }

    /// The campaigns of every methodology titled `title`, by period (then by when they were stored).
    public func series(title: String) async throws -> [CampaignRecord] {
        let members = Set(try await methodologies().filter { $0.title == title }.map(\.id))
        return try await campaigns().filter { members.contains($0.methodologyID) }.sorted {
            let left = PeriodOrder.key($0.period)
            let right = PeriodOrder.key($1.period)
            return left != right ? left < right : $0.createdAt < $1.createdAt
        }
    }

    /// The campaign of the series titled `title` with the latest year before `period`'s (the
    /// newest stored one when several have that year), or `nil` when the series has nothing earlier.
    public func previousCampaign(title: String, period: String) async throws -> CampaignRecord? {
        let key = PeriodOrder.key(period)
        return try await series(title: title).last { PeriodOrder.key($0.period) < key }
    }

    /// The schools of campaign `id` with their codes as this year's files name them: a code mapped
    /// to a new one on the «Переименования» page is replaced by the new code.
    public func campaignSchoolsByCurrentCode(id: String) async throws -> [CampaignSchool] {
        let aliases = try await schoolAliases()
        return try await campaignSchools(id: id).map { school in
            var school = school
            school.code = Self.resolve(school.code, aliases: aliases)
            return school
        }
    }

    /// The code the school `code` has now: an old code mapped on the «Переименования» page leads to its new one.
    public func currentCode(_ code: String) async throws -> String {
        Self.resolve(code, aliases: try await schoolAliases())
    }

    /// A school's result in every campaign of the series, oldest first; its old codes count as its own.
    public func schoolHistory(code: String, methodologyID: String) async throws -> [(
        campaign: CampaignRecord, school: CampaignSchool
    )] {
        var history: [(campaign: CampaignRecord, school: CampaignSchool)] = []
        for campaign in try await series(methodologyID: methodologyID) {
            if let school = try await campaignSchoolsByCurrentCode(id: campaign.id).first(where: { $0.code == code }) {
                history.append((campaign, school))
            }
        }
        return history
    }

    /// Every mapping of an old school code to a new one, by old code.
    public func schoolAliases() async throws -> [SchoolAlias] {
        try await run { database in
            try await database.select().column("*").from("school_aliases").orderBy("old_code").all().map { row in
                SchoolAlias(
                    oldCode: try row.decode(column: "old_code", as: String.self),
                    newCode: try row.decode(column: "new_code", as: String.self),
                    createdBy: try row.decode(column: "created_by", as: String.self),
                    createdAt: Date(
                        timeIntervalSince1970: TimeInterval(try row.decode(column: "created_at", as: Int.self))))
            }
        }
    }

    /// Maps the old code `old` to `new` (replacing an earlier mapping of `old`), noting who did it.
    public func setSchoolAlias(old: String, new: String, by user: String) async throws {
        try await transaction { database in
            try await database.delete(from: "school_aliases").where("old_code", .equal, old).run()
            try await database.insert(into: "school_aliases").columns(
                "old_code", "new_code", "created_by", "created_at"
            )
            .values(SQLBind(old), SQLBind(new), SQLBind(user), SQLBind(Store.now())).run()
        }
    }

    /// Removes the mapping of the old code `old`.
    public func removeSchoolAlias(old: String) async throws {
        try await run { database in
            try await database.delete(from: "school_aliases").where("old_code", .equal, old).run()
        }
    }

    /// The code `code` leads to through the mappings (an old code mapped to a code that was itself
    /// renamed leads to the newest); a cycle stops where it would repeat.
    static func resolve(_ code: String, aliases: [SchoolAlias]) -> String {
        let map = Dictionary(aliases.map { ($0.oldCode, $0.newCode) }, uniquingKeysWith: { first, _ in first })
        var seen: Set<String> = [code]
        var current = code
        while let next = map[current], seen.insert(next).inserted { current = next }
        return current
    }
}
