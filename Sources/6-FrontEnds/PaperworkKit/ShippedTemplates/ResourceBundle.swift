import Foundation

/// Finds a SwiftPM resource bundle that travels beside the program: next to the executable (as
/// `swift build` leaves it), inside a macOS bundle, or in `share/paperwork/` of an installation.
/// The one place that knows where resource bundles may stand.
public enum ResourceBundle {
    /// The folder of the bundle `name` (`Paperwork_PaperworkKit`), or nil when it was not
    /// installed with the program.
    public static func folder(_ name: String) -> URL? {
        var programFolders: [URL] = []
        if let executable = Bundle.main.executableURL {
            programFolders.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        programFolders.append(Bundle.main.bundleURL)
        let bundles = programFolders.flatMap { folder in
            [
                folder.appendingPathComponent("\(name).resources"),
                folder.appendingPathComponent("\(name).bundle/Contents/Resources"),
                folder.appendingPathComponent("\(name).bundle"),
                folder.deletingLastPathComponent().appendingPathComponent("share/paperwork/\(name).resources"),
            ]
        }
        return bundles.first { bundle in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: bundle.path, isDirectory: &isFolder) && isFolder.boolValue
        }
    }
}
