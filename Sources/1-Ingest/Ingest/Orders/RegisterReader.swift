import Orders

/// Reads the series of the department's order register (`register:` in the department file), the
/// first being the one an order goes to when none is named:
///
/// ```yaml
/// register:
///   - {id: од, title: по основной деятельности, format: "{n}-од", restart: yearly}
///   - {id: лс, title: по личному составу, format: "{n}-лс", restart: never}
/// ```
enum RegisterReader {
    static func read(_ root: YAMLValue, reader: inout YAMLFields<DocumentCode>) -> [RegisterSeries] {
        var series: [RegisterSeries] = []
        for node in reader.sequence(root, "register") {
            guard let id = text(node, "id", reader: &reader), let format = text(node, "format", reader: &reader)
            else { continue }
            if series.contains(where: { $0.id == id }) {
                reader.problem(
                    .badField, "register: серия «\(id)» указана дважды; дайте сериям разные id", at: node["id"])
                continue
            }
            if format.components(separatedBy: RegisterSeries.placeholder).count != 2 {
                reader.problem(
                    .badField,
                    "register: в format серии «\(id)» должно быть ровно одно {n} — место порядкового номера, "
                        + "например \"{n}\", \"01-04-{n}\" или \"{n}-од\"", at: node["format"])
                continue
            }
            let restart = node["restart"]?.string ?? "yearly"
            guard restart == "yearly" || restart == "never" else {
                reader.problem(
                    .badField,
                    "register: restart серии «\(id)» — yearly (нумерация с 1 каждый год) или never (сквозная)",
                    at: node["restart"])
                continue
            }
            series.append(
                RegisterSeries(
                    id: id, title: node["title"]?.string ?? "", format: format, restartsYearly: restart == "yearly"))
        }
        return series
    }

    private static func text(_ node: YAMLValue, _ key: String, reader: inout YAMLFields<DocumentCode>) -> String? {
        guard let value = node[key]?.string, !value.isEmpty else {
            reader.problem(
                .missingField,
                "register: у серии не указано «\(key)»; пишите - {id: од, format: \"{n}-од\", restart: yearly}",
                at: node[key] ?? node)
            return nil
        }
        return value
    }
}
