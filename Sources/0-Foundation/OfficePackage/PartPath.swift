/// Path arithmetic for parts inside a package (always `/`-separated, relative to the root).
public enum PartPath {
    /// The folder of `part`, without a trailing slash ("" for the root).
    public static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[..<slash])
    }

    /// The relationships part of `part` (`word/_rels/document.xml.rels`).
    public static func relationships(of part: String) -> String {
        let folder = folder(of: part)
        let name = part.split(separator: "/").last.map(String.init) ?? part
        return (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
    }

    /// Resolves a relationship target written relative to `folder`, folding `.` and `..`.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }

    /// The lower-cased extension of `part`, without the dot.
    static func fileExtension(of part: String) -> String {
        guard let name = part.split(separator: "/").last, let dot = name.lastIndex(of: ".") else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
