import XMLTree

extension ODTFlavor {
    private static let drawing = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    private static let svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    private static let xlink = "http://www.w3.org/1999/xlink"

    var mediaFolder: String { "Pictures/" }
    var picturesUseRelationships: Bool { false }

    /// A frame may stand in a paragraph or span as it is.
    func pictureMarker(_ marker: String, prefix: String) -> String { marker }

    /// A `draw:frame` anchored as a character, holding the `draw:image`, in place of the marker.
    func place(_ picture: PlacedPicture, at marker: XMLNode, reference: String, id: Int) throws {
        let document = marker.document
        let root = document.root
        root.declare(Self.drawing, preferring: "draw")
        root.declare(Self.svg, preferring: "svg")
        root.declare(Self.xlink, preferring: "xlink")
        let frame = try document.makeElement("frame", namespace: Self.drawing)
        try frame.setAttribute("name", in: Self.drawing, to: "Рисунок \(id)")
        try frame.setAttribute("anchor-type", in: textNamespace, to: "as-char")
        try frame.setAttribute("width", in: Self.svg, to: picture.width.centimetres)
        try frame.setAttribute("height", in: Self.svg, to: picture.height.centimetres)
        try frame.setAttribute("z-index", in: Self.drawing, to: "0")
        let image = frame.append(try document.makeElement("image", namespace: Self.drawing))
        try image.setAttribute("href", in: Self.xlink, to: reference)
        try image.setAttribute("type", in: Self.xlink, to: "simple")
        try image.setAttribute("show", in: Self.xlink, to: "embed")
        try image.setAttribute("actuate", in: Self.xlink, to: "onLoad")
        try image.setAttribute("mime-type", in: Self.drawing, to: picture.picture.format.mediaType)
        if !picture.description.isEmpty {
            frame.append(try document.makeElement("desc", namespace: Self.svg)).setText(picture.description)
        }
        marker.replace(with: frame)
    }
}
