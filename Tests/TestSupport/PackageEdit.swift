import Foundation
import ZipArchive

/// Makes variants of a package for tests: the same entries in the same order, with some
/// entries' text changed (a `.dotx` from a `.docx`, an `.ott` from an `.odt`, a `.docm`…).
public enum PackageEdit {
    /// `package` with every occurrence of `old` in the text of `entry` replaced by `new`;
    /// `mimetype` stays stored.
    public static func replacing(_ old: String, with new: String, in entry: String, of package: [UInt8]) throws
        -> [UInt8]
    {
        let reader = try ZipReader(bytes: package, label: "fixture")
        let writer = try ZipWriter(label: "fixture")
        for item in reader.entries {
            guard item.name == entry else {
                try writer.copy(item, from: reader)
                continue
            }
            let text = String(decoding: try reader.read(item), as: UTF8.self)
            try writer.add(
                item.name, bytes: Array(text.replacingOccurrences(of: old, with: new).utf8),
                compressed: item.name != "mimetype")
        }
        return try writer.finish()
    }

    /// The text of `entry` in `package`.
    public static func text(of entry: String, in package: [UInt8]) throws -> String {
        String(decoding: try ZipReader(bytes: package, label: "fixture").read(entry), as: UTF8.self)
    }
}
