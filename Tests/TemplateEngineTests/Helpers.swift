import OfficePackage
import TemplateEngine
import TestSupport
import XMLTree

/// Renders fixtures and reads back what a reader would see.
enum Render {
    static func data(_ yamlLike: [(String, TemplateValue)]) -> TemplateValue { .object(yamlLike) }

    /// Paragraph texts of every story of the rendered document, body first.
    static func paragraphs(
        _ bytes: [UInt8], data: TemplateValue, lenient: Bool = false,
        story: StoryKind = .body
    ) throws -> [String] {
        let template = try Template(bytes: bytes, label: "шаблон")
        // The engine's mechanics without the typography of values (its own tests cover it).
        let output = try template.render(data, options: Template.Options(lenient: lenient, typography: nil))
        let document = try OfficeDocument(bytes: output, label: "результат")
        let stories = try document.stories().filter { $0.kind == story }
        return try stories.flatMap { try document.paragraphTexts(of: $0) }
    }

    /// The rendered XML of `part`.
    static func part(_ bytes: [UInt8], data: TemplateValue, part: String) throws -> String {
        let output = try Template(bytes: bytes, label: "шаблон").render(data, options: .init(typography: nil))
        return String(decoding: try OfficeDocument(bytes: output, label: "результат").bytes(of: part), as: UTF8.self)
    }

    /// The problems compiling or rendering reports; any other error is thrown, failing the test.
    static func problems(_ bytes: [UInt8], data: TemplateValue = .object([])) throws -> [TemplateProblem] {
        do {
            _ = try Template(bytes: bytes, label: "шаблон.docx").render(data, options: .init(typography: nil))
            return []
        } catch let error as TemplateError {
            return error.problems
        }
    }
}

let school: TemplateValue = .object([
    ("name", .string("МБОУ «СОШ № 3»")),
    ("head", .object([("name", .string("Савкина Людмила Викторовна"))])),
])
