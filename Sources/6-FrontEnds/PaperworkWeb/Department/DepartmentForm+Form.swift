import Foundation

extension DepartmentForm {
    /// The form as submitted. Rows left empty stay on the form (a row just added is empty) and are
    /// left out of the file (``applied(to:)``).
    init(form: Form) {
        self.init()
        func field(_ name: String) -> String {
            (form.fields[name]?.first ?? "").replacingOccurrences(of: "\r\n", with: "\n")
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        func lines(_ name: String) -> [String] {
            field(name).components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        }
        issuer = lines("issuer")
        issuerName = field("issuer_name")
        contacts = lines("contacts")
        // Rows are counted by a hidden field; a forged count makes no more rows than the form has
        // fields, nor more than a page can show.
        let count = max(0, min(Int(field("people_count")) ?? 0, 200, form.fields.count))
        people = (0..<count).map { index in
            let prefix = "person.\(index)."
            return Person(
                key: field(prefix + "key"), surname: field(prefix + "surname"),
                firstName: field(prefix + "first_name"), patronymic: field(prefix + "patronymic"),
                gender: field(prefix + "gender"), title: field(prefix + "title"), extra: field(prefix + "extra"))
        }
        signatory = field("signatory")
        signatureTitle = field("signature_title")
        numberPrefix = form.fields["number_prefix"]?.first?.trimmingCharacters(in: .newlines) ?? ""
        reportBy = field("report_by")
        compiler = field("compiler")
        executorName = field("executor_name")
        executorPhone = field("executor_phone")
        periodFrom = field("period_from")
        periodTo = field("period_to")
    }

    /// Applies a button that changes the form itself: `add_person`, `remove_person:2`. Unknown or
    /// stale buttons change nothing.
    /// - Returns: whether the action was one of these.
    mutating func apply(_ action: String) -> Bool {
        let parts = action.split(separator: ":", maxSplits: 1).map(String.init)
        switch parts.first {
        case "add_person":
            people.append(Person())
            return true
        case "remove_person":
            if parts.count > 1, let index = Int(parts[1]), people.indices.contains(index) {
                people.remove(at: index)
            }
            return true
        default:
            return false
        }
    }
}
