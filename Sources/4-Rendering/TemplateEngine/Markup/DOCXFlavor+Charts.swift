import XMLTree

extension DOCXFlavor {
    private static let drawingML = "http://schemas.openxmlformats.org/drawingml/2006/main"
    private static let wordDrawing = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let package = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"

    /// `word/charts/chartN.xml` with its relationships part and the workbook of its data,
    /// `word/embeddings/Microsoft_Excel_WorksheetN.xlsx`.
    func chartParts(_ chart: Chart, number: Int) throws -> ChartParts {
        let part = "word/charts/chart\(number).xml"
        let workbook = "word/embeddings/Microsoft_Excel_Worksheet\(number).xlsx"
        let relationshipsPart = "word/charts/_rels/chart\(number).xml.rels"
        let rels = try RelationshipsPart.empty(relationshipsPart)
        try RelationshipsPart.add(id: "rId1", type: Self.package, target: "/" + workbook, to: rels)
        return ChartParts(
            target: part,
            parts: [
                NewPart(
                    name: part, bytes: try ChartSpace.bytes(chart, part: part, workbook: "rId1"),
                    mediaType: ChartSpace.mediaType),
                NewPart(name: relationshipsPart, bytes: try rels.serialized()),
                NewPart(
                    name: workbook, bytes: try ChartWorkbook.bytes(chart),
                    mediaType: ChartWorkbook.mediaType),
            ])
    }

    /// An inline `w:drawing` whose graphic is the chart part the relationship `reference` names.
    func place(_ chart: Chart, at marker: XMLNode, reference: String, id: Int) throws {
        let document = marker.document
        let root = document.root
        root.declare(Self.drawingML, preferring: "a")
        root.declare(Self.wordDrawing, preferring: "wp")
        root.declare(Self.relationships, preferring: "r")
        root.declare(ChartSpace.namespace, preferring: "c")
        func element(_ name: String, _ namespace: String, _ attributes: [(String, String)] = []) throws -> XMLNode {
            let node = try document.makeElement(name, namespace: namespace)
            for (key, value) in attributes { try node.setAttribute(key, to: value) }
            return node
        }
        let drawing = try element("drawing", textNamespace)
        let inline = drawing.append(
            try element("inline", Self.wordDrawing, [("distT", "0"), ("distB", "0"), ("distL", "0"), ("distR", "0")]))
        inline.append(
            try element(
                "extent", Self.wordDrawing, [("cx", String(chart.width.emu)), ("cy", String(chart.height.emu))]))
        inline.append(try element("effectExtent", Self.wordDrawing, [("l", "0"), ("t", "0"), ("r", "0"), ("b", "0")]))
        inline.append(
            try element(
                "docPr", Self.wordDrawing, [("id", String(id)), ("name", "Диаграмма \(id)"), ("descr", chart.title)]))
        inline.append(try element("cNvGraphicFramePr", Self.wordDrawing))
        let data = inline.append(try element("graphic", Self.drawingML)).append(
            try element("graphicData", Self.drawingML, [("uri", ChartSpace.namespace)]))
        let link = data.append(try element("chart", ChartSpace.namespace))
        try link.setAttribute("id", in: Self.relationships, to: reference)
        marker.replace(with: drawing)
    }
}
