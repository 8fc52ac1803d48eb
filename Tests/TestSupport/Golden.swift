import Foundation
import XMLTree
import ZipArchive

/// Golden files for whole documents, stored under `Tests/Golden/<name>/`: `entries.txt` lists every
/// entry of the package in archive order (other than XML, with its size and CRC-32), and every XML
/// part is stored indented at its own path. A comparison checks the entries, their order and every
/// part, and describes each difference with a unified diff.
///
/// Set `PAPERWORK_RECORD_GOLDEN=1` to record them anew — only on purpose: a recording run writes the
/// files and still fails, saying what it recorded, so it cannot pass by accident.
public enum Golden {
    /// The listing of a package's entries, beside its parts.
    public static let listing = "entries.txt"

    public static var recording: Bool { ProcessInfo.processInfo.environment["PAPERWORK_RECORD_GOLDEN"] == "1" }

    /// Compares `package` with the golden folder `name`; returns readable differences (none when equal).
    public static func compare(_ package: [UInt8], name: String) throws -> [String] {
        try compare(package, folder: Paths.root.appendingPathComponent("Tests/Golden/\(name)"), recording: recording)
    }

    /// Compares `package` with the golden files in `folder`, or records them there when `recording`
    /// (and then returns one line saying so, which fails the test).
    public static func compare(_ package: [UInt8], folder: URL, recording: Bool) throws -> [String] {
        let actual = try files(of: package, label: folder.lastPathComponent)
        let stored = storedFiles(in: folder)
        if recording {
            try record(actual, replacing: stored, in: folder)
            return [
                "\(folder.lastPathComponent): эталон записан заново (PAPERWORK_RECORD_GOLDEN=1), файлов: \(actual.count); "
                    + "проверьте изменения (git diff \(folder.path)) и запустите тест без PAPERWORK_RECORD_GOLDEN"
            ]
        }
        var differences: [String] = []
        for (path, text) in actual {
            guard let expected = stored[path] else {
                differences.append("\(path): нет эталона (запишите его с PAPERWORK_RECORD_GOLDEN=1)")
                continue
            }
            if let diff = UnifiedDiff.make(expected: expected, actual: text) { differences.append("\(path):\n\(diff)") }
        }
        let produced = Set(actual.map(\.path))
        differences += stored.keys.filter { !produced.contains($0) }.sorted().map {
            "\($0): есть в эталоне, нет в документе"
        }
        return differences
    }

    /// The golden files of a package, in the order they are compared: the listing first, then
    /// the XML parts in archive order.
    static func files(of package: [UInt8], label: String) throws -> [(path: String, text: String)] {
        let reader = try ZipReader(bytes: package, label: label)
        var lines: [String] = []
        var parts: [(path: String, text: String)] = []
        for entry in reader.entries {
            guard !entry.isDirectory else {
                lines.append(entry.name)
                continue
            }
            let bytes = try reader.read(entry)
            if isXML(entry.name) {
                lines.append(entry.name)
                let indented = try XMLDocument(bytes: bytes, part: entry.name).serialized(indented: true)
                parts.append((entry.name, String(decoding: indented, as: UTF8.self)))
            } else {
                lines.append("\(entry.name)\t\(bytes.count) байт\tCRC-32 \(String(entry.crc32, radix: 16))")
            }
        }
        return [(listing, lines.joined(separator: "\n") + "\n")] + parts
    }

    static func isXML(_ name: String) -> Bool {
        name.hasSuffix(".xml") || name.hasSuffix(".rels") || name.hasSuffix(".rdf")
    }

    /// Every file under `folder`, by its path inside it.
    static func storedFiles(in folder: URL) -> [String: String] {
        var stored: [String: String] = [:]
        for path in FileManager.default.subpaths(atPath: folder.path) ?? [] {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
                continue
            }
            stored[path] = (try? String(contentsOf: url, encoding: .utf8)) ?? "<файл не читается как UTF-8>"
        }
        return stored
    }

    private static func record(
        _ files: [(path: String, text: String)], replacing stored: [String: String], in folder: URL
    ) throws {
        let produced = Set(files.map(\.path))
        for path in stored.keys where !produced.contains(path) {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(path))
        }
        for (path, text) in files {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
    }
}
