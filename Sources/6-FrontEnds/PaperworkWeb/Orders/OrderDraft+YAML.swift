import Foundation
import PaperworkKit

extension OrderDraft {
    /// The draft of an order read from its YAML (already parsed): what the form shows of it.
    init(yaml root: TemplateValue) {
        self.init()
        guard case .object(let fields) = root else { return }
        switch fields["issuer"] {
        case .list(let lines)?: issuer = lines.map(Self.text)
        case let value?: issuer = Self.text(value).components(separatedBy: "\n")
        case nil: issuer = []
        }
        issuerName = Self.text(fields["issuer_name"])
        kind = fields["kind"].map(Self.text) ?? "ПРИКАЗ"
        date = Self.text(fields["date"])
        dateStyle = fields["date_style"].map(Self.text) ?? "numeric"
        number = Self.text(fields["number"])
        place = Self.text(fields["place"])
        placeBetween = Self.text(fields["place_position"]) == "between"
        title = Self.text(fields["title"])
        preamble = Self.text(fields["preamble"])
        command = fields["command"].map(Self.text) ?? "ПРИКАЗЫВАЮ:"
        if case .object(let persons)? = fields["people"] {
            people = persons.keys.map { key in Self.person(key, persons[key] ?? .null) }
        }
        items = Self.items(fields["items"])
        if case .object(let named)? = fields["values"] {
            values = named.keys.map { Value(name: $0, value: Self.text(named[$0])) }
        }
        switch fields["signatory"] {
        case .object(let signature)?:
            signatory = Self.text(signature["person"])
            signatoryTitle = Self.text(signature["title"])
        case let value?: signatory = Self.text(value)
        case nil: break
        }
        switch fields["executor"] {
        case .object(let executor)?:
            executorName = Self.text(executor["name"])
            executorPhone = Self.text(executor["phone"])
        case let value?: executorName = Self.text(value)
        case nil: break
        }
        if case .list(let list)? = fields["appendices"] { appendices = list.map(Self.appendix) }
        let others = fields.keys.filter { !Self.formFields.contains($0) }
        if !others.isEmpty {
            extra = YAMLWriter.yaml(.object(others.map { ($0, fields[$0] ?? .null) })).text
        }
    }

    /// The order YAML's value of the draft: empty optional fields left out, the order's keys as in
    /// the examples.
    var value: TemplateValue {
        var fields: [(String, TemplateValue)] = []
        func add(_ key: String, _ text: String, always: Bool = false) {
            if always || !text.isEmpty { fields.append((key, .string(text))) }
        }
        let lines = issuer.filter { !$0.isEmpty }
        if !lines.isEmpty { fields.append(("issuer", .list(lines.map(TemplateValue.string)))) }
        add("issuer_name", issuerName)
        add("kind", kind)
        add("date", date)
        add("date_style", dateStyle)
        add("number", number)
        add("place", place)
        if placeBetween { add("place_position", "between") }
        add("title", title)
        add("preamble", preamble)
        add("command", command)
        if !people.isEmpty {
            fields.append(("people", .object(people.map { ($0.key, $0.value) })))
        }
        fields.append(("items", .list(items.map(\.value))))
        if !values.isEmpty { fields.append(("values", .object(values.map { ($0.name, .string($0.value)) }))) }
        if !signatory.isEmpty {
            var signature: [(String, TemplateValue)] = [("person", .string(signatory))]
            if !signatoryTitle.isEmpty { signature.append(("title", .string(signatoryTitle))) }
            fields.append(("signatory", .object(signature)))
        }
        if !executorName.isEmpty {
            var executor: [(String, TemplateValue)] = [("name", .string(executorName))]
            if !executorPhone.isEmpty { executor.append(("phone", .string(executorPhone))) }
            fields.append(("executor", .object(executor)))
        }
        if !appendices.isEmpty { fields.append(("appendices", .list(appendices.map(\.value)))) }
        if case .object(let others)? = Self.parse(extra) {
            for key in others.keys where !Self.formFields.contains(key) { fields.append((key, others[key] ?? .null)) }
        }
        return .object(fields)
    }

    /// The text of a scalar as the form shows it (`57`, not `57.0`); empty for null or a collection.
    static func text(_ value: TemplateValue?) -> String {
        switch value {
        case .string(let text)?: text
        case .number(let number)?: YAMLWriter.inline(.number(number)) ?? ""
        case .bool(let flag)?: flag ? "true" : "false"
        default: ""
        }
    }

