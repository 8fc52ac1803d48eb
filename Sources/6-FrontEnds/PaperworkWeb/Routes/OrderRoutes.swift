import Foundation
import Hummingbird
import PaperworkKit
import Register
import Store

/// «Приказы»: the clerk's orders. The list, a new draft with the department's requisites, the
/// form (requisites, people in the cases their verbs need, items, signature, plan appendices), and
/// from it: save, preview (PDF in the browser), DOCX / ODT / PDF, YAML out and in, a copy. A
/// draft is kept as the order YAML `paperwork order` reads and printed by the same PaperworkKit call.
struct OrderRoutes {
    let store: Store
    let pages: Pages

    static let crumbs = [("Приказы", "/orders")]

    func add(to router: Router<WebContext>) {
        router.get("/orders") { _, context in try await list(context) }
        router.get("/orders/new") { _, context in
            let department = try await OrderDraft.departmentYAML(store)
            return try await form(
                OrderDraft.new(department: department), id: nil, context: context, check: false, status: .ok)
        }
        router.post("/orders/new") { _, context in try await submit(id: nil, context: context) }
        router.get("/orders/import") { _, context in importPage(context, problems: [], status: .ok) }
        router.post("/orders/import") { _, context in try await importFile(context) }
        router.get("/orders/{id}") { _, context in try await open(try context.parameters.require("id"), context) }
        router.post("/orders/{id}") { _, context in
            try await submit(id: try context.parameters.require("id"), context: context)
        }
        router.post("/orders/{id}/register") { _, context in
            try await register(try context.parameters.require("id"), context: context)
        }
        router.get("/orders/{id}/yaml") { _, context in
            guard let record = try await store.order(id: try context.parameters.require("id")) else {
                throw HTTPError(.notFound)
            }
            return Self.yamlDownload(record.yaml, number: record.number)
        }
        router.post("/orders/{id}/copy") { _, context in
            try await copy(try context.parameters.require("id"), context: context)
        }
    }

    func list(_ context: WebContext) async throws -> Response {
        var data = PageData("Приказы", context: context)
        data["orders"] = try await store.orders().map { order in
            [
                "id": order.id, "title": order.title.isEmpty ? "Без заголовка" : order.title,
                "date": Self.printedDate(order.date), "number": order.number, "updated": Format.date(order.updatedAt),
                "by": order.updatedBy, "faults": order.problems, "hasFaults": order.problems > 0,
            ] as [String: Any]
        }
        return pages.render("orders", data)
    }

    func open(_ id: String, _ context: WebContext) async throws -> Response {
        guard let record = try await store.order(id: id) else { throw HTTPError(.notFound) }
        // A registered order is frozen: its page is the register's.
        if let entry = record.registeredAs { return Response.redirect(to: "/register/\(entry)", type: .normal) }
        let root = try DataFile.yaml(record.yaml, file: OrderPrinter.fileName)
        return try await form(OrderDraft(yaml: root), id: id, context: context, check: true, status: .ok)
    }

    /// The form page of `draft`; with `check`, the core's problems beside their fields.
    func form(
        _ draft: OrderDraft, id: String?, context: WebContext, check: Bool, status: HTTPResponse.Status,
        failures: [Diagnostic] = []
    ) async throws -> Response {
        var problems: FieldProblems? = failures.isEmpty ? nil : OrderProblems.placed(failures, draft: draft, paths: [:])
        if check {
            let (yaml, paths) = OrderPrinter.yaml(draft)
            let printer = try await OrderPrinter(store: store)
            if case .failure(let report) = try await offload({ printer.read(yaml) }) {
                problems = OrderProblems.placed(report.diagnostics, draft: draft, paths: paths)
            }
        }
        let department = OrderDraft.departmentPeople(try await OrderDraft.departmentYAML(store))
        var data = PageData(
            id == nil ? "Новый приказ" : (draft.title.isEmpty ? "Приказ без заголовка" : draft.title),
            crumbs: Self.crumbs, context: context)
        for (key, value) in draft.page(department: department, problems: problems) { data[key] = value }
        data["action"] = id.map { "/orders/\($0)" } ?? "/orders/new"
        data["id"] = id ?? ""
        data["saved"] = id != nil
        data["checked"] = check && (problems?.isEmpty ?? true)
        if id != nil, let registrar = try? await Registrar.open(store) {
            data["canRegister"] = true
            data["registerSeries"] = registrar.series.enumerated().map { index, series in
                [
                    "id": series.id, "title": series.title.isEmpty ? series.id : series.title,
                    "example": series.number(1), "first": index == 0,
                ] as [String: Any]
            }
            data["severalSeries"] = registrar.series.count > 1
        }
        if let problems, !problems.isEmpty {
            data["orderProblems"] = problems.rows
            data["orderProblemCount"] = problems.placed.count
        }
        return pages.render("order", data, status: status)
    }

