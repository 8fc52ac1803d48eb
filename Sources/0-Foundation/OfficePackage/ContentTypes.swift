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

    /// The content type `[Content_Types].xml` gives `part`: its `Override`, else the `Default` of
    /// its extension; `nil` when neither exists. Part names compare case-insensitively, as OPC says.
    static func type(of part: String, in document: OfficeDocument) throws -> String? {
        let root = try document.xml(DOCXProfile.contentTypes).root
        if let override = root.elements("Override", in: NS.contentTypes).first(where: { named($0, part) }) {
            return override.attribute("ContentType")
        }
        let ext = PartPath.fileExtension(of: part)
        return root.elements("Default", in: NS.contentTypes)
            .first { $0.attribute("Extension")?.lowercased() == ext }?.attribute("ContentType")
    }

    /// Whether a part present in the package is declared a VBA project (a document's macros).
    static func declaresMacros(_ document: OfficeDocument) throws -> Bool {
        let root = try document.xml(DOCXProfile.contentTypes).root
        func isVBA(_ node: XMLNode) -> Bool { node.attribute("ContentType")?.lowercased() == WordMainType.vbaProject }
        let parts = document.partNames.map { $0.lowercased() }
        if root.elements("Override", in: NS.contentTypes).contains(where: { node in
            isVBA(node) && parts.contains { named(node, $0) }
        }) {
            return true
        }
        let extensions = Set(
            root.elements("Default", in: NS.contentTypes).filter(isVBA).compactMap {
                $0.attribute("Extension")?.lowercased()
            })
        return !extensions.isEmpty && parts.contains { extensions.contains(PartPath.fileExtension(of: $0)) }
    }

    /// Gives `part` the content type `type` through its `Override`, adding one when it has none.
    static func setType(_ type: String, of part: String, in document: OfficeDocument) throws {
        let root = try document.edit(DOCXProfile.contentTypes).root
        if let override = root.elements("Override", in: NS.contentTypes).first(where: { named($0, part) }) {
            try override.setAttribute("ContentType", to: type)
            return
        }
        let node = try root.document.makeElement("Override", namespace: NS.contentTypes)
        try node.setAttribute("PartName", to: "/" + part)
        try node.setAttribute("ContentType", to: type)
        root.append(node)
    }

    /// Whether `Override` node names `part`.
    private static func named(_ node: XMLNode, _ part: String) -> Bool {
        guard let name = node.attribute("PartName") else { return false }
        return name.drop(while: { $0 == "/" }).lowercased() == part.lowercased()
    }

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
        let overridden = Set(
            overrides.compactMap { $0.attribute("PartName") }.map { String($0.drop(while: { $0 == "/" })) })
        let defaults = Set(
            root.elements("Default", in: NS.contentTypes).compactMap { $0.attribute("Extension")?.lowercased() })
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
