import Foundation
import PaperworkKit

extension DepartmentForm {
    /// The form of a department file already parsed.
    init(yaml root: TemplateValue) {
        self.init()
        let text = OrderDraft.text
        issuer = Self.lines(root["issuer"])
        issuerName = text(root["issuer_name"])
        contacts = Self.lines(root["contacts"])
        if case .object(let persons)? = root["people"] {
            people = persons.keys.map { Self.person($0, persons[$0] ?? .null) }
        }
        let letters = root["letters"]
        signatory = text(letters?["signatory"])
        signatureTitle = text(letters?["signature_title"])
        numberPrefix = text(letters?["number_prefix"])
        reportBy = text(letters?["report_by"])
        let report = root["report"]
        compiler = text(report?["compiler"])
        switch report?["executor"] {
        case .object(let executor)?:
            executorName = text(executor["name"])
            executorPhone = text(executor["phone"])
        case let value?: executorName = text(value)
        case nil: break
        }
        periodFrom = text(root["period"]?["from"])
        periodTo = text(root["period"]?["to"])
    }

    /// `original` (the department file as parsed) with the form's values in place of its own: the
    /// keys keep their places, a key the file lacked is added at the end of its section, every
    /// other field stays as it was. An optional field left empty is removed; a required one is
    /// written empty, so that the core names it.
    func applied(to original: TemplateValue) -> TemplateValue {
        var root = Self.fields(original)
        root["issuer"] = .list(issuer.filter { !$0.isEmpty }.map(TemplateValue.string))
        root["issuer_name"] = .string(issuerName)
        let contactLines = contacts.filter { !$0.isEmpty }
        root["contacts"] = contactLines.isEmpty ? nil : .list(contactLines.map(TemplateValue.string))
        let kept = people.enumerated().compactMap { index, person -> Person? in
            guard !person.isEmpty else { return nil }
            var person = person
            if person.key.isEmpty { person.key = "person\(index + 1)" }
            return person
        }
        root["people"] = .object(kept.map { ($0.key, $0.value) })

        var letters = Self.fields(root["letters"] ?? .object([]))
        letters["signatory"] = .string(signatory)
        letters["signature_title"] = signatureTitle.isEmpty ? nil : .string(signatureTitle)
        letters["number_prefix"] = numberPrefix.isEmpty ? nil : .string(numberPrefix)
        letters["report_by"] = .string(reportBy)
        root["letters"] = .object(letters)

        var report = Self.fields(root["report"] ?? .object([]))
        report["compiler"] = .string(compiler)
        if executorName.isEmpty && executorPhone.isEmpty {
            report["executor"] = nil
        } else {
            var executor: [(String, TemplateValue)] = [("name", .string(executorName))]
            if !executorPhone.isEmpty { executor.append(("phone", .string(executorPhone))) }
            report["executor"] = .object(executor)
        }
        // The period writes the справка's «Сроки проведения»: a timing text of the file's own would
        // state it twice.
        if !periodFrom.isEmpty || !periodTo.isEmpty { report["timing"] = nil }
        root["report"] = .object(report)

        if periodFrom.isEmpty && periodTo.isEmpty {
            root["period"] = nil
        } else {
            root["period"] = .object([("from", .string(periodFrom)), ("to", .string(periodTo))])
        }
        return .object(root)
    }

    private static func fields(_ value: TemplateValue) -> OrderedFields {
        if case .object(let fields) = value { return fields }
        return OrderedFields()
    }

    /// A list of lines, or one text split at its line breaks.
    private static func lines(_ value: TemplateValue?) -> [String] {
        switch value {
        case .list(let items)?: items.map { OrderDraft.text($0) }
        case let value?: OrderDraft.text(value).components(separatedBy: "\n")
        case nil: []
        }
    }

    /// A person of the file. A name written in one line («Ковалёва Ирина Сергеевна», or `name:`)
    /// is split as the core reads it, and a gender written `ж` or `female` is shown as the form's
    /// choice, so that saving changes neither.
    private static func person(_ key: String, _ value: TemplateValue) -> Person {
        let text = OrderDraft.text
        let core = Orders.Person(value)
        guard case .object(let fields) = value else {
            guard let name = core?.name else { return Person(key: key, title: text(value)) }
            return Person(key: key, surname: name.surname, firstName: name.first, patronymic: name.patronymic)
        }
        var known = ["surname", "first_name", "patronymic", "gender", "title"]
        var person = Person(
            key: key, surname: text(fields["surname"]), firstName: text(fields["first_name"]),
            patronymic: text(fields["patronymic"]), title: text(fields["title"]))
        let gender = text(fields["gender"])
        person.gender = Gender(code: gender)?.rawValue ?? gender
        if person.surname.isEmpty, let name = core?.name {
            person.surname = name.surname
            person.firstName = name.first
            person.patronymic = name.patronymic
            known += ["name", "fio", "фио"]
        }
        let others = fields.keys.filter { !known.contains($0) }
        if !others.isEmpty {
            person.extra = YAMLWriter.yaml(.object(others.map { ($0, fields[$0] ?? .null) })).text
        }
        return person
    }
}

extension DepartmentForm.Person {
    /// The person as the department file writes it.
    var value: TemplateValue {
        var fields: [(String, TemplateValue)] = []
        for (key, text) in [
            ("surname", surname), ("first_name", firstName), ("patronymic", patronymic), ("gender", gender),
            ("title", title),
        ] where !text.isEmpty {
            fields.append((key, .string(text)))
        }
        if case .object(let others)? = OrderDraft.parse(extra) {
            for key in others.keys { fields.append((key, others[key] ?? .null)) }
        }
        return .object(fields)
    }
}
