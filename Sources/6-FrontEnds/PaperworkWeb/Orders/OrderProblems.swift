import Foundation
import PaperworkKit

/// The core's problems with a draft, placed on the form: a problem at a line of the draft's YAML
/// belongs to the field written on that line, and is shown beside it and in the problems table
/// under the field's Russian name instead of a line the clerk never saw.
struct OrderProblems {
    /// A problem with the form field it belongs to.
    struct Placed {
        /// The anchor of the field on the page (`number`, `item-2`, `app-0-1-3`), empty for the order as a whole.
        var anchor: String
        /// The field's name as the form labels it («Пункт 3», «Приложение 1, раздел 2, строка 4»).
        var label: String
        var diagnostic: Diagnostic
    }

    let placed: [Placed]

    /// The problems of the YAML written from `draft`, whose fields stand at the lines of `paths`.
    init(_ diagnostics: [Diagnostic], draft: OrderDraft, paths: [Int: String]) {
        placed = diagnostics.map { diagnostic in
            let location = diagnostic.location
            var path = location.line.flatMap { paths[$0] } ?? ""
            // A problem of the whole order stands at its first key, column 1: the field it lacks
            // is named in the message («не указан реквизит «number»»).
            if location.column == 1, !path.contains(".") {
                path = Self.namedField(in: diagnostic.message) ?? ""
            }
            let (anchor, label) = Self.field(path, draft: draft)
            return Placed(anchor: anchor, label: label, diagnostic: diagnostic)
        }
    }

    var isEmpty: Bool { placed.isEmpty }

    /// The messages for the field `anchor`.
    func messages(_ anchor: String) -> String {
        placed.filter { $0.anchor == anchor }.map(\.diagnostic.message).joined(separator: "; ")
    }

    /// The rows of the problems table: the field (a link to it) and what is wrong.
    var rows: [[String: Any]] {
        placed.map { ["anchor": $0.anchor, "field": $0.label, "message": $0.diagnostic.message] }
    }

    /// The first top-level field named in «…» in `message`.
    static func namedField(in message: String) -> String? {
        let pieces = message.components(separatedBy: "«").dropFirst().compactMap {
            $0.components(separatedBy: "»").first
        }
        return pieces.first { topLabels[$0] != nil }
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
