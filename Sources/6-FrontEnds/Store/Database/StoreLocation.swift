import Diagnostics
import Foundation

/// Where the store keeps its data: an SQLite file (the default, in the data folder) or a
/// PostgreSQL database named by a `postgres://` address (several servers behind one address).
public enum StoreLocation: Sendable, Equatable {
    /// An SQLite database in the file at `path`; the folder is created when missing.
    case sqlite(path: String)
    /// A PostgreSQL database at `url` (`postgres://user:password@host:5432/name`).
    case postgres(url: String)

    /// The location `--database` names, or the SQLite file `paperwork.sqlite` in `dataFolder`.
    /// - Throws: ``Diagnostic`` `store_bad_address` for an address that is neither PostgreSQL nor SQLite.
    public static func from(database: String?, dataFolder: String) throws -> StoreLocation {
        guard let database, !database.isEmpty else {
            return .sqlite(path: URL(fileURLWithPath: dataFolder).appendingPathComponent("paperwork.sqlite").path)
        }
        if database.hasPrefix("postgres://") || database.hasPrefix("postgresql://") { return .postgres(url: database) }
        if database.hasPrefix("sqlite://") { return .sqlite(path: String(database.dropFirst("sqlite://".count))) }
        throw Diagnostic(
            "store_bad_address",
            "адрес базы данных должен начинаться с postgres:// (например, postgres://paperwork:пароль@127.0.0.1:5432/"
                + "paperwork) или sqlite:// (путь к файлу); без --database данные хранятся в файле paperwork.sqlite "
                + "в папке данных",
            at: SourceLocation(field: "--database"))
    }

    /// The location for messages: the file's path, or the PostgreSQL address without its password.
    public var display: String {
        switch self {
        case .sqlite(let path): return path
        case .postgres(let url):
            guard var parts = URLComponents(string: url) else { return "PostgreSQL" }
            if parts.password != nil { parts.password = "***" }
            return parts.string ?? "PostgreSQL"
        }
    }
}
