import PaperworkKit

/// The distribution of schools by level as a small SVG bar chart drawn on the server: one bar per
/// level, its count and share written beside it. Colours are attributes, not styles (the page's
/// content security policy allows no inline styles).
enum LevelChart {
    static let colours = ["#2e7d4f", "#c98a12", "#b23b3b", "#5b6b7a", "#7a5b8a"]

    /// The chart of `levels` (name, count) out of `total` schools.
    static func svg(levels: [(name: String, count: Int)], total: Int) -> String {
        let width = 560
        let barLeft = 190
        let barMax = 260
        let rowHeight = 30
        let height = levels.count * rowHeight + 10
        var svg =
            "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"Распределение ОО по уровням\">"
        for (index, level) in levels.enumerated() {
            let y = index * rowHeight + 5
            let share = total > 0 ? Double(level.count) / Double(total) : 0
            let bar = Int((Double(barMax) * share).rounded())
            let colour = index == levels.count - 1 && levels.count > 2 ? colours[2] : colours[min(index, 1)]
            svg += "<text x=\"0\" y=\"\(y + 18)\" font-size=\"14\" fill=\"#1f2933\">\(Format.escape(level.name))</text>"
            svg += "<rect x=\"\(barLeft)\" y=\"\(y + 4)\" width=\"\(max(bar, 2))\" height=\"18\" fill=\"\(colour)\"/>"
            svg +=
                "<text x=\"\(barLeft + max(bar, 2) + 8)\" y=\"\(y + 18)\" font-size=\"14\" fill=\"#1f2933\">"
                + "\(level.count) (\(Format.escape(RussianNumber.percent(share, decimals: 1))))</text>"
        }
        return svg + "</svg>"
    }
}
