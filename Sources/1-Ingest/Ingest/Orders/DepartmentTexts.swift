import Documents
import TemplateEngine

/// Checks the department's texts that are filled with the monitoring's figures later
/// (`report.intro`, `report.conclusion`): what can be checked without the figures — every tag
/// closed, only `{{ … }}` tags, known filters — is a problem of the department file.
enum DepartmentTexts {
    static func check(_ text: String, field: String, at value: YAMLValue, reader: inout YAMLFields<DocumentCode>) {
        do {
            _ = try InlineTemplate(text, filters: Filters.all)
        } catch let failure as FilterFailure {
            reader.problem(.badText, "в тексте «\(field)»: \(failure.message)", at: value)
        } catch {
            reader.problem(.badText, "в тексте «\(field)»: не удалось разобрать теги {{ … }}", at: value)
        }
    }
}
