import XMLTree

extension ODTFlavor {
    private static let drawing = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    private static let svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    private static let xlink = "http://www.w3.org/1999/xlink"

    /// The chart object `Object N/` (content, styles, meta) with its manifest entries.
    func chartParts(_ chart: Chart, number: Int) throws -> ChartParts {
        let folder = "Object \(number)"
        return ChartParts(target: "./" + folder, parts: try ChartObject.parts(chart, folder: folder))
    }

    /// A `draw:frame` anchored as a character, holding the `draw:object` `reference` names.
    func place(_ chart: Chart, at marker: XMLNode, reference: String, id: Int) throws {
        let document = marker.document
        let root = document.root
        root.declare(Self.drawing, preferring: "draw")
        root.declare(Self.svg, preferring: "svg")
        root.declare(Self.xlink, preferring: "xlink")
        let frame = try document.makeElement("frame", namespace: Self.drawing)
        try frame.setAttribute("name", in: Self.drawing, to: "Диаграмма \(id)")
        try frame.setAttribute("anchor-type", in: textNamespace, to: "as-char")
        try frame.setAttribute("width", in: Self.svg, to: chart.width.centimetres)
        try frame.setAttribute("height", in: Self.svg, to: chart.height.centimetres)
        try frame.setAttribute("z-index", in: Self.drawing, to: "0")
        let object = frame.append(try document.makeElement("object", namespace: Self.drawing))
        try object.setAttribute("href", in: Self.xlink, to: reference)
        try object.setAttribute("type", in: Self.xlink, to: "simple")
        try object.setAttribute("show", in: Self.xlink, to: "embed")
        try object.setAttribute("actuate", in: Self.xlink, to: "onLoad")
        if !chart.title.isEmpty {
            frame.append(try document.makeElement("title", namespace: Self.svg)).setText(chart.title)
        }
        marker.replace(with: frame)
    }
}
