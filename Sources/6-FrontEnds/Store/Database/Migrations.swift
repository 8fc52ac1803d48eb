import Diagnostics
import Foundation
import SQLKit

/// The store's tables, version by version. A migration is never edited once released: a change
/// is a new migration at the end. ``apply(to:)`` runs the ones a database has not had yet, each in
/// its own transaction, and records it in `schema_migrations`.
enum Migrations {
    /// The statements of each version; `BLOB` is written `BYTEA` on PostgreSQL.
    static let versions: [[String]] = [
        [
            """
            CREATE TABLE department (
                id TEXT PRIMARY KEY, name TEXT NOT NULL, main_file TEXT NOT NULL, updated_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE department_files (
                path TEXT PRIMARY KEY, bytes BLOB NOT NULL)
            """,
            """
            CREATE TABLE schools (
                code TEXT PRIMARY KEY, name TEXT NOT NULL, short_name TEXT NOT NULL, head TEXT NOT NULL,
                updated_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE methodologies (
                id TEXT PRIMARY KEY, title TEXT NOT NULL, short_title TEXT NOT NULL, period TEXT NOT NULL,
                file_name TEXT NOT NULL, yaml BLOB NOT NULL, catalogue_name TEXT, catalogue BLOB,
                shipped BIGINT NOT NULL, created_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE campaigns (
                id TEXT PRIMARY KEY, methodology_id TEXT NOT NULL REFERENCES methodologies(id), period TEXT NOT NULL,
                results_name TEXT NOT NULL, results BLOB NOT NULL, schools_count BIGINT NOT NULL,
                created_at BIGINT NOT NULL, created_by TEXT NOT NULL)
            """,
            """
            CREATE TABLE campaign_schools (
                campaign_id TEXT NOT NULL REFERENCES campaigns(id), school_code TEXT NOT NULL, name TEXT NOT NULL,
                row_number BIGINT NOT NULL, place BIGINT NOT NULL, total DOUBLE PRECISION NOT NULL,
                maximum DOUBLE PRECISION NOT NULL, level_id TEXT NOT NULL, level_name TEXT NOT NULL,
                PRIMARY KEY (campaign_id, school_code))
            """,
            """
            CREATE TABLE scores (
                campaign_id TEXT NOT NULL REFERENCES campaigns(id), school_code TEXT NOT NULL,
                indicator_id TEXT NOT NULL, position BIGINT NOT NULL, title TEXT NOT NULL,
                points DOUBLE PRECISION NOT NULL, maximum DOUBLE PRECISION NOT NULL, answer TEXT NOT NULL,
                explanation TEXT NOT NULL, PRIMARY KEY (campaign_id, school_code, indicator_id))
            """,
            """
            CREATE TABLE document_sets (
                id TEXT PRIMARY KEY, campaign_id TEXT NOT NULL REFERENCES campaigns(id), formats TEXT NOT NULL,
                status TEXT NOT NULL, stage TEXT NOT NULL, done BIGINT NOT NULL, total BIGINT NOT NULL,
                message TEXT NOT NULL, inputs TEXT NOT NULL, created_by TEXT NOT NULL, created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL, finished_at BIGINT, archive BLOB)
            """,
            """
            CREATE TABLE document_files (
                set_id TEXT NOT NULL REFERENCES document_sets(id), position BIGINT NOT NULL, name TEXT NOT NULL,
                bytes BLOB NOT NULL, PRIMARY KEY (set_id, position))
            """,
            """
            CREATE TABLE users (
                name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, role TEXT NOT NULL, created_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE sessions (
                token TEXT PRIMARY KEY, user_name TEXT NOT NULL REFERENCES users(name), expires_at BIGINT NOT NULL)
            """,
        ],
        // The clerk's orders: each draft as the order YAML that `paperwork order` reads.
        [
            """
            CREATE TABLE orders (
                id TEXT PRIMARY KEY, title TEXT NOT NULL, number TEXT NOT NULL, order_date TEXT NOT NULL,
                yaml TEXT NOT NULL, problems BIGINT NOT NULL, created_at BIGINT NOT NULL, created_by TEXT NOT NULL,
                updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL)
            """
        ],
        // The department's own templates; a school's head's gender, and which fields were edited by hand.
        [
            """
            CREATE TABLE templates (
                kind TEXT NOT NULL, format TEXT NOT NULL, file_name TEXT NOT NULL, bytes BLOB NOT NULL,
                uploaded_by TEXT NOT NULL, uploaded_at BIGINT NOT NULL, PRIMARY KEY (kind, format))
            """,
            "ALTER TABLE schools ADD COLUMN head_gender TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE schools ADD COLUMN edited_by TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE schools ADD COLUMN edited_at BIGINT",
        ],
        // The order register: a counter per series and year, the registered orders, their files as issued.
        [
            """
            CREATE TABLE register_counters (
                series TEXT NOT NULL, year BIGINT NOT NULL, last_sequence BIGINT NOT NULL, PRIMARY KEY (series, year))
            """,
            """
            CREATE TABLE register_entries (
                id TEXT PRIMARY KEY, series TEXT NOT NULL, counter_year BIGINT NOT NULL, sequence BIGINT NOT NULL,
                number TEXT NOT NULL, order_date TEXT NOT NULL, title TEXT NOT NULL, signatory TEXT NOT NULL,
                executor TEXT NOT NULL, state TEXT NOT NULL, cancelled_by TEXT NOT NULL, amends TEXT NOT NULL,
                draft_id TEXT NOT NULL, yaml TEXT NOT NULL, registered_at BIGINT NOT NULL, registered_by TEXT NOT NULL,
                UNIQUE (series, counter_year, sequence))
            """,
            """
            CREATE TABLE register_files (
                entry_id TEXT NOT NULL REFERENCES register_entries(id), format TEXT NOT NULL, name TEXT NOT NULL,
                sha256 TEXT NOT NULL, bytes BLOB NOT NULL, PRIMARY KEY (entry_id, format))
            """,
            "ALTER TABLE orders ADD COLUMN amends TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE orders ADD COLUMN registered_as TEXT NOT NULL DEFAULT ''",
        ],
        // History across years: each campaign's own values of its trend indicators (what the next
        // period takes as last year's), and old school codes mapped to new ones (renamed or merged schools).
        [
            """
            CREATE TABLE campaign_values (
                campaign_id TEXT NOT NULL REFERENCES campaigns(id), school_code TEXT NOT NULL,
                indicator_id TEXT NOT NULL, value DOUBLE PRECISION NOT NULL,
                PRIMARY KEY (campaign_id, school_code, indicator_id))
            """,
            """
            CREATE TABLE school_aliases (
                old_code TEXT PRIMARY KEY, new_code TEXT NOT NULL, created_by TEXT NOT NULL,
                created_at BIGINT NOT NULL)
            """,
        ],
    ]

