import Foundation
import Hummingbird
import PaperworkKit
import Store

/// «Методики»: the methodologies in the store, and a new one uploaded (checked first: every problem
/// of the YAML is shown, nothing is stored from a bad file).
struct MethodologyRoutes {
    let store: Store
    let pages: Pages

    func add(to router: Router<WebContext>) {
        router.get("/methodologies") { _, context in try await list(context, problems: [], status: .ok) }
        router.post("/methodologies") { _, context in try await upload(context) }
    }

    func list(_ context: WebContext, problems: [Diagnostic], status: HTTPResponse.Status, fileName: String? = nil)
        async throws -> Response
    {
        var data = PageData("Методики", context: context)
        data["methodologies"] = try await store.methodologies().map { record in
            [
                "id": record.id, "title": record.title, "period": record.period, "file": record.fileName,
                "shipped": record.shipped, "catalogue": record.catalogueName ?? "",
                "date": Format.date(record.createdAt),
            ] as [String: Any]
        }
        if !problems.isEmpty {
            data["problems"] = ProblemRows.rows(problems)
            data["problemCount"] = problems.count
            data["fileName"] = fileName ?? ""
        }
        return pages.render("methodologies", data, status: status)
    }

    func upload(_ context: WebContext) async throws -> Response {
        guard let file = context.form.files["methodology"], !file.bytes.isEmpty else {
            return try await list(
                context,
                problems: [
                    Diagnostic(
                        "no_methodology_file", "выберите файл методики (.yaml) и нажмите «Загрузить методику»",
                        at: SourceLocation(field: "Методика"))
                ], status: .unprocessableContent)
        }
        let catalogue = context.form.files["catalogue"].flatMap { $0.bytes.isEmpty ? nil : $0 }
        do {
            let methodology = try await offload { try Paperwork.methodology(file) }
            if let catalogue {
                _ = try await offload { try Paperwork.catalogue(catalogue, methodology: methodology) }
            }
            let id = Self.identifier(file.name)
            try await store.addMethodology(
                MethodologyRecord(
                    id: id, title: methodology.title, shortTitle: methodology.shortTitle,
                    period: methodology.period ?? "", fileName: file.name, yaml: file.bytes,
                    catalogueName: catalogue?.name, catalogue: catalogue?.bytes))
            return Response.redirect(to: "/monitorings/new?methodology=\(id)", type: .normal)
        } catch let error as any DiagnosticConvertible {
            return try await list(
                context, problems: error.diagnostics, status: .unprocessableContent, fileName: file.name)
        }
    }

    /// A methodology's identifier from its file name: Latin letters, digits and dashes, or a random
    /// one when the name has none of them (a Cyrillic name).
    static func identifier(_ fileName: String) -> String {
        let stem = fileName.lowercased().split(separator: ".").first.map(String.init) ?? ""
        let kept = String(
            stem.unicodeScalars.map { ("a"..."z").contains($0) || ("0"..."9").contains($0) ? Character($0) : "-" }
        )
        .split(separator: "-").joined(separator: "-")
        return kept.count >= 2 ? String(kept.prefix(48)) : "m-" + String(Store.randomToken().prefix(8))
    }
}
