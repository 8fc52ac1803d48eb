import XMLTree

/// An ODT chart object (`Object 1/`): a sub-document whose `content.xml` holds an `office:chart`
/// — the plot area, its axes, one series with a style per point for its colour, value labels —
/// and the table of its data (`local-table`), which LibreOffice's «Таблица данных диаграммы» edits.
enum ChartObject {
    static let mediaType = "application/vnd.oasis.opendocument.chart"
    static let namespaces: [(String, String)] = [
        ("office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
        ("style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
        ("text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
        ("table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"),
        ("draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"),
        ("fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"),
        ("xlink", "http://www.w3.org/1999/xlink"),
        ("meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
        ("svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"),
        ("chart", "urn:oasis:names:tc:opendocument:xmlns:chart:1.0"),
        ("number", "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"),
    ]
    /// The name of the object's own data table.
    static let table = "local-table"

    /// The parts of the object in `folder` (`Object 1`): content, styles, meta, and its manifest entries.
    static func parts(_ chart: Chart, folder: String) throws -> [NewPart] {
        [
            NewPart(name: folder + "/", bytes: nil, mediaType: mediaType),
            NewPart(
                name: folder + "/content.xml", bytes: try content(chart, part: folder + "/content.xml"),
                mediaType: "text/xml"),
            NewPart(
                name: folder + "/styles.xml", bytes: try styles(part: folder + "/styles.xml"), mediaType: "text/xml"),
            NewPart(name: folder + "/meta.xml", bytes: try meta(part: folder + "/meta.xml"), mediaType: "text/xml"),
        ]
    }

    private static func content(_ chart: Chart, part: String) throws -> [UInt8] {
        let xml = try XMLBuilder(part: part, root: "office:document-content", namespaces: namespaces)
        try xml.root.setAttribute("version", in: namespaces[0].1, to: "1.3")
        let styles = try xml.add("office:automatic-styles", to: xml.root)
        // Numbers in Russian whatever the reader's locale: «12,5», not «12.5».
        let numbers = try xml.add(
            "number:number-style", [("style:name", "N0"), ("number:language", "ru"), ("number:country", "RU")],
            to: styles)
        try xml.add("number:number", [("number:min-integer-digits", "1")], to: numbers)
        var styleCount = 0
        /// A new chart style with chart, graphic and text properties (numbers in `N0` when `numeric`,
        /// data labels joined by `separator`); returns its name.
        func style(
            chart: [(String, String)] = [], graphic: [(String, String)] = [], text: [(String, String)] = [],
            numeric: Bool = false, separator: String? = nil
        ) throws -> String {
            styleCount += 1
            let name = "ch\(styleCount)"
            let node = try xml.add(
                "style:style",
                [("style:name", name), ("style:family", "chart")] + (numeric ? [("style:data-style-name", "N0")] : []),
                to: styles)
            let chartProperties = chart + (numeric ? [("chart:link-data-style-to-source", "false")] : [])
            if !chartProperties.isEmpty || separator != nil {
                let properties = try xml.add("style:chart-properties", chartProperties, to: node)
                if let separator {
                    try xml.add("text:p", text: separator, to: try xml.add("chart:label-separator", to: properties))
                }
            }
            if !graphic.isEmpty { try xml.add("style:graphic-properties", graphic, to: node) }
            if !text.isEmpty { try xml.add("style:text-properties", text, to: node) }
            return name
        }
        let font = [("fo:font-family", "'Times New Roman'"), ("style:font-family-generic", "roman")]
        let body = try xml.add("office:chart", to: try xml.add("office:body", to: xml.root))
        let root = try xml.add(
            "chart:chart",
            [
                ("svg:width", chart.width.centimetres), ("svg:height", chart.height.centimetres),
                ("chart:class", chart.kind == .pie ? "chart:circle" : "chart:bar"),
                ("chart:style-name", try style(graphic: [("draw:stroke", "none"), ("draw:fill-color", "#ffffff")])),
            ], to: body)
        if !chart.title.isEmpty {
            let title = try xml.add(
                "chart:title",
                [("chart:style-name", try style(text: [("fo:font-size", "12pt"), ("fo:font-weight", "bold")] + font))],
                to: root)
            try xml.add("text:p", text: chart.title, to: title)
        }
        if chart.kind == .pie {
            try xml.add(
                "chart:legend",
                [
                    ("chart:legend-position", "end"), ("style:legend-expansion", "high"),
                    ("chart:style-name", try style(text: [("fo:font-size", "10pt")] + font)),
                ], to: root)
        }
        let last = chart.points.count + 1
        let plot = try xml.add(
            "chart:plot-area",
            [
                ("chart:style-name", try style(chart: [("chart:vertical", chart.kind == .bar ? "true" : "false")])),
                ("table:cell-range-address", "\(table).$A$1:.$B$\(last)"),
                ("chart:data-source-has-labels", "both"),
            ], to: root)
        // A pie has its axes too, hidden: its categories are the x axis's, as LibreOffice writes it.
        let visible = chart.kind == .pie ? [("chart:visible", "false")] : []
        let xAxis = try xml.add(
            "chart:axis",
            [
                ("chart:dimension", "x"), ("chart:name", "primary-x"),
                (
                    "chart:style-name",
                    try style(
                        chart: [
                            ("chart:display-label", "true"),
                            ("chart:reverse-direction", chart.kind == .bar ? "true" : "false"),
                            // The names at the low end, clear of the bars below zero.
                            ("chart:axis-label-position", "outside-start"),
                            ("chart:tick-marks-major-inner", "false"), ("chart:tick-marks-major-outer", "false"),
                        ] + visible, text: [("fo:font-size", "10pt")] + font)
                ),
            ], to: plot)
        try xml.add("chart:categories", [("table:cell-range-address", "\(table).$A$2:.$A$\(last)")], to: xAxis)
        // Bars run top-down (the x axis reversed): the value axis stands at the far end, the bottom.
        let yAxis = try xml.add(
            "chart:axis",
            [
                ("chart:dimension", "y"), ("chart:name", "primary-y"),
                (
                    "chart:style-name",
                    try style(
                        chart: [
                            ("chart:display-label", "true"), ("chart:tick-marks-major-inner", "false"),
                            ("chart:tick-marks-major-outer", "false"),
                            // A pie's slices go clockwise from the top, as in Word.
                            ("chart:reverse-direction", chart.kind == .pie ? "true" : "false"),
                        ] + visible
                            + (chart.kind == .bar ? [("chart:axis-position", "end")] : []),
                        text: [("fo:font-size", "10pt")] + font, numeric: true)
                ),
            ], to: plot)
        if chart.kind != .pie {
            try xml.add(
                "chart:grid",
                [
                    ("chart:class", "major"),
                    ("chart:style-name", try style(graphic: [("svg:stroke-color", "#d9d9d9")])),
                ],
                to: yAxis)
        }
        let labels = chart.kind == .pie ? "value-and-percentage" : "value"
        let series = try xml.add(
            "chart:series",
            [
                (
                    "chart:style-name",
                    try style(
                        chart: [("chart:data-label-number", labels)]
                            + (chart.kind == .pie ? [("chart:label-position", "outside")] : []),
                        graphic: [
                            ("draw:stroke", "none"), ("draw:fill-color", "#" + Chart.seriesColour.lowercased()),
                        ],
                        text: [("fo:font-size", "10pt")] + (chart.kind == .pie ? [("fo:font-weight", "bold")] : [])
                            + font,
                        numeric: true, separator: chart.kind == .pie ? "; " : nil)
                ),
                ("chart:values-cell-range-address", "\(table).$B$2:.$B$\(last)"),
                ("chart:label-cell-address", "\(table).$B$1"),
                ("chart:class", chart.kind == .pie ? "chart:circle" : "chart:bar"),
            ], to: plot)
        for index in chart.points.indices {
            var attributes: [(String, String)] = []
            if chart.kind == .pie || chart.points[index].colour != nil {
                let colour = "#" + chart.colour(of: index).lowercased()
                let outline: [(String, String)] =
                    chart.kind == .pie ? [("draw:stroke", "solid"), ("svg:stroke-color", "#ffffff")] : []
                attributes.append(
                    (
                        "chart:style-name",
                        try style(graphic: [("draw:fill", "solid"), ("draw:fill-color", colour)] + outline)
                    ))
            }
            try xml.add("chart:data-point", attributes, to: series)
        }
        try xml.add(
            "chart:wall", [("chart:style-name", try style(graphic: [("draw:stroke", "none"), ("draw:fill", "none")]))],
            to: plot)
        try data(chart, xml: xml, to: root)
        return try xml.bytes()
    }

    /// The object's `local-table`: a heading row (nothing, the series name), then a row per point.
    private static func data(_ chart: Chart, xml: XMLBuilder, to root: XMLNode) throws {
        let table = try xml.add("table:table", [("table:name", Self.table)], to: root)
        try xml.add("table:table-column", to: try xml.add("table:table-header-columns", to: table))
        try xml.add("table:table-column", to: try xml.add("table:table-columns", to: table))
        let heading = try xml.add("table:table-row", to: try xml.add("table:table-header-rows", to: table))
        try xml.add("text:p", to: try xml.add("table:table-cell", to: heading))
        try xml.add(
            "text:p", text: chart.series,
            to: try xml.add("table:table-cell", [("office:value-type", "string")], to: heading))
        let rows = try xml.add("table:table-rows", to: table)
        for point in chart.points {
            let row = try xml.add("table:table-row", to: rows)
            try xml.add(
                "text:p", text: point.label,
                to: try xml.add("table:table-cell", [("office:value-type", "string")], to: row))
            let number = ChartNumber.text(point.value)
            try xml.add(
                "text:p", text: TemplateValue.numberText(point.value),
                to: try xml.add(
                    "table:table-cell", [("office:value-type", "float"), ("office:value", number)], to: row))
        }
    }

    private static func styles(part: String) throws -> [UInt8] {
        let xml = try XMLBuilder(part: part, root: "office:document-styles", namespaces: namespaces)
        try xml.root.setAttribute("version", in: namespaces[0].1, to: "1.3")
        try xml.add("office:styles", to: xml.root)
        return try xml.bytes()
    }

    private static func meta(part: String) throws -> [UInt8] {
        let xml = try XMLBuilder(part: part, root: "office:document-meta", namespaces: namespaces)
        try xml.root.setAttribute("version", in: namespaces[0].1, to: "1.3")
        try xml.add("meta:generator", text: "Paperwork", to: try xml.add("office:meta", to: xml.root))
        return try xml.bytes()
    }
}
