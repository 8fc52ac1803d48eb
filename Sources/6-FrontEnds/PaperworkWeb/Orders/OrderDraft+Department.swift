import Foundation
import PaperworkKit
import Store

extension OrderDraft {
    /// A new draft with the department's requisites: its issuer lines, its name in running text,
    /// its people, and its head as signatory (as the department's letters are signed); dated today.
    /// - Parameter department: the department file's YAML as parsed, or `nil` before one is saved.
    static func new(department: TemplateValue?, today: Date = Date()) -> OrderDraft {
        var fields: [(String, TemplateValue)] = []
        if let department {
            for key in ["issuer", "issuer_name", "people"] {
                if let value = department[key] { fields.append((key, value)) }
            }
            if let head = department["letters"]?["signatory"] {
                var signature: [(String, TemplateValue)] = [("person", head)]
                if let title = department["letters"]?["signature_title"] { signature.append(("title", title)) }
                fields.append(("signatory", .object(signature)))
            }
            if let executor = department["report"]?["executor"] { fields.append(("executor", executor)) }
        }
        var draft = OrderDraft(yaml: .object(fields))
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        draft.date = formatter.string(from: today)
        draft.items = [Item()]
        return draft
    }

    /// The department's file as parsed, or `nil` when there is none or it does not read.
    static func departmentYAML(_ store: Store) async throws -> TemplateValue? {
        guard let department = try await store.department(), let bytes = department.files[department.mainFile]
        else { return nil }
        return try? DataFile.load(NamedBytes(name: department.mainFile, bytes: bytes))
    }

    /// The department's people, as the form offers them for adding to a draft.
    static func departmentPeople(_ yaml: TemplateValue?) -> [Person] {
        guard let yaml else { return [] }
        return OrderDraft(yaml: .object([("people", yaml["people"] ?? .null)])).people
    }
}
