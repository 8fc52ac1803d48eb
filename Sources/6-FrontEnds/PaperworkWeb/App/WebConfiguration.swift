import Foundation

/// How `paperwork serve` runs: where it listens, where it keeps its data, what it allows.
public struct WebConfiguration: Sendable {
    /// The address to listen on; 127.0.0.1 (this computer only) unless said otherwise.
    public var host: String
    /// The port to listen on.
    public var port: Int
    /// The data folder: the SQLite database lives there unless ``database`` names another.
    public var dataFolder: String
    /// A `postgres://` address, or `nil` for SQLite in the data folder.
    public var database: String?
    /// The largest request body (uploads), in bytes.
    public var uploadLimit: Int
    /// Whether every page but the login asks for a login; on by default beyond loopback.
    public var requireLogin: Bool

    /// A configuration; a login is required whenever `host` is not a loopback address.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, dataFolder: String = "./paperwork-data",
        database: String? = nil, uploadLimit: Int = 20 << 20, requireLogin: Bool? = nil
    ) {
        self.host = host
        self.port = port
        self.dataFolder = dataFolder
        self.database = database
        self.uploadLimit = uploadLimit
        self.requireLogin = requireLogin ?? !WebConfiguration.isLoopback(host)
    }

    /// Whether `host` reaches this computer only (127.0.0.0/8, ::1, localhost).
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}
