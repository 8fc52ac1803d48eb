import XMLTree

/// One relationship of an OPC part (`<Relationship Id Type Target TargetMode/>`).
struct Relationship {
    let id: String
    let type: String
    /// The target part resolved to a package path, or the raw target when external.
    let target: String
    let external: Bool

    /// The relationships of `part` ("" for the package itself); none when it has no rels part.
    static func all(in document: OfficeDocument, for part: String) throws -> [Relationship] {
        let relsPart = part.isEmpty ? DOCXProfile.packageRelationships : PartPath.relationships(of: part)
        guard document.contains(relsPart) else { return [] }
        let folder = PartPath.folder(of: part)
        return try document.xml(relsPart).root.elements("Relationship", in: NS.relationships).compactMap { node in
            guard let id = node.attribute("Id"), let type = node.attribute("Type"),
                let target = node.attribute("Target")
            else { return nil }
            let external = node.attribute("TargetMode") == "External"
            return Relationship(
                id: id, type: type, target: external ? target : PartPath.resolve(target, from: folder),
                external: external)
        }
    }

    /// Removes relationships that point to parts removed from the package.
    static func dropDangling(in document: OfficeDocument) throws {
        guard !document.removedParts.isEmpty else { return }
        for relsPart in document.partNames where relsPart.hasSuffix(".rels") {
            let folder = sourceFolder(ofRelationshipsPart: relsPart)
            let root = try document.xml(relsPart).root
            let dangling = root.elements("Relationship", in: NS.relationships).filter { node in
                guard node.attribute("TargetMode") != "External", let target = node.attribute("Target") else {
                    return false
                }
                return document.removedParts.contains(PartPath.resolve(target, from: folder))
            }
            if dangling.isEmpty { continue }
            _ = try document.edit(relsPart)
            dangling.forEach { $0.remove() }
        }
    }

    /// `word/_rels/document.xml.rels` → `word`; `_rels/.rels` → "".
    private static func sourceFolder(ofRelationshipsPart part: String) -> String {
        let folder = PartPath.folder(of: part)
        if folder == "_rels" { return "" }
        return folder.hasSuffix("/_rels") ? String(folder.dropLast("/_rels".count)) : folder
    }
}
