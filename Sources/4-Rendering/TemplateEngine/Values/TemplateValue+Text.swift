import RussianText

extension TemplateValue {
    /// The text a value prints as: numbers with a decimal comma and no needless zeros, shares as
    /// percents with one decimal («34,6 %»), lists joined with «, », null as nothing.
    public var text: String {
        switch self {
        case .null: ""
        case .bool(let value): value ? "да" : "нет"
        case .number(let value): TemplateValue.numberText(value)
        case .share(let value): RussianNumber.percent(value, decimals: 1)
        case .string(let value): value
        case .list(let items): items.map(\.text).joined(separator: ", ")
        case .object(let fields): fields.keys.map { "\($0): \(fields[$0]?.text ?? "")" }.joined(separator: ", ")
        case .picture(let placed): placed.description
        case .chart(let chart): chart.title
        case .document(let document): document.name
        }
    }

    /// Whole numbers print without a comma (57, not 57,0); others with a decimal comma.
    static func numberText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        // Beyond 10¹² a fraction no longer fits the Russian formatting's arithmetic: «1,5e+300».
        guard value.isFinite, abs(value) < 1e12 else {
            return "\(value)".replacingOccurrences(of: ".", with: ",")
        }
        return RussianNumber.compact(value, maxDecimals: 6).replacingOccurrences(
            of: RussianNumber.nonBreakingSpace, with: "")
    }

    /// The value as a number, when it is one (a share as its fraction) or a string that reads as one («2,5»).
    public var number: Double? {
        switch self {
        case .number(let value), .share(let value): value
        case .string(let text):
            Double(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "."))
        case .bool(let value): value ? 1 : 0
        default: nil
        }
    }
}
