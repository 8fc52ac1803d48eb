import Pictures

/// A chart (диаграмма) as a template places it: `chart("pie", levels, label="name", value="count")`.
/// It is written as a native chart the reader can edit — in DOCX a DrawingML chart part with its data
/// in an embedded workbook, in ODT a chart object with its own data table — not as a picture.
public struct Chart: Sendable, Equatable {
    /// The kind of chart.
    public enum Kind: String, Sendable, CaseIterable {
        /// Horizontal bars, the first row on top (линейчатая диаграмма).
        case bar
        /// Vertical columns (гистограмма).
        case column
        /// A pie (круговая диаграмма), its labels with the value and the percent.
        case pie
    }

    /// One bar, column or slice: its category, its value and, when the data gives one, its colour.
    public struct Point: Sendable, Equatable {
        public let label: String
        public let value: Double
        /// Six hexadecimal digits, upper case, without `#` («4E9A5B»); `nil` for the chart's own colour.
        public let colour: String?

        /// A point of `value` in the category `label`, in `colour` (six hexadecimal digits) or the chart's own.
        public init(label: String, value: Double, colour: String? = nil) {
            self.label = label
            self.value = value
            self.colour = colour
        }
    }

    public let kind: Kind
    /// The title above the chart; empty for none.
    public let title: String
    /// The name of the data series (the value column's heading in the chart's table).
    public let series: String
    public let points: [Point]
    public let width: Length
    public let height: Length

    /// The size a chart gets when the template gives none: 16 × 8 cm.
    public static let defaultWidth = Length(emu: 16 * 360_000)
    public static let defaultHeight = Length(emu: 8 * 360_000)

    /// A chart of `kind` drawing `points` as the series `series`, under `title`, `width` × `height`.
    public init(
        kind: Kind, title: String = "", series: String = "Значение", points: [Point],
        width: Length = Chart.defaultWidth, height: Length = Chart.defaultHeight
    ) {
        self.kind = kind
        self.title = title
        self.series = series
        self.points = points
        self.width = width
        self.height = height
    }

    /// The colour of point `index`: its own, else the series colour (bars, columns) or the palette's (slices).
    func colour(of index: Int) -> String {
        if let own = points[index].colour { return own }
        return kind == .pie ? Chart.palette[index % Chart.palette.count] : Chart.seriesColour
    }

    /// The colour of bars and columns that have none of their own.
    static var seriesColour: String { palette[0] }

    /// Calm colours that print well in grey, for slices without a colour of their own.
    static let palette = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E"]
}
