import Foundation
import PaperworkKit

/// The order form's fields, for placing the core's problems with a draft (``FieldProblems``).
enum OrderProblems {
    /// The problems of the YAML written from `draft`, whose fields stand at the lines of `paths`.
    static func placed(_ diagnostics: [Diagnostic], draft: OrderDraft, paths: [Int: String]) -> FieldProblems {
        FieldProblems(diagnostics, paths: paths, knows: { topLabels[$0] != nil }, field: { field($0, draft: draft) })
    }

    static let topLabels: [String: String] = [
        "issuer": "Наименование организации", "issuer_name": "Наименование в тексте", "kind": "Вид документа",
        "date": "Дата", "date_style": "Вид даты", "number": "Номер", "place": "Место издания",
        "place_position": "Место издания", "title": "Заголовок", "preamble": "Преамбула",
        "command": "Распорядительное слово", "signatory": "Подписывает", "executor": "Исполнитель",
        "items": "Пункты", "values": "Значения", "people": "Люди",
    ]

    /// The anchor and the label of the field at `path` of the YAML.
    static func field(_ path: String, draft: OrderDraft) -> (String, String) {
        let parts = path.split(separator: ".").map(String.init)
        guard let top = parts.first else { return ("", "Приказ") }
        let numbers = parts.dropFirst().compactMap { Int($0) }
        switch top {
        case "items":
            guard let item = numbers.first else { return ("items", "Пункты") }
            if parts.count >= 4, parts[2] == "items", let sub = Int(parts[3]) {
                return ("item-\(item)-\(sub)", "Пункт \(item + 1).\(sub + 1)")
            }
            return ("item-\(item)", "Пункт \(item + 1)")
        case "people":
            let key = parts.count > 1 ? parts[1] : ""
            guard let index = draft.trimmed.people.firstIndex(where: { $0.key == key }) else {
                return ("people", "Люди")
            }
            return ("person-\(index)", "Люди: \(key)")
        case "appendices":
            guard let appendix = numbers.first else { return ("appendices", "Приложения") }
            if parts.count >= 4, parts[2] == "sections", let section = Int(parts[3]) {
                if parts.count >= 6, parts[4] == "items", let row = Int(parts[5]) {
                    return (
                        "app-\(appendix)-\(section)-\(row)",
                        "Приложение \(appendix + 1), раздел \(section + 1), строка \(row + 1)"
                    )
                }
                return ("app-\(appendix)-\(section)", "Приложение \(appendix + 1), раздел \(section + 1)")
            }
            return ("app-\(appendix)", "Приложение \(appendix + 1)")
        case "values": return ("values", "Значения" + (parts.count > 1 ? ": \(parts[1])" : ""))
        case "place_position": return ("place", "Место издания")
        default:
            if let label = topLabels[top] { return (top, label) }
            return ("extra", "Прочие реквизиты (\(top))")
        }
    }
}
