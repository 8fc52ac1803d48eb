import Foundation
import SQLKit

extension Store {
    /// Every school the results files have named, by code, with the methodist's corrections.
    public func schools() async throws -> [SchoolRecord] {
        try await run { database in
            try await database.select().column("*").from("schools").orderBy("code").all().map(Store.school(from:))
        }
    }

    /// The school `code`, or `nil`.
    public func school(code: String) async throws -> SchoolRecord? {
        try await run { database in
            try await database.select().column("*").from("schools").where("code", .equal, code).first().map(
                Store.school(from:))
        }
    }

    /// Keeps the methodist's corrections of a school (`school.code` must exist), noting who made them.
    /// - Returns: whether the school exists.
    @discardableResult
    public func editSchool(_ school: SchoolRecord, by user: String) async throws -> Bool {
        try await transaction { database in
            guard
                try await database.select().column("code").from("schools").where("code", .equal, school.code).first()
                    != nil
            else { return false }
            try await database.update("schools")
                .set("name", to: SQLBind(school.name)).set("short_name", to: SQLBind(school.shortName))
                .set("head", to: SQLBind(school.head)).set("head_gender", to: SQLBind(school.headGender))
                .set("edited_by", to: SQLBind(user)).set("edited_at", to: SQLBind(Store.now()))
                .set("updated_at", to: SQLBind(Store.now()))
                .where("code", .equal, school.code).run()
            return true
        }
    }

    /// Brings the schools a results file names into the list. What the file carries wins; what it
    /// does not carry stays as it was, corrections by hand included: the full name always comes from
    /// the file, the head only when its cell is filled, the head's gender only when the file has a
    /// gender column with «м» or «ж»; the short name (which no results file carries) is kept, and
    /// follows the full name only while it was never set apart from it.
    static func merge(_ directory: [SchoolRecord], into database: any SQLDatabase) async throws {
        let now = Store.now()
        for school in directory {
            let old = try await database.select().column("*").from("schools").where("code", .equal, school.code)
                .first().map(Store.school(from:))
            var merged =
                old
                ?? SchoolRecord(
                    code: school.code, name: school.name,
                    shortName: school.shortName.isEmpty ? school.name : school.shortName, head: "")
            if let old, old.shortName == old.name { merged.shortName = school.name }
            if !school.name.isEmpty { merged.name = school.name }
            if merged.shortName.isEmpty { merged.shortName = merged.name }
            if !school.head.isEmpty { merged.head = school.head }
            if !school.headGender.isEmpty { merged.headGender = school.headGender }
            try await database.delete(from: "schools").where("code", .equal, school.code).run()
            try await database.insert(into: "schools").columns(
                "code", "name", "short_name", "head", "head_gender", "edited_by", "edited_at", "updated_at"
            ).values(
                SQLBind(merged.code), SQLBind(merged.name), SQLBind(merged.shortName), SQLBind(merged.head),
                SQLBind(merged.headGender), SQLBind(merged.editedBy),
                SQLBind(merged.editedAt.map { Int($0.timeIntervalSince1970) }), SQLBind(now)
            ).run()
        }
    }

    static func school(from row: any SQLRow) throws -> SchoolRecord {
        SchoolRecord(
            code: try row.decode(column: "code", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            shortName: try row.decode(column: "short_name", as: String.self),
            head: try row.decode(column: "head", as: String.self),
            headGender: try row.decode(column: "head_gender", as: String.self),
            editedBy: try row.decode(column: "edited_by", as: String.self),
            editedAt: try row.decode(column: "edited_at", as: Int?.self).map {
                Date(timeIntervalSince1970: TimeInterval($0))
            })
    }
}
