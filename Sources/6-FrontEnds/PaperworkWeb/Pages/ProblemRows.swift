import PaperworkKit

/// Diagnostics as the rows of a problems table: the file, the row as Excel numbers it (or the line
/// of a YAML file), the column, and what is wrong and how to fix it.
enum ProblemRows {
    static func rows(_ diagnostics: [Diagnostic]) -> [[String: Any]] {
        diagnostics.map { problem in
            let place = problem.location
            var placeParts: [String] = []
            if let sheet = place.sheet { placeParts.append("лист «\(sheet)»") }
            if let part = place.part { placeParts.append(part) }
            if let paragraph = place.paragraph { placeParts.append("абзац \(paragraph)") }
            var row: [String: Any] = [
                "file": place.file ?? "",
                "row": place.row.map(String.init) ?? place.line.map { "строка \($0)" } ?? "",
                "column": place.field ?? place.column.map { "позиция \($0)" } ?? "",
                "message": problem.message,
                "code": problem.code,
                "warning": problem.severity == .warning,
            ]
            // Only a place that is there: an absent value must not reach the page (Mustache would print «nil»).
            if !placeParts.isEmpty { row["place"] = placeParts.joined(separator: ", ") }
            return row
        }
    }
}
