import PaperworkKit

/// A school's results over the years as a small SVG bar chart drawn on the server: one bar per
/// period, its height the share of the maximum (comparable when the maximum changed), coloured by
/// level, with the points written above it and the period below. Colours are attributes, not
/// styles (the page's content security policy allows no inline styles).
enum HistoryChart {
    /// One period's bar.
    struct Bar {
        let period: String
        let total: Double
        let maximum: Double
        /// The level's place in the scale, 0 for the highest.
        let levelRank: Int
        let levelCount: Int
    }

    /// The chart of `bars`, oldest first.
    static func svg(_ bars: [Bar]) -> String {
        let column = 96
        let top = 24
        let plot = 120
        let width = max(bars.count * column + 16, 200)
        let height = top + plot + 28
        var svg =
            "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"Баллы школы по периодам, доля от максимума\">"
        svg +=
            "<line x1=\"8\" y1=\"\(top + plot)\" x2=\"\(width - 8)\" y2=\"\(top + plot)\" stroke=\"#5b6b7a\" "
            + "stroke-width=\"1\"/>"
        for (index, bar) in bars.enumerated() {
            let share = bar.maximum > 0 ? min(max(bar.total / bar.maximum, 0), 1) : 0
            let barHeight = max(Int((Double(plot) * share).rounded()), 2)
            let x = 16 + index * column
            let y = top + plot - barHeight
            let colour = colour(rank: bar.levelRank, count: bar.levelCount)
            svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(column - 32)\" height=\"\(barHeight)\" fill=\"\(colour)\"/>"
            svg +=
                "<text x=\"\(x + (column - 32) / 2)\" y=\"\(y - 6)\" font-size=\"13\" text-anchor=\"middle\" "
                + "fill=\"#1f2933\">\(Format.escape(Format.points(bar.total) + " из " + Format.points(bar.maximum)))</text>"
            svg +=
                "<text x=\"\(x + (column - 32) / 2)\" y=\"\(top + plot + 18)\" font-size=\"13\" text-anchor=\"middle\" "
                + "fill=\"#1f2933\">\(Format.escape(label(bar.period)))</text>"
        }
        return svg + "</svg>"
    }

    /// A period short enough for its bar: «2023/2024 учебный год» as «2023/2024».
    static func label(_ period: String) -> String {
        let short = period.count > 12 ? String(period.split(separator: " ").first ?? "") : period
        return String((short.isEmpty ? period : short).prefix(12))
    }

    /// The highest level green, the lowest red, those between amber; grey for a level not on the scale.
    static func colour(rank: Int, count: Int) -> String {
        guard rank >= 0, rank < count else { return LevelChart.colours[3] }
        if rank == 0 { return LevelChart.colours[0] }
        return rank == count - 1 && count > 2 ? LevelChart.colours[2] : LevelChart.colours[1]
    }
}
