import XMLTree

/// A DOCX chart part (`word/charts/chart1.xml`): a DrawingML `c:chartSpace` with one series whose
/// categories and values are cached in the part (what Word and LibreOffice draw) and refer to the
/// embedded workbook's cells (what «Изменить данные» edits), per-point colours and value labels.
enum ChartSpace {
    static let mediaType = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
    static let namespace = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    private static let drawingML = "http://schemas.openxmlformats.org/drawingml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// The general number format in the Russian locale (LCID 0x419): a decimal comma.
    private static let russianGeneral = "[$-419]General"
    private static let categoryAxis = "500000001"
    private static let valueAxis = "500000002"

    /// The part `part` of `chart`, its data in the workbook its relationship `workbook` names.
    static func bytes(_ chart: Chart, part: String, workbook: String) throws -> [UInt8] {
        let xml = try XMLBuilder(
            part: part, root: "c:chartSpace", namespaces: [("c", namespace), ("a", drawingML), ("r", relationships)])
        let root = xml.root
        func value(_ name: String, _ value: String, to parent: XMLNode) throws {
            try xml.add(name, [("val", value)], to: parent)
        }
        try value("c:date1904", "0", to: root)
        try value("c:lang", "ru-RU", to: root)
        try value("c:roundedCorners", "0", to: root)
        let body = try xml.add("c:chart", to: root)
        if !chart.title.isEmpty {
            try title(chart.title, xml: xml, to: body)
            try value("c:autoTitleDeleted", "0", to: body)
        } else {
            try value("c:autoTitleDeleted", "1", to: body)
        }
        let plot = try xml.add("c:plotArea", to: body)
        try xml.add("c:layout", to: plot)
        let group: XMLNode
        if chart.kind == .pie {
            group = try xml.add("c:pieChart", to: plot)
            try value("c:varyColors", "1", to: group)
        } else {
            group = try xml.add("c:barChart", to: plot)
            try value("c:barDir", chart.kind == .bar ? "bar" : "col", to: group)
            try value("c:grouping", "clustered", to: group)
            try value("c:varyColors", "0", to: group)
        }
        try series(chart, xml: xml, to: group)
        if chart.kind == .pie {
            try value("c:firstSliceAng", "0", to: group)
        } else {
            try value("c:gapWidth", "60", to: group)
            try value("c:axId", categoryAxis, to: group)
            try value("c:axId", valueAxis, to: group)
            try axes(chart, xml: xml, to: plot)
        }
        if chart.kind == .pie {
            let legend = try xml.add("c:legend", to: body)
            try value("c:legendPos", "r", to: legend)
            try value("c:overlay", "0", to: legend)
        }
        try value("c:plotVisOnly", "1", to: body)
        try value("c:dispBlanksAs", "gap", to: body)
        // White, without the frame Word and LibreOffice draw around a chart by default.
        let shape = try xml.add("c:spPr", to: root)
        try fill("FFFFFF", xml: xml, to: shape)
        try xml.add("a:noFill", to: try xml.add("a:ln", to: shape))
        try textProperties(size: "1000", bold: false, xml: xml, to: root)
        let external = try xml.add("c:externalData", [("r:id", workbook)], to: root)
        try value("c:autoUpdate", "0", to: external)
        return try xml.bytes()
    }

