import Foundation
import PaperworkKit

/// The department form's fields, for placing the core's problems with the file written from it
/// (``FieldProblems``).
enum DepartmentProblems {
    /// The problems of the YAML written from `form`, whose fields stand at the lines of `paths`.
    static func placed(_ diagnostics: [Diagnostic], form: DepartmentForm, paths: [Int: String]) -> FieldProblems {
        // A period the core could not read leaves the справка without «Сроки проведения», and the
        // core asks for a timing text of the file's own: the form's answer is to fix the period.
        let hasPeriod = !(form.periodFrom + form.periodTo).isEmpty
        let shown = diagnostics.filter { !(hasPeriod && $0.message.hasPrefix("не указано поле «report.timing»")) }
        return FieldProblems(shown, paths: paths, knows: { anchors[$0] != nil }, field: { field($0, form: form) })
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
