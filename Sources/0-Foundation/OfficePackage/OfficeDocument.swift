import Foundation
import XMLTree
import ZipArchive

/// A DOCX or ODT package: its entries, its XML parts parsed on demand, and the stories
/// (body, headers, footers, notes) a reader sees.
///
/// Parts that are not changed are copied to the output as they are stored in the source,
/// byte for byte. Not thread-safe: each task opens its own document.
public final class OfficeDocument {
    public let format: OfficeFormat
    /// The file name used in messages.
    public let label: String
    let reader: ZipReader
    let profile: any PackageProfile
    /// Entry names in the order they will be written.
    public private(set) var partNames: [String]
    private var parsed: [String: XMLDocument] = [:]
    private var changed: Set<String> = []
    private var replaced: [String: [UInt8]] = [:]
    /// Parts removed since the package was opened; their references are dropped on writing.
    public private(set) var removedParts: Set<String> = []
    /// Whether the package is a template (Word `.dotx`, OpenDocument `.ott`) rather than a document.
    public private(set) var isTemplate = false

    /// Opens the document file at `path`, detecting its format from its content.
    /// - Throws: ``OfficeError`` naming the file and, where one is at fault, the part.
    public convenience init(path: String, limits: ZipLimits = .standard) throws {
        let label = (path as NSString).lastPathComponent
        guard FileManager.default.fileExists(atPath: path) else {
            throw OfficeError(.unreadable, "файл не найден; проверьте путь", file: label)
        }
        try self.init(reader: OfficeDocument.wrap(label) { try ZipReader(path: path, limits: limits) })
    }

    /// Opens a document held in memory; `label` names it in messages.
    public convenience init(bytes: [UInt8], label: String, limits: ZipLimits = .standard) throws {
        try self.init(reader: OfficeDocument.wrap(label) { try ZipReader(bytes: bytes, label: label, limits: limits) })
    }

    private init(reader: ZipReader) throws {
        self.reader = reader
        self.label = reader.label
        if ODTProfile.matches(reader) {
            format = .odt
            profile = ODTProfile()
        } else if DOCXProfile.matches(reader) {
            format = .docx
            profile = DOCXProfile()
        } else {
            throw OfficeError(
                .unknownFormat,
                "архив не является документом DOCX или ODT (нет ни «[Content_Types].xml», "
                    + "ни «mimetype» текстового документа); сохраните файл в Word или LibreOffice "
                    + "как «Документ Word (.docx)» или «Текст ODF (.odt)»", file: label)
        }
        partNames = reader.entries.map(\.name)
        isTemplate = try profile.validate(self) == .template
    }

    /// Makes a template package a document package: a Word template's main part gets the document
    /// content type, an OpenDocument template the text media type (in `mimetype` and the manifest).
    /// What is rendered from a template is a document: Word and python-docx refuse a `.docx` whose
    /// main part says it is a template. A document is left as it is.
    /// - Throws: ``OfficeError`` when the bookkeeping part cannot be read or changed.
    public func makeDocument() throws {
        guard isTemplate else { return }
        try OfficeDocument.wrap(label) { try profile.makeDocument(self) }
        isTemplate = false
    }

    static func wrap<T>(_ label: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ZipError {
            throw OfficeError(.unreadable, error.message, file: label, part: error.entry, cause: error)
        } catch let error as XMLError {
            throw OfficeError(.badPart, error.message, file: label, part: error.part, cause: error)
        }
    }

    /// Whether the package has a part named `part`.
    public func contains(_ part: String) -> Bool { partNames.contains(part) }

    /// The raw bytes of `part` as they would be written now.
    public func bytes(of part: String) throws -> [UInt8] {
        if let document = parsed[part], changed.contains(part) {
            return try OfficeDocument.wrap(label) { try document.serialized() }
        }
        if let bytes = replaced[part] { return bytes }
        guard reader.contains(part) else {
            throw OfficeError(.missingPart, "в документе нет части «\(part)»", file: label, part: part)
        }
        return try OfficeDocument.wrap(label) { try reader.read(part) }
    }

    /// The parsed XML of `part`, parsed once and then shared. Use ``edit(_:)`` to change it.
    public func xml(_ part: String) throws -> XMLDocument {
        if let document = parsed[part] { return document }
        let bytes = try bytes(of: part)
        let document = try OfficeDocument.wrap(label) { try XMLDocument(bytes: bytes, part: part) }
        parsed[part] = document
        return document
    }

    /// The parsed XML of `part`, marked as changed so it is serialized when the package is written.
    public func edit(_ part: String) throws -> XMLDocument {
        let document = try xml(part)
        changed.insert(part)
        return document
    }

    /// Replaces (or adds) `part` with `bytes`.
    public func setBytes(_ bytes: [UInt8], for part: String) {
        parsed[part] = nil
        changed.remove(part)
        replaced[part] = bytes
        removedParts.remove(part)
        if !partNames.contains(part) { partNames.append(part) }
    }

    /// Removes `part` from the package.
    public func remove(_ part: String) {
        parsed[part] = nil
        changed.remove(part)
        replaced[part] = nil
        if partNames.contains(part) { removedParts.insert(part) }
        partNames.removeAll { $0 == part }
    }

    /// The stories of the document in reading order: body first, then headers, footers and notes.
    public func stories() throws -> [Story] { try profile.stories(of: self) }

    /// Writes the package: format bookkeeping (manifest, content types) is brought in line
    /// with the parts present, unchanged parts are copied as stored.
    public func write() throws -> [UInt8] {
        try profile.prepareForWriting(self)
        return try OfficeDocument.wrap(label) {
            let writer = try ZipWriter(label: label)
            for name in profile.writeOrder(partNames) {
                if changed.contains(name) || replaced[name] != nil {
                    try writer.add(name, bytes: try bytes(of: name), compressed: profile.compresses(name))
                } else if let entry = reader.entry(named: name) {
                    try writer.copy(entry, from: reader)
                }
            }
            return try writer.finish()
        }
    }
}

extension OfficeDocument {
    /// The text of each paragraph of `story`, in order.
    public func paragraphTexts(of story: Story) throws -> [String] {
        paragraphs(of: story, in: try xml(story.part)).map(profile.text(ofParagraph:))
    }

    /// The paragraph elements of `story` in `part`, the parsed XML of `story.part`
    /// (this document's own, or a copy being edited), in reading order.
    public func paragraphs(of story: Story, in part: XMLDocument) -> [XMLNode] {
        profile.paragraphs(of: story, in: part)
    }
}

extension OfficeDocument {
    /// The entries of the source package as its central directory lists them.
    public var entries: [ZipEntry] { reader.entries }
}
