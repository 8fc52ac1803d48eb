import Orders

/// Reads the figures (показатели) of a department's справка.
enum DepartmentFigures {
    static func read(_ report: YAMLValue, reader: inout YAMLFields<DocumentCode>) -> [Department.Figure] {
        var figures: [Department.Figure] = []
        for (index, item) in reader.sequence(report, "figures").enumerated() {
            let text = item["text"]?.string ?? ""
            if let indicator = item["indicator"]?.string, item["answers"]?.items != nil {
                figures.append(.schools(text: text, indicator: indicator, answers: reader.strings(item, "answers")))
            } else if let numerator = item["numerator"]?.string, let denominator = item["denominator"]?.string {
                figures.append(.ratio(text: text, numerator: numerator, denominator: denominator))
            } else {
                reader.problem(
                    .badField,
                    "показатель справки \(index + 1): укажите indicator и answers либо numerator и "
                        + "denominator", at: item)
            }
        }
        return figures
    }
}
