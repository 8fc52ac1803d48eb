import XMLTree

/// Keeps `META-INF/manifest.xml` listing exactly the parts of an ODT package.
enum Manifest {
    static let mediaTypes: [String: String] = [
        "xml": "text/xml", "rdf": "application/rdf+xml", "png": "image/png", "jpg": "image/jpeg",
        "jpeg": "image/jpeg", "gif": "image/gif", "svg": "image/svg+xml", "bmp": "image/bmp",
    ]

    /// Removes file entries of absent parts and adds entries for parts not listed.
    /// Leaves the part untouched when nothing is off.
    static func reconcile(_ document: OfficeDocument) throws {
        let part = ODTProfile.manifestPart
        let root = try document.xml(part).root
        let files = document.partNames.filter { !$0.hasSuffix("/") && $0 != part && $0 != ODTProfile.mimetypePart }
        let present = Set(files)
        let entries = root.elements("file-entry", in: NS.manifest)
        let stale = entries.filter { node in
            guard let path = node.attribute("full-path", in: NS.manifest) else { return true }
            if path == "/" { return false }
            if path.hasSuffix("/") { return !document.partNames.contains { $0.hasPrefix(path) } }
            return !present.contains(path)
        }
        let listed = Set(entries.compactMap { $0.attribute("full-path", in: NS.manifest) })
        let missing = files.filter { !listed.contains($0) }
        if stale.isEmpty && missing.isEmpty { return }
        let editable = try document.edit(part).root
        stale.forEach { $0.remove() }
        for path in missing {
            let node = try editable.document.makeElement("file-entry", namespace: NS.manifest)
            try node.setAttribute("full-path", in: NS.manifest, to: path)
            try node.setAttribute("media-type", in: NS.manifest, to: mediaTypes[PartPath.fileExtension(of: path)] ?? "")
            editable.append(node)
        }
    }

    /// Gives `path` the media type `mediaType`: its entry changed, or a new entry added.
    static func declare(_ mediaType: String, for path: String, in document: OfficeDocument) throws {
        let root = try document.edit(ODTProfile.manifestPart).root
        if let entry = root.elements("file-entry", in: NS.manifest).first(where: {
            $0.attribute("full-path", in: NS.manifest) == path
        }) {
            try entry.setAttribute("media-type", in: NS.manifest, to: mediaType)
            return
        }
        let node = try root.document.makeElement("file-entry", namespace: NS.manifest)
        try node.setAttribute("full-path", in: NS.manifest, to: path)
        try node.setAttribute("media-type", in: NS.manifest, to: mediaType)
        root.append(node)
    }
}
