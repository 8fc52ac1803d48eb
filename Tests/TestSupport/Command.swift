import Foundation

/// The outcome of running a program.
public struct CommandResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
}

/// Runs programs for end-to-end tests.
public enum Command {
    /// Runs `executable` with `arguments` in `directory`, waiting for it to end; `stdin` (as UTF-8)
    /// or `stdinBytes` (as they are) is its standard input.
    /// - Parameter environment: the program's whole environment; `nil` passes the test's own.
    public static func run(
        _ executable: String, _ arguments: [String], in directory: URL? = nil,
        stdin: String? = nil, stdinBytes: [UInt8]? = nil,
        environment: [String: String]? = nil
    ) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let bytes = stdinBytes ?? stdin.map({ Array($0.utf8) }) { input.fileHandleForWriting.write(Data(bytes)) }
        try input.fileHandleForWriting.close()
        // Read both pipes while the program runs so a full pipe cannot block it.
        nonisolated(unsafe) var errData = Data()
        let reader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        return CommandResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs the built `paperwork` with `arguments`.
    /// - Parameter environment: the program's whole environment; `nil` passes the test's own.
    public static func paperwork(
        _ arguments: [String], in directory: URL? = nil, stdin: String? = nil,
        stdinBytes: [UInt8]? = nil, environment: [String: String]? = nil
    ) throws -> CommandResult {
        try run(
            Paths.paperwork, arguments, in: directory, stdin: stdin, stdinBytes: stdinBytes, environment: environment)
    }

    /// The test's own environment with `changes` applied (a `nil` value removes a variable).
    public static func environment(_ changes: [String: String?]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for (name, value) in changes { environment[name] = value }
        return environment
    }
}
