import Foundation
import Hummingbird
import PaperworkKit
import Store

extension TemplateRoutes {
    /// Takes an uploaded template into use for its kind, after checking it: its tags first, then —
    /// when there is a monitoring and the department's settings — the latest monitoring's data
    /// through it. A template with any problem is not kept; the page lists every problem.
    func upload(_ context: WebContext) async throws -> Response {
        let kind = context.form.value("kind") ?? ""
        guard let file = context.form.files["template"], !file.bytes.isEmpty else {
            return try await page(
                context,
                upload: Self.missing(
                    "выберите вид документа и файл шаблона (.docx или .odt), затем нажмите «Загрузить шаблон»"),
                status: .unprocessableContent)
        }
        let format = file.officeFormat?.fileExtension ?? ""
        var problems: [Diagnostic] = []
        if Self.kinds.first(where: { $0.name == kind }) == nil {
            problems.append(
                Diagnostic(
                    "template_kind", "выберите в списке, для какого документа этот шаблон",
                    at: SourceLocation(field: "Документ")))
        }
        if format.isEmpty {
            problems.append(
                Diagnostic(
                    "template_format",
                    "шаблон должен быть документом Word (.docx) или LibreOffice (.odt); сохраните его в одном из "
                        + "этих форматов", at: SourceLocation(file: file.name)))
        }
        if problems.isEmpty { problems = try await Self.problems(of: file, kind: kind, format: format, store: store) }
        guard problems.isEmpty else {
            return try await page(
                context,
                upload: [
                    "fileName": file.name, "problems": ProblemRows.rows(problems), "problemCount": problems.count,
                ], status: .unprocessableContent)
        }
        try await store.saveTemplate(
            TemplateRecord(
                kind: kind, format: format, fileName: file.name, bytes: file.bytes,
                uploadedBy: context.user?.name ?? ""))
        return Response.redirect(to: "/templates?taken=\(kind).\(format)", type: .normal)
    }

    /// Every problem of `file` as the template of `kind`: those of its tags, and those of the latest
    /// monitoring's data through it. Problems of the data itself (not of this template) do not count
    /// against it: they are shown when documents are made.
    static func problems(of file: NamedBytes, kind: String, format: String, store: Store) async throws
        -> [Diagnostic]
    {
        do {
            _ = try await offload { try Paperwork.check(template: file) }
        } catch {
            return Diagnostic.from(error)
        }
        guard let latest = try await store.campaigns().first, let campaign = try await store.campaign(id: latest.id),
            try await store.department() != nil, let office = OutputFormat(rawValue: format)
        else { return [] }
        do {
            let prepared = try await BatchInputs.make(
                store: store, campaign: campaign, formats: [office], extra: ["\(kind).\(format)": file])
            _ = try await offload {
                try Paperwork.batch(prepared.inputs).preview(kind, format: file.officeFormat ?? .docx)
            }
            return []
        } catch {
            return Diagnostic.from(error).filter { $0.location.file == file.name && $0.code != "preview_unavailable" }
        }
    }

    /// The document of `kind` written from the template in use in `format`, with the latest
    /// monitoring's data (the letter to the first school of its results file), as PDF in the browser.
    func preview(kind: String, format: String) async throws -> Response {
        guard Self.title(kind: kind, format: format) != nil, let office = OutputFormat(rawValue: format) else {
            throw HTTPError(.notFound)
        }
        guard let latest = try await store.campaigns().first, let campaign = try await store.campaign(id: latest.id)
        else {
            throw Diagnostic(
                "preview_no_monitoring",
                "образец заполняется данными последнего мониторинга, а мониторингов ещё нет; создайте мониторинг "
                    + "на странице «Мониторинги»", at: SourceLocation())
        }
        let prepared = try await BatchInputs.make(store: store, campaign: campaign, formats: [office])
        let pdf = try await offload {
            let officeFormat: OfficeFormat = format == "odt" ? .odt : .docx
            let bytes = try Paperwork.batch(prepared.inputs).preview(kind, format: officeFormat)
            return try PDFConverter.convert(bytes, format: officeFormat, name: "\(kind).\(format)")
        }
        return DocumentRoutes.download(
            Data(pdf), name: "Образец — \(kind).pdf", type: "application/pdf", inline: true)
    }
}
