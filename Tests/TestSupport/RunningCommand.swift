import Foundation

/// A program started in the background, for tests that stop it midway or run two at once.
public final class RunningCommand: @unchecked Sendable {
    public let process: Process
    private let errors: URL

    /// Starts `executable` with `arguments`; its stdout is dropped, its stderr kept in a file.
    public init(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        errors = try Paths.temporaryFolder().appendingPathComponent("stderr.txt")
        try Data().write(to: errors)
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
    }

    /// Starts the built `paperwork` with `arguments`.
    public static func paperwork(_ arguments: [String]) throws -> RunningCommand {
        try RunningCommand(Paths.paperwork, arguments)
    }

    /// Sends SIGKILL (when still running) and waits for the end.
    public func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Waits for the end; returns the exit status and what the program wrote to stderr.
    public func wait() -> (status: Int32, stderr: String) {
        process.waitUntilExit()
        let text = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        return (process.terminationStatus, text)
    }
}
