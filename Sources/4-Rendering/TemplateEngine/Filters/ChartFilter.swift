import Pictures

/// `chart`: a native chart of a list of rows where the tag stands.
///
/// `{{ chart("pie", levels, label="name", value="count", title="…") }}` — the kind (`bar`: horizontal
/// bars, `column`, `pie`), the rows (objects), the key of each row's category (`label=`, «label» when not
/// given) and of its number (`value=`, «value»); optional `colour=` (the key of a row's colour,
/// `#RRGGBB`), `title=`, `series=` (the name of the numbers, «Значение»), `width=` and `height=`
/// («16cm» and «8cm» when not given).
enum ChartFilter {
    static func register(in registry: inout FilterRegistry) {
        registry.register("chart") { value, arguments in
            let options = try FilterOptions(
                "chart", arguments, positional: ["data"],
                keywords: ["data", "label", "value", "colour", "title", "series", "width", "height"])
            let kinds = Chart.Kind.allCases.map { "«\($0.rawValue)»" }.joined(separator: ", ")
            guard let kind = Chart.Kind(rawValue: value.text.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw FilterFailure(
                    "chart: вид диаграммы «\(value.text.prefix(40))» неизвестен; первым в скобках укажите один из: "
                        + kinds)
            }
            let points = try Self.points(options)
            if kind == .pie, let negative = points.firstIndex(where: { $0.value < 0 }) {
                throw FilterFailure(
                    "chart: в строке \(negative + 1) данных отрицательное число «\(TemplateValue.numberText(points[negative].value))»; "
                        + "круговая диаграмма показывает доли целого — возьмите столбчатую (\"column\" или \"bar\")")
            }
            let chart = Chart(
                kind: kind, title: options.values["title"]?.text ?? "",
                series: options.values["series"].map(\.text) ?? "Значение", points: points,
                width: try options.length("width") ?? Chart.defaultWidth,
                height: try options.length("height") ?? Chart.defaultHeight)
            return .chart(chart)
        }
    }

    /// The rows of `data=` as points.
    private static func points(_ options: FilterOptions) throws -> [Chart.Point] {
        let labelKey = options.values["label"]?.text ?? "label"
        let valueKey = options.values["value"]?.text ?? "value"
        let colourKey = options.values["colour"]?.text
        guard let data = options.values["data"], data != .null else {
            throw FilterFailure(
                "chart: не указаны данные; второе в скобках — список строк, например chart(\"pie\", levels, "
                    + "label=\"name\", value=\"count\")")
        }
        guard case .list(let rows) = data else {
            throw FilterFailure(
                "chart: данные диаграммы — \(data.kindName), а нужен список строк с полями «\(labelKey)» и «\(valueKey)»"
            )
        }
        guard !rows.isEmpty else {
            throw FilterFailure("chart: список данных пуст; диаграмма строится хотя бы по одной строке")
        }
        return try rows.enumerated().map { index, row in
            let number = index + 1
            guard case .object(let fields) = row else {
                throw FilterFailure(
                    "chart: строка \(number) данных — \(row.kindName), а нужен объект с полями «\(labelKey)» и «\(valueKey)»"
                )
            }
            guard let label = fields[labelKey], label != .null else {
                throw FilterFailure(
                    "chart: в строке \(number) данных нет поля «\(labelKey)» (подпись); добавьте его или укажите label=\"…\""
                )
            }
            guard let raw = fields[valueKey], raw != .null else {
                throw FilterFailure(
                    "chart: в строке \(number) данных нет поля «\(valueKey)» (число); добавьте его или укажите value=\"…\""
                )
            }
            guard let value = Self.number(raw) else {
                throw FilterFailure(
                    "chart: в строке \(number) данных «\(valueKey)» = «\(raw.text.prefix(40))» — не число; "
                        + "диаграмма строится только по числам")
            }
            return Chart.Point(
                label: label.text, value: value,
                colour: try colourKey.flatMap { key in
                    try fields[key].flatMap { try Self.colour($0, key: key, row: number) }
                })
        }
    }

    /// A number, a share (as its fraction) or text that reads as one («12,5»); not a yes or no.
    private static func number(_ value: TemplateValue) -> Double? {
        if case .bool = value { return nil }
        guard let number = value.number, number.isFinite else { return nil }
        return number
    }

    /// `#RRGGBB` (or without `#`) as six upper-case digits; null or empty for none.
    private static func colour(_ value: TemplateValue, key: String, row: Int) throws -> String? {
        let text = value.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit) else {
            throw FilterFailure(
                "chart: в строке \(row) данных цвет «\(key)» = «\(text.prefix(40))» не понят; пишите цвет как "
                    + "«#4E9A5B» (шесть шестнадцатеричных цифр)")
        }
        return digits.uppercased()
    }
}
