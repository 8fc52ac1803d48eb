import OfficePackage
import Pictures
import XMLTree

/// The pictures and charts one rendering places (`qr(…)`, `image(…)`, `chart(…)`): each distinct
/// picture stored once as a media part, each chart as parts of its own (a DOCX chart part with its
/// workbook, an ODT chart object), a relationship to them from every DOCX part that shows them, the
/// content types and the ODT manifest brought in line — all through the XML layer.
struct DrawingEmbedding {
    /// The namespace of the markers the renderer leaves where drawings go.
    static let namespace = "urn:paperwork:picture"
    static let imageRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
    static let chartRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
    static let hyperlinkRelationship =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"

    let flavor: any MarkupFlavor
    /// Whether the template's package already has a part of this name.
    private let taken: (String) -> Bool
    /// The ids of the template's own relationships, by part.
    private let relationshipIds: [String: Set<String>]
    /// Parts to add, in the order first placed.
    private(set) var added: [NewPart] = []
    private var addedNames: Set<String> = []
    /// The media part of each distinct content (a PNG, JPEG or SVG), by its bytes.
    private var mediaNames: [[UInt8]: String] = [:]
    /// DOCX: for each part, its new relationships (to a part, or an external address).
    private var relationships: [String: [(id: String, type: String, target: String, external: Bool)]] = [:]
    /// What sub-documents bring beyond their body: styles, lists, the parts they refer to.
    let documents: SubDocumentEmbedding?
    private var placed = 0
    private var charts = 0

    init(
        flavor: any MarkupFlavor, taken: @escaping (String) -> Bool, relationshipIds: [String: Set<String>] = [:],
        documents: SubDocumentEmbedding? = nil
    ) {
        self.flavor = flavor
        self.taken = taken
        self.relationshipIds = relationshipIds
        self.documents = documents
    }

    var isEmpty: Bool { added.isEmpty && relationships.isEmpty }

    /// The marker markup for the drawing at `index` of a part's drawings.
    static func marker(_ index: Int) -> String {
        "<pw:picture xmlns:pw=\"\(namespace)\" pw:n=\"\(index)\"/>"
    }

    /// Replaces every marker in `xml` (the part `part`) by its drawing from `drawings`.
    mutating func place(_ drawings: [Drawing], in xml: XMLDocument, part: String) throws {
        let markers = xml.root.descendants { $0.namespace == Self.namespace }
        for marker in markers {
            guard let index = marker.attribute("n", in: Self.namespace).flatMap(Int.init),
                drawings.indices.contains(index)
            else { continue }
            if case .richText(let rich) = drawings[index] {
                var links: [String: String] = [:]
                for url in rich.segments.compactMap(\.url) where links[url] == nil {
                    links[url] =
                        flavor.picturesUseRelationships
                        ? relationship(from: part, type: Self.hyperlinkRelationship, to: url, external: true) : url
                }
                try flavor.place(rich, at: marker, links: links)
                continue
            }
            placed += 1
            let id = 100_000 + placed
            switch drawings[index] {
            case .picture(let picture):
                let raster = picture.picture
                let reference = self.reference(media(raster.bytes, extension: raster.format.fileExtension), from: part)
                var vector: String?
                if let svg = picture.vector { vector = self.reference(media(svg.bytes, extension: "svg"), from: part) }
                try flavor.place(picture, at: marker, reference: reference, vector: vector, id: id)
            case .chart(let chart):
                let parts = try newChart(chart)
                let reference =
                    flavor.picturesUseRelationships
                    ? relationship(from: part, type: Self.chartRelationship, to: parts.target) : parts.target
                try flavor.place(chart, at: marker, reference: reference, id: id)
            case .document(let document):
                guard let documents else { continue }
                try documents.place(document, at: marker, part: part, embedding: &self)
            case .richText: break
            }
        }
    }

    /// The media part holding `bytes`, added the first time they are placed: the same content is
    /// stored once, whichever picture (or SVG's fallback) it comes with.
    private mutating func media(_ bytes: [UInt8], extension fileExtension: String) -> String {
        if let known = mediaNames[bytes] { return known }
        let name = flavor.mediaFolder + "paperwork-\(mediaNames.count + 1).\(fileExtension)"
        mediaNames[bytes] = name
        add(NewPart(name: name, bytes: bytes))
        return name
    }

    /// What the story of `part` refers to the media part `name` by: a relationship id (DOCX) or the name.
    private mutating func reference(_ name: String, from part: String) -> String {
        flavor.picturesUseRelationships ? relationship(from: part, type: Self.imageRelationship, to: name) : name
    }

