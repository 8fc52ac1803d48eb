import XMLTree

/// Keeps `[Content_Types].xml` in line with the parts of a DOCX package.
enum ContentTypes {
    /// Media types for extensions a template may carry without a `Default` entry.
    static let knownDefaults: [String: String] = [
        "rels": "application/vnd.openxmlformats-package.relationships+xml",
        "xml": "application/xml",
        "png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg", "gif": "image/gif",
        "bmp": "image/bmp", "emf": "image/x-emf", "wmf": "image/x-wmf", "svg": "image/svg+xml",
        "tif": "image/tiff", "tiff": "image/tiff",
    ]

    /// Drops `Override` entries of absent parts and adds a `Default` for any present
    /// extension that has no type. Leaves the part untouched when nothing is off.
    static func reconcile(_ document: OfficeDocument) throws {
        let part = DOCXProfile.contentTypes
        let root = try document.xml(part).root
        let present = Set(document.partNames.filter { !$0.hasSuffix("/") && $0 != part })
        let overrides = root.elements("Override", in: NS.contentTypes)
        let stale = overrides.filter { node in
            guard let name = node.attribute("PartName") else { return true }
            return !present.contains(String(name.drop(while: { $0 == "/" })))
        }
        let overridden = Set(overrides.compactMap { $0.attribute("PartName") }.map { String($0.drop(while: { $0 == "/" })) })
        let defaults = Set(root.elements("Default", in: NS.contentTypes).compactMap { $0.attribute("Extension")?.lowercased() })
        let missing = Set(present.filter { !overridden.contains($0) }.map(PartPath.fileExtension))
            .subtracting(defaults).filter { knownDefaults[$0] != nil }.sorted()
        if stale.isEmpty && missing.isEmpty { return }
        let editable = try document.edit(part).root
        stale.forEach { $0.remove() }
        for ext in missing {
            let node = try editable.document.makeElement("Default", namespace: NS.contentTypes)
            try node.setAttribute("Extension", to: ext)
            try node.setAttribute("ContentType", to: knownDefaults[ext] ?? "application/octet-stream")
            if let first = editable.firstChild { first.insertBefore(node) } else { editable.append(node) }
        }
    }
}
