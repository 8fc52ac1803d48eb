import Documents
import Foundation
import Ingest
import Monitoring
import OfficePackage
import Orders
import Output
import RussianText
import Tables
import TemplateEngine

/// Finds the shipped templates: `$PAPERWORK_TEMPLATES`, a `Templates` folder beside the program
/// or above it (a build inside the repository), or in the current folder.
public enum TemplateLocator {
    /// The path of the shipped template `name`, or `nil`.
    public static func find(_ name: String) -> String? {
        var folders: [URL] = []
        if let custom = ProcessInfo.processInfo.environment["PAPERWORK_TEMPLATES"] { folders.append(URL(fileURLWithPath: custom)) }
        var executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            folders.append(executable.appendingPathComponent("Templates"))
            executable.deleteLastPathComponent()
        }
        folders.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Templates"))
        return folders.map { $0.appendingPathComponent(name).path }.first { FileManager.default.fileExists(atPath: $0) }
    }
}
