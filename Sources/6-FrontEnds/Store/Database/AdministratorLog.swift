import Logging

/// The full description of a failure for the server's log, which only the administrator reads: the
/// store's and the web page's own failures are logged in full there, while users see Russian text.
public enum AdministratorLog {
    /// Logs `error` in full under `message`.
    public static func failure(_ message: Logger.Message, _ error: any Error, logger: Logger) {
        var details = ""
        dump(error, to: &details, maxDepth: 6)
        logger.error(message, metadata: ["details": .string(details)])
    }
}
