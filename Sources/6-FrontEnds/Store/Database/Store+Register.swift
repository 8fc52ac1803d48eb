import Crypto
import Diagnostics
import Foundation
import SQLKit

extension Store {
    /// Registers an order: gives it the next number of its series, keeps its files with their
    /// SHA-256, all in one transaction. Two registrations at the same moment, from two tasks or two
    /// processes, get two different numbers; a failure keeps nothing and uses no number.
    /// - Parameters:
    ///   - entry: the order's columns; its `sequence` and `number` are given here.
    ///   - number: the number as written for a sequence number («01-04-305» for 305).
    ///   - files: the order's files made with the number (called inside the transaction).
    /// - Returns: the entry as kept.
    public func register(
        _ entry: RegisterEntry, number: @escaping @Sendable (Int) -> String,
        files: @escaping @Sendable (String) async throws -> [RegisteredFile]
    ) async throws -> RegisterEntry {
        try await transaction { database in
            _ = try await database.raw(
                """
                INSERT INTO register_counters (series, year, last_sequence) VALUES (\(bind: entry.series), \
                \(bind: entry.counterYear), 0) ON CONFLICT (series, year) DO NOTHING
                """
            ).all()
            guard
                let sequence = try await database.raw(
                    """
                    UPDATE register_counters SET last_sequence = last_sequence + 1 \
                    WHERE series = \(bind: entry.series) AND year = \(bind: entry.counterYear) RETURNING last_sequence
                    """
                ).first()?.decode(column: "last_sequence", as: Int.self)
            else {
                throw Diagnostic(
                    "store_failed", "журнал не выдал номер; повторите регистрацию", at: SourceLocation())
            }
            var kept = entry
            kept.sequence = sequence
            kept.number = number(sequence)
            try await database.insert(into: "register_entries").columns(
                "id", "series", "counter_year", "sequence", "number", "order_date", "title", "signatory", "executor",
                "state", "cancelled_by", "amends", "draft_id", "yaml", "registered_at", "registered_by"
            ).values(
                SQLBind(kept.id), SQLBind(kept.series), SQLBind(kept.counterYear), SQLBind(sequence),
                SQLBind(kept.number), SQLBind(kept.date), SQLBind(kept.title), SQLBind(kept.signatory),
                SQLBind(kept.executor), SQLBind(kept.state.rawValue), SQLBind(kept.cancelledBy ?? ""),
                SQLBind(kept.amends ?? ""), SQLBind(kept.draft ?? ""), SQLBind(kept.yaml),
                SQLBind(Int(kept.registeredAt.timeIntervalSince1970)), SQLBind(kept.registeredBy)
            ).run()
            for file in try await files(kept.number) {
                try await database.insert(into: "register_files").columns(
                    "entry_id", "format", "name", "sha256", "bytes"
                ).values(
                    SQLBind(kept.id), SQLBind(file.format), SQLBind(file.name), SQLBind(Store.sha256(file.bytes)),
                    SQLBind(Data(file.bytes))
                ).run()
            }
            return kept
        }
    }

    /// The register's entries that answer `query`, by date, series and number, without their files.
    public func registerEntries(_ query: RegisterQuery = RegisterQuery()) async throws -> [RegisterEntry] {
        try await run { database in
            var select = database.select().column("*").from("register_entries")
            if let year = query.year {
                select = select.where("order_date", .greaterThanOrEqual, String(format: "%04d-01-01", year))
                    .where("order_date", .lessThanOrEqual, String(format: "%04d-12-31", year))
            }
            return try await select.orderBy("order_date").orderBy("series").orderBy("sequence").all()
                .map(Store.registerEntry(from:)).filter(query.matches)
        }
    }

    /// The entry `id`, or `nil`.
    public func registerEntry(id: String) async throws -> RegisterEntry? {
        try await run { database in
            try await database.select().column("*").from("register_entries").where("id", .equal, id).first()
                .map(Store.registerEntry(from:))
        }
    }

