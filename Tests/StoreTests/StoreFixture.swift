import Foundation
import TestSupport
import Testing

@testable import Store

/// The databases the store's tests run on: SQLite always, PostgreSQL when PAPERWORK_TEST_POSTGRES
/// names one (`postgres://user:password@127.0.0.1:5432/db`). Each test gets an empty store: a new
/// SQLite file, or the PostgreSQL database with its tables dropped first.
enum StoreFixture {
    enum Kind: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case sqlite, postgres
        var testDescription: String { rawValue }
    }

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["PAPERWORK_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The kinds to run: PostgreSQL only when it is configured.
    static var kinds: [Kind] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    /// An empty store of `kind`, closed after `body`.
    static func withStore<T>(_ kind: Kind, _ body: (Store) async throws -> T) async throws -> T {
        let location: StoreLocation
        switch kind {
        case .sqlite:
            location = .sqlite(path: try Paths.temporaryFolder().appendingPathComponent("store.sqlite").path)
        case .postgres:
            guard let url = postgresURL else { throw CancellationError() }
            location = .postgres(url: url)
            try await reset(location)
        }
        let store = try await Store.open(location)
        do {
            let value = try await body(store)
            try await store.close()
            return value
        } catch {
            try? await store.close()
            throw error
        }
    }

    /// Drops every table of the PostgreSQL test database.
    static func reset(_ location: StoreLocation) async throws {
        let store = try await Store.open(location, migrating: false)
        _ = try await store.database.raw("DROP SCHEMA IF EXISTS public CASCADE").all()
        _ = try await store.database.raw("CREATE SCHEMA public").all()
        try await store.close()
    }
}
