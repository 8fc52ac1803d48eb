import RussianText

/// Reads the period a monitoring ran (`period: {from: 2023-09, to: 2023-10}`), the one place the
/// data states it: the справка's «Сроки проведения» and the results order's texts
/// (`{{ period.in }}`) are written from it.
enum PeriodReader {
    static func read(_ node: YAMLValue?, reader: inout YAMLFields<DocumentCode>) -> RussianPeriod? {
        guard let node else { return nil }
        let hint = "пишите ГГГГ-ММ (месяц) или ГГГГ-ММ-ДД (день), например period: {from: 2023-09, to: 2023-10}"
        func end(_ key: String) -> RussianPeriod.End? {
            guard let field = node[key], let text = field.string else {
                reader.problem(.missingField, "period: не указано «\(key)»; \(hint)", at: node[key] ?? node)
                return nil
            }
            guard let end = RussianPeriod.End(parsing: text) else {
                reader.problem(.invalidDate, "period.\(key): «\(text)» — не месяц и не дата; \(hint)", at: field)
                return nil
            }
            return end
        }
        guard let from = end("from"), let to = end("to") else { return nil }
        guard let period = RussianPeriod(from: from, to: to) else {
            reader.problem(
                .invalidDate,
                "period: начало позже конца или одно из них месяц, а другое день; укажите оба месяцами или оба днями, "
                    + "начало не позже конца", at: node)
            return nil
        }
        return period
    }
}
