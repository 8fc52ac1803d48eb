import Diagnostics
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit

/// What the web page keeps, year after year: the department, schools, methodologies, monitoring
/// campaigns with their scores, generated document sets, users and sessions.
///
/// One API over SQLKit: the same queries run on SQLite (one file in the data folder, the default)
/// and on PostgreSQL. ``open(_:)`` applies the versioned migrations (``Migrations``) before
/// anything else, so every server of several sees the same tables.
public final class Store: Sendable {
    /// The database every query goes through.
    let database: any SQLDatabase
    /// Where the data lives.
    public let location: StoreLocation
    /// Serializes the SQLite store's work on its one connection; `nil` on PostgreSQL, whose pool
    /// gives each transaction a connection of its own.
    private let lock: AsyncLock?
    private let closeDatabase: @Sendable () async throws -> Void

    private init(
        database: any SQLDatabase, location: StoreLocation, lock: AsyncLock?,
        close: @escaping @Sendable () async throws -> Void
    ) {
        self.database = database
        self.location = location
        self.lock = lock
        self.closeDatabase = close
    }

    /// Opens the store at `location` and brings its tables up to the current version.
    /// - Throws: ``Diagnostic`` `store_unavailable` when the database cannot be opened or migrated.
    public static func open(_ location: StoreLocation) async throws -> Store {
        try await open(location, migrating: true)
    }

    /// Opens the store, bringing its tables up to date unless `migrating` is false (the tests'
    /// reset, which drops a database whatever version it holds).
    static func open(_ location: StoreLocation, migrating: Bool) async throws -> Store {
        let logger = Logger(label: "paperwork.store")
        let store: Store
        do {
            switch location {
            case .sqlite(let path):
                let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
                let database = connection.sql(queryLogLevel: nil)
                _ = try await database.raw("PRAGMA journal_mode = WAL").all()
                _ = try await database.raw("PRAGMA foreign_keys = ON").all()
                // Another process (a clerk's `paperwork register add` beside the server) may hold the
                // file for a moment: wait for it instead of failing.
                _ = try await database.raw("PRAGMA busy_timeout = 30000").all()
                store = Store(database: database, location: location, lock: AsyncLock()) {
                    try await connection.close()
                }
            case .postgres(let url):
                let configuration = try SQLPostgresConfiguration(url: url)
                let pool = EventLoopGroupConnectionPool(
                    source: PostgresConnectionSource(sqlConfiguration: configuration), maxConnectionsPerEventLoop: 4,
                    logger: logger, on: MultiThreadedEventLoopGroup.singleton)
                let owner = PoolOwner(pool: pool)
                store = Store(
                    database: pool.database(logger: logger).sql(queryLogLevel: nil), location: location, lock: nil
                ) { try await owner.pool.shutdownAsync() }
            }
        } catch {
            throw Store.unavailable(location, error)
        }
        guard migrating else { return store }
        do {
            try await Migrations.apply(to: store)
        } catch {
            try? await store.close()
            throw error is Diagnostic ? error : Store.unavailable(location, error)
        }
        return store
    }

    /// Closes the database; call once, when the server stops.
    public func close() async throws { try await closeDatabase() }

    /// Runs `body` with the database: on SQLite one operation at a time.
    func run<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        do {
            if let lock { return try await lock.run { try await body(database) } }
            return try await body(database)
        } catch let error as Diagnostic {
            throw error
        } catch {
            AdministratorLog.failure("store query failed", error, logger: Store.logger)
            throw Store.failed(error)
        }
    }

    /// Runs `body` in one transaction: all of its writes are kept, or none. On SQLite the
    /// transaction takes the write lock at once (`BEGIN IMMEDIATE`), so that transactions of
    /// several processes wait for each other instead of failing when they start to write.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let begin: SQLQueryString = isPostgres ? "BEGIN" : "BEGIN IMMEDIATE"
        return try await run { database in
            try await database.withSession { session in
                _ = try await session.raw(begin).all()
                do {
                    let value = try await body(session)
                    _ = try await session.raw("COMMIT").all()
                    return value
                } catch {
                    _ = try? await session.raw("ROLLBACK").all()
                    throw error
                }
            }
        }
    }

    /// Whether the database is PostgreSQL (for the few statements whose types differ).
    var isPostgres: Bool {
        if case .postgres = location { return true }
        return false
    }

    /// Where the store's own failures are logged in full, for the administrator; users see Russian.
    static let logger = Logger(label: "paperwork.store")

    /// The database cannot be opened; the driver's own words go to the administrator's log.
    static func unavailable(_ location: StoreLocation, _ error: any Error) -> Diagnostic {
        // An address the driver cannot read holds the password: it is not logged.
        if !(error is URLError) { AdministratorLog.failure("store cannot be opened", error, logger: logger) }
        return Diagnostic(
            "store_unavailable",
            "база данных «\(location.display)» не открывается; проверьте, что папка данных доступна для записи, "
                + "а сервер PostgreSQL запущен и адрес, имя пользователя и пароль в --database верны",
            at: SourceLocation(),
            cause: error is URLError ? "адрес не читается как URL" : nil)
    }

    static func failed(_ error: any Error) -> Diagnostic {
        Diagnostic(
            "store_failed",
            "база данных не выполнила запрос; повторите действие, а если ошибка повторяется — проверьте, "
                + "что на диске есть место и сервер базы данных работает",
            at: SourceLocation())
    }
}

/// The PostgreSQL connection pool, kept for its shutdown; the pool itself is thread-safe.
private final class PoolOwner: @unchecked Sendable {
    let pool: EventLoopGroupConnectionPool<PostgresConnectionSource>
    init(pool: EventLoopGroupConnectionPool<PostgresConnectionSource>) { self.pool = pool }
}
