import Foundation
import XMLTree
import ZipArchive

/// The DOCX (Office Open XML) package: content types, relationships, the main document
/// and the parts it relates to.
struct DOCXProfile: PackageProfile {
    static let contentTypes = "[Content_Types].xml"
    static let packageRelationships = "_rels/.rels"
    private static let relationshipBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    static func matches(_ reader: ZipReader) -> Bool {
        reader.contains(contentTypes)
    }

    func validate(_ document: OfficeDocument) throws -> PackageRole {
        guard document.contains(DOCXProfile.packageRelationships) else {
            throw OfficeError(
                .missingPart,
                "в документе нет части «_rels/.rels»; файл повреждён — сохраните его "
                    + "заново в Word или LibreOffice", file: document.label, part: DOCXProfile.packageRelationships)
        }
        _ = try document.xml(DOCXProfile.contentTypes)
        let main = try mainPart(of: document)
        // What the package is comes from its main part's content type, whatever the file is called:
        // a workbook, a presentation or a macro-enabled document is refused here, for every command.
        let type = try ContentTypes.type(of: main, in: document)
        let role = try WordMainType(contentType: type).role(main: main, contentType: type, label: document.label)
        if try ContentTypes.declaresMacros(document) { throw WordMainType.macros(main: main, label: document.label) }
        guard document.contains(main) else {
            throw OfficeError(.missingPart, "нет основной части документа «\(main)»", file: document.label, part: main)
        }
        return role
    }

    func makeDocument(_ document: OfficeDocument) throws {
        try ContentTypes.setType(WordMainType.documentType, of: try mainPart(of: document), in: document)
    }

    /// The main document part named by the package relationships (usually `word/document.xml`).
    func mainPart(of document: OfficeDocument) throws -> String {
        let relationships = try Relationship.all(in: document, for: "")
        guard let main = relationships.first(where: { $0.type.hasSuffix("/officeDocument") && !$0.external }) else {
            throw OfficeError(
                .missingPart, "в «_rels/.rels» не указана основная часть документа; файл повреждён",
                file: document.label, part: DOCXProfile.packageRelationships)
        }
        return main.target
    }

    func stories(of document: OfficeDocument) throws -> [Story] {
        let main = try mainPart(of: document)
        var stories = [Story(kind: .body, part: main)]
        let related = try Relationship.all(in: document, for: main).filter { !$0.external }
        for kind in [StoryKind.header, .footer, .footnotes, .endnotes, .comments] {
            let parts = related.filter { $0.type == DOCXProfile.relationshipBase + kind.rawValue }
                .map(\.target).filter(document.contains)
            for part in parts.sorted(by: DOCXProfile.naturalOrder) where !stories.contains(where: { $0.part == part }) {
                stories.append(Story(kind: kind, part: part))
            }
        }
        return stories
    }

    /// `header2.xml` before `header10.xml`.
    static func naturalOrder(_ a: String, _ b: String) -> Bool {
        a.compare(b, options: .numeric) == .orderedAscending
    }

    func writeOrder(_ names: [String]) -> [String] {
        let first = [DOCXProfile.contentTypes, DOCXProfile.packageRelationships].filter(names.contains)
        return first + names.filter { !first.contains($0) }
    }

    func declare(_ mediaType: String, for path: String, in document: OfficeDocument) throws {
        try ContentTypes.setType(mediaType, of: path, in: document)
    }

    func prepareForWriting(_ document: OfficeDocument) throws {
        try ContentTypes.reconcile(document)
        try Relationship.dropDangling(in: document)
    }

    func paragraphs(of story: Story, in part: XMLDocument) -> [XMLNode] {
        part.root.descendants("p", in: NS.w)
    }

    func text(ofParagraph paragraph: XMLNode) -> String { DOCXText.paragraph(paragraph) }
}
