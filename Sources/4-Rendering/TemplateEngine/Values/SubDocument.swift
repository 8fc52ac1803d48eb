import OfficePackage
import XMLTree
import ZipArchive

/// Another document whose body a tag inserts where it stands (вложенный документ, приложение):
/// `{{p subdoc("приложение.docx") }}`. Its text goes in as it is: its styles missing from the
/// template are added, its lists keep their numbering, its pictures and links come along, its
/// section properties (page size, headers) stay behind (``SubDocumentEmbedding``).
///
/// Made only through ``init(bytes:name:)``, which opens and checks the file, so a value that
/// exists is a readable document of a known format.
public struct SubDocument: Sendable, Equatable {
    /// The file's name, for messages.
    public let name: String
    public let format: OfficeFormat
    let bytes: [UInt8]

    /// The largest sub-document file taken.
    public static let maximumBytes = 20 << 20
    /// Tighter than a template's: a sub-document is one of possibly many in a rendering.
    static let limits = ZipLimits(
        maxEntries: 2_000, maxEntrySize: 32 << 20, maxTotalSize: 64 << 20, maxRatio: 200, ratioFloor: 1 << 20)

    /// Opens and checks the document in `bytes`.
    /// - Throws: ``FilterFailure`` (in Russian, naming `name`) when it is too large, not a DOCX or
    ///   ODT, damaged or hostile (a zip bomb, XML entities), or a template itself (it has tags:
    ///   a sub-document goes in as it is, so one that includes itself, or any other, is refused).
    public init(bytes: [UInt8], name: String) throws {
        let shown = String(name.prefix(80))
        guard bytes.count <= Self.maximumBytes else {
            throw FilterFailure(
                "subdoc: «\(shown)» больше \(Self.maximumBytes >> 20) МБ; вложите документ поменьше или разбейте его")
        }
        let body: XMLDocument
        let format: OfficeFormat
        do {
            let document = try OfficeDocument(bytes: bytes, label: shown, limits: Self.limits)
            format = document.format
            body = try document.xml(try document.bodyPart())
        } catch let error as OfficeError {
            throw FilterFailure("subdoc: «\(shown)» — \(error.message)")
        } catch let error as XMLError {
            throw FilterFailure(
                "subdoc: «\(shown)» — часть «\(error.part)» не читается как XML (\(error.message)); "
                    + "сохраните документ заново в Word или LibreOffice")
        } catch {
            throw FilterFailure("subdoc: «\(shown)» не открывается как документ DOCX или ODT")
        }
        let text = body.root.text
        if let tag = ["{{", "{%"].first(where: text.contains) {
            throw FilterFailure(
                "subdoc: «\(shown)» сам содержит теги шаблона («\(tag)»); вложенный документ вставляется как есть, "
                    + "без заполнения: заполните его отдельно или перенесите его текст в шаблон")
        }
        self.name = shown
        self.format = format
        self.bytes = bytes
    }

    /// Opens the document again, for embedding (it was checked when the value was made).
    func open() throws -> OfficeDocument {
        try OfficeDocument(bytes: bytes, label: name, limits: Self.limits)
    }
}
