import Foundation
import Hummingbird
import PaperworkKit
import Store

/// «Шаблоны»: the template in use for each kind of document and office format — the shipped one or
/// the department's own — to download, edit in Word or LibreOffice and upload again. An uploaded
/// template is checked (its tags, then the latest monitoring's data through it) and kept only when
/// nothing is wrong; from then on the web page writes that kind of document from it, until
/// «Вернуть стандартный» puts the shipped one back. A preview shows it filled with real data, as PDF.
struct TemplateRoutes {
    let store: Store
    let pages: Pages

    /// The document kinds and their template files, by name; nothing else is ever served.
    static let kinds: [(title: String, name: String)] = [
        ("Приказ", "order"), ("Приказ с приложением в альбомной ориентации", "order-landscape"),
        ("Аналитическая справка", "report"), ("Рейтинг", "rating"), ("Письмо ОО", "letter"),
    ]
    static let formats: [(title: String, name: String)] = [("Word", "docx"), ("LibreOffice", "odt")]

    func add(to router: Router<WebContext>) {
        router.get("/templates") { request, context in
            try await page(context, taken: request.uri.queryParameters["taken"].map(String.init), status: .ok)
        }
        // One parameter name at one place of the path: the router shares the segment between routes.
        router.get("/templates/{name}") { _, context in try await download(try context.parameters.require("name")) }
        router.get("/templates/shipped/{file}") { _, context in
            try download(shipped: try context.parameters.require("file"))
        }
        router.get("/templates/{name}/{format}/preview") { _, context in
            try await preview(
                kind: try context.parameters.require("name"), format: try context.parameters.require("format"))
        }
        router.post("/templates") { _, context in try await upload(context) }
        router.post("/templates/{name}/{format}/restore") { _, context in
            try await restore(
                kind: try context.parameters.require("name"), format: try context.parameters.require("format"))
        }
        router.post("/templates/check") { _, context in try await check(context) }
    }

    /// The kind's title, or `nil` when `kind` and `format` are not a known pair.
    static func title(kind: String, format: String) -> String? {
        guard formats.contains(where: { $0.name == format }) else { return nil }
        return kinds.first { $0.name == kind }?.title
    }

    func page(
        _ context: WebContext, taken: String? = nil, check: [String: Any]? = nil, upload: [String: Any]? = nil,
        status: HTTPResponse.Status
    ) async throws -> Response {
        var data = PageData("Шаблоны", context: context)
        let stored = Dictionary(
            try await store.templates().map { ($0.shippedName, $0) }, uniquingKeysWith: { first, _ in first })
        let latest = try await store.campaigns().first
        data["kinds"] = Self.kinds.map { kind in
            [
                "title": kind.title, "name": kind.name,
                "formats": Self.formats.map { format -> [String: Any] in
                    let file = "\(kind.name).\(format.name)"
                    var row: [String: Any] = [
                        "kind": kind.name, "format": format.name, "formatTitle": format.title, "file": file,
                        "previewable": latest != nil,
                    ]
                    if let own = stored[file] {
                        row["own"] = [
                            "fileName": own.fileName, "by": own.uploadedBy, "date": Format.date(own.uploadedAt),
                        ]
                    }
                    return row
                },
            ] as [String: Any]
        }
        // Only the administrator changes templates (``RoleMiddleware``); the others see what is in use.
        data["mayChange"] = context.user?.role == .administrator
        data["kindOptions"] = Self.kinds.map { ["title": $0.title, "name": $0.name] }
        if let taken, let own = stored[taken], let title = Self.title(kind: own.kind, format: own.format) {
            data["taken"] = ["fileName": own.fileName, "title": title, "format": own.format.uppercased()]
        }
        if let latest { data["latest"] = ["period": latest.period, "results": latest.resultsName] }
        if let check { data["check"] = check }
        if let upload { data["upload"] = upload }
        return pages.render("templates", data, status: status)
    }

    /// The template in use under the shipped name `file`: the department's own, or the shipped one.
    func download(_ file: String) async throws -> Response {
        let parts = file.split(separator: ".").map(String.init)
        guard parts.count == 2, Self.title(kind: parts[0], format: parts[1]) != nil else {
            throw HTTPError(.notFound)
        }
        if let own = try await store.template(kind: parts[0], format: parts[1]) {
            return DocumentRoutes.download(own.bytes, name: own.fileName, type: Self.contentType(parts[1]))
        }
        return try download(shipped: file)
    }

    /// The shipped template `file`, whatever is in use.
    func download(shipped file: String) throws -> Response {
        let parts = file.split(separator: ".").map(String.init)
        guard parts.count == 2, Self.title(kind: parts[0], format: parts[1]) != nil else {
            throw HTTPError(.notFound)
        }
        let template = try TemplateLocator.template(file)
        return DocumentRoutes.download(template.bytes, name: file, type: Self.contentType(parts[1]))
    }

    static func contentType(_ format: String) -> String {
        format == "docx"
            ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            : "application/vnd.oasis.opendocument.text"
    }

    func restore(kind: String, format: String) async throws -> Response {
        guard Self.title(kind: kind, format: format) != nil else { throw HTTPError(.notFound) }
        try await store.removeTemplate(kind: kind, format: format)
        return Response.redirect(to: "/templates", type: .normal)
    }

    /// The problem of a form sent without a file, at the form's field.
    static func missing(_ text: String) -> [String: Any] {
        [
            "problems": ProblemRows.rows([Diagnostic("no_template", text, at: SourceLocation(field: "Шаблон"))]),
            "problemCount": 1,
        ]
    }

    func check(_ context: WebContext) async throws -> Response {
        guard let file = context.form.files["template"], !file.bytes.isEmpty else {
            return try await page(
                context, check: Self.missing("выберите файл шаблона (.docx или .odt) и нажмите «Проверить шаблон»"),
                status: .unprocessableContent)
        }
        do {
            let result = try await offload { try Paperwork.check(template: file) }
            return try await page(
                context, check: ["file": file.name, "good": true, "tags": result.template.tags.count], status: .ok)
        } catch let error as any DiagnosticConvertible {
            return try await page(
                context,
                check: [
                    "file": file.name, "fileName": file.name, "problems": ProblemRows.rows(error.diagnostics),
                    "problemCount": error.diagnostics.count,
                ], status: .unprocessableContent)
        }
    }
}
