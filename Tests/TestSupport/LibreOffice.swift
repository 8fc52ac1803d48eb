import Foundation
import Output

/// Converts documents with a real LibreOffice (`soffice --headless --convert-to`).
///
/// Each call gets its own user profile, and calls are serialized: two soffice processes
/// sharing a profile block each other, and one at a time is what two cores can carry.
public enum LibreOffice {
    /// The soffice executable, when installed: found by the one rule the program uses
    /// (`PDFConverter.executable`).
    public static let executable: String? = PDFConverter.executable

    /// Whether tests that need LibreOffice run: always in CI (where a missing soffice fails them),
    /// elsewhere only when it is installed.
    public static let testsEnabled: Bool = executable != nil || ProcessInfo.processInfo.environment["CI"] != nil

    private static let lock = NSLock()

    /// Converts `files` to `format` (`txt`, `pdf`) in one soffice start; returns the output paths in order.
    public static func convert(_ files: [String], to format: String) throws -> [String] {
        guard let executable else {
            throw LibreOfficeError(
                message: "LibreOffice (soffice) не установлен: apt-get install libreoffice-writer-nogui")
        }
        let folder = try Paths.temporaryFolder()
        let profile = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: profile) }
        let filter = format == "txt" ? "txt:Text (encoded):UTF8" : format
        lock.lock()
        defer { lock.unlock() }
        let result = try Command.run(
            executable,
            [
                "-env:UserInstallation=\(profile.absoluteString)", "--headless",
                "--convert-to", filter, "--outdir", folder.path,
            ] + files)
        let outputs = files.map { file -> String in
            let base = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            return folder.appendingPathComponent("\(base).\(format)").path
        }
        for output in outputs where !FileManager.default.fileExists(atPath: output) {
            throw LibreOfficeError(message: "LibreOffice не создал \(output): \(result.stdout) \(result.stderr)")
        }
        return outputs
    }

    /// The plain text LibreOffice reads from each of `files`.
    public static func text(of files: [String]) throws -> [String] {
        try convert(files, to: "txt").map { try String(contentsOfFile: $0, encoding: .utf8) }
    }

    /// The plain text LibreOffice reads from a document held in memory, saved as `name` (its
    /// extension says the format) in a temporary folder removed afterwards.
    public static func text(ofDocument bytes: [UInt8], named name: String) throws -> String {
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return try text(of: [file])[0]
    }
}

public struct LibreOfficeError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
