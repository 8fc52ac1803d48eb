import Foundation

/// Places in the repository that tests read from.
public enum Paths {
    /// The repository root (the folder holding Package.swift).
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// A shipped template (`order.docx`), where the PaperworkKit target keeps it as a resource.
    public static func templates(_ name: String) -> String {
        root.appendingPathComponent("Sources/6-FrontEnds/PaperworkKit/Templates/\(name)").path
    }

    /// A test fixture: `Tests/Fixtures/<name>` (`hostile/xxe.docx`, `seeds/…`).
    public static func fixture(_ name: String) -> String { root.appendingPathComponent("Tests/Fixtures/\(name)").path }

    /// A shipped example: `Examples/<name>` (`orders/lysogorsk-2022-57.yaml`, `results/shnor-2023.csv`).
    public static func example(_ name: String) -> String { root.appendingPathComponent("Examples/\(name)").path }

    /// The built `paperwork` executable, beside the test bundle.
    public static let paperwork: String = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
                "paperwork"),
            root.appendingPathComponent(".build/debug/paperwork"),
        ]
        return (candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]).path
    }()

    /// A new empty temporary folder.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("paperwork-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
