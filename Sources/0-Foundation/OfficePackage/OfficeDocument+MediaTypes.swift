extension OfficeDocument {
    /// Gives `path` the media type `mediaType` in the package's bookkeeping: in DOCX an `Override` in
    /// `[Content_Types].xml` (a chart part, an embedded workbook), in ODT an entry of the manifest
    /// (a sub-document's folder `Object 1/` and its parts). Call after the part is added.
    /// - Throws: ``OfficeError`` when the bookkeeping part cannot be read or changed.
    public func declare(mediaType: String, for path: String) throws {
        try OfficeDocument.wrap(label) { try profile.declare(mediaType, for: path, in: self) }
    }
}