    /// The one series: name, colours, labels, categories and values with their caches.
    private static func series(_ chart: Chart, xml: XMLBuilder, to group: XMLNode) throws {
        let series = try xml.add("c:ser", to: group)
        try xml.add("c:idx", [("val", "0")], to: series)
        try xml.add("c:order", [("val", "0")], to: series)
        let name = try xml.add("c:strRef", to: try xml.add("c:tx", to: series))
        try xml.add("c:f", text: ChartWorkbook.seriesCell, to: name)
        try cache("c:strCache", [chart.series], xml: xml, to: name)
        if chart.kind != .pie {
            try fill(Chart.seriesColour, xml: xml, to: try xml.add("c:spPr", to: series))
            try xml.add("c:invertIfNegative", [("val", "0")], to: series)
        }
        for index in chart.points.indices where chart.kind == .pie || chart.points[index].colour != nil {
            let point = try xml.add("c:dPt", to: series)
            try xml.add("c:idx", [("val", String(index))], to: point)
            if chart.kind != .pie { try xml.add("c:invertIfNegative", [("val", "0")], to: point) }
            try xml.add("c:bubble3D", [("val", "0")], to: point)
            let shape = try xml.add("c:spPr", to: point)
            try fill(chart.colour(of: index), xml: xml, to: shape)
            if chart.kind == .pie {
                let line = try xml.add("a:ln", [("w", "12700")], to: shape)
                try fill("FFFFFF", xml: xml, to: line)
            }
        }
        let labels = try xml.add("c:dLbls", to: series)
        // Numbers in Russian whatever the reader's locale («12,5»); a pie's counts are whole and keep
        // the percent's own format.
        if chart.kind != .pie {
            try xml.add("c:numFmt", [("formatCode", russianGeneral), ("sourceLinked", "0")], to: labels)
        }
        let noShape = try xml.add("c:spPr", to: labels)
        try xml.add("a:noFill", to: noShape)
        try xml.add("a:noFill", to: try xml.add("a:ln", to: noShape))
        try textProperties(size: "1000", bold: chart.kind == .pie, xml: xml, to: labels)
        if chart.kind == .pie { try xml.add("c:dLblPos", [("val", "outEnd")], to: labels) }
        let shown = chart.kind == .pie ? ["showVal", "showPercent"] : ["showVal"]
        for flag in ["showLegendKey", "showVal", "showCatName", "showSerName", "showPercent", "showBubbleSize"] {
            try xml.add("c:" + flag, [("val", shown.contains(flag) ? "1" : "0")], to: labels)
        }
        if chart.kind == .pie {
            try xml.add("c:separator", text: "; ", to: labels)
            try xml.add("c:showLeaderLines", [("val", "1")], to: labels)
        }
        let categories = try xml.add("c:strRef", to: try xml.add("c:cat", to: series))
        try xml.add("c:f", text: ChartWorkbook.categoriesRange(chart), to: categories)
        try cache("c:strCache", chart.points.map(\.label), xml: xml, to: categories)
        let values = try xml.add("c:numRef", to: try xml.add("c:val", to: series))
        try xml.add("c:f", text: ChartWorkbook.valuesRange(chart), to: values)
        try cache("c:numCache", chart.points.map { ChartNumber.text($0.value) }, xml: xml, to: values)
    }

    /// A `c:strCache` or `c:numCache` of `values`.
    private static func cache(_ name: String, _ values: [String], xml: XMLBuilder, to parent: XMLNode) throws {
        let cache = try xml.add(name, to: parent)
        if name == "c:numCache" { try xml.add("c:formatCode", text: "General", to: cache) }
        try xml.add("c:ptCount", [("val", String(values.count))], to: cache)
        for (index, value) in values.enumerated() {
            try xml.add("c:v", text: value, to: try xml.add("c:pt", [("idx", String(index))], to: cache))
        }
    }