    /// The parts of a new chart, numbered past every chart the template or this rendering holds.
    private mutating func newChart(_ chart: Chart) throws -> ChartParts {
        while true {
            charts += 1
            let parts = try flavor.chartParts(chart, number: charts)
            guard parts.parts.contains(where: { taken($0.name) || addedNames.contains($0.name) }) else {
                parts.parts.forEach { add($0) }
                return parts
            }
        }
    }

    private mutating func add(_ part: NewPart) {
        added.append(part)
        addedNames.insert(part.name)
    }

    /// Adds a part with `bytes` named `preferred` in `folder`, or with a number before its extension
    /// when the package already has that name.
    /// - Returns: the name given.
    mutating func addPart(in folder: String, preferred: String, bytes: [UInt8], mediaType: String? = nil) -> String {
        let dot = preferred.lastIndex(of: ".")
        let stem = dot.map { String(preferred[..<$0]) } ?? preferred
        let suffix = dot.map { String(preferred[$0...]) } ?? ""
        var name = folder + preferred
        var number = 1
        while taken(name) || addedNames.contains(name) {
            number += 1
            name = folder + stem + "-\(number)" + suffix
        }
        add(NewPart(name: name, bytes: bytes, mediaType: mediaType))
        return name
    }

    /// The id of `part`'s relationship to `target` (a package path, or an address when `external`),
    /// added the first time.
    mutating func relationship(from part: String, type: String, to target: String, external: Bool = false)
        -> String
    {
        var list = relationships[part, default: []]
        if let existing = list.first(where: { $0.target == target && $0.external == external && $0.type == type }) {
            return existing.id
        }
        // Past the template's own ids: a rendered document may be a template again.
        let own = relationshipIds[part, default: []]
        var number = list.count
        var id: String
        repeat {
            number += 1
            id = "rIdPaperwork\(number)"
        } while own.contains(id) || list.contains(where: { $0.id == id })
        list.append((id, type, target, external))
        relationships[part] = list
        return id
    }

    /// The rendered package `bytes` with the new parts added, the relationships to them, and the
    /// content types or manifest brought in line (by ``OfficeDocument/write()``).
    func finish(_ bytes: [UInt8], label: String) throws -> [UInt8] {
        let document = try OfficeDocument(bytes: bytes, label: label)
        for part in added {
            if let data = part.bytes { document.setBytes(data, for: part.name) }
            if let type = part.mediaType { try document.declare(mediaType: type, for: part.name) }
        }
        for (part, list) in relationships.sorted(by: { $0.key < $1.key }) {
            let relationshipsPart = PartPath.relationships(of: part)
            let xml: XMLDocument
            if document.contains(relationshipsPart) {
                xml = try document.edit(relationshipsPart)
            } else {
                xml = try RelationshipsPart.empty(relationshipsPart)
            }
            for (id, type, target, external) in list {
                try RelationshipsPart.add(
                    id: id, type: type, target: external ? target : "/" + target, external: external, to: xml)
            }
            if !document.contains(relationshipsPart) { document.setBytes(try xml.serialized(), for: relationshipsPart) }
        }
        return try document.write()
    }
}

/// A part a drawing adds to the package: its bytes (none for an ODT sub-document's folder entry) and
/// the media type to declare for it (none when its extension says it).
struct NewPart {
    let name: String
    let bytes: [UInt8]?
    let mediaType: String?

    init(name: String, bytes: [UInt8]?, mediaType: String? = nil) {
        self.name = name
        self.bytes = bytes
        self.mediaType = mediaType
    }
}

/// The parts of one chart, and what the story refers to: the chart part (DOCX, through a
/// relationship) or the object's folder (ODT, `./Object 1`).
struct ChartParts {
    let target: String
    let parts: [NewPart]
}

/// OPC relationships parts (`…/_rels/*.rels`) built through the XML layer.
enum RelationshipsPart {
    static let namespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// A relationships part with no relationships yet.
    static func empty(_ name: String) throws -> XMLDocument {
        try XMLDocument(
            string: "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"\(namespace)\"/>", part: name)
    }

    /// Appends a relationship to `xml`, the root `Relationships`; an `external` one (a link's
    /// address) gets `TargetMode="External"`.
    static func add(id: String, type: String, target: String, external: Bool = false, to xml: XMLDocument) throws {
        let relationship = try xml.makeElement("Relationship", namespace: namespace)
        try relationship.setAttribute("Id", to: id)
        try relationship.setAttribute("Type", to: type)
        try relationship.setAttribute("Target", to: target)
        if external { try relationship.setAttribute("TargetMode", to: "External") }
        xml.root.append(relationship)
    }
}
