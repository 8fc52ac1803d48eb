import Foundation
import PaperworkKit

/// The core's problems with the department file written from the form, placed on the form: a
/// problem at a line of the YAML belongs to the field written on that line and is shown beside it,
/// and in the problems table under the field's Russian name.
struct DepartmentProblems {
    /// A problem with the form field it belongs to.
    struct Placed {
        /// The anchor of the field on the page (`issuer_name`, `person-1`, `period`); empty for a
        /// field the form does not show.
        var anchor: String
        /// The field's name as the form labels it.
        var label: String
        var diagnostic: Diagnostic
    }

    let placed: [Placed]

    /// The problems of the YAML written from `form`, whose fields stand at the lines of `paths`.
    init(_ diagnostics: [Diagnostic], form: DepartmentForm, paths: [Int: String]) {
        // A period the core could not read leaves the справка without «Сроки проведения», and the
        // core asks for a timing text of the file's own: the form's answer is to fix the period.
        let hasPeriod = !(form.periodFrom + form.periodTo).isEmpty
        let shown = diagnostics.filter { !(hasPeriod && $0.message.hasPrefix("не указано поле «report.timing»")) }
        placed = shown.map { diagnostic in
            let location = diagnostic.location
            var path = location.line.flatMap { paths[$0] } ?? ""
            // A problem of the whole file stands at its first key, column 1: the field it lacks is
            // named in the message («не указано поле «issuer_name»»).
            if location.column == 1, !path.contains(".") {
                path = Self.named(diagnostic)
            }
            let (anchor, label) = Self.field(path, form: form)
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

    /// The first field path named in «…» in the message that the form shows.
    private static func named(_ diagnostic: Diagnostic) -> String {
        let pieces = diagnostic.message.components(separatedBy: "«").dropFirst().compactMap {
            $0.components(separatedBy: "»").first
        }
        return pieces.first { anchors[$0] != nil } ?? ""
    }

    /// The form's fields by their path in the file: anchor and label.
    static let anchors: [String: (String, String)] = [
        "issuer": ("issuer", "Наименование на бланке"), "issuer_name": ("issuer_name", "Наименование в тексте"),
        "issuer_forms": ("issuer_name", "Наименование в тексте"),
        "issuer_genitive": ("issuer_name", "Наименование в тексте"), "contacts": ("contacts", "Контакты"),
        "people": ("people", "Люди"), "letters.signatory": ("signatory", "Подписывает письма"),
        "letters.signature_title": ("signature_title", "Должность в подписи"),
        "letters.number_prefix": ("number_prefix", "Префикс номера письма"),
        "letters.report_by": ("report_by", "Срок ответа школ"), "report.compiler": ("compiler", "Составитель справки"),
        "report.executor": ("executor", "Исполнитель"), "period": ("period", "Период мониторинга"),
    ]

    /// The anchor and the label of the field at `path` of the YAML.
    static func field(_ path: String, form: DepartmentForm) -> (String, String) {
        let parts = path.split(separator: ".").map(String.init)
        guard let top = parts.first else { return ("", "Настройки отдела") }
        if top == "people", parts.count > 1 {
            let key = parts[1]
            let kept = form.people.enumerated().filter { !$0.element.isEmpty }
            if let index = kept.first(where: { $0.element.key == key })?.offset {
                return ("person-\(index)", "Люди: \(key)")
            }
            return ("people", "Люди")
        }
        for length in stride(from: min(parts.count, 2), through: 1, by: -1) {
            if let found = anchors[parts.prefix(length).joined(separator: ".")] { return found }
        }
        return ("", "Прочие настройки (\(path))")
    }
}
