import OfficePackage
import XMLTree

/// Binds documents rendered from one template (the letters of a batch) into one volume, so that
/// LibreOffice converts them to PDF in one go: a start, a load and a layout for the volume instead
/// of one a document, several times faster. ``PDFSplitter`` cuts the volume's PDF back into one
/// PDF a document.
///
/// Each document starts on a new page, numbered from 1 with its first-page style, as it would on
/// its own, and carries a bookmark `PaperworkPart<i>` at its start, which LibreOffice exports as a
/// named destination. Documents are bound only when binding cannot change how they look: every
/// part but the body is the same in all of them (styles, headers, images), and nothing counts the
/// pages of the whole document (a «страница N из M» field) or continues a numbered list from one
/// document into the next. Otherwise ``bind(_:format:)`` returns nil and the documents are
/// converted one by one.
enum PDFBinder {
    /// The bookmark that marks the start of each document: `PaperworkPart0`, `PaperworkPart1`, …
    static let markPrefix = "PaperworkPart"

    /// The documents as one volume, or nil when they cannot be bound faithfully.
    static func bind(_ documents: [[UInt8]], format: OfficeFormat) -> [UInt8]? {
        guard documents.count > 1 else { return nil }
        do {
            let packages = try documents.enumerated().map {
                try OfficeDocument(bytes: $0.element, label: "документ \($0.offset + 1)")
            }
            guard packages.allSatisfy({ $0.format == format }), try sharesAllButBody(packages, format: format) else {
                return nil
            }
            switch format {
            case .odt: return try bindODT(packages)
            case .docx: return try bindDOCX(packages)
            }
        } catch {
            return nil
        }
    }

    /// Thrown inside binding when the documents turn out not to be bindable after all.
    struct Refusal: Error {}

    /// The part that holds the body.
    static func bodyPart(_ format: OfficeFormat) -> String {
        format == .odt ? "content.xml" : "word/document.xml"
    }

    /// Whether every part but the body (and the statistics in the metadata) is byte for byte the
    /// same in all the documents, and nothing in them counts a whole document's pages.
    private static func sharesAllButBody(_ packages: [OfficeDocument], format: OfficeFormat) throws -> Bool {
        let first = packages[0]
        let body = bodyPart(format)
        let ignored: (String) -> Bool = { $0 == body || $0 == "meta.xml" || $0.hasPrefix("docProps/") }
        let shared = first.partNames.filter { !ignored($0) }
        let sharedBytes = try shared.map { try first.bytes(of: $0) }
        let counters = ["text:page-count", "NUMPAGES", "SECTIONPAGES", "w:numPr", "<text:list ", "<text:list>"]
        for (name, bytes) in zip(shared, sharedBytes) where name.hasSuffix(".xml") {
            let text = String(decoding: bytes, as: UTF8.self)
            if counters.contains(where: text.contains) { return false }
        }
        for package in packages {
            guard package.partNames.filter({ !ignored($0) }) == shared else { return false }
            for (name, bytes) in zip(shared, sharedBytes) where try package.bytes(of: name) != bytes { return false }
            let text = String(decoding: try package.bytes(of: body), as: UTF8.self)
            if counters.contains(where: text.contains) { return false }
        }
        return true
    }

    /// A document's elements that flow in the body (not declarations or forms).
    static func flow(_ children: [XMLNode], format: OfficeFormat) -> [XMLNode] {
        switch format {
        case .odt:
            children.filter { !$0.name.hasSuffix("-decls") && $0.name != "forms" && $0.name != "calculation-settings" }
        case .docx:
            children.filter { $0.name != "sectPr" }
        }
    }
}
