extension TemplateValue {
    /// The text a value prints as in Jinja (and so in docxtpl): a decimal point, `True`/`False`,
    /// `None`, lists and objects as Python writes them. A share prints as its fraction.
    public var jinjaText: String {
        switch self {
        case .null: "None"
        case .bool(let value): value ? "True" : "False"
        case .number(let value), .share(let value): TemplateValue.pythonNumber(value)
        case .string(let value): value
        case .list(let items): "[" + items.map(\.pythonRepresentation).joined(separator: ", ") + "]"
        case .object(let fields):
            "{" + fields.keys.map { "'\($0)': \(fields[$0]?.pythonRepresentation ?? "None")" }.joined(separator: ", ")
                + "}"
        case .picture(let placed): placed.description
        case .chart(let chart): chart.title
        case .document(let document): document.name
        }
    }

    /// How Python writes the value inside a list or a dictionary: text in quotes.
    private var pythonRepresentation: String {
        if case .string(let text) = self {
            return "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
                + "'"
        }
        return jinjaText
    }

    /// A whole number without a point (57), others as Python writes them (2.5, 1e-05).
    static func pythonNumber(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e16 { return String(Int(value)) }
        let text = "\(value)"
        // Swift writes 1e-05 as "1e-05" and 1e+16 as "1e+16", as Python does.
        return text
    }
}
