import Foundation
import Hummingbird
import PaperworkKit
import Store

/// «Сформировать документы»: starting a set, its page with live progress (server-sent events; the
/// page refreshes itself without JavaScript), the ZIP and each file on its own.
struct DocumentRoutes {
    let store: Store
    let pages: Pages
    let jobs: DocumentJobs
    let monitorings: MonitoringRoutes

    func add(to router: Router<WebContext>) {
        router.post("/monitorings/{id}/documents") { _, context in
            try await start(campaignID: try context.parameters.require("id"), context: context)
        }
        router.get("/documents/{id}") { _, context in
            try await page(id: try context.parameters.require("id"), context: context)
        }
        router.get("/documents/{id}/events") { _, context in try await events(id: try context.parameters.require("id"))
        }
        router.get("/documents/{id}/archive") { _, context in
            try await archive(id: try context.parameters.require("id"))
        }
        router.get("/documents/{id}/files/{position}") { _, context in
            try await file(
                id: try context.parameters.require("id"),
                position: try context.parameters.require("position", as: Int.self))
        }
    }

    func start(campaignID: String, context: WebContext) async throws -> Response {
        guard let campaign = try await store.campaign(id: campaignID) else { throw HTTPError(.notFound) }
        let formats = context.form.values("format").compactMap(OutputFormat.init(rawValue:))
        guard !formats.isEmpty else {
            return try await monitorings.rating(
                id: campaignID, sort: nil, context: context,
                problems: [
                    Diagnostic("no_format", "отметьте хотя бы один формат: DOCX, ODT или PDF", at: SourceLocation())
                ])
        }
        do {
            let id = try await jobs.start(
                campaign: campaign, formats: formats, user: context.user?.name ?? "",
                registering: context.form.value("register_order") == "on")
            return Response.redirect(to: "/documents/\(id)", type: .normal)
        } catch let error as any DiagnosticConvertible {
            return try await monitorings.rating(
                id: campaignID, sort: nil, context: context, problems: error.diagnostics)
        }
    }

    /// A set as a row of the rating page's list.
    static func summary(_ set: DocumentSetRecord) -> [String: Any] {
        let failed = set.status == .failed || set.isStale()
        return [
            "id": set.id, "date": Format.date(set.createdAt), "formats": set.formats.uppercased(),
            "by": set.createdBy, "done": set.status == .done, "failed": failed,
            "running": set.status == .running && !failed,
        ]
    }

    func page(id: String, context: WebContext) async throws -> Response {
        guard var set = try await store.documentSet(id: id), let campaign = try await store.campaign(id: set.campaignID)
        else { throw HTTPError(.notFound) }
        if set.status == .running, let progress = jobs.progress(of: id) {
            set.stage = progress.stage
            set.done = progress.done
            set.total = progress.total
        }
        let methodology = try await store.methodology(id: campaign.methodologyID)
        var data = PageData(
            "Документы от \(Format.date(set.createdAt))",
            crumbs: MonitoringRoutes.crumbs + [
                ("Рейтинг: \(methodology?.shortTitle ?? ""), \(campaign.period)", "/monitorings/\(campaign.id)")
            ], context: context)
        var summary = Self.summary(set)
        summary["stage"] = set.stage
        summary["count"] = set.done
        summary["total"] = set.total
        summary["counted"] = set.total > 0
        summary["inputs"] = set.inputs
        summary["message"] =
            set.isStale() && set.message.isEmpty
            ? "подготовка прервалась: сервер был остановлен; сформируйте документы ещё раз" : set.message
        summary["campaign"] = campaign.id
        summary["formatList"] = set.formats.split(separator: ",").map(String.init)
        data["set"] = summary
        if set.status == .done {
            let names = try await store.documentFileNames(id: id)
            data["files"] = names.enumerated().map {
                ["position": $0.offset, "number": $0.offset + 1, "name": $0.element] as [String: Any]
            }
            data["fileCount"] = names.count
        }
        return pages.render("documents", data)
    }

    /// Server-sent events: the set's stage and counts whenever they change, until it is done or failed.
    func events(id: String) async throws -> Response {
        guard try await store.documentSet(id: id) != nil else { throw HTTPError(.notFound) }
        let store = store
        let jobs = jobs
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                var last = ""
                for _ in 0..<7200 {
                    let set = try await store.documentSet(id: id)
                    let progress = jobs.progress(of: id)
                    let status = set.map { $0.isStale() ? "failed" : $0.status.rawValue } ?? "failed"
                    let stage = progress?.stage ?? set?.stage ?? ""
                    let done = progress?.done ?? set?.done ?? 0
                    let total = progress?.total ?? set?.total ?? 0
                    let line = Self.eventJSON(status: status, stage: stage, done: done, total: total)
                    if line != last {
                        try await writer.write(ByteBuffer(string: "data: \(line)\n\n"))
                        last = line
                    }
                    if status != "running" { break }
                    try await Task.sleep(for: .milliseconds(250))
                }
                try await writer.finish(nil)
            })
    }

    static func eventJSON(status: String, stage: String, done: Int, total: Int) -> String {
        let text = total > 0 ? "\(stage): \(done) из \(total)" : stage
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "{\"status\":\"\(status)\",\"done\":\(done),\"total\":\(total),\"text\":\"\(escaped)\"}"
    }

    func archive(id: String) async throws -> Response {
        guard let set = try await store.documentSet(id: id), set.status == .done,
            let bytes = try await store.documentArchive(id: id)
        else { throw HTTPError(.notFound) }
        return Self.download(bytes, name: "Документы \(set.id.prefix(8)).zip", type: "application/zip")
    }

    func file(id: String, position: Int) async throws -> Response {
        guard let file = try await store.documentFile(id: id, position: position) else { throw HTTPError(.notFound) }
        let name = file.name.split(separator: "/").last.map(String.init) ?? file.name
        let type: String
        switch (name as NSString).pathExtension.lowercased() {
        case "pdf": type = "application/pdf"
        case "docx": type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "odt": type = "application/vnd.oasis.opendocument.text"
        case "csv": type = "text/csv; charset=utf-8"
        default: type = "application/octet-stream"
        }
        return Self.download(file.bytes, name: name, type: type, inline: type == "application/pdf")
    }

    /// A file to save (or, for a PDF, to open in the browser); the name is sent percent-encoded.
    static func download(_ bytes: Data, name: String, type: String, inline: Bool = false) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "file"
        headers[.contentDisposition] =
            "\(inline ? "inline" : "attachment"); filename=\"document.\((name as NSString).pathExtension)\"; filename*=UTF-8''\(encoded)"
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
