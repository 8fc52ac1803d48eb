import Foundation

extension OrderDraft {
    /// The draft as the form submitted it. Rows left empty stay on the form (a row just added is
    /// empty) and are left out of the YAML (``value``).
    init(form: Form) {
        self.init()
        func field(_ name: String) -> String {
            (form.fields[name]?.first ?? "").replacingOccurrences(of: "\r\n", with: "\n")
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        // Rows are counted by the form's hidden fields; a forged count cannot make more rows than
        // the form has fields, nor more than a page can show.
        func count(_ name: String, limit: Int = 500) -> Int {
            max(0, min(Int(field(name)) ?? 0, limit, form.fields.count))
        }
        issuer = field("issuer").components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        issuerName = field("issuer_name")
        kind = field("kind")
        date = field("date")
        dateStyle = field("date_style")
        number = field("number")
        place = field("place")
        placeBetween = !field("place_between").isEmpty
        title = field("title")
        preamble = field("preamble")
        command = field("command")
        people = (0..<count("people_count")).map { index in
            let prefix = "person.\(index)."
            return Person(
                key: field(prefix + "key"), surname: field(prefix + "surname"),
                firstName: field(prefix + "first_name"), patronymic: field(prefix + "patronymic"),
                title: field(prefix + "title"), extra: field(prefix + "extra"))
        }
        items = (0..<count("item_count")).map { index in
            Item(
                text: field("item.\(index).text"),
                items: (0..<count("item.\(index).count", limit: 50)).map {
                    Item(text: field("item.\(index).\($0).text"))
                })
        }
        values = (0..<count("value_count")).map {
            Value(name: field("value.\($0).name"), value: field("value.\($0).value"))
        }
        signatory = field("signatory")
        signatoryTitle = field("signatory_title")
        executorName = field("executor_name")
        executorPhone = field("executor_phone")
        appendices = (0..<count("appendix_count", limit: 20)).map { index in
            let prefix = "app.\(index)."
            var appendix = Appendix(raw: field(prefix + "raw"))
            guard appendix.raw.isEmpty else { return appendix }
            appendix.mark = field(prefix + "mark")
            appendix.title = field(prefix + "title")
            appendix.numbering = field(prefix + "numbering")
            let columns = field(prefix + "columns").split(separator: ",").map(String.init)
            let withResult = !field(prefix + "result").isEmpty
            appendix.columns = Self.planColumns.filter { column in
                column == "result" ? withResult : columns.isEmpty || columns.contains(column)
            }
            for column in Self.planColumns {
                let header = field(prefix + "header." + column)
                if !header.isEmpty { appendix.headers[column] = header }
            }
            let rowColumns = appendix.rowColumns
            appendix.sections = (0..<count(prefix + "section_count", limit: 50)).map { section in
                let sectionPrefix = prefix + "sec.\(section)."
                return Section(
                    title: field(sectionPrefix + "title"),
                    rows: (0..<count(sectionPrefix + "row_count")).map { row in
                        var cells: [String: String] = [:]
                        for column in rowColumns {
                            cells[column] = field(sectionPrefix + "row.\(row)." + column)
                        }
                        return cells
                    })
            }
            return appendix
        }
        extra = field("extra")
    }

    /// The draft without the rows left empty, and every person with a key: what is written as YAML.
    var trimmed: OrderDraft {
        var draft = self
        draft.people = people.enumerated().compactMap { index, person in
            guard !(person.key + person.surname + person.firstName + person.title).isEmpty else { return nil }
            var person = person
            if person.key.isEmpty { person.key = "person\(index + 1)" }
            return person
        }
        draft.items = items.compactMap { item in
            let subitems = item.items.filter { !$0.text.isEmpty }
            return item.text.isEmpty && subitems.isEmpty ? nil : Item(text: item.text, items: subitems)
        }
        draft.values = values.filter { !$0.name.isEmpty }
        draft.appendices = appendices.map { appendix in
            var appendix = appendix
            for index in appendix.sections.indices {
                appendix.sections[index].rows.removeAll { row in row.values.allSatisfy(\.isEmpty) }
            }
            return appendix
        }
        return draft
    }
}