    /// The version a database has after ``apply(to:)``.
    static var current: Int { versions.count }

    /// Runs the migrations `store` has not had yet.
    static func apply(to store: Store) async throws {
        try await store.run { database in
            _ = try await database.raw(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)"
            ).all()
        }
        for (index, statements) in versions.enumerated() {
            let version = index + 1
            let blob = store.isPostgres ? "BYTEA" : "BLOB"
            try await store.transaction { database in
                let applied = try await database.select().column("version").from("schema_migrations")
                    .where("version", .equal, version).all()
                guard applied.isEmpty else { return }
                for statement in statements {
                    let text = statement.replacingOccurrences(of: " BLOB", with: " " + blob)
                    _ = try await database.raw(SQLQueryString(text)).all()
                }
                try await database.insert(into: "schema_migrations").columns("version", "applied_at")
                    .values(SQLBind(version), SQLBind(Store.now())).run()
            }
        }
        let newest = try await store.run { database in
            try await database.select().column(SQLFunction("MAX", args: SQLIdentifier("version")), as: "version")
                .from("schema_migrations").first()?.decode(column: "version", as: Int?.self) ?? 0
        }
        if newest > current {
            throw Diagnostic(
                "store_newer",
                "база данных «\(store.location.display)» записана более новой версией Paperwork (версия схемы "
                    + "\(newest), эта программа знает \(current)); обновите программу",
                at: SourceLocation())
        }
    }
}

extension Store {
    /// The current time as whole seconds since 1970, as the store keeps times.
    static func now() -> Int { Int(Date().timeIntervalSince1970) }
}
