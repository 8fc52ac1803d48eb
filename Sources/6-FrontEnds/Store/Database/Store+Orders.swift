import Foundation
import SQLKit

extension Store {
    /// Every order, the last changed first, without its YAML (``order(id:)`` has it).
    public func orders() async throws -> [OrderRecord] {
        try await run { database in
            try await database.select().columns(
                "id", "title", "number", "order_date", "problems", "amends", "registered_as", "created_at",
                "created_by", "updated_at", "updated_by"
            ).from("orders").orderBy("updated_at", .descending).orderBy("id").all().map {
                try Store.order(from: $0, yaml: "")
            }
        }
    }

    /// The order `id` with its YAML, or `nil`.
    public func order(id: String) async throws -> OrderRecord? {
        try await run { database in
            guard let row = try await database.select().column("*").from("orders").where("id", .equal, id).first()
            else { return nil }
            return try Store.order(from: row, yaml: try row.decode(column: "yaml", as: String.self))
        }
    }

    /// Adds `record`, or replaces the order with its identifier keeping who created it and when.
    public func saveOrder(_ record: OrderRecord) async throws {
        try await transaction { database in
            let existing = try await database.select().columns("created_at", "created_by").from("orders")
                .where("id", .equal, record.id).first()
            let createdAt =
                try existing?.decode(column: "created_at", as: Int.self)
                ?? Int(record.createdAt.timeIntervalSince1970)
            let createdBy = try existing?.decode(column: "created_by", as: String.self) ?? record.createdBy
            try await database.delete(from: "orders").where("id", .equal, record.id).run()
            try await database.insert(into: "orders").columns(
                "id", "title", "number", "order_date", "yaml", "problems", "amends", "registered_as", "created_at",
                "created_by", "updated_at", "updated_by"
            ).values(
                SQLBind(record.id), SQLBind(record.title), SQLBind(record.number), SQLBind(record.date),
                SQLBind(record.yaml), SQLBind(record.problems), SQLBind(record.amends ?? ""),
                SQLBind(record.registeredAs ?? ""), SQLBind(createdAt), SQLBind(createdBy),
                SQLBind(Int(record.updatedAt.timeIntervalSince1970)), SQLBind(record.updatedBy)
            ).run()
        }
    }

    /// Marks the draft `id` registered as the register entry `entry`.
    public func markOrderRegistered(_ id: String, as entry: String) async throws {
        try await run { database in
            try await database.update("orders").set("registered_as", to: entry).where("id", .equal, id).run()
        }
    }

    static func order(from row: any SQLRow, yaml: String) throws -> OrderRecord {
        OrderRecord(
            id: try row.decode(column: "id", as: String.self), title: try row.decode(column: "title", as: String.self),
            number: try row.decode(column: "number", as: String.self),
            date: try row.decode(column: "order_date", as: String.self), yaml: yaml,
            problems: try row.decode(column: "problems", as: Int.self),
            amends: try row.decode(column: "amends", as: String.self).nonEmpty,
            registeredAs: try row.decode(column: "registered_as", as: String.self).nonEmpty,
            createdAt: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "created_at", as: Int.self))),
            createdBy: try row.decode(column: "created_by", as: String.self),
            updatedAt: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "updated_at", as: Int.self))),
            updatedBy: try row.decode(column: "updated_by", as: String.self))
    }
}

extension String {
    /// The text, or `nil` when empty (the store keeps "no value" as an empty text).
    var nonEmpty: String? { isEmpty ? nil : self }
}