    func submit(id: String?, context: WebContext) async throws -> Response {
        if let id {
            guard let record = try await store.order(id: id) else { throw HTTPError(.notFound) }
            if let entry = record.registeredAs { return Response.redirect(to: "/register/\(entry)", type: .normal) }
        }
        var draft = OrderDraft(form: context.form)
        let action = context.form.value("action") ?? "check"
        let department = OrderDraft.departmentPeople(try await OrderDraft.departmentYAML(store))
        if draft.apply(action, form: context.form, department: department) {
            return try await form(draft, id: id, context: context, check: false, status: .ok)
        }
        let (yaml, _) = OrderPrinter.yaml(draft)
        switch action {
        case "save":
            let problems = try await problems(in: yaml).count
            let saved = try await save(draft, yaml: yaml, id: id, problems: problems, context: context)
            return Response.redirect(to: "/orders/\(saved)", type: .normal)
        case "export":
            return Self.yamlDownload(yaml, number: draft.number)
        case "preview", "download:docx", "download:odt", "download:pdf":
            let format: OutputFormat =
                action == "preview"
                ? .pdf : OutputFormat(rawValue: String(action.dropFirst("download:".count))) ?? .docx
            let printer = try await OrderPrinter(store: store)
            switch try await offload({ printer.read(yaml) }) {
            case .success(let order):
                do {
                    let document = try await offload { try OrderPrinter.document(order, format: format) }
                    return DocumentRoutes.download(
                        Data(document.bytes), name: document.name,
                        type: Self.types[format] ?? "application/octet-stream",
                        inline: action == "preview")
                } catch let error as any DiagnosticConvertible {
                    return try await formWith(error.diagnostics, draft: draft, id: id, context: context)
                }
            case .failure:
                return try await form(draft, id: id, context: context, check: true, status: .unprocessableContent)
            }
        default:
            return try await form(draft, id: id, context: context, check: true, status: .ok)
        }
    }

    /// The form with problems that are not the draft's own (LibreOffice failed), in the problems table.
    private func formWith(_ diagnostics: [Diagnostic], draft: OrderDraft, id: String?, context: WebContext)
        async throws -> Response
    {
        try await form(
            draft, id: id, context: context, check: false, status: .internalServerError, failures: diagnostics)
    }

    /// Stores `draft` as `yaml` under `id` (a new identifier when `nil`).
    /// - Returns: the identifier.
    func save(_ draft: OrderDraft, yaml: String, id: String?, problems: Int, context: WebContext) async throws
        -> String
    {
        let user = context.user?.name ?? ""
        let id = id ?? UUID().uuidString.lowercased()
        try await store.saveOrder(
            OrderRecord(
                id: id, title: draft.title.replacingOccurrences(of: "\n", with: " "), number: draft.number,
                date: draft.date, yaml: yaml, problems: problems, createdBy: user, updatedBy: user))
        return id
    }

    /// A copy of the order `id` as a new draft: the same text, people and appendices, no number,
    /// dated today.
    func copy(_ id: String, context: WebContext) async throws -> Response {
        guard let record = try await store.order(id: id) else { throw HTTPError(.notFound) }
        var draft = OrderDraft(yaml: try DataFile.yaml(record.yaml, file: OrderPrinter.fileName))
        draft.number = ""
        draft.date = OrderDraft.new(department: nil).date
        let (yaml, _) = OrderPrinter.yaml(draft)
        // The copy lacks its number until it is registered (a problem unless the department keeps a register).
        let problems = try await problems(in: yaml).count
        let copy = try await save(draft, yaml: yaml, id: nil, problems: problems, context: context)
        return Response.redirect(to: "/orders/\(copy)", type: .normal)
    }

    /// What PaperworkKit finds wrong with the order `yaml`; none when it reads.
    func problems(in yaml: String) async throws -> [Diagnostic] {
        let printer = try await OrderPrinter(store: store)
        if case .failure(let report) = try await offload({ printer.read(yaml) }) { return report.diagnostics }
        return []
    }

    static let types: [OutputFormat: String] = [
        .pdf: "application/pdf", .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        .odt: "application/vnd.oasis.opendocument.text",
    ]

    static func yamlDownload(_ yaml: String, number: String) -> Response {
        let name = SafeFileName.make(["приказ", number.isEmpty ? "черновик" : number], extension: "yaml")
        return DocumentRoutes.download(Data(yaml.utf8), name: name, type: "application/yaml; charset=utf-8")
    }

    /// `2023-11-08` as «08.11.2023»; other text as written.
    static func printedDate(_ text: String) -> String {
        RussianDate(parsing: text)?.formatted(.numeric) ?? text
    }
}
