import Pictures
import XMLTree

extension ODTFlavor {
    static let drawing = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    static let svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    static let xlink = "http://www.w3.org/1999/xlink"

    var mediaFolder: String { "Pictures/" }
    var picturesUseRelationships: Bool { false }

    /// A frame may stand in a paragraph or span as it is.
    func pictureMarker(_ marker: String, prefix: String) -> String { marker }

    /// A `draw:frame` anchored as a character, holding the `draw:image`, in place of the marker; an
    /// SVG as LibreOffice writes it: its `draw:image` first, the PNG fallback's after it.
    func place(_ picture: PlacedPicture, at marker: XMLNode, reference: String, vector: String?, id: Int) throws {
        let frame = try self.frame(
            "image", name: "Рисунок \(id)", width: picture.width, height: picture.height,
            reference: vector ?? reference, near: marker)
        let mediaType = picture.picture.format.mediaType
        try frame.firstChild?.setAttribute(
            "mime-type", in: Self.drawing, to: vector == nil ? mediaType : "image/svg+xml")
        if vector != nil {
            let fallback = frame.append(try marker.document.makeElement("image", namespace: Self.drawing))
            for (name, value) in [("href", reference), ("type", "simple"), ("show", "embed"), ("actuate", "onLoad")] {
                try fallback.setAttribute(name, in: Self.xlink, to: value)
            }
            try fallback.setAttribute("mime-type", in: Self.drawing, to: mediaType)
        }
        if !picture.description.isEmpty {
            frame.append(try marker.document.makeElement("desc", namespace: Self.svg)).setText(picture.description)
        }
        marker.replace(with: frame)
    }

    /// A `draw:frame` anchored as a character, `width` × `height`, holding one embedded `draw:<content>`
    /// (`image`, `object`) that links to `reference`; the drawing namespaces declared on the root.
    func frame(
        _ content: String, name: String, width: Length, height: Length, reference: String, near marker: XMLNode
    ) throws -> XMLNode {
        let document = marker.document
        let root = document.root
        root.declare(Self.drawing, preferring: "draw")
        root.declare(Self.svg, preferring: "svg")
        root.declare(Self.xlink, preferring: "xlink")
        let frame = try document.makeElement("frame", namespace: Self.drawing)
        try frame.setAttribute("name", in: Self.drawing, to: name)
        try frame.setAttribute("anchor-type", in: textNamespace, to: "as-char")
        try frame.setAttribute("width", in: Self.svg, to: width.centimetres)
        try frame.setAttribute("height", in: Self.svg, to: height.centimetres)
        try frame.setAttribute("z-index", in: Self.drawing, to: "0")
        let embedded = frame.append(try document.makeElement(content, namespace: Self.drawing))
        try embedded.setAttribute("href", in: Self.xlink, to: reference)
        try embedded.setAttribute("type", in: Self.xlink, to: "simple")
        try embedded.setAttribute("show", in: Self.xlink, to: "embed")
        try embedded.setAttribute("actuate", in: Self.xlink, to: "onLoad")
        return frame
    }
}
