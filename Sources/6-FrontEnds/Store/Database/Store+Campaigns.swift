import Foundation
import SQLKit

extension Store {
    /// Stores a campaign with its rating and updates the schools it names, all at once.
    public func addCampaign(_ campaign: CampaignRecord, schools: [CampaignSchool], directory: [SchoolRecord])
        async throws
    {
        try await transaction { database in
            try await database.insert(into: "campaigns").columns(
                "id", "methodology_id", "period", "results_name", "results", "schools_count", "created_at", "created_by"
            ).values(
                SQLBind(campaign.id), SQLBind(campaign.methodologyID), SQLBind(campaign.period),
                SQLBind(campaign.resultsName), SQLBind(campaign.results), SQLBind(campaign.schoolsCount),
                SQLBind(Int(campaign.createdAt.timeIntervalSince1970)), SQLBind(campaign.createdBy)
            ).run()
            for school in schools {
                try await database.insert(into: "campaign_schools").columns(
                    "campaign_id", "school_code", "name", "row_number", "place", "total", "maximum", "level_id",
                    "level_name"
                ).values(
                    SQLBind(campaign.id), SQLBind(school.code), SQLBind(school.name), SQLBind(school.row),
                    SQLBind(school.place), SQLBind(school.total), SQLBind(school.maximum), SQLBind(school.levelID),
                    SQLBind(school.levelName)
                ).run()
                for (position, score) in school.scores.enumerated() {
                    try await database.insert(into: "scores").columns(
                        "campaign_id", "school_code", "indicator_id", "position", "title", "points", "maximum",
                        "answer", "explanation"
                    ).values(
                        SQLBind(campaign.id), SQLBind(school.code), SQLBind(score.indicatorID), SQLBind(position),
                        SQLBind(score.title), SQLBind(score.points), SQLBind(score.maximum), SQLBind(score.answer),
                        SQLBind(score.explanation)
                    ).run()
                }
            }
            for school in schools {
                for (indicator, value) in school.values.sorted(by: { $0.key < $1.key }) {
                    try await database.insert(into: "campaign_values").columns(
                        "campaign_id", "school_code", "indicator_id", "value"
                    ).values(SQLBind(campaign.id), SQLBind(school.code), SQLBind(indicator), SQLBind(value)).run()
                }
            }
            try await Store.merge(directory, into: database)
        }
    }

    /// Every campaign, newest first, without its results file (``campaign(id:)`` has it).
    public func campaigns() async throws -> [CampaignRecord] {
        try await run { database in
            try await database.select().columns(
                "id", "methodology_id", "period", "results_name", "schools_count", "created_at", "created_by"
            ).from("campaigns").orderBy("created_at", .descending).orderBy("id").all().map {
                try Store.campaign(from: $0, results: Data())
            }
        }
    }

    /// The campaign `id` with its results file, or `nil`.
    public func campaign(id: String) async throws -> CampaignRecord? {
        try await run { database in
            guard let row = try await database.select().column("*").from("campaigns").where("id", .equal, id).first()
            else { return nil }
            return try Store.campaign(from: row, results: try row.decode(column: "results", as: Data.self))
        }
    }

    /// The rating of campaign `id`: its schools by place, each with its scores in the methodology's order.
    public func campaignSchools(id: String) async throws -> [CampaignSchool] {
        try await run { database in
            var scores: [String: [ScoreRecord]] = [:]
            for row in try await database.select().column("*").from("scores").where("campaign_id", .equal, id)
                .orderBy("school_code").orderBy("position").all()
            {
                scores[try row.decode(column: "school_code", as: String.self), default: []].append(
                    ScoreRecord(
                        indicatorID: try row.decode(column: "indicator_id", as: String.self),
                        title: try row.decode(column: "title", as: String.self),
                        points: try row.decode(column: "points", as: Double.self),
                        maximum: try row.decode(column: "maximum", as: Double.self),
                        answer: try row.decode(column: "answer", as: String.self),
                        explanation: try row.decode(column: "explanation", as: String.self)))
            }
            var values: [String: [String: Double]] = [:]
            for row in try await database.select().column("*").from("campaign_values").where("campaign_id", .equal, id)
                .all()
            {
                values[try row.decode(column: "school_code", as: String.self), default: [:]][
                    try row.decode(column: "indicator_id", as: String.self)] = try row.decode(
                        column: "value", as: Double.self)
            }
            return try await database.select().column("*").from("campaign_schools").where("campaign_id", .equal, id)
                .orderBy("place").orderBy("row_number").all().map { row in
                    let code = try row.decode(column: "school_code", as: String.self)
                    return CampaignSchool(
                        code: code, name: try row.decode(column: "name", as: String.self),
                        row: try row.decode(column: "row_number", as: Int.self),
                        place: try row.decode(column: "place", as: Int.self),
                        total: try row.decode(column: "total", as: Double.self),
                        maximum: try row.decode(column: "maximum", as: Double.self),
                        levelID: try row.decode(column: "level_id", as: String.self),
                        levelName: try row.decode(column: "level_name", as: String.self), scores: scores[code] ?? [],
                        values: values[code] ?? [:])
                }
        }
    }

    static func campaign(from row: any SQLRow, results: Data) throws -> CampaignRecord {
        CampaignRecord(
            id: try row.decode(column: "id", as: String.self),
            methodologyID: try row.decode(column: "methodology_id", as: String.self),
            period: try row.decode(column: "period", as: String.self),
            resultsName: try row.decode(column: "results_name", as: String.self), results: results,
            schoolsCount: try row.decode(column: "schools_count", as: Int.self),
            createdAt: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "created_at", as: Int.self))),
            createdBy: try row.decode(column: "created_by", as: String.self))
    }
}
