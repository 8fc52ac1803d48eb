import Foundation
import PaperworkKit

extension DepartmentForm {
    /// The form's values for `department-form.mustache`: every field with its value and problem,
    /// the issuer's name and each person in the cases they will print in.
    /// - Parameters:
    ///   - officeName: the issuer's name as the core reads it (with the file's explicit forms).
    ///   - problems: the core's problems, placed at their fields.
    func page(officeName: OfficeName, problems: FieldProblems?) -> [String: Any] {
        func problem(_ anchor: String) -> String { problems?.messages(anchor) ?? "" }
        var page: [String: Any] = [
            "issuer": issuer.joined(separator: "\n"), "issuerName": issuerName,
            "contacts": contacts.joined(separator: "\n"), "signatureTitle": signatureTitle,
            "numberPrefix": numberPrefix, "reportBy": reportBy, "executorName": executorName,
            "executorPhone": executorPhone, "periodFrom": periodFrom, "periodTo": periodTo,
            "peopleCount": people.count,
            "issuerForms": officeName.nominative.isEmpty
                ? []
                : OrderDraft.cases.filter { ["genitive", "dative"].contains($0.name) }
                    .compactMap { grammaticalCase -> [String: Any]? in
                        GrammaticalCase(name: grammaticalCase.name).map {
                            ["case": grammaticalCase.title, "text": officeName.form($0)]
                        }
                    },
        ]
        // Only a problem that is there: a row's absent key would be looked up in the page's keys.
        for anchor in Set(DepartmentProblems.anchors.values.map(\.0)) where !problem(anchor).isEmpty {
            page["problem_" + anchor] = problem(anchor)
        }
        let data = TemplateValue.object(
            people.filter { !$0.key.isEmpty && !$0.isEmpty }.map { ($0.key, $0.value) })
        page["people"] = people.enumerated().map { index, person -> [String: Any] in
            [
                "index": index, "key": person.key, "surname": person.surname, "firstName": person.firstName,
                "patronymic": person.patronymic, "personTitle": person.title, "extra": person.extra,
                "genders": OrderDraft.options(
                    [("", "по отчеству"), ("m", "мужской"), ("f", "женский")]
                        + (["", "m", "f"].contains(person.gender) ? [] : [(person.gender, person.gender)]),
                    selected: person.gender),
                "problem": problem("person-\(index)"), "hasProblem": !problem("person-\(index)").isEmpty,
                "forms": OrderDraft.cases.filter { ["genitive", "dative", "accusative"].contains($0.name) }
                    .compactMap { grammaticalCase -> [String: Any]? in
                        guard !person.key.isEmpty,
                            let text = OrderDraft.printed("{{ \(person.key) | \(grammaticalCase.name) }}", data: data),
                            !text.isEmpty
                        else { return nil }
                        return ["case": grammaticalCase.title, "text": text]
                    },
            ]
        }
        let named = people.filter { !$0.key.isEmpty }
        func choices(_ selected: String) -> [[String: Any]] {
            named.map {
                [
                    "key": $0.key, "name": [$0.surname, $0.firstName, $0.patronymic].joined(separator: " "),
                    "title": $0.title, "selected": $0.key == selected,
                ] as [String: Any]
            }
        }
        page["signatories"] = choices(signatory)
        page["compilers"] = choices(compiler)
        return page
    }
}
