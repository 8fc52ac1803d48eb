import Foundation

extension OrderDraft {
    /// Applies a button of the form that changes the form itself (adds or removes a row, inserts a
    /// person into an item): `add_item`, `add_sub:2`, `remove_item:2.1`, `insert:2`, `add_person`,
    /// `remove_person:0`, `add_value`, `add_appendix`, `add_section:0`, `add_row:0.1`,
    /// `remove_row:0.1.3`… Unknown or stale buttons change nothing.
    /// - Parameters:
    ///   - department: the department's people by key, for `add_person` (the form's `add_person` field).
    /// - Returns: whether the action was one of these.
    mutating func apply(_ action: String, form: Form, department: [Person]) -> Bool {
        let parts = action.split(separator: ":", maxSplits: 1).map(String.init)
        let name = parts.first ?? ""
        let at = (parts.count > 1 ? parts[1] : "").split(separator: ".").compactMap { Int($0) }
        switch (name, at.count) {
        case ("add_item", _): items.append(Item())
        case ("add_sub", 1) where items.indices.contains(at[0]): items[at[0]].items.append(Item())
        case ("remove_item", 1) where items.indices.contains(at[0]): items.remove(at: at[0])
        case ("remove_item", 2) where items.indices.contains(at[0]) && items[at[0]].items.indices.contains(at[1]):
            items[at[0]].items.remove(at: at[1])
        case ("insert", 1...2): insert(at: at, form: form)
        case ("add_person", _):
            let key = form.value("add_person") ?? ""
            if let person = department.first(where: { $0.key == key }), !people.contains(where: { $0.key == key }) {
                people.append(person)
            } else if key.isEmpty {
                people.append(Person())
            }
        case ("remove_person", 1) where people.indices.contains(at[0]): people.remove(at: at[0])
        case ("add_value", _): values.append(Value())
        case ("add_appendix", _):
            appendices.append(Appendix(title: "План мероприятий", sections: [Section(rows: [[:]])]))
        case ("remove_appendix", 1) where appendices.indices.contains(at[0]): appendices.remove(at: at[0])
        case ("add_section", 1) where appendices.indices.contains(at[0]):
            appendices[at[0]].sections.append(Section(rows: [[:]]))
        case ("remove_section", 2) where section(at) != nil:
            appendices[at[0]].sections.remove(at: at[1])
        case ("add_row", 2) where section(at) != nil:
            appendices[at[0]].sections[at[1]].rows.append([:])
        case ("remove_row", 3)
        where section(at) != nil && appendices[at[0]].sections[at[1]].rows.indices.contains(at[2]):
            appendices[at[0]].sections[at[1]].rows.remove(at: at[2])
        default: return false
        }
        return true
    }

    private func section(_ at: [Int]) -> Section? {
        guard at.count >= 2, appendices.indices.contains(at[0]), appendices[at[0]].sections.indices.contains(at[1])
        else { return nil }
        return appendices[at[0]].sections[at[1]]
    }

    /// Adds `{{ key | case }}` at the end of the item's text: the person chosen beside the item in
    /// the case chosen there.
    private mutating func insert(at: [Int], form: Form) {
        let prefix = "item." + at.map(String.init).joined(separator: ".") + "."
        guard let key = form.value(prefix + "person"), people.contains(where: { $0.key == key }),
            let grammaticalCase = form.value(prefix + "case"),
            Self.cases.contains(where: { $0.name == grammaticalCase }),
            items.indices.contains(at[0])
        else { return }
        let tag = "{{ \(key) | \(grammaticalCase) }}"
        func joined(_ text: String) -> String { text.isEmpty ? tag : text + " " + tag }
        if at.count == 1 {
            items[at[0]].text = joined(items[at[0]].text)
        } else if items[at[0]].items.indices.contains(at[1]) {
            items[at[0]].items[at[1]].text = joined(items[at[0]].items[at[1]].text)
        }
    }

    /// The cases a person may be written in, with the question each answers, as the form offers them.
    static let cases: [(name: String, title: String)] = [
        ("nominative", "им. п. (кто)"), ("genitive", "род. п. (кого)"), ("dative", "дат. п. (кому)"),
        ("accusative", "вин. п. (на кого)"), ("instrumental", "тв. п. (кем)"), ("prepositional", "пред. п. (о ком)"),
    ]
}
