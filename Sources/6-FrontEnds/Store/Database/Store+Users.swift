import Diagnostics
import Dispatch
import Foundation
import HummingbirdBcrypt
import SQLKit

extension Store {
    /// Adds a user, or gives an existing one a new password and role.
    /// - Parameter cost: bcrypt's cost (2^cost rounds); lower only in tests.
    /// - Throws: ``Diagnostic`` `user_bad_name` or `user_weak_password`.
    public func setUser(name: String, password: String, role: Role, cost: UInt8 = 12) async throws {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 64, !name.contains(where: { $0.isNewline || $0.isWhitespace }) else {
            throw Diagnostic(
                "user_bad_name", "имя пользователя должно быть словом без пробелов, не длиннее 64 знаков",
                at: SourceLocation(field: "имя"))
        }
        guard password.count >= 8 else {
            throw Diagnostic(
                "user_weak_password", "пароль должен быть не короче 8 знаков; придумайте пароль длиннее",
                at: SourceLocation(field: "пароль"))
        }
        let hash = await Store.slowly { Bcrypt.hash(password, cost: cost) }
        try await transaction { database in
            try await database.delete(from: "sessions").where("user_name", .equal, name).run()
            try await database.delete(from: "users").where("name", .equal, name).run()
            try await database.insert(into: "users").columns("name", "password_hash", "role", "created_at")
                .values(SQLBind(name), SQLBind(hash), SQLBind(role.rawValue), SQLBind(Store.now())).run()
        }
    }

    /// The user `name` when `password` is theirs, otherwise `nil`.
    public func verifyUser(name: String, password: String) async throws -> UserRecord? {
        let row = try await run { database in
            try await database.select().columns("name", "password_hash", "role", "created_at").from("users")
                .where("name", .equal, name).first()
        }
        guard let row else {
            // The same work as for a real user, so that timing does not tell which names exist.
            _ = await Store.slowly { Bcrypt.verify(password, hash: Store.decoyHash) }
            return nil
        }
        let hash = try row.decode(column: "password_hash", as: String.self)
        guard await Store.slowly({ Bcrypt.verify(password, hash: hash) }) else { return nil }
        return try Store.user(from: row)
    }

    /// Every user, by name.
    public func users() async throws -> [UserRecord] {
        try await run { database in
            try await database.select().columns("name", "role", "created_at").from("users").orderBy("name").all().map(
                Store.user(from:))
        }
    }

    /// Starts a session for `user`.
    /// - Returns: the session's secret token, for the cookie.
    public func startSession(user: String, lifetime: TimeInterval = 12 * 3600) async throws -> String {
        let token = Store.randomToken()
        try await run { database in
            try await database.insert(into: "sessions").columns("token", "user_name", "expires_at")
                .values(SQLBind(token), SQLBind(user), SQLBind(Store.now() + Int(lifetime))).run()
        }
        return token
    }

    /// The user of the session `token`, or `nil` when there is no such session or it has expired.
    public func sessionUser(token: String) async throws -> UserRecord? {
        try await run { database in
            try await database.select()
                .columns(
                    SQLColumn("name", table: "users"), SQLColumn("role", table: "users"),
                    SQLColumn("created_at", table: "users")
                ).from("sessions")
                .join("users", on: SQLColumn("user_name", table: "sessions"), .equal, SQLColumn("name", table: "users"))
                .where(SQLColumn("token", table: "sessions"), .equal, SQLBind(token))
                .where(SQLColumn("expires_at", table: "sessions"), .greaterThan, SQLBind(Store.now())).first()
                .map(Store.user(from:))
        }
    }

    /// Ends the session `token`.
    public func endSession(token: String) async throws {
        try await run { database in try await database.delete(from: "sessions").where("token", .equal, token).run() }
    }

    /// 32 random bytes as hexadecimal: session tokens, CSRF tokens, identifiers.
    public static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    static func user(from row: any SQLRow) throws -> UserRecord {
        UserRecord(
            name: try row.decode(column: "name", as: String.self),
            role: Role(rawValue: try row.decode(column: "role", as: String.self)) ?? .methodist,
            createdAt: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "created_at", as: Int.self))))
    }

    /// Runs bcrypt (a quarter of a second by design) on a dispatch queue, off the threads that serve requests.
    static func slowly<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: body()) }
        }
    }

    private static let decoyHash = Bcrypt.hash("paperwork-decoy", cost: 12)
}
