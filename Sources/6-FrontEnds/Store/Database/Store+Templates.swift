import Foundation
import SQLKit

extension Store {
    /// The department's own templates in use, by kind and format.
    public func templates() async throws -> [TemplateRecord] {
        try await run { database in
            try await database.select().column("*").from("templates").orderBy("kind").orderBy("format").all().map(
                Store.template(from:))
        }
    }

    /// The department's own template of `kind` in `format`, or `nil` when the shipped one is in use.
    public func template(kind: String, format: String) async throws -> TemplateRecord? {
        try await run { database in
            try await database.select().column("*").from("templates").where("kind", .equal, kind)
                .where("format", .equal, format).first().map(Store.template(from:))
        }
    }

    /// Keeps `template` in use for its kind and format, replacing the one before it.
    public func saveTemplate(_ template: TemplateRecord) async throws {
        try await transaction { database in
            try await database.delete(from: "templates").where("kind", .equal, template.kind)
                .where("format", .equal, template.format).run()
            try await database.insert(into: "templates").columns(
                "kind", "format", "file_name", "bytes", "uploaded_by", "uploaded_at"
            ).values(
                SQLBind(template.kind), SQLBind(template.format), SQLBind(template.fileName), SQLBind(template.bytes),
                SQLBind(template.uploadedBy), SQLBind(Int(template.uploadedAt.timeIntervalSince1970))
            ).run()
        }
    }

    /// Puts the shipped template of `kind` in `format` back in use.
    public func removeTemplate(kind: String, format: String) async throws {
        try await run { database in
            try await database.delete(from: "templates").where("kind", .equal, kind).where("format", .equal, format)
                .run()
        }
    }

    static func template(from row: any SQLRow) throws -> TemplateRecord {
        TemplateRecord(
            kind: try row.decode(column: "kind", as: String.self),
            format: try row.decode(column: "format", as: String.self),
            fileName: try row.decode(column: "file_name", as: String.self),
            bytes: try row.decode(column: "bytes", as: Data.self),
            uploadedBy: try row.decode(column: "uploaded_by", as: String.self),
            uploadedAt: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "uploaded_at", as: Int.self))))
    }
}
