import XMLTree

extension ODTFlavor {

    /// The chart object `Object N/` (content, styles, meta) with its manifest entries.
    func chartParts(_ chart: Chart, number: Int) throws -> ChartParts {
        let folder = "Object \(number)"
        return ChartParts(target: "./" + folder, parts: try ChartObject.parts(chart, folder: folder))
    }

    /// A `draw:frame` anchored as a character, holding the `draw:object` `reference` names.
    func place(_ chart: Chart, at marker: XMLNode, reference: String, id: Int) throws {
        let frame = try self.frame(
            "object", name: "Диаграмма \(id)", width: chart.width, height: chart.height, reference: reference,
            near: marker)
        if !chart.title.isEmpty {
            frame.append(try marker.document.makeElement("title", namespace: Self.svg)).setText(chart.title)
        }
        marker.replace(with: frame)
    }
}
