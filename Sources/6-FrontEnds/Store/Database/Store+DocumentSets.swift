import Foundation
import SQLKit

extension Store {
    /// Records a set of documents that has started.
    public func startDocumentSet(_ set: DocumentSetRecord) async throws {
        try await run { database in
            try await database.insert(into: "document_sets").columns(
                "id", "campaign_id", "formats", "status", "stage", "done", "total", "message", "inputs", "created_by",
                "created_at", "updated_at"
            ).values(
                SQLBind(set.id), SQLBind(set.campaignID), SQLBind(set.formats), SQLBind(set.status.rawValue),
                SQLBind(set.stage), SQLBind(set.done), SQLBind(set.total), SQLBind(set.message), SQLBind(set.inputs),
                SQLBind(set.createdBy), SQLBind(Int(set.createdAt.timeIntervalSince1970)),
                SQLBind(Int(set.updatedAt.timeIntervalSince1970))
            ).run()
        }
    }

    /// Notes how far a running set has got (and that its server is alive).
    public func updateDocumentSet(id: String, stage: String, done: Int, total: Int) async throws {
        try await run { database in
            try await database.update("document_sets").set("stage", to: stage).set("done", to: done)
                .set("total", to: total).set("updated_at", to: Store.now()).where("id", .equal, id)
                .where("status", .equal, DocumentSetRecord.Status.running.rawValue).run()
        }
    }

    /// Stores a finished set: its archive and each file, and marks it done, all at once.
    public func finishDocumentSet(id: String, archive: Data, files: [(name: String, bytes: Data)]) async throws {
        try await transaction { database in
            for (position, file) in files.enumerated() {
                try await database.insert(into: "document_files").columns("set_id", "position", "name", "bytes")
                    .values(SQLBind(id), SQLBind(position), SQLBind(file.name), SQLBind(file.bytes)).run()
            }
            let now = Store.now()
            try await database.update("document_sets").set("status", to: DocumentSetRecord.Status.done.rawValue)
                .set("archive", to: archive).set("updated_at", to: now).set("finished_at", to: now)
                .set("done", to: files.count).set("total", to: files.count).set("stage", to: "Готово")
                .where("id", .equal, id).run()
        }
    }

    /// Marks a set failed, with the reason people will read.
    public func failDocumentSet(id: String, message: String) async throws {
        try await run { database in
            let now = Store.now()
            try await database.update("document_sets").set("status", to: DocumentSetRecord.Status.failed.rawValue)
                .set("message", to: message).set("updated_at", to: now).set("finished_at", to: now)
                .where("id", .equal, id).run()
        }
    }

    /// Marks failed every set still running that has had no news since `before`: its server died
    /// with it. A server calls this when it starts, with the time it started.
    /// - Returns: how many sets were marked.
    @discardableResult
    public func failAbandonedDocumentSets(before: Date) async throws -> Int {
        let abandoned = try await run { database in
            try await database.select().column("id").from("document_sets")
                .where("status", .equal, DocumentSetRecord.Status.running.rawValue)
                .where("updated_at", .lessThanOrEqual, Int(before.timeIntervalSince1970)).all().map {
                    try $0.decode(column: "id", as: String.self)
                }
        }
        for id in abandoned {
            try await failDocumentSet(
                id: id, message: "подготовка прервалась: сервер был остановлен; сформируйте документы ещё раз")
        }
        return abandoned.count
    }

    /// The sets of campaign `id`, newest first.
    public func documentSets(campaign id: String) async throws -> [DocumentSetRecord] {
        try await run { database in
            try await database.select().columns(Store.setColumns).from("document_sets").where("campaign_id", .equal, id)
                .orderBy("created_at", .descending).orderBy("id").all().map(Store.documentSet(from:))
        }
    }

    /// The set `id`, or `nil`.
    public func documentSet(id: String) async throws -> DocumentSetRecord? {
        try await run { database in
            try await database.select().columns(Store.setColumns).from("document_sets").where("id", .equal, id).first()
                .map(Store.documentSet(from:))
        }
    }

    /// The ZIP archive of a finished set, or `nil`.
    public func documentArchive(id: String) async throws -> Data? {
        try await run { database in
            try await database.select().column("archive").from("document_sets").where("id", .equal, id).first()?
                .decode(column: "archive", as: Data?.self)
        }
    }

    /// The names of a finished set's files, in order.
    public func documentFileNames(id: String) async throws -> [String] {
        try await run { database in
            try await database.select().column("name").from("document_files").where("set_id", .equal, id)
                .orderBy("position").all().map { try $0.decode(column: "name", as: String.self) }
        }
    }

    /// The file at `position` of a set, or `nil`.
    public func documentFile(id: String, position: Int) async throws -> (name: String, bytes: Data)? {
        try await run { database in
            guard
                let row = try await database.select().columns("name", "bytes").from("document_files")
                    .where("set_id", .equal, id).where("position", .equal, position).first()
            else { return nil }
            return (try row.decode(column: "name", as: String.self), try row.decode(column: "bytes", as: Data.self))
        }
    }

    static let setColumns = [
        "id", "campaign_id", "formats", "status", "stage", "done", "total", "message", "inputs", "created_by",
        "created_at", "updated_at", "finished_at",
    ]

    static func documentSet(from row: any SQLRow) throws -> DocumentSetRecord {
        func date(_ column: String) throws -> Date? {
            try row.decode(column: column, as: Int?.self).map { Date(timeIntervalSince1970: TimeInterval($0)) }
        }
        var set = DocumentSetRecord(
            id: try row.decode(column: "id", as: String.self),
            campaignID: try row.decode(column: "campaign_id", as: String.self),
            formats: try row.decode(column: "formats", as: String.self),
            inputs: try row.decode(column: "inputs", as: String.self),
            createdBy: try row.decode(column: "created_by", as: String.self), now: try date("created_at") ?? Date())
        set.status = DocumentSetRecord.Status(rawValue: try row.decode(column: "status", as: String.self)) ?? .failed
        set.stage = try row.decode(column: "stage", as: String.self)
        set.done = try row.decode(column: "done", as: Int.self)
        set.total = try row.decode(column: "total", as: Int.self)
        set.message = try row.decode(column: "message", as: String.self)
        set.updatedAt = try date("updated_at") ?? set.createdAt
        set.finishedAt = try date("finished_at")
        return set
    }
}
