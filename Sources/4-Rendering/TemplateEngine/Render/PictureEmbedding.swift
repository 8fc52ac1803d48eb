import OfficePackage
import Pictures
import XMLTree

/// The pictures one rendering places (`qr(…)`, `image(…)`): each distinct picture stored once as
/// a media part, a relationship to it from every DOCX part that shows it, the content types and
/// the ODT manifest brought in line — all through the XML layer.
struct PictureEmbedding {
    /// The namespace of the markers the renderer leaves where pictures go.
    static let namespace = "urn:paperwork:picture"

    let flavor: any MarkupFlavor
    /// Media parts to add: name → bytes, in the order first placed.
    private(set) var media: [(name: String, bytes: [UInt8])] = []
    private var mediaNames: [Picture: String] = [:]
    /// DOCX: for each part, its new relationships (id → media part).
    private var relationships: [String: [(id: String, media: String)]] = [:]
    private var placed = 0

    init(flavor: any MarkupFlavor) { self.flavor = flavor }

    var isEmpty: Bool { media.isEmpty }

    /// The marker markup for the picture at `index` of a part's pictures.
    static func marker(_ index: Int) -> String {
        "<pw:picture xmlns:pw=\"\(namespace)\" pw:n=\"\(index)\"/>"
    }

    /// Replaces every marker in `xml` (the part `part`) by its picture from `pictures`.
    mutating func place(_ pictures: [PlacedPicture], in xml: XMLDocument, part: String) throws {
        let markers = xml.root.descendants { $0.namespace == Self.namespace }
        for marker in markers {
            guard let index = marker.attribute("n", in: Self.namespace).flatMap(Int.init),
                pictures.indices.contains(index)
            else { continue }
            let picture = pictures[index].picture
            let name: String
            if let known = mediaNames[picture] {
                name = known
            } else {
                name = flavor.mediaFolder + "paperwork-\(media.count + 1).\(picture.format.fileExtension)"
                mediaNames[picture] = name
                media.append((name, picture.bytes))
            }
            placed += 1
            let reference: String
            if !flavor.picturesUseRelationships {
                reference = name
            } else {
                var list = relationships[part, default: []]
                if let existing = list.first(where: { $0.media == name }) {
                    reference = existing.id
                } else {
                    reference = "rIdPaperwork\(list.count + 1)"
                    list.append((reference, name))
                    relationships[part] = list
                }
            }
            try flavor.place(pictures[index], at: marker, reference: reference, id: 100_000 + placed)
        }
    }

    /// The rendered package `bytes` with the media parts added, the relationships to them, and the
    /// content types or manifest brought in line (by ``OfficeDocument/write()``).
    func finish(_ bytes: [UInt8], label: String) throws -> [UInt8] {
        let document = try OfficeDocument(bytes: bytes, label: label)
        for (name, data) in media { document.setBytes(data, for: name) }
        for (part, list) in relationships.sorted(by: { $0.key < $1.key }) {
            let relationshipsPart = PartPath.relationships(of: part)
            let xml: XMLDocument
            if document.contains(relationshipsPart) {
                xml = try document.edit(relationshipsPart)
            } else {
                xml = try XMLDocument(
                    string: "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"\(NS.relationships)\"/>", part: relationshipsPart)
            }
            for (id, media) in list {
                let relationship = try xml.makeElement("Relationship", namespace: NS.relationships)
                try relationship.setAttribute("Id", to: id)
                try relationship.setAttribute(
                    "Type", to: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image")
                try relationship.setAttribute("Target", to: "/" + media)
                xml.root.append(relationship)
            }
            if !document.contains(relationshipsPart) { document.setBytes(try xml.serialized(), for: relationshipsPart) }
        }
        return try document.write()
    }
}
