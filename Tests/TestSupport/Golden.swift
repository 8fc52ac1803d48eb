import Foundation
import XMLTree
import ZipArchive

/// Golden files for whole documents: every XML part of a package, indented, stored under
/// `Tests/Golden/<name>/`. Set `PAPERWORK_RECORD_GOLDEN=1` to record them anew — only on purpose.
public enum Golden {
    public static var recording: Bool { ProcessInfo.processInfo.environment["PAPERWORK_RECORD_GOLDEN"] == "1" }

    /// Compares the XML parts of `package` with the golden folder `name`; returns readable differences.
    public static func compare(_ package: [UInt8], name: String) throws -> [String] {
        let reader = try ZipReader(bytes: package, label: name)
        let folder = Paths.root.appendingPathComponent("Tests/Golden/\(name)")
        var differences: [String] = []
        var expectedParts = Set((FileManager.default.subpaths(atPath: folder.path) ?? [])
            .filter { !$0.hasSuffix("/") && ($0.hasSuffix(".xml") || $0.hasSuffix(".rels")) })
        for entry in reader.entries where entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels") {
            let indented = String(decoding: try XMLDocument(bytes: try reader.read(entry), part: entry.name)
                .serialized(indented: true), as: UTF8.self)
            let file = folder.appendingPathComponent(entry.name)
            expectedParts.remove(entry.name)
            if recording {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try indented.write(to: file, atomically: true, encoding: .utf8)
                continue
            }
            guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
                differences.append("\(entry.name): нет эталона (запустите с PAPERWORK_RECORD_GOLDEN=1)")
                continue
            }
            if let difference = firstDifference(expected, indented) { differences.append("\(entry.name): \(difference)") }
        }
        differences += expectedParts.sorted().map { "\($0): есть в эталоне, нет в документе" }
        return differences
    }

    private static func firstDifference(_ expected: String, _ actual: String) -> String? {
        let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? a[index] : "<конец>", right = index < b.count ? b[index] : "<конец>"
            if left != right { return "строка \(index + 1):\n  эталон: \(left)\n  сейчас: \(right)" }
        }
        return nil
    }
}