    /// The category axis (the first category on top for bars) and the value axis with its grid.
    private static func axes(_ chart: Chart, xml: XMLBuilder, to plot: XMLNode) throws {
        let horizontal = chart.kind == .bar
        let category = try xml.add("c:catAx", to: plot)
        try xml.add("c:axId", [("val", categoryAxis)], to: category)
        try xml.add(
            "c:orientation", [("val", horizontal ? "maxMin" : "minMax")], to: try xml.add("c:scaling", to: category))
        try xml.add("c:delete", [("val", "0")], to: category)
        try xml.add("c:axPos", [("val", horizontal ? "l" : "b")], to: category)
        try xml.add("c:numFmt", [("formatCode", "General"), ("sourceLinked", "0")], to: category)
        try xml.add("c:majorTickMark", [("val", "none")], to: category)
        try xml.add("c:minorTickMark", [("val", "none")], to: category)
        // The names at the low end, clear of the bars below zero.
        try xml.add("c:tickLblPos", [("val", "low")], to: category)
        try xml.add("c:crossAx", [("val", valueAxis)], to: category)
        try xml.add("c:crosses", [("val", "autoZero")], to: category)
        try xml.add("c:auto", [("val", "1")], to: category)
        try xml.add("c:lblAlgn", [("val", "ctr")], to: category)
        try xml.add("c:lblOffset", [("val", "100")], to: category)
        try xml.add("c:noMultiLvlLbl", [("val", "0")], to: category)
        let value = try xml.add("c:valAx", to: plot)
        try xml.add("c:axId", [("val", valueAxis)], to: value)
        try xml.add("c:orientation", [("val", "minMax")], to: try xml.add("c:scaling", to: value))
        try xml.add("c:delete", [("val", "0")], to: value)
        try xml.add("c:axPos", [("val", horizontal ? "b" : "l")], to: value)
        let grid = try xml.add("c:spPr", to: try xml.add("c:majorGridlines", to: value))
        try fill("D9D9D9", xml: xml, to: try xml.add("a:ln", [("w", "6350")], to: grid))
        try xml.add("c:numFmt", [("formatCode", russianGeneral), ("sourceLinked", "0")], to: value)
        try xml.add("c:majorTickMark", [("val", "none")], to: value)
        try xml.add("c:minorTickMark", [("val", "none")], to: value)
        try xml.add("c:tickLblPos", [("val", "nextTo")], to: value)
        try xml.add("c:crossAx", [("val", categoryAxis)], to: value)
        // Bars run top-down (the category axis reversed), so the value axis crosses at its far end: the bottom.
        try xml.add("c:crosses", [("val", horizontal ? "max" : "autoZero")], to: value)
        try xml.add("c:crossBetween", [("val", "between")], to: value)
    }

    /// `c:title` with `text`, bold.
    private static func title(_ text: String, xml: XMLBuilder, to chart: XMLNode) throws {
        let title = try xml.add("c:title", to: chart)
        let rich = try xml.add("c:rich", to: try xml.add("c:tx", to: title))
        try xml.add("a:bodyPr", to: rich)
        try xml.add("a:lstStyle", to: rich)
        let paragraph = try xml.add("a:p", to: rich)
        try xml.add("a:defRPr", [("sz", "1200"), ("b", "1")], to: try xml.add("a:pPr", to: paragraph))
        let run = try xml.add("a:r", to: paragraph)
        try xml.add("a:rPr", [("lang", "ru-RU"), ("sz", "1200"), ("b", "1")], to: run)
        try xml.add("a:t", text: text, to: run)
        try xml.add("c:overlay", [("val", "0")], to: title)
    }

    /// `c:txPr`: the text of labels and axes in Times New Roman at `size` hundredths of a point.
    private static func textProperties(size: String, bold: Bool, xml: XMLBuilder, to parent: XMLNode) throws {
        let properties = try xml.add("c:txPr", to: parent)
        try xml.add("a:bodyPr", to: properties)
        try xml.add("a:lstStyle", to: properties)
        let paragraph = try xml.add("a:p", to: properties)
        let run = try xml.add(
            "a:defRPr", [("sz", size), ("b", bold ? "1" : "0")], to: try xml.add("a:pPr", to: paragraph))
        try xml.add("a:latin", [("typeface", "Times New Roman")], to: run)
        try xml.add("a:cs", [("typeface", "Times New Roman")], to: run)
        try xml.add("a:endParaRPr", [("lang", "ru-RU")], to: paragraph)
    }

    /// `a:solidFill` of `colour` (six hex digits).
    private static func fill(_ colour: String, xml: XMLBuilder, to parent: XMLNode) throws {
        try xml.add("a:srgbClr", [("val", colour)], to: try xml.add("a:solidFill", to: parent))
    }
}
