import Foundation
import Hummingbird
import PaperworkKit

/// «Шаблоны»: the templates in use, to download and edit in Word or LibreOffice, and a check of an
/// edited one: every problem `paperwork check` finds, with its place and how to fix it.
struct TemplateRoutes {
    let pages: Pages

    /// The document kinds and their template files, by name; nothing else is ever served.
    static let kinds: [(title: String, name: String)] = [
        ("Приказ", "order"), ("Приказ с приложением в альбомной ориентации", "order-landscape"),
        ("Аналитическая справка", "report"), ("Рейтинг", "rating"), ("Письмо ОО", "letter"),
    ]

    func add(to router: Router<WebContext>) {
        router.get("/templates") { _, context in page(context, check: nil, status: .ok) }
        router.get("/templates/{file}") { _, context in try download(try context.parameters.require("file")) }
        router.post("/templates/check") { _, context in try await check(context) }
    }

    func page(_ context: WebContext, check: [String: Any]?, status: HTTPResponse.Status) -> Response {
        var data = PageData("Шаблоны", context: context)
        data["kinds"] = Self.kinds.map { ["title": $0.title, "name": $0.name] }
        if let check { data["check"] = check }
        return pages.render("templates", data, status: status)
    }

    func download(_ file: String) throws -> Response {
        let known = Self.kinds.flatMap { ["\($0.name).docx", "\($0.name).odt"] }
        guard known.contains(file) else { throw HTTPError(.notFound) }
        let template = try TemplateLocator.template(file)
        let type =
            file.hasSuffix(".docx")
            ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            : "application/vnd.oasis.opendocument.text"
        return DocumentRoutes.download(template.bytes, name: file, type: type)
    }

    func check(_ context: WebContext) async throws -> Response {
        guard let file = context.form.files["template"], !file.bytes.isEmpty else {
            return page(
                context,
                check: [
                    "problems": ProblemRows.rows([
                        Diagnostic(
                            "no_template", "выберите файл шаблона (.docx или .odt) и нажмите «Проверить шаблон»",
                            at: SourceLocation(field: "Шаблон"))
                    ]), "problemCount": 1,
                ], status: .unprocessableContent)
        }
        do {
            let result = try await offload { try Paperwork.check(template: file) }
            return page(
                context, check: ["file": file.name, "good": true, "tags": result.template.tags.count], status: .ok)
        } catch let error as any DiagnosticConvertible {
            return page(
                context,
                check: [
                    "file": file.name, "fileName": file.name, "problems": ProblemRows.rows(error.diagnostics),
                    "problemCount": error.diagnostics.count,
                ], status: .unprocessableContent)
        }
    }
}