    /// YAML text kept as it was (a person's or an appendix's other fields); `nil` when empty or broken.
    static func parse(_ yaml: String) -> TemplateValue? {
        guard !yaml.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return try? DataFile.yaml(yaml, file: "форма")
    }

    private static func person(_ key: String, _ value: TemplateValue) -> Person {
        guard case .object(let fields) = value else { return Person(key: key, title: text(value)) }
        let known = ["surname", "first_name", "patronymic", "title"]
        let others = fields.keys.filter { !known.contains($0) }
        return Person(
            key: key, surname: text(fields["surname"]), firstName: text(fields["first_name"]),
            patronymic: text(fields["patronymic"]), title: text(fields["title"]),
            extra: others.isEmpty ? "" : YAMLWriter.yaml(.object(others.map { ($0, fields[$0] ?? .null) })).text)
    }

    static func items(_ value: TemplateValue?) -> [Item] {
        guard case .list(let list)? = value else { return [] }
        return list.map { item in
            if case .object = item { return Item(text: text(item["text"]), items: items(item["items"])) }
            return Item(text: text(item))
        }
    }

    private static func appendix(_ value: TemplateValue) -> Appendix {
        let kind = text(value["kind"])
        guard kind.isEmpty || kind == "plan" else {
            return Appendix(raw: YAMLWriter.yaml(value).text)
        }
        var appendix = Appendix()
        appendix.mark = value["mark"].map(text) ?? "appendix"
        appendix.title = text(value["title"])
        appendix.numbering = value["numbering"].map(text) ?? "roman"
        if case .list(let columns)? = value["columns"] { appendix.columns = columns.map(text) }
        if case .object(let headers)? = value["headers"] {
            for key in headers.keys { appendix.headers[key] = text(headers[key]) }
        }
        let rowColumns = appendix.rowColumns
        if case .list(let sections)? = value["sections"] {
            appendix.sections = sections.map { section in
                var rows: [[String: String]] = []
                if case .list(let list)? = section["items"] {
                    for row in list {
                        switch row {
                        case .list(let cells):
                            rows.append(Dictionary(uniqueKeysWithValues: zip(rowColumns, cells.map(text))))
                        default:
                            rows.append(Dictionary(uniqueKeysWithValues: rowColumns.map { ($0, text(row[$0])) }))
                        }
                    }
                }
                return Section(title: text(section["title"]), rows: rows)
            }
        }
        return appendix
    }
}

extension OrderDraft.Person {
    /// The person as the order YAML writes it.
    var value: TemplateValue {
        var fields: [(String, TemplateValue)] = []
        for (key, text) in [
            ("surname", surname), ("first_name", firstName), ("patronymic", patronymic), ("title", title),
        ] where !text.isEmpty {
            fields.append((key, .string(text)))
        }
        if case .object(let others)? = OrderDraft.parse(extra) {
            for key in others.keys { fields.append((key, others[key] ?? .null)) }
        }
        return .object(fields)
    }
}

extension OrderDraft.Item {
    /// The item as the order YAML writes it: its text, or its text and sub-items.
    var value: TemplateValue {
        items.isEmpty ? .string(text) : .object([("text", .string(text)), ("items", .list(items.map(\.value)))])
    }
}

extension OrderDraft.Appendix {
    /// The appendix as the order YAML writes it; a kept appendix as it was.
    var value: TemplateValue {
        if !raw.isEmpty { return OrderDraft.parse(raw) ?? .object([]) }
        var fields: [(String, TemplateValue)] = [
            ("kind", .string("plan")), ("mark", .string(mark)), ("title", .string(title)),
            ("numbering", .string(numbering)), ("columns", .list(columns.map(TemplateValue.string))),
        ]
        let named = columns.compactMap { column in headers[column].map { (column, TemplateValue.string($0)) } }
        if !named.isEmpty { fields.append(("headers", .object(named))) }
        let rowColumns = self.rowColumns
        fields.append(
            (
                "sections",
                .list(
                    sections.map { section in
                        .object([
                            ("title", .string(section.title)),
                            (
                                "items",
                                .list(
                                    section.rows.map { row in
                                        .object(rowColumns.map { ($0, .string(row[$0] ?? "")) })
                                    })
                            ),
                        ])
                    })
            ))
        return .object(fields)
    }
}
