extension OfficeDocument {
    /// The parts `part` refers to through relationships of `kind` (the last word of the relationship
    /// type: `numbering`, `styles`, `image`), resolved to package paths; external targets and
    /// parts missing from the package left out. An ODT has no relationships: always empty.
    /// - Throws: ``OfficeError`` when the relationships part cannot be read.
    public func relatedParts(of part: String, kind: String) throws -> [String] {
        guard format == .docx else { return [] }
        return try Relationship.all(in: self, for: part)
            .filter { !$0.external && $0.type.hasSuffix("/" + kind) && contains($0.target) }.map(\.target)
    }

    /// The relationships of `part` (DOCX): id, type, target (a package path, or the raw target
    /// when `external`).
    /// - Throws: ``OfficeError`` when the relationships part cannot be read.
    public func relationships(of part: String) throws -> [(id: String, type: String, target: String, external: Bool)] {
        guard format == .docx else { return [] }
        return try Relationship.all(in: self, for: part).map { ($0.id, $0.type, $0.target, $0.external) }
    }

    /// The media type the package declares for `part` (DOCX: its content type override; a type its
    /// extension gives is left to the writing package to declare); nil when there is none.
    /// - Throws: ``OfficeError`` when the bookkeeping part cannot be read.
    public func mediaType(of part: String) throws -> String? {
        guard format == .docx else { return nil }
        let override = try xml(DOCXProfile.contentTypes).root.elements("Override", in: NS.contentTypes).first {
            $0.attribute("PartName").map { String($0.drop { $0 == "/" }) } == part
        }
        return override?.attribute("ContentType")
    }

    /// The part that holds the document's body: `word/document.xml` (or wherever `_rels/.rels`
    /// points) in a DOCX, `content.xml` in an ODT.
    /// - Throws: ``OfficeError`` when the package does not say.
    public func bodyPart() throws -> String {
        guard let body = try stories().first(where: { $0.kind == .body }) else {
            throw OfficeError(.missingPart, "в документе нет основного текста", file: label)
        }
        return body.part
    }
}
