import Foundation
import XMLTree
import ZipArchive

/// The ODT (OpenDocument text) package: `mimetype` first and stored, a manifest that lists
/// exactly the parts present, the body in `content.xml`, headers and footers in `styles.xml`.
struct ODTProfile: PackageProfile {
    static let mimetypePart = "mimetype"
    static let manifestPart = "META-INF/manifest.xml"
    static let textMediaType = "application/vnd.oasis.opendocument.text"

    /// Any OpenDocument package: which kind it is, ``validate(_:)`` says.
    static func matches(_ reader: ZipReader) -> Bool {
        guard let entry = reader.entry(named: mimetypePart), entry.size < 256,
            let bytes = try? reader.read(entry)
        else { return false }
        return mediaType(bytes).hasPrefix(OpenDocumentKind.prefix)
    }

    /// The media type a `mimetype` entry holds, without surrounding white space.
    private static func mediaType(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func validate(_ document: OfficeDocument) throws -> PackageRole {
        let mediaType = ODTProfile.mediaType(try document.bytes(of: ODTProfile.mimetypePart))
        let role = try OpenDocumentKind.role(of: mediaType, label: document.label)
        for part in ["content.xml", ODTProfile.manifestPart] where !document.contains(part) {
            throw OfficeError(
                .missingPart,
                "в документе ODT нет части «\(part)»; файл повреждён — сохраните его "
                    + "заново в LibreOffice", file: document.label, part: part)
        }
        _ = try document.xml(ODTProfile.manifestPart)
        return role
    }

    /// Gives `mimetype` and the manifest's root entry the text document's media type.
    func makeDocument(_ document: OfficeDocument) throws {
        document.setBytes(Array(ODTProfile.textMediaType.utf8), for: ODTProfile.mimetypePart)
        let root = try document.edit(ODTProfile.manifestPart).root
        for entry in root.elements("file-entry", in: NS.manifest)
        where entry.attribute("full-path", in: NS.manifest) == "/" {
            try entry.setAttribute("media-type", in: NS.manifest, to: ODTProfile.textMediaType)
        }
    }

    func stories(of document: OfficeDocument) throws -> [Story] {
        var stories = [Story(kind: .body, part: "content.xml")]
        if document.contains("styles.xml") {
            stories.append(Story(kind: .header, part: "styles.xml"))
            stories.append(Story(kind: .footer, part: "styles.xml"))
        }
        return stories
    }

    func writeOrder(_ names: [String]) -> [String] {
        [ODTProfile.mimetypePart] + names.filter { $0 != ODTProfile.mimetypePart }
    }

    func compresses(_ name: String) -> Bool { name != ODTProfile.mimetypePart }

    func declare(_ mediaType: String, for path: String, in document: OfficeDocument) throws {
        try Manifest.declare(mediaType, for: path, in: document)
    }

    func prepareForWriting(_ document: OfficeDocument) throws {
        let mimetype = try document.bytes(of: ODTProfile.mimetypePart)
        document.setBytes(mimetype, for: ODTProfile.mimetypePart)
        try Manifest.reconcile(document)
    }

    func paragraphs(of story: Story, in part: XMLDocument) -> [XMLNode] {
        let root = part.root
        let scopes: [XMLNode]
        switch story.kind {
        case .header, .footer:
            let prefix = story.kind == .header ? "header" : "footer"
            scopes = root.descendants {
                $0.namespace == NS.style && $0.name.hasPrefix(prefix) && $0.parent?.name == "master-page"
            }
        default:
            scopes = root.descendants("body", in: NS.office)
        }
        return scopes.flatMap { scope in
            scope.descendants { $0.is("p", in: NS.text) || $0.is("h", in: NS.text) }
        }
    }

    func text(ofParagraph paragraph: XMLNode) -> String { ODTText.paragraph(paragraph) }
}
