import XMLTree

extension DOCXFlavor {
    private static let drawingML = "http://schemas.openxmlformats.org/drawingml/2006/main"
    private static let picture = "http://schemas.openxmlformats.org/drawingml/2006/picture"
    private static let wordDrawing = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// Word 2016's SVG extension of a blip.
    private static let svgExtension = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
    private static let svgBlip = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"

    var mediaFolder: String { "word/media/" }
    var picturesUseRelationships: Bool { true }

    /// The value's text is inside `w:t`: close it around the marker, which then stands in the run.
    func pictureMarker(_ marker: String, prefix: String) -> String {
        let w = prefix.isEmpty ? "" : prefix + ":"
        return "</\(w)t>\(marker)<\(w)t xml:space=\"preserve\">"
    }

    /// An inline `w:drawing` (DrawingML picture) in place of the marker, in the marker's run; an SVG
    /// as Word 2016 writes it: the blip shows the PNG `reference`, its `asvg:svgBlip` extension the
    /// SVG `vector`.
    func place(_ picture: PlacedPicture, at marker: XMLNode, reference: String, vector: String?, id: Int) throws {
        let document = marker.document
        let root = document.root
        root.declare(Self.drawingML, preferring: "a")
        root.declare(Self.picture, preferring: "pic")
        root.declare(Self.wordDrawing, preferring: "wp")
        root.declare(Self.relationships, preferring: "r")
        let w = textNamespace
        func element(_ name: String, _ namespace: String, _ attributes: [(String, String)] = []) throws -> XMLNode {
            let node = try document.makeElement(name, namespace: namespace)
            for (key, value) in attributes { try node.setAttribute(key, to: value) }
            return node
        }
        let cx = String(picture.width.emu)
        let cy = String(picture.height.emu)
        let name = "Рисунок \(id)"
        let drawing = try element("drawing", w)
        let inline = drawing.append(
            try element("inline", Self.wordDrawing, [("distT", "0"), ("distB", "0"), ("distL", "0"), ("distR", "0")]))
        inline.append(try element("extent", Self.wordDrawing, [("cx", cx), ("cy", cy)]))
        inline.append(try element("effectExtent", Self.wordDrawing, [("l", "0"), ("t", "0"), ("r", "0"), ("b", "0")]))
        inline.append(
            try element(
                "docPr", Self.wordDrawing, [("id", String(id)), ("name", name), ("descr", picture.description)]))
        inline.append(try element("cNvGraphicFramePr", Self.wordDrawing)).append(
            try element("graphicFrameLocks", Self.drawingML, [("noChangeAspect", "1")]))
        let data = inline.append(try element("graphic", Self.drawingML)).append(
            try element("graphicData", Self.drawingML, [("uri", Self.picture)]))
        let pic = data.append(try element("pic", Self.picture))
        let properties = pic.append(try element("nvPicPr", Self.picture))
        properties.append(try element("cNvPr", Self.picture, [("id", String(id)), ("name", name)]))
        properties.append(try element("cNvPicPr", Self.picture))
        let fill = pic.append(try element("blipFill", Self.picture))
        let blip = fill.append(try element("blip", Self.drawingML))
        try blip.setAttribute("embed", in: Self.relationships, to: reference)
        if let vector {
            let ext = blip.append(try element("extLst", Self.drawingML)).append(
                try element("ext", Self.drawingML, [("uri", Self.svgExtension)]))
            _ = ext.declare(Self.svgBlip, preferring: "asvg")
            let svg = ext.append(try document.makeElement("svgBlip", namespace: Self.svgBlip, near: ext))
            try svg.setAttribute("embed", in: Self.relationships, to: vector)
        }
        fill.append(try element("stretch", Self.drawingML)).append(try element("fillRect", Self.drawingML))
        let shape = pic.append(try element("spPr", Self.picture))
        let transform = shape.append(try element("xfrm", Self.drawingML))
        transform.append(try element("off", Self.drawingML, [("x", "0"), ("y", "0")]))
        transform.append(try element("ext", Self.drawingML, [("cx", cx), ("cy", cy)]))
        shape.append(try element("prstGeom", Self.drawingML, [("prst", "rect")])).append(
            try element("avLst", Self.drawingML))
        marker.replace(with: drawing)
    }
}
