import Foundation

/// Column widths from what the columns hold, for a template that asks for them
/// (`paperwork.columns` = `content`): the table keeps its width, and each column gets at least its
/// longest word, then room for its longest text, so that «достаточный уровень» is not broken into
/// two lines in every row while «Место» and «Баллы» take what their numbers need.
struct ColumnWidths {
    /// Per column: the longest word and the longest cell text, in characters.
    var words: [Int]
    var texts: [Int]

    /// The width of a character of 12 pt text and a cell's padding and borders, in points: an
    /// estimate good enough to tell a column that fits its text from one that does not.
    static let character = 6.5
    static let padding = 14.0

    init(columns: Int) {
        words = Array(repeating: 1, count: columns)
        texts = Array(repeating: 1, count: columns)
    }

    /// Counts a cell's `text` for `column` (cells spanning several columns are not counted).
    mutating func measure(_ text: String, column: Int) {
        guard words.indices.contains(column) else { return }
        let longestWord = text.split(whereSeparator: \.isWhitespace).map(\.count).max() ?? 0
        let lines = text.split(separator: "\n").map(\.count).max() ?? 0
        words[column] = max(words[column], longestWord)
        texts[column] = max(texts[column], lines)
    }

    /// New widths for columns now `current` points wide: the same total, shared out by content.
    /// Every column first gets its longest word; then the columns whose text needs least more get
    /// all of it, smallest first, while what is left allows; the rest share what remains by what they
    /// lack (the long names wrap, not «Баллы» or a level). Room to spare goes to all columns by
    /// their width.
    func widths(sharing current: [Double]) -> [Double] {
        let available = current.reduce(0, +)
        guard current.count == words.count, available > 0 else { return current }
        let least = words.map { Double($0) * Self.character + Self.padding }
        let wished = zip(texts, least).map { max(Double($0) * Self.character + Self.padding, $1) }
        let sumLeast = least.reduce(0, +)
        guard sumLeast <= available else { return least.map { $0 * available / sumLeast } }
        var result = least
        var budget = available - sumLeast
        let order = result.indices.sorted { wished[$0] - least[$0] < wished[$1] - least[$1] }
        for (position, column) in order.enumerated() {
            let need = wished[column] - least[column]
            if need <= budget {
                result[column] += need
                budget -= need
                continue
            }
            let rest = order[position...]
            let lacking = rest.reduce(0) { $0 + wished[$1] - least[$1] }
            for other in rest { result[other] += budget * (wished[other] - least[other]) / lacking }
            return result
        }
        let sum = result.reduce(0, +)
        return result.map { $0 + budget * $0 / sum }
    }
}
