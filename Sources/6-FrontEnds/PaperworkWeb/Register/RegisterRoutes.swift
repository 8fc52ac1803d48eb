import Foundation
import Hummingbird
import PaperworkKit
import Register
import Store

/// «Журнал»: the department's order register. The list with search (number, words of the title,
/// dates), a year's export as XLSX and as a DOCX journal, a registered order's page with its files
/// as issued (SHA-256 shown and checked), cancelling it by another registered order, and a new
/// draft «О внесении изменений в приказ …» from it. Orders come in from the order form's
/// «Зарегистрировать» (``OrderRoutes``); `paperwork register` works on the same store.
struct RegisterRoutes {
    let store: Store
    let pages: Pages

    static let crumbs = [("Журнал", "/register")]

    func add(to router: Router<WebContext>) {
        router.get("/register") { request, context in try await list(request, context) }
        router.get("/register/export/{file}") { request, context in try await export(request, context) }
        router.get("/register/check") { request, context in try await check(request, context) }
        router.get("/register/{id}") { _, context in try await entryPage(try Self.id(context), context) }
        router.get("/register/{id}/files/{format}") { _, context in
            let id = try Self.id(context)
            guard let file = try await store.registeredFile(of: id, format: try context.parameters.require("format"))
            else { throw HTTPError(.notFound) }
            let format = OutputFormat(rawValue: file.format) ?? .pdf
            return DocumentRoutes.download(
                Data(file.bytes), name: file.name, type: OrderRoutes.types[format] ?? "application/octet-stream")
        }
        router.post("/register/{id}/cancel") { _, context in try await cancel(try Self.id(context), context) }
        router.post("/register/{id}/amend") { _, context in try await amend(try Self.id(context), context) }
    }

    static func id(_ context: WebContext) throws -> String { try context.parameters.require("id") }

    /// The fields of a GET form, decoded as a browser encodes them (a space as `+`).
    static func query(_ request: Request) -> Form { Form.urlEncoded(request.uri.query ?? "") }

    /// «Проверить копию»: the text of a printed order's QR code checked against the register.
    func check(_ request: Request, _ context: WebContext) async throws -> Response {
        var data = PageData("Проверка копии приказа", crumbs: Self.crumbs, context: context)
        let code = Self.query(request).value("code") ?? ""
        data["code"] = code
        if !code.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            let result = try await RegisterCheck.check(code, in: store)
            data["checked"] = true
            data["genuine"] = result.verdict == .genuine
            data["message"] = result.message
            if let entry = result.entry { data["entryID"] = entry.id }
        }
        return pages.render("register-check", data)
    }

    /// The register of the store's department, or a page saying how to start one.
    func registrar() async throws -> Result<Registrar, Diagnostic> {
        do {
            return .success(try await Registrar.open(store))
        } catch let problem as Diagnostic {
            return .failure(problem)
        }
    }

    func list(_ request: Request, _ context: WebContext) async throws -> Response {
        let parameters = Self.query(request)
        let text = parameters.value("q") ?? ""
        let from = parameters.value("from").flatMap(Self.isoDate)
        let to = parameters.value("to").flatMap(Self.isoDate)
        let year = parameters.value("year").flatMap { Int($0) }
        var data = PageData("Журнал регистрации приказов", context: context)
        data["q"] = text
        data["from"] = from ?? ""
        data["to"] = to ?? ""
        switch try await registrar() {
        case .failure(let problem):
            data["missing"] = problem.message
            return pages.render("register", data)
        case .success(let registrar):
            let query = RegisterQuery(year: year, text: text, from: from, to: to)
            let rows = try await registrar.rows(query)
            data["rows"] = rows.map(Self.row)
            var drafts: [[String: String]] = []
            data["searched"] = !text.isEmpty || from != nil || to != nil || year != nil
            // Drafts not yet registered stand as «проект» (not when searching by dates or year).
            if from == nil, to == nil, year == nil {
                drafts = try await store.orders().filter { $0.registeredAs == nil }
                    .filter { text.isEmpty || RegisterQuery(text: text).matches(Self.draftEntry($0)) }
                    .map { ["id": $0.id, "title": $0.title.isEmpty ? "Без заголовка" : $0.title] }
            }
            data["drafts"] = drafts
            data["hasRows"] = !rows.isEmpty || !drafts.isEmpty
            let years = Set(try await store.registerEntries().map(\.year) + [RussianDate.of().year]).sorted(by: >)
            let shown = year ?? RussianDate.of().year
            data["years"] = years.map { ["year": $0, "selected": $0 == year] as [String: Any] }
            data["exportYear"] = shown
            data["series"] = registrar.series.map { "\(Self.title($0)) (№ \($0.number(1)))" }.joined(separator: "; ")
            data["exports"] = registrar.series.map { ["id": $0.id, "title": Self.title($0)] }
            return pages.render("register", data)
        }
    }

    /// What a series holds, or its id when the department file gives no title.
    static func title(_ series: RegisterSeries) -> String { series.title.isEmpty ? series.id : series.title }

    /// A draft as an entry, for the search by words of the title.
    static func draftEntry(_ draft: OrderRecord) -> RegisterEntry {
        RegisterEntry(
            id: draft.id, series: "", counterYear: 0, sequence: 0, number: "", date: "", title: draft.title,
            signatory: "", executor: "", yaml: "", registeredBy: "")
    }

    static func row(_ row: RegisterRow) -> [String: Any] {
        var values: [String: Any] = [
            "id": row.entry.id, "number": row.entry.number, "date": row.date, "title": row.entry.title,
            "signatory": row.entry.signatory, "executor": row.entry.executor, "state": row.state,
            "cancelled": row.entry.state == .cancelled,
        ]
        // Only a note that is there: Mustache takes an empty text for a value.
        if !row.note.isEmpty { values["note"] = row.note }
        return values
    }

    /// `2023-11-08` or `08.11.2023` as `2023-11-08`; anything else is no date.
    static func isoDate(_ text: String) -> String? { RussianDate(parsing: text)?.iso }

    func export(_ request: Request, _ context: WebContext) async throws -> Response {
        let file = try context.parameters.require("file")
        let year = Self.query(request).value("year").flatMap { Int($0) } ?? RussianDate.of().year
        guard case .success(let registrar) = try await registrar() else { throw HTTPError(.notFound) }
        let asked = Self.query(request).value("series")
        guard let series = registrar.series.first(where: { $0.id == asked }) ?? registrar.series.first else {
            throw HTTPError(.notFound)
        }
        let rows = try await registrar.rows(RegisterQuery(year: year, series: series.id))
        let name = "Журнал приказов \(Self.title(series)) \(year)"
        switch file {
        case "journal.xlsx":
            let bytes = try await offload { try RegisterJournal.xlsx(rows, year: year) }
            return DocumentRoutes.download(
                Data(bytes), name: name + ".xlsx",
                type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        case "journal.docx", "journal.odt":
            let format: OfficeFormat = file.hasSuffix(".odt") ? .odt : .docx
            let department = registrar.department
            let bytes = try await offload {
                try RegisterJournal.document(
                    rows, year: year, issuer: department, series: "приказы " + Self.title(series),
                    made: RussianDate.of(), format: format)
            }
            return DocumentRoutes.download(
                Data(bytes), name: name + "." + format.rawValue,
                type: OrderRoutes.types[format == .odt ? .odt : .docx] ?? "application/octet-stream")
        default:
            throw HTTPError(.notFound)
        }
    }
}
