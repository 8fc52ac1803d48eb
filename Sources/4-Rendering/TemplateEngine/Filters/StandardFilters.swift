import RussianText

/// `upper`, `lower`, `capitalize`, `default`, `join`, `roman`, `date`, `number`, `percent`, `plural`.
enum StandardFilters {
    static func register(in registry: inout FilterRegistry) {
        registry.register("upper") { value, _ in .string(value.text.uppercased()) }
        registry.register("lower") { value, _ in .string(value.text.lowercased()) }
        registry.register("capitalize") { value, _ in
            .string(value.text.capitalizedFirstLetter)
        }
        registry.register("default", acceptsMissing: true) { value, arguments in
            // Zero (a number, a share) and false are values, not missing ones.
            if value.isTruthy || value.number == 0 { return value }
            return arguments.first ?? .string("")
        }
        registry.register("join") { value, arguments in
            guard case .list(let items) = value else { return value }
            return .string(items.map(\.text).joined(separator: arguments.first?.text ?? ", "))
        }
        registry.register("roman") { value, _ in
            guard let number = value.number, number == number.rounded(),
                let roman = RomanNumeral.string(Int(number))
            else {
                throw FilterFailure("roman: нужно целое число от 1 до 3999, а получено «\(value.text)»")
            }
            return .string(roman)
        }
        registry.register("date") { value, arguments in
            let styleName = arguments.first?.text ?? "numeric"
            guard let style = RussianDate.Style(rawValue: styleName) else {
                throw FilterFailure(
                    "date: неизвестный вид «\(styleName)»; допускаются "
                        + RussianDate.Style.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
            }
            guard let date = RussianDate(parsing: value.text) else {
                throw FilterFailure("date: «\(value.text)» не является датой; пишите даты в данных как ГГГГ-ММ-ДД")
            }
            return .string(date.formatted(style))
        }
        registry.register("number") { value, arguments in
            let number = try numeric(value, filter: "number")
            return .string(RussianNumber.format(number, decimals: decimals(arguments, default: 0)))
        }
        registry.register("percent") { value, arguments in
            let number = try numeric(value, filter: "percent")
            return .string(RussianNumber.percent(number, decimals: decimals(arguments, default: 1)))
        }
        registry.register("plural") { value, arguments in
            let number = try numeric(value, filter: "plural")
            guard arguments.count == 3 else {
                throw FilterFailure("plural: нужны три формы слова, например plural(\"балл\", \"балла\", \"баллов\")")
            }
            let forms = PluralForms(arguments[0].text, arguments[1].text, arguments[2].text)
            return .string(RussianNumber.compact(number) + " " + forms.form(for: number))
        }
    }

    static func numeric(_ value: TemplateValue, filter: String) throws -> Double {
        guard let number = value.number else {
            throw FilterFailure("\(filter): «\(value.text)» не является числом")
        }
        guard number.isFinite, abs(number) < 1e12 else {
            throw FilterFailure("\(filter): число «\(value.text)» слишком велико для документа; проверьте данные")
        }
        return number
    }

    static func decimals(_ arguments: [TemplateValue], default fallback: Int) -> Int {
        guard let number = arguments.first?.number else { return fallback }
        return max(0, min(6, Int(number)))
    }
}