    /// The registered files of entry `id` (name, format, hash; no bytes), DOCX, ODT, PDF.
    public func registeredFiles(of id: String) async throws -> [RegisteredFile] {
        try await run { database in
            try await database.select().columns("format", "name", "sha256").from("register_files")
                .where("entry_id", .equal, id).orderBy("format").all().map { row in
                    RegisteredFile(
                        format: try row.decode(column: "format", as: String.self),
                        name: try row.decode(column: "name", as: String.self), bytes: [],
                        sha256: try row.decode(column: "sha256", as: String.self))
                }
        }
    }

    /// The file of entry `id` in `format` as it was issued, its hash checked.
    /// - Throws: ``Diagnostic`` `register_file_damaged` when the bytes no longer match the hash.
    public func registeredFile(of id: String, format: String) async throws -> RegisteredFile? {
        let file = try await run { database in
            try await database.select().column("*").from("register_files").where("entry_id", .equal, id)
                .where("format", .equal, format).first().map { row in
                    RegisteredFile(
                        format: format, name: try row.decode(column: "name", as: String.self),
                        bytes: [UInt8](try row.decode(column: "bytes", as: Data.self)),
                        sha256: try row.decode(column: "sha256", as: String.self))
                }
        }
        if let file, Store.sha256(file.bytes) != file.sha256 {
            throw Diagnostic(
                "register_file_damaged",
                "файл «\(file.name)» зарегистрированного приказа изменён в базе данных (контрольная сумма SHA-256 "
                    + "не совпадает); сообщите администратору — выдавать его нельзя",
                at: SourceLocation(file: file.name))
        }
        return file
    }

    /// Marks entry `id` cancelled by the registered order `by`; both stay in the register with their numbers.
    /// - Throws: ``Diagnostic`` `register_not_cancellable` when `id` is already cancelled or cancels itself.
    public func cancelRegistered(_ id: String, by canceller: String) async throws {
        try await transaction { database in
            let state = try await database.select().column("state").from("register_entries")
                .where("id", .equal, id).first()?.decode(column: "state", as: String.self)
            guard state == RegisterEntry.State.registered.rawValue, id != canceller else {
                throw Diagnostic(
                    "register_not_cancellable",
                    id == canceller
                        ? "приказ не может отменять сам себя; укажите в --by номер отменяющего приказа"
                        : "приказ уже отменён; в журнале остаётся его первая отмена", at: SourceLocation())
            }
            try await database.update("register_entries").set("state", to: RegisterEntry.State.cancelled.rawValue)
                .set("cancelled_by", to: canceller).where("id", .equal, id).run()
        }
    }

    /// The SHA-256 of `bytes` in lowercase hex.
    public static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    static func registerEntry(from row: any SQLRow) throws -> RegisterEntry {
        func optional(_ column: String) throws -> String? {
            let value = try row.decode(column: column, as: String.self)
            return value.isEmpty ? nil : value
        }
        return RegisterEntry(
            id: try row.decode(column: "id", as: String.self),
            series: try row.decode(column: "series", as: String.self),
            counterYear: try row.decode(column: "counter_year", as: Int.self),
            sequence: try row.decode(column: "sequence", as: Int.self),
            number: try row.decode(column: "number", as: String.self),
            date: try row.decode(column: "order_date", as: String.self),
            title: try row.decode(column: "title", as: String.self),
            signatory: try row.decode(column: "signatory", as: String.self),
            executor: try row.decode(column: "executor", as: String.self),
            state: RegisterEntry.State(rawValue: try row.decode(column: "state", as: String.self)) ?? .registered,
            cancelledBy: try optional("cancelled_by"), amends: try optional("amends"), draft: try optional("draft_id"),
            yaml: try row.decode(column: "yaml", as: String.self),
            registeredAt: Date(
                timeIntervalSince1970: TimeInterval(try row.decode(column: "registered_at", as: Int.self))),
            registeredBy: try row.decode(column: "registered_by", as: String.self))
    }
}
