import Diagnostics
import Foundation
import SQLKit

extension Store {
    /// Every methodology, newest first; shipped ones after the uploaded.
    public func methodologies() async throws -> [MethodologyRecord] {
        try await run { database in
            try await database.select().column("*").from("methodologies").orderBy("shipped").orderBy(
                "created_at", .descending
            ).orderBy("id").all().map(Store.methodology(from:))
        }
    }

    /// The methodology `id`, or `nil`.
    public func methodology(id: String) async throws -> MethodologyRecord? {
        try await run { database in
            try await database.select().column("*").from("methodologies").where("id", .equal, id).first().map(
                Store.methodology(from:))
        }
    }

    /// Adds a methodology (checked by the caller).
    /// - Throws: ``Diagnostic`` `store_duplicate` when one with its identifier exists.
    public func addMethodology(_ record: MethodologyRecord) async throws {
        if try await methodology(id: record.id) != nil {
            throw Diagnostic(
                "store_duplicate",
                "методика с обозначением «\(record.id)» уже есть; переименуйте файл методики или выберите имеющуюся",
                at: SourceLocation(file: record.fileName))
        }
        try await run { database in
            try await database.insert(into: "methodologies").columns(
                "id", "title", "short_title", "period", "file_name", "yaml", "catalogue_name", "catalogue", "shipped",
                "created_at"
            ).values(
                SQLBind(record.id), SQLBind(record.title), SQLBind(record.shortTitle), SQLBind(record.period),
                SQLBind(record.fileName), SQLBind(record.yaml), SQLBind(record.catalogueName),
                SQLBind(record.catalogue), SQLBind(record.shipped ? 1 : 0),
                SQLBind(Int(record.createdAt.timeIntervalSince1970))
            ).run()
        }
    }

    static func methodology(from row: any SQLRow) throws -> MethodologyRecord {
        MethodologyRecord(
            id: try row.decode(column: "id", as: String.self), title: try row.decode(column: "title", as: String.self),
            shortTitle: try row.decode(column: "short_title", as: String.self),
            period: try row.decode(column: "period", as: String.self),
            fileName: try row.decode(column: "file_name", as: String.self),
            yaml: try row.decode(column: "yaml", as: Data.self),
            catalogueName: try row.decode(column: "catalogue_name", as: String?.self),
            catalogue: try row.decode(column: "catalogue", as: Data?.self),
            shipped: try row.decode(column: "shipped", as: Int.self) != 0,
            createdAt: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "created_at", as: Int.self))))
    }
}
